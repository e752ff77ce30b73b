package service

import (
	"context"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// NewRequest is what the Ministry drafts.
type NewRequest = coalition.RequestDraft

// RequestEdit changes the fields that are set.
type RequestEdit = coalition.RequestEdit

func requestScope(sc authz.Scope) []coalition.RequestStatus {
	if sc.All {
		return nil
	}
	out := []coalition.RequestStatus{}
	for _, st := range sc.Statuses {
		out = append(out, coalition.RequestStatus(st))
	}
	return out
}

// Requests lists the requests the viewer may see, by phase then priority.
func (s *Service) Requests(ctx context.Context, f coalition.RequestFilter, status *coalition.RequestStatus, args PageArgs) (coalition.List[coalition.Request], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.Request](), err
	}
	sc, err := s.scope(ctx, authz.RequestRead, "")
	if err != nil {
		return none[coalition.Request](), err
	}
	f.Statuses = intersect(requestScope(sc), status)
	s.phases.RLock()
	defer s.phases.RUnlock()
	return s.st.Requests.List(ctx, f, pg)
}

// Request returns one request the viewer may see.
func (s *Service) Request(ctx context.Context, id string) (coalition.Request, error) {
	sc, err := s.scope(ctx, authz.RequestRead, id)
	if err != nil {
		return coalition.Request{}, err
	}
	s.phases.RLock()
	defer s.phases.RUnlock()
	return s.st.Requests.Get(ctx, id, coalition.RequestFilter{Statuses: requestScope(sc)})
}

// RequestsByID returns the requests with ids the viewer may see, in order;
// nil where hidden or missing. For batched look-ups.
func (s *Service) RequestsByID(ctx context.Context, ids []string) ([]*coalition.Request, error) {
	sc := s.ask(ctx, authz.RequestRead)
	if !sc.Granted {
		return make([]*coalition.Request, len(ids)), nil
	}
	s.phases.RLock()
	defer s.phases.RUnlock()
	return s.st.Requests.GetMany(ctx, ids, coalition.RequestFilter{Statuses: requestScope(sc)})
}

// CreateRequest drafts a request. Drafts take no priority until submitted.
func (s *Service) CreateRequest(ctx context.Context, in NewRequest) (coalition.Request, error) {
	var out coalition.Request
	// The id is taken first, so that a refused draft names it too.
	m := &mutation{op: authz.RequestCreate, turn: turnProcurement, target: s.st.NewID()}
	m.applied = func(ctx context.Context) (bool, error) {
		return exists(s.st.Requests.Get(ctx, out.ID, coalition.RequestFilter{}))
	}
	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
		r, err := coalition.DraftRequest(in, m.target, s.now())
		if err != nil {
			return err
		}
		out, m.after = r, r
		return s.st.Requests.Insert(ctx, r)
	})
	return out, err
}

// changeRequest applies rule to request id in the procurement turn. The
// request is looked up within the viewer's read scope, so a hidden request
// answers NOT_FOUND as it would to a read. A request that joins or leaves
// its phase's order renumbers the phase, so priorities stay 1..n.
func (s *Service) changeRequest(ctx context.Context, op authz.Operation, id string, rule func(ctx context.Context, r coalition.Request) (coalition.Request, error)) (coalition.Request, error) {
	var out coalition.Request
	m := &mutation{op: op, turn: turnProcurement, target: id}
	m.applied = func(ctx context.Context) (bool, error) {
		r, err := s.st.Requests.Get(ctx, id, coalition.RequestFilter{})
		return err == nil && out.Status != "" && r.Status == out.Status && sameInstant(r.UpdatedAt, out.UpdatedAt), err
	}
	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
		readScope := s.ask(ctx, authz.RequestRead)
		if !readScope.Granted {
			return coalition.NotFound("request", id)
		}
		from, err := s.st.Requests.Get(ctx, id, coalition.RequestFilter{Statuses: requestScope(readScope)})
		if err != nil {
			return err
		}
		m.before = from
		if err := checkVersion(ctx, "request", id, from.Version); err != nil {
			return err
		}
		r, err := rule(ctx, from)
		if err != nil {
			return err
		}
		r.UpdatedAt = s.now()
		out = r
		if r.Status.Open() != from.Status.Open() {
			err = s.reopenOrClose(ctx, from, r)
		} else {
			err = s.st.Requests.Transition(ctx, from.Status, r)
		}
		if err != nil {
			return err
		}
		out, err = s.st.Requests.Get(ctx, id, coalition.RequestFilter{})
		m.after = out
		return err
	})
	return out, err
}

// reopenOrClose writes a request that joins or leaves its phase's order and
// renumbers the phase.
func (s *Service) reopenOrClose(ctx context.Context, from, r coalition.Request) error {
	s.phases.Lock()
	defer s.phases.Unlock()
	open, err := s.st.Requests.OpenInPhase(ctx, r.Phase)
	if err != nil {
		return err
	}
	r, rest := coalition.Rank(open, r)
	if err := s.st.Requests.Transition(ctx, from.Status, r); err != nil {
		return err
	}
	return s.number(ctx, rest)
}

// number gives open, in order, the priorities 1..n, writing only changes.
func (s *Service) number(ctx context.Context, open []coalition.Request) error {
	for _, x := range coalition.Renumber(open) {
		if err := s.st.Requests.SetPriority(ctx, x.ID, x.Priority); err != nil {
			return err
		}
	}
	return nil
}

// orders lists request id's orders, for the rules that depend on them.
func (s *Service) ordersOf(ctx context.Context, id string) ([]coalition.Order, error) {
	orders, err := s.st.Orders.ByRequests(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	return orders[0], nil
}

// UpdateRequest edits a request while DRAFT or SUBMITTED.
func (s *Service) UpdateRequest(ctx context.Context, id string, e RequestEdit) (coalition.Request, error) {
	return s.changeRequest(ctx, authz.RequestUpdate, id, func(_ context.Context, r coalition.Request) (coalition.Request, error) { return r.Edit(e) })
}

// SubmitRequest submits a draft; it takes the last priority of its phase.
func (s *Service) SubmitRequest(ctx context.Context, id string) (coalition.Request, error) {
	return s.changeRequest(ctx, authz.RequestSubmit, id, withoutStore(coalition.Request.Submit))
}

// ApproveRequest approves a submitted request for procurement.
func (s *Service) ApproveRequest(ctx context.Context, id string) (coalition.Request, error) {
	return s.changeRequest(ctx, authz.RequestApprove, id, withoutStore(coalition.Request.Approve))
}

// RejectRequest rejects a submitted request, with a reason.
func (s *Service) RejectRequest(ctx context.Context, id, reason string) (coalition.Request, error) {
	return s.changeRequest(ctx, authz.RequestReject, id, func(_ context.Context, r coalition.Request) (coalition.Request, error) { return r.Reject(reason) })
}

// WithdrawRequest withdraws a request that has no pending or placed order.
func (s *Service) WithdrawRequest(ctx context.Context, id string) (coalition.Request, error) {
	return s.changeRequest(ctx, authz.RequestWithdraw, id, func(ctx context.Context, r coalition.Request) (coalition.Request, error) {
		orders, err := s.ordersOf(ctx, id)
		if err != nil {
			return r, err
		}
		return r.Withdraw(orders)
	})
}

// FulfillRequest closes a request in procurement once one of its orders
// was delivered and none is still open.
func (s *Service) FulfillRequest(ctx context.Context, id string) (coalition.Request, error) {
	return s.changeRequest(ctx, authz.RequestFulfil, id, func(ctx context.Context, r coalition.Request) (coalition.Request, error) {
		orders, err := s.ordersOf(ctx, id)
		if err != nil {
			return r, err
		}
		if r.Status == coalition.InProcurement {
			// Goods must have arrived: one order delivered, none open.
			if err := coalition.CanFulfill(id, orders); err != nil {
				return r, err
			}
		}
		return r.Fulfil(orders)
	})
}

func withoutStore(rule func(coalition.Request) (coalition.Request, error)) func(context.Context, coalition.Request) (coalition.Request, error) {
	return func(_ context.Context, r coalition.Request) (coalition.Request, error) { return rule(r) }
}

// ReprioritizeRequest moves an open request to priority within its phase;
// the requests between shift by one.
func (s *Service) ReprioritizeRequest(ctx context.Context, id string, priority int) (coalition.Request, error) {
	var out coalition.Request
	m := &mutation{op: authz.RequestPriority, turn: turnProcurement, target: id}
	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
		r, err := s.st.Requests.Get(ctx, id, coalition.RequestFilter{})
		if err != nil {
			return err
		}
		m.before = r
		if err := checkVersion(ctx, "request", id, r.Version); err != nil {
			return err
		}
		if !r.Status.Open() {
			_, err := coalition.Reprioritize(nil, r, priority)
			return err
		}
		s.phases.Lock()
		defer s.phases.Unlock()
		open, err := s.st.Requests.OpenInPhase(ctx, r.Phase)
		if err != nil {
			return err
		}
		moved, err := coalition.Reprioritize(open, r, priority)
		if err != nil {
			return err
		}
		if err := s.number(ctx, moved); err != nil {
			return err
		}
		out, err = s.st.Requests.Get(ctx, id, coalition.RequestFilter{})
		m.after = out
		return err
	})
	return out, err
}

// Repair restores what an interrupted change may have left half done: it
// opens the books of a coalition kept without them, renumbers every phase
// 1..n and moves approved requests with a placed order into procurement. It runs at start, before serving.
func (s *Service) Repair(ctx context.Context) error {
	return s.st.Tx.Atomically(ctx, turnProcurement, func(ctx context.Context) error {
		if err := s.openingBooks(ctx); err != nil {
			return err
		}
		if err := s.repairDeliveries(ctx); err != nil {
			return err
		}
		s.phases.Lock()
		defer s.phases.Unlock()
		var approved []coalition.Request
		for phase := 1; phase <= coalition.MaxPhase; phase++ {
			open, err := s.st.Requests.OpenInPhase(ctx, phase)
			if err != nil {
				return err
			}
			if err := s.number(ctx, open); err != nil {
				return err
			}
			for i, r := range open {
				if r.Status == coalition.Approved {
					r.Priority = i + 1
					approved = append(approved, r)
				}
			}
		}
		if len(approved) == 0 {
			return nil
		}
		ids := make([]string, len(approved))
		for i, r := range approved {
			ids[i] = r.ID
		}
		orders, err := s.st.Orders.ByRequests(ctx, ids)
		if err != nil {
			return err
		}
		for i, r := range approved {
			if !r.StuckInApproval(orders[i]) {
				continue
			}
			to, _, err := r.Procure(s.now())
			if err != nil {
				return err
			}
			if err := s.st.Requests.Transition(ctx, coalition.Approved, to); err != nil {
				return err
			}
		}
		return nil
	})
}

// sameInstant compares times as a store keeps them (to the millisecond).
func sameInstant(a, b time.Time) bool {
	return a.Sub(b).Abs() < time.Millisecond
}

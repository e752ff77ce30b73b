package service

import (
	"context"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// NewOrder is what a chair drafts: Supplier is the id of a registered
// supplier; the justification is needed when the request's orders would
// go above its estimate.
type NewOrder struct {
	RequestID         string
	Supplier          string
	Amount            coalition.Money
	Agent             coalition.ProcurementAgent
	ContractReference string
	Justification     string
}

// Orders lists orders.
func (s *Service) Orders(ctx context.Context, f coalition.OrderFilter, args PageArgs) (coalition.List[coalition.Order], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.Order](), err
	}
	if _, err := s.scope(ctx, authz.OrderRead, ""); err != nil {
		return none[coalition.Order](), err
	}
	return s.st.Orders.List(ctx, f, pg)
}

// Order returns one order.
func (s *Service) Order(ctx context.Context, id string) (coalition.Order, error) {
	if _, err := s.scope(ctx, authz.OrderRead, id); err != nil {
		return coalition.Order{}, err
	}
	return s.st.Orders.Get(ctx, id)
}

// OrdersByRequest returns each request's orders, in the order of ids, for
// batched look-ups.
func (s *Service) OrdersByRequest(ctx context.Context, ids []string) ([][]coalition.Order, error) {
	if !s.ask(ctx, authz.OrderRead).Granted {
		return make([][]coalition.Order, len(ids)), nil
	}
	return s.st.Orders.ByRequests(ctx, ids)
}

// DraftOrder drafts an order for an approved request; it commits nothing.
func (s *Service) DraftOrder(ctx context.Context, in NewOrder) (coalition.Order, error) {
	var out coalition.Order
	// The id is taken first, so that a refused draft names it too.
	m := &mutation{op: authz.OrderDraft, turn: turnProcurement, target: s.st.NewID()}
	m.applied = func(ctx context.Context) (bool, error) { return exists(s.st.Orders.Get(ctx, out.ID)) }
	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
		if err := coalition.Positive("amount", in.Amount); err != nil {
			return err
		}
		r, err := s.st.Requests.Get(ctx, in.RequestID, coalition.RequestFilter{Statuses: coalition.ProcurableStatuses})
		if err != nil {
			return coalition.Invalid("request", "not an approved request")
		}
		terms, sup, err := s.orderTerms(ctx, r, in)
		if err != nil {
			return err
		}
		o, err := coalition.DraftOrder(r, sup.Name, in.Amount, m.target, viewer(ctx).Sub, s.now())
		if err != nil {
			return err
		}
		o.OrderTerms = terms
		o.DrafterIssuer = viewer(ctx).Issuer
		out, m.after = o, o
		if err := s.st.Orders.Insert(ctx, o); err != nil {
			return err
		}
		// A drafted order is a pending draw: shown, reserving nothing.
		return s.book(ctx, []string{o.ID}, nil, func(*coalition.Books) ([]coalition.Entry, error) {
			return coalition.DraftOrderEntries(o, o.DraftedAt)
		})
	})
	return out, err
}

// changeOrder applies rule to order id in the procurement turn, writes it
// if its status and version are still the ones read (and the version the
// editor saw, when ctx carries one: WithExpectedVersion), then runs then (when not nil) in
// the same turn. After an internal error it finds out from the store
// whether the write was applied before answering.
func (s *Service) changeOrder(ctx context.Context, op authz.Operation, id string, rule func(ctx context.Context, o coalition.Order) (coalition.Order, error), then func(ctx context.Context) error) (coalition.Order, error) {
	return s.changeOrderWith(ctx, op, id, "", rule, then)
}

// changeOrderWith is changeOrder whose audit event carries detail (a
// reason given).
func (s *Service) changeOrderWith(ctx context.Context, op authz.Operation, id, detail string, rule func(ctx context.Context, o coalition.Order) (coalition.Order, error), then func(ctx context.Context) error) (coalition.Order, error) {
	var out coalition.Order
	m := &mutation{op: op, turn: turnProcurement, target: id, detail: detail, reason: detail}
	m.applied = func(ctx context.Context) (bool, error) {
		o, err := s.st.Orders.Get(ctx, id)
		return err == nil && out.Status != "" && o.Status == out.Status && o.Version == out.Version, err
	}
	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
		from, err := s.st.Orders.Get(ctx, id)
		if err != nil {
			return err
		}
		m.before = from
		if err := checkVersion(ctx, "order", id, from.Version); err != nil {
			return err
		}
		o, err := rule(ctx, from)
		if err != nil {
			return err
		}
		// out is what the store holds once the write lands (the version one
		// up): settled compares with it when the write's answer is lost.
		out = o
		out.Version = from.Version + 1
		m.after = out
		if err := s.st.Orders.Transition(ctx, from.Status, o); err != nil {
			return err
		}
		if then != nil {
			return then(ctx)
		}
		return nil
	})
	return out, err
}

// ApproveOrder is a chair's approval under the policy's rule
// (coalition.DecideApproval): the drafter never approves, and above the
// policy's threshold chairs of two nations must. An approval that does not
// complete the rule is recorded on the order, which stays
// PENDING_APPROVAL; the one that completes it commits the order's amount
// through the books on fresh figures, in the procurement turn, so that
// concurrent approvals are decided one after the other; CONFLICT when the
// money is not there. The first placed order moves its request into
// procurement in the same turn, after the order is written: Repair
// finishes this step if the process dies between the two writes.
func (s *Service) ApproveOrder(ctx context.Context, id string) (coalition.Order, error) {
	var request coalition.Request
	var at time.Time
	var placed bool
	return s.changeOrder(ctx, authz.OrderApprove, id, func(ctx context.Context, o coalition.Order) (coalition.Order, error) {
		if err := o.CanApprove(signer(ctx)); err != nil {
			return o, err
		}
		r, err := s.st.Requests.Get(ctx, o.RequestID, coalition.RequestFilter{})
		if err != nil {
			return o, err
		}
		if _, _, err := r.Procure(s.now()); err != nil {
			return o, err
		}
		request, at = r, s.now()
		o, placed, err = s.approve(ctx, o)
		return o, err
	}, func(ctx context.Context) error {
		if !placed {
			return nil
		}
		to, moved, err := request.Procure(at)
		if err != nil || !moved {
			return err
		}
		return s.st.Requests.Transition(ctx, request.Status, to)
	})
}

// CancelOrder cancels an order pending approval, or placed with nothing
// delivered (coalition.CanCancelOrder); a placed order's money is released.
func (s *Service) CancelOrder(ctx context.Context, id string) (coalition.Order, error) {
	return s.changeOrder(ctx, authz.OrderCancel, id, func(ctx context.Context, o coalition.Order) (coalition.Order, error) {
		ds, err := s.deliveriesOf(ctx, o.ID)
		if err != nil {
			return o, err
		}
		if err := coalition.CanCancelOrder(o, ds); err != nil {
			return o, err
		}
		return o.Cancel(s.now())
	}, func(ctx context.Context) error { return s.ReleaseOrderMoney(ctx, id, 0) })
}

// ConfirmDelivery is the Ministry's shortcut for goods that arrived whole:
// it records and accepts at once a delivery of what is left of a placed or
// partly delivered order, which becomes DELIVERED (coalition.ConfirmDelivery).
func (s *Service) ConfirmDelivery(ctx context.Context, id string) (coalition.Order, error) {
	var whole coalition.Delivery
	return s.changeOrder(ctx, authz.OrderDeliver, id, func(ctx context.Context, o coalition.Order) (coalition.Order, error) {
		ds, err := s.deliveriesOf(ctx, o.ID)
		if err != nil {
			return o, err
		}
		o, whole, err = coalition.ConfirmDelivery(o, ds, s.st.NewID(), signer(ctx), s.now())
		return o, err
	}, func(ctx context.Context) error { return s.st.Deliveries.Insert(ctx, whole) })
}

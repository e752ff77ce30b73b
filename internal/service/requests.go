package service

import (
	"context"
	"slices"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// MaxPhase bounds a request's phase.
const MaxPhase = 50

// NewRequest is what the Ministry drafts.
type NewRequest struct {
	Title, Description string
	Area               coalition.CapabilityArea
	Phase              int
	EstimatedCost      coalition.Money
}

// RequestEdit changes the fields that are set.
type RequestEdit struct {
	Title, Description *string
	Area               *coalition.CapabilityArea
	EstimatedCost      *coalition.Money
}

func (s *Service) checkRequestFields(r *coalition.Request) error {
	var err error
	if r.Title, err = text("title", r.Title, 200, false); err != nil {
		return err
	}
	if r.Description, err = text("description", r.Description, 5000, true); err != nil {
		return err
	}
	if !r.Area.Valid() {
		return coalition.Invalid("area", "unknown capability area")
	}
	if r.Phase < 1 || r.Phase > MaxPhase {
		return coalition.Invalid("phase", "must be between 1 and %d", MaxPhase)
	}
	return positive("estimatedCost", r.EstimatedCost)
}

// CreateRequest drafts a request. Drafts take no priority until submitted.
func (s *Service) CreateRequest(ctx context.Context, in NewRequest) (coalition.Request, error) {
	var out coalition.Request
	m := &mutation{action: "createRequest", obj: "PriorityRequest", act: "create", targetType: "PriorityRequest"}
	err := s.mutate(ctx, m, func(authz.Scope) error {
		now := s.now()
		r := coalition.Request{ID: s.st.NewID(), Title: in.Title, Description: in.Description, Area: in.Area, Phase: in.Phase,
			EstimatedCost: in.EstimatedCost, Status: coalition.Draft, CreatedAt: now, UpdatedAt: now}
		if err := s.checkRequestFields(&r); err != nil {
			return err
		}
		m.target = r.ID
		if err := s.st.Requests.Insert(ctx, r); err != nil {
			return err
		}
		out = r
		return nil
	})
	return out, err
}

// changeRequest runs change on request id under the procurement lease. The
// request is looked up within the viewer's read scope, so a hidden request
// answers NOT_FOUND as it would to a read. change returns the status the
// request must still have for the write to apply.
func (s *Service) changeRequest(ctx context.Context, m *mutation, id string, change func(r *coalition.Request) error) (coalition.Request, error) {
	var out coalition.Request
	m.targetType, m.target = "PriorityRequest", id
	err := s.mutate(ctx, m, func(authz.Scope) error {
		return s.serial.do(ctx, leaseProcurement, s.now, func() error {
			readScope := s.authz.Scope(viewer(ctx).Role, "PriorityRequest", "read")
			if !readScope.Granted {
				return coalition.NotFound("request", id)
			}
			from, err := s.st.Requests.Get(ctx, id, coalition.RequestFilter{Statuses: requestScope(readScope)})
			if err != nil {
				return err
			}
			r := from
			if err := change(&r); err != nil {
				return err
			}
			r.UpdatedAt = s.now()
			if r.Status.Open() != from.Status.Open() {
				return s.reopenOrClose(ctx, from, r)
			}
			if err := s.st.Requests.Transition(ctx, from.Status, r); err != nil {
				return err
			}
			out = r
			return nil
		})
	})
	if err == nil {
		out, err = s.st.Requests.Get(ctx, id, coalition.RequestFilter{})
	}
	return out, err
}

// reopenOrClose writes a request that joins or leaves its phase's order and
// renumbers the phase, so priorities stay 1..n.
func (s *Service) reopenOrClose(ctx context.Context, from, r coalition.Request) error {
	s.phases.Lock()
	defer s.phases.Unlock()
	open, err := s.st.Requests.OpenInPhase(ctx, r.Phase)
	if err != nil {
		return err
	}
	open = slices.DeleteFunc(open, func(x coalition.Request) bool { return x.ID == r.ID })
	if r.Status.Open() {
		r.Priority = len(open) + 1
	} else {
		r.Priority = 0
	}
	if err := s.st.Requests.Transition(ctx, from.Status, r); err != nil {
		return err
	}
	return s.number(ctx, open)
}

// number gives open, in order, the priorities 1..n, writing only changes.
func (s *Service) number(ctx context.Context, open []coalition.Request) error {
	for i, x := range open {
		if x.Priority != i+1 {
			if err := s.st.Requests.SetPriority(ctx, x.ID, i+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// UpdateRequest edits a request while DRAFT or SUBMITTED.
func (s *Service) UpdateRequest(ctx context.Context, id string, e RequestEdit) (coalition.Request, error) {
	m := &mutation{action: "updateRequest", obj: "PriorityRequest", act: "update"}
	return s.changeRequest(ctx, m, id, func(r *coalition.Request) error {
		if e.Title == nil && e.Description == nil && e.Area == nil && e.EstimatedCost == nil {
			return coalition.Invalid("input", "nothing to change")
		}
		if r.Status != coalition.Draft && r.Status != coalition.Submitted {
			return coalition.Conflict("request %s is %s; only DRAFT or SUBMITTED requests can be edited", id, r.Status)
		}
		if e.Title != nil {
			r.Title = *e.Title
		}
		if e.Description != nil {
			r.Description = *e.Description
		}
		if e.Area != nil {
			r.Area = *e.Area
		}
		if e.EstimatedCost != nil {
			r.EstimatedCost = *e.EstimatedCost
		}
		return s.checkRequestFields(r)
	})
}

func transition(r *coalition.Request, to coalition.RequestStatus, from ...coalition.RequestStatus) error {
	if !slices.Contains(from, r.Status) {
		return coalition.Conflict("request %s is %s and cannot become %s", r.ID, r.Status, to)
	}
	r.Status = to
	return nil
}

// SubmitRequest submits a draft; it takes the last priority of its phase.
func (s *Service) SubmitRequest(ctx context.Context, id string) (coalition.Request, error) {
	m := &mutation{action: "submitRequest", obj: "PriorityRequest", act: "submit"}
	return s.changeRequest(ctx, m, id, func(r *coalition.Request) error {
		return transition(r, coalition.Submitted, coalition.Draft)
	})
}

// ApproveRequest approves a submitted request for procurement.
func (s *Service) ApproveRequest(ctx context.Context, id string) (coalition.Request, error) {
	m := &mutation{action: "approveRequest", obj: "PriorityRequest", act: "approve"}
	return s.changeRequest(ctx, m, id, func(r *coalition.Request) error {
		return transition(r, coalition.Approved, coalition.Submitted)
	})
}

// RejectRequest rejects a submitted request, with a reason.
func (s *Service) RejectRequest(ctx context.Context, id, reason string) (coalition.Request, error) {
	m := &mutation{action: "rejectRequest", obj: "PriorityRequest", act: "reject"}
	return s.changeRequest(ctx, m, id, func(r *coalition.Request) error {
		why, err := text("reason", reason, 1000, true)
		if err != nil {
			return err
		}
		r.RejectReason = &why
		return transition(r, coalition.Rejected, coalition.Submitted)
	})
}

// openOrders reports whether request id has orders still pending or placed.
func (s *Service) openOrders(ctx context.Context, id string) (bool, error) {
	orders, err := s.st.Orders.ByRequests(ctx, []string{id})
	if err != nil {
		return false, err
	}
	return slices.ContainsFunc(orders[0], func(o coalition.Order) bool {
		return o.Status == coalition.PendingApproval || o.Status == coalition.Placed
	}), nil
}

// WithdrawRequest withdraws a request that has no pending or placed order.
func (s *Service) WithdrawRequest(ctx context.Context, id string) (coalition.Request, error) {
	m := &mutation{action: "withdrawRequest", obj: "PriorityRequest", act: "withdraw"}
	return s.changeRequest(ctx, m, id, func(r *coalition.Request) error {
		if busy, err := s.openOrders(ctx, id); err != nil || busy {
			if err != nil {
				return err
			}
			return coalition.Conflict("request %s has pending or placed orders; cancel them first", id)
		}
		return transition(r, coalition.Withdrawn, coalition.Draft, coalition.Submitted, coalition.Approved)
	})
}

// FulfillRequest closes a request in procurement once its orders are all
// delivered or cancelled.
func (s *Service) FulfillRequest(ctx context.Context, id string) (coalition.Request, error) {
	m := &mutation{action: "fulfillRequest", obj: "PriorityRequest", act: "fulfill"}
	return s.changeRequest(ctx, m, id, func(r *coalition.Request) error {
		if err := transition(r, coalition.Fulfilled, coalition.InProcurement); err != nil {
			return err
		}
		if busy, err := s.openOrders(ctx, id); err != nil || busy {
			if err != nil {
				return err
			}
			return coalition.Conflict("request %s still has pending or placed orders", id)
		}
		return nil
	})
}

// ReprioritizeRequest moves an open request to priority within its phase;
// the requests between shift by one.
func (s *Service) ReprioritizeRequest(ctx context.Context, id string, priority int) (coalition.Request, error) {
	var out coalition.Request
	m := &mutation{action: "reprioritizeRequest", obj: "PriorityRequest", act: "reprioritize", targetType: "PriorityRequest", target: id}
	err := s.mutate(ctx, m, func(authz.Scope) error {
		return s.serial.do(ctx, leaseProcurement, s.now, func() error {
			r, err := s.st.Requests.Get(ctx, id, coalition.RequestFilter{})
			if err != nil {
				return err
			}
			if !r.Status.Open() {
				return coalition.Conflict("request %s is %s; only open requests have a priority", id, r.Status)
			}
			s.phases.Lock()
			defer s.phases.Unlock()
			open, err := s.st.Requests.OpenInPhase(ctx, r.Phase)
			if err != nil {
				return err
			}
			if priority < 1 || priority > len(open) {
				return coalition.Invalid("priority", "must be between 1 and %d, the open requests of phase %d", len(open), r.Phase)
			}
			i := slices.IndexFunc(open, func(x coalition.Request) bool { return x.ID == id })
			moved := open[i]
			open = slices.Delete(open, i, i+1)
			open = slices.Insert(open, priority-1, moved)
			return s.number(ctx, open)
		})
	})
	if err == nil {
		out, err = s.st.Requests.Get(ctx, id, coalition.RequestFilter{})
	}
	return out, err
}

// Repair restores what an interrupted change may have left half done: it
// renumbers every phase 1..n and moves approved requests with a placed
// order into procurement. It runs at start, before serving.
func (s *Service) Repair(ctx context.Context) error {
	return s.serial.do(ctx, leaseProcurement, s.now, func() error {
		s.phases.Lock()
		defer s.phases.Unlock()
		var approved []coalition.Request
		for phase := 1; phase <= MaxPhase; phase++ {
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
			if slices.ContainsFunc(orders[i], func(o coalition.Order) bool {
				return o.Status == coalition.Placed || o.Status == coalition.Delivered
			}) {
				r.Status = coalition.InProcurement
				if err := s.st.Requests.Transition(ctx, coalition.Approved, r); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

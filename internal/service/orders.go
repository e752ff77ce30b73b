package service

import (
	"context"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// NewOrder is what a chair drafts.
type NewOrder struct {
	RequestID string
	Supplier  string
	Amount    coalition.Money
}

// DraftOrder drafts an order for an approved request; it commits nothing.
func (s *Service) DraftOrder(ctx context.Context, in NewOrder) (coalition.Order, error) {
	var out coalition.Order
	m := &mutation{action: "draftOrder", obj: "Order", act: "draft", targetType: "Order"}
	err := s.mutate(ctx, m, func(authz.Scope) error {
		supplier, err := text("supplier", in.Supplier, 200, false)
		if err != nil {
			return err
		}
		if err := positive("amount", in.Amount); err != nil {
			return err
		}
		return s.serial.do(ctx, leaseProcurement, s.now, func() error {
			r, err := s.st.Requests.Get(ctx, in.RequestID, coalition.RequestFilter{Statuses: []coalition.RequestStatus{coalition.Approved, coalition.InProcurement}})
			if err != nil {
				return coalition.Invalid("request", "%q is not an approved request", in.RequestID)
			}
			out = coalition.Order{ID: s.st.NewID(), RequestID: r.ID, Area: r.Area, Supplier: supplier, Amount: in.Amount,
				Status: coalition.PendingApproval, DraftedBy: viewer(ctx).Sub, DraftedAt: s.now()}
			m.target = out.ID
			return s.st.Orders.Insert(ctx, out)
		})
	})
	return out, err
}

// changeOrder runs change on order id under the procurement lease and
// writes it if its status is still the one read; then, when not nil, runs
// in the same turn after the order is written.
func (s *Service) changeOrder(ctx context.Context, m *mutation, id string, change func(o *coalition.Order) error, then func() error) (coalition.Order, error) {
	var out coalition.Order
	m.targetType, m.target = "Order", id
	err := s.mutate(ctx, m, func(authz.Scope) error {
		return s.serial.do(ctx, leaseProcurement, s.now, func() error {
			from, err := s.st.Orders.Get(ctx, id)
			if err != nil {
				return err
			}
			o := from
			if err := change(&o); err != nil {
				return err
			}
			if err := s.st.Orders.Transition(ctx, from.Status, o); err != nil {
				return err
			}
			out = o
			if then != nil {
				return then()
			}
			return nil
		})
	})
	return out, err
}

// ApproveOrder is the second chair's approval: it commits the order's
// amount from the request area's earmarked money first, then from
// unearmarked money, and fails with CONFLICT when the money is not there.
// The check and the commitment happen under the procurement lease, so
// concurrent approvals are decided one after the other on fresh figures.
func (s *Service) ApproveOrder(ctx context.Context, id string) (coalition.Order, error) {
	m := &mutation{action: "approveOrder", obj: "Order", act: "approve"}
	var placedFor *coalition.Request
	o, err := s.changeOrder(ctx, m, id, func(o *coalition.Order) error {
		if o.Status != coalition.PendingApproval {
			return coalition.Conflict("order %s is %s; only an order PENDING_APPROVAL can be approved", id, o.Status)
		}
		me := viewer(ctx).Sub
		if o.DraftedBy == me {
			return coalition.Forbidden("the chair who drafted order %s cannot approve it; a second chair must", id)
		}
		r, err := s.st.Requests.Get(ctx, o.RequestID, coalition.RequestFilter{})
		if err != nil {
			return err
		}
		if r.Status != coalition.Approved && r.Status != coalition.InProcurement {
			return coalition.Conflict("request %s is %s; orders can be placed only for approved requests", r.ID, r.Status)
		}
		l, err := s.ledger(ctx)
		if err != nil {
			return err
		}
		fromArea := min(max(l.available(o.Area), 0), o.Amount)
		fromPool := o.Amount - fromArea
		if fromPool > max(l.available(unearmarked), 0) {
			return coalition.Conflict("insufficient funds: order needs %s, %s has %s available and unearmarked money %s",
				o.Amount, o.Area, l.available(o.Area), l.available(unearmarked))
		}
		area := o.Area
		o.Draws = nil
		if fromArea > 0 {
			o.Draws = append(o.Draws, coalition.Draw{Area: &area, Amount: fromArea})
		}
		if fromPool > 0 {
			o.Draws = append(o.Draws, coalition.Draw{Amount: fromPool})
		}
		at := s.now()
		o.Status, o.ApprovedBy, o.PlacedAt = coalition.Placed, &me, &at
		if r.Status == coalition.Approved {
			placedFor = &r
		}
		return nil
	}, func() error {
		if placedFor == nil {
			return nil
		}
		// The first placed order moves the request into procurement, in the
		// same turn, after the order is written: Repair finishes this step
		// if the process dies between the two writes.
		to := *placedFor
		to.Status, to.UpdatedAt = coalition.InProcurement, s.now()
		return s.st.Requests.Transition(ctx, coalition.Approved, to)
	})
	return o, err
}

// CancelOrder cancels a pending or placed order; a placed order's money is
// released, since only placed and delivered orders count as committed.
func (s *Service) CancelOrder(ctx context.Context, id string) (coalition.Order, error) {
	m := &mutation{action: "cancelOrder", obj: "Order", act: "cancel"}
	return s.changeOrder(ctx, m, id, func(o *coalition.Order) error {
		if o.Status != coalition.PendingApproval && o.Status != coalition.Placed {
			return coalition.Conflict("order %s is %s and cannot be cancelled", id, o.Status)
		}
		at := s.now()
		o.Status, o.CancelledAt = coalition.OrderCancelled, &at
		return nil
	}, nil)
}

// ConfirmDelivery records that a placed order arrived.
func (s *Service) ConfirmDelivery(ctx context.Context, id string) (coalition.Order, error) {
	m := &mutation{action: "confirmDelivery", obj: "Order", act: "confirmDelivery"}
	return s.changeOrder(ctx, m, id, func(o *coalition.Order) error {
		if o.Status != coalition.Placed {
			return coalition.Conflict("order %s is %s; only a PLACED order can be delivered", id, o.Status)
		}
		at := s.now()
		o.Status, o.DeliveredAt = coalition.Delivered, &at
		return nil
	}, nil)
}

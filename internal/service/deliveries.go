package service

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Procurement (issue 13): approvals under the policy's thresholds,
// deliveries recorded and decided by two people of the Ministry, and
// amendments of a placed order's amount.

// DeliveryStore holds the deliveries recorded against orders.
type DeliveryStore interface {
	// ByOrders returns the deliveries of each of orderIDs, in that order,
	// oldest recorded first.
	ByOrders(ctx context.Context, orderIDs []string) ([][]coalition.Delivery, error)
	// Get returns one delivery; coalition.ErrNotFound when missing.
	Get(ctx context.Context, id string) (coalition.Delivery, error)
	// Insert adds a delivery at version 1.
	Insert(ctx context.Context, d coalition.Delivery) error
	// Replace writes d over the stored delivery whose version is
	// d.Version-1; coalition.ErrConflict when it changed.
	Replace(ctx context.Context, d coalition.Delivery) error
}

// AmendmentStore holds the amendments of orders' amounts.
type AmendmentStore interface {
	// ByOrders returns the amendments of each of orderIDs, in that order,
	// oldest proposal first.
	ByOrders(ctx context.Context, orderIDs []string) ([][]coalition.Amendment, error)
	// Get returns one amendment; coalition.ErrNotFound when missing.
	Get(ctx context.Context, id string) (coalition.Amendment, error)
	// Insert adds an amendment at version 1.
	Insert(ctx context.Context, a coalition.Amendment) error
	// Replace writes a over the stored amendment whose version is
	// a.Version-1; coalition.ErrConflict when it changed.
	Replace(ctx context.Context, a coalition.Amendment) error
}

// NewDelivery is what the Ministry records against an order.
type NewDelivery struct {
	OrderID   string
	Value     coalition.Money
	Date      string
	Reference string
}

// DeliveriesByOrder returns each order's deliveries, in the order of ids,
// for batched look-ups; nothing for a viewer who may not read orders.
func (s *Service) DeliveriesByOrder(ctx context.Context, ids []string) ([][]coalition.Delivery, error) {
	if !s.ask(ctx, authz.OrderRead).Granted {
		return make([][]coalition.Delivery, len(ids)), nil
	}
	return s.st.Deliveries.ByOrders(ctx, ids)
}

// AmendmentsByOrder returns each order's amendments, in the order of ids.
func (s *Service) AmendmentsByOrder(ctx context.Context, ids []string) ([][]coalition.Amendment, error) {
	if !s.ask(ctx, authz.OrderRead).Granted {
		return make([][]coalition.Amendment, len(ids)), nil
	}
	return s.st.Amendments.ByOrders(ctx, ids)
}

// ApprovalRule is the rule the policy sets for approving orders: that of
// the first role (in the policy's order) granted approval, for showing
// what an order awaits; each approval is decided under its approver's.
func (s *Service) ApprovalRule() coalition.ApprovalRule {
	for _, r := range s.authz.Roles() {
		if sc := s.authz.Ask(r, authz.OrderApprove); sc.Granted {
			return sc.Approval
		}
	}
	return coalition.ApprovalRule{}
}

// Awaiting says what order o's approvals still await ("" when it is not
// pending approval).
func (s *Service) Awaiting(o coalition.Order) string {
	if o.Status != coalition.PendingApproval {
		return ""
	}
	return s.ApprovalRule().Awaiting(o.Amount, o.Approvals)
}

// AmendmentAwaiting says what amendment a's approvals still await ("" when
// it is not pending approval).
func (s *Service) AmendmentAwaiting(a coalition.Amendment) string {
	if a.Status != coalition.AmendmentPending {
		return ""
	}
	return s.ApprovalRule().Awaiting(a.To, a.Approvals)
}

func (s *Service) deliveriesOf(ctx context.Context, orderID string) ([]coalition.Delivery, error) {
	ds, err := s.st.Deliveries.ByOrders(ctx, []string{orderID})
	if err != nil {
		return nil, err
	}
	return ds[0], nil
}

func (s *Service) amendmentsOf(ctx context.Context, orderID string) ([]coalition.Amendment, error) {
	as, err := s.st.Amendments.ByOrders(ctx, []string{orderID})
	if err != nil {
		return nil, err
	}
	return as[0], nil
}

// approve applies the viewer's approval to pending order o under the
// policy's rule (the drafter never approves; max-per-approval refuses a
// larger commitment). Every approval finds the money there (CONFLICT
// otherwise); the one that completes the rule posts the draw through the
// books and places the order. placed says whether it did.
func (s *Service) approve(ctx context.Context, o coalition.Order) (out coalition.Order, placed bool, err error) {
	at := s.now()
	next := coalition.Approval{By: signer(ctx), At: at}
	d, err := coalition.DecideApproval(s.ask(ctx, authz.OrderApprove).Approval, o.Amount, o.Amount, o.Drafter(), o.Approvals, next)
	if err != nil {
		return o, false, err
	}
	o.Approvals = d.Approvals
	if !d.Complete {
		// Nothing is booked yet, but an approval the money cannot cover
		// is refused now rather than after the last signature.
		b, err := s.openBooks(ctx, []string{o.ID}, nil)
		if err != nil {
			return o, false, err
		}
		if _, _, err := coalition.ApproveOrderEntries(b, o, at); err != nil {
			return o, false, err
		}
		return o, false, nil
	}
	draws, err := s.PostOrderDraw(ctx, o, o.Amount)
	if err != nil {
		return o, false, err
	}
	approver := next.By.Sub
	o.Draws, o.Status, o.ApprovedBy, o.PlacedAt = draws, coalition.Placed, &approver, &at
	return o, true, nil
}

// RecordDelivery records goods that arrived against a placed order, for
// another person of the Ministry to accept or reject. The order does not
// change; an expectedVersion is the order's.
func (s *Service) RecordDelivery(ctx context.Context, in NewDelivery) (coalition.Delivery, error) {
	var out coalition.Delivery
	m := &mutation{op: authz.DeliveryRecord, turn: turnProcurement, target: in.OrderID}
	m.applied = func(ctx context.Context) (bool, error) { return exists(s.st.Deliveries.Get(ctx, out.ID)) }
	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
		date, err := coalition.ParseDeliveryDate(in.Date)
		if err != nil {
			return err
		}
		o, err := s.st.Orders.Get(ctx, in.OrderID)
		if err != nil {
			return err
		}
		if err := checkVersion(ctx, "order", o.ID, o.Version); err != nil {
			return err
		}
		ds, err := s.deliveriesOf(ctx, o.ID)
		if err != nil {
			return err
		}
		d, err := coalition.RecordDelivery(o, ds, coalition.NewDelivery{ID: s.st.NewID(), Value: in.Value, Date: date,
			Reference: in.Reference, By: signer(ctx), At: s.now()})
		if err != nil {
			return err
		}
		out, m.detail, m.after = d, fmt.Sprintf("delivery %s recorded", d.ID), d
		return s.st.Deliveries.Insert(ctx, d)
	})
	return out, err
}

// decideDelivery runs decide on delivery id and its order in the
// procurement turn: the delivery is written on the version read (and the
// one its decider saw, as expectedVersion), then the order when decide
// changed it.
func (s *Service) decideDelivery(ctx context.Context, op authz.Operation, id string, reason string,
	decide func(o coalition.Order, ds []coalition.Delivery, d coalition.Delivery) (coalition.Order, coalition.Delivery, error)) (coalition.Delivery, error) {
	var out coalition.Delivery
	m := &mutation{op: op, turn: turnProcurement, target: id, detail: reason, reason: reason}
	m.applied = func(ctx context.Context) (bool, error) {
		d, err := s.st.Deliveries.Get(ctx, id)
		return err == nil && out.Version > 0 && d.Version == out.Version, err
	}
	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
		d, err := s.st.Deliveries.Get(ctx, id)
		if err != nil {
			return err
		}
		m.target = d.OrderID
		if err := checkVersion(ctx, "delivery", id, d.Version); err != nil {
			return err
		}
		o, err := s.st.Orders.Get(ctx, d.OrderID)
		if err != nil {
			return err
		}
		ds, err := s.deliveriesOf(ctx, o.ID)
		if err != nil {
			return err
		}
		after, decided, err := decide(o, ds, d)
		if err != nil {
			return err
		}
		out, m.before, m.after = decided, d, decided
		if err := s.st.Deliveries.Replace(ctx, decided); err != nil {
			return err
		}
		if after.Status == o.Status {
			return nil
		}
		return s.st.Orders.Transition(ctx, o.Status, after)
	})
	return out, err
}

// AcceptDelivery accepts a recorded delivery (a person of the Ministry
// other than the one who recorded it): the order is PARTLY_DELIVERED, or
// DELIVERED once accepted deliveries reach its amount.
func (s *Service) AcceptDelivery(ctx context.Context, id string) (coalition.Delivery, error) {
	return s.decideDelivery(ctx, authz.DeliveryAccept, id, "", func(o coalition.Order, ds []coalition.Delivery, d coalition.Delivery) (coalition.Order, coalition.Delivery, error) {
		return coalition.AcceptDelivery(o, ds, d.ID, signer(ctx), s.now())
	})
}

// RejectDelivery rejects a recorded delivery with a reason (a person of
// the Ministry other than the one who recorded it); its value may be
// delivered again.
func (s *Service) RejectDelivery(ctx context.Context, id, reason string) (coalition.Delivery, error) {
	return s.decideDelivery(ctx, authz.DeliveryReject, id, reason, func(o coalition.Order, _ []coalition.Delivery, d coalition.Delivery) (coalition.Order, coalition.Delivery, error) {
		d, err := coalition.RejectDelivery(o, d, reason, signer(ctx), s.now())
		return o, d, err
	})
}

// NewAmendment is a chair's change of a placed order's amount.
type NewAmendment struct {
	OrderID       string
	Amount        coalition.Money
	Reason        string
	Justification string
}

// AmendOrder changes a placed order's amount, for a reason. A decrease is
// applied at once and releases the money through the books; an increase
// awaits approval (ApproveAmendment) like a new commitment. The order's
// version goes up either way.
func (s *Service) AmendOrder(ctx context.Context, in NewAmendment) (coalition.Order, error) {
	var a coalition.Amendment
	var o0 coalition.Order
	return s.changeOrderWith(ctx, authz.OrderAmend, in.OrderID, in.Reason, func(ctx context.Context, o coalition.Order) (coalition.Order, error) {
		r, err := s.st.Requests.Get(ctx, o.RequestID, coalition.RequestFilter{})
		if err != nil {
			return o, err
		}
		others, err := s.ordersOf(ctx, o.RequestID)
		if err != nil {
			return o, err
		}
		ds, err := s.deliveriesOf(ctx, o.ID)
		if err != nil {
			return o, err
		}
		as, err := s.amendmentsOf(ctx, o.ID)
		if err != nil {
			return o, err
		}
		o0 = o
		var after coalition.Order
		a, after, err = coalition.ProposeAmendment(o, r, others, ds, as, coalition.NewAmendment{ID: s.st.NewID(), To: in.Amount,
			Reason: in.Reason, Justification: in.Justification, By: signer(ctx), At: s.now()})
		return after, err
	}, func(ctx context.Context) error {
		if err := s.st.Amendments.Insert(ctx, a); err != nil {
			return err
		}
		if a.Increase() {
			return nil
		}
		return s.ReleaseOrderMoney(ctx, o0.ID, o0.Amount-a.To)
	})
}

// pendingAmendment returns the amendment of order id that awaits approval.
func (s *Service) pendingAmendment(ctx context.Context, id string) (coalition.Amendment, error) {
	as, err := s.amendmentsOf(ctx, id)
	if err != nil {
		return coalition.Amendment{}, err
	}
	i := slices.IndexFunc(as, func(a coalition.Amendment) bool { return a.Status == coalition.AmendmentPending })
	if i < 0 {
		return coalition.Amendment{}, coalition.Conflict("order %s has no amendment awaiting approval", id)
	}
	return as[i], nil
}

// ApproveAmendment is a chair's approval of the increase that awaits
// approval on order id, under the policy's rule against the order's new
// amount (someone other than its proposer; chairs of two nations above
// the threshold). The approval that completes it posts the increase
// through the books (CONFLICT when the money is not there) and applies it.
func (s *Service) ApproveAmendment(ctx context.Context, id string) (coalition.Order, error) {
	var a coalition.Amendment
	return s.changeOrderWith(ctx, authz.OrderApproveAmendment, id, "", func(ctx context.Context, o coalition.Order) (coalition.Order, error) {
		var err error
		if a, err = s.pendingAmendment(ctx, o.ID); err != nil {
			return o, err
		}
		b, err := s.openBooks(ctx, []string{o.ID}, nil)
		if err != nil {
			return o, err
		}
		funds := coalition.ProcurementFunds{Earmarked: map[coalition.CapabilityArea]coalition.Money{}, Unearmarked: b.Spendable(coalition.Unearmarked)}
		if o.Area.Valid() {
			funds.Earmarked[o.Area] = b.Spendable(coalition.Pool(o.Area))
		}
		next := coalition.Approval{By: signer(ctx), At: s.now()}
		after, approved, d, err := coalition.ApproveAmendment(o, a, s.ask(ctx, authz.OrderApprove).Approval, next, funds)
		if err != nil {
			return o, err
		}
		a = approved
		if !d.Complete {
			// As with an order's approvals, the money must be there now.
			_, _, err := coalition.IncreaseOrderEntries(b, o, a.To-a.From, next.At)
			return after, err
		}
		// The books post the increase; the amendment carries what they drew.
		if a.Draws, err = s.PostOrderDraw(ctx, o, a.To-a.From); err != nil {
			return o, err
		}
		return after, nil
	}, func(ctx context.Context) error { return s.st.Amendments.Replace(ctx, a) })
}

// WithdrawAmendment withdraws the increase that awaits approval on order
// id; the order keeps its amount.
func (s *Service) WithdrawAmendment(ctx context.Context, id string) (coalition.Order, error) {
	var a coalition.Amendment
	return s.changeOrderWith(ctx, authz.OrderWithdrawAmendment, id, "", func(ctx context.Context, o coalition.Order) (coalition.Order, error) {
		p, err := s.pendingAmendment(ctx, o.ID)
		if err != nil {
			return o, err
		}
		a, err = coalition.WithdrawAmendment(p)
		return o, err
	}, func(ctx context.Context) error { return s.st.Amendments.Replace(ctx, a) })
}

// repairDeliveries brings placed and partly delivered orders up to date
// with their accepted deliveries (coalition.ProgressOrder). On a store
// without transactions a crash may fall between a delivery's acceptance,
// written first, and its order's new status.
func (s *Service) repairDeliveries(ctx context.Context) error {
	committing, err := s.st.Orders.Committing(ctx)
	if err != nil {
		return err
	}
	var open []coalition.Order
	var ids []string
	for _, o := range committing {
		if o.Status == coalition.Placed || o.Status == coalition.PartlyDelivered {
			open, ids = append(open, o), append(ids, o.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	ds, err := s.st.Deliveries.ByOrders(ctx, ids)
	if err != nil {
		return err
	}
	for i, o := range open {
		var at time.Time
		for _, d := range ds[i] {
			if d.Status == coalition.DeliveryAccepted && d.DecidedAt != nil && d.DecidedAt.After(at) {
				at = *d.DecidedAt
			}
		}
		if coalition.ProgressOrder(o, ds[i], at).Status == o.Status {
			continue
		}
		// Committing may read only what the fund needs: write the whole order.
		full, err := s.st.Orders.Get(ctx, o.ID)
		if err != nil {
			return err
		}
		if err := s.st.Orders.Transition(ctx, full.Status, coalition.ProgressOrder(full, ds[i], at)); err != nil {
			return err
		}
		s.log.InfoContext(ctx, "repaired an order's delivery status", "order", o.ID)
	}
	return nil
}

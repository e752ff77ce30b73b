package coalition

import (
	"slices"
	"time"
)

// CommittingOrderStatuses are the statuses of an order whose amount is
// committed money: placed, partly delivered and delivered.
var CommittingOrderStatuses = []OrderStatus{Placed, PartlyDelivered, Delivered}

// Commits reports whether an order in status s holds committed money.
func (s OrderStatus) Commits() bool { return slices.Contains(CommittingOrderStatuses, s) }

// Open reports whether an order in status s still binds its request:
// pending approval, placed, or partly delivered (OpenOrderStatuses).
func (s OrderStatus) Open() bool { return slices.Contains(OpenOrderStatuses, s) }

// CheckOrderTerms refuses an order's terms before anything is looked up.
func CheckOrderTerms(supplier string, amount Money) (string, error) {
	supplier, err := Text("supplier", supplier, 200, false)
	if err != nil {
		return "", err
	}
	return supplier, Positive("amount", amount)
}

// DraftOrder is a new order id for request r, drafted by a chair; it
// commits nothing until a second chair approves it.
func DraftOrder(r Request, supplier string, amount Money, id, by string, at time.Time) (Order, error) {
	supplier, err := CheckOrderTerms(supplier, amount)
	if err != nil {
		return Order{}, err
	}
	if !slices.Contains(ProcurableStatuses, r.Status) {
		return Order{}, Invalid("request", "not an approved request")
	}
	return Order{ID: id, Version: 1, RequestID: r.ID, Area: r.Area, Supplier: supplier, Amount: amount,
		Status: PendingApproval, DraftedBy: by, DraftedAt: at}, nil
}

// Approve is the second chair's approval of o, for request r, on the
// pools' ledger l: it commits o's amount from r's area's earmarked money
// first, then from unearmarked money. The drafter may not approve
// (forbidden); a request that is not approved, or money that is not there,
// is a conflict.
func (o Order) Approve(approver Signer, r Request, l *Ledger, at time.Time) (Order, error) {
	if err := o.CanApprove(approver); err != nil {
		return o, err
	}
	if _, _, err := r.Procure(at); err != nil {
		return o, err
	}
	draws, err := l.Draw(o.Area, o.Amount)
	if err != nil {
		return o, err
	}
	o.Draws, o.Status, o.ApprovedBy, o.PlacedAt = draws, Placed, &approver.Sub, &at
	return o, nil
}

// CanApprove refuses, before any money is looked at, an approval of an
// order that is not pending or by the person who drafted it (the same
// issuer and subject; the subject alone for an order drafted before
// issuers were kept).
func (o Order) CanApprove(approver Signer) error {
	if o.Status != PendingApproval {
		return Conflict("order %s is %s; only an order PENDING_APPROVAL can be approved", o.ID, o.Status)
	}
	if o.DraftedBy == approver.Sub && (o.DrafterIssuer == "" || o.DrafterIssuer == approver.Issuer) {
		return Forbidden("the chair who drafted order %s cannot approve it; a second chair must", o.ID)
	}
	return nil
}

// Cancel cancels a pending or placed order; a placed order's money is
// released, since only committing orders count.
func (o Order) Cancel(at time.Time) (Order, error) {
	if !o.Status.Open() {
		return o, Conflict("order %s is %s and cannot be cancelled", o.ID, o.Status)
	}
	o.Status, o.CancelledAt = OrderCancelled, &at
	return o, nil
}

// ConfirmDelivery records that a placed order arrived.
func (o Order) ConfirmDelivery(at time.Time) (Order, error) {
	if o.Status != Placed {
		return o, Conflict("order %s is %s; only a PLACED order can be delivered", o.ID, o.Status)
	}
	o.Status, o.DeliveredAt = Delivered, &at
	return o, nil
}

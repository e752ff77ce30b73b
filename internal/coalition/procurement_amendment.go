package coalition

import "time"

// AmendmentStatus is where an amendment of a placed order is in its life
// cycle. A decrease is APPLIED at once; an increase awaits approval.
type AmendmentStatus string

// Amendment statuses.
const (
	AmendmentPending   AmendmentStatus = "PENDING_APPROVAL"
	AmendmentApplied   AmendmentStatus = "APPLIED"
	AmendmentWithdrawn AmendmentStatus = "WITHDRAWN"
)

// AmendmentStatuses lists every amendment status.
var AmendmentStatuses = []AmendmentStatus{AmendmentPending, AmendmentApplied, AmendmentWithdrawn}

// Amendment changes a placed order's amount from From to To, for a reason.
type Amendment struct {
	ID      string
	OrderID string
	From    Money
	To      Money
	Reason  string
	// Justification is required when the increase takes the request's
	// orders above its estimate (NeedsJustification).
	Justification string
	Status        AmendmentStatus
	ProposedBy    Signer
	ProposedAt    time.Time
	Approvals     []Approval
	// Draws are the money the amendment committed (an increase) or released
	// (a decrease), once APPLIED.
	Draws     []Draw
	AppliedAt *time.Time
	Version   int
}

// Increase reports whether a raises the order's amount.
func (a Amendment) Increase() bool { return a.To > a.From }

// NewAmendment is what a chair proposes.
type NewAmendment struct {
	ID            string
	To            Money
	Reason        string
	Justification string
	By            Signer
	At            time.Time
}

// amendable reports whether an order in status s may be amended: it is
// placed and not yet wholly delivered.
func amendable(s OrderStatus) bool { return deliverable(s) }

// ProposeAmendment amends placed order o of request r. others are r's
// other orders, ds o's deliveries and pending o's amendments so far.
//
// A decrease is applied at once: it comes back APPLIED with the draws it
// released (ProcurementRelease), and the order with its new amount, the
// draws it keeps, and its delivery status brought up to date (a decrease
// down to what was accepted makes it DELIVERED). An increase comes back
// PENDING_APPROVAL and the order unchanged; ApproveAmendment applies it.
//
// Errors: CONFLICT when o is not PLACED or PARTLY_DELIVERED, when another
// amendment of o awaits approval, or when a decrease would go below the
// deliveries accepted or awaiting a decision; BAD_USER_INPUT for an amount
// that is not positive or not a change, an empty reason, or a missing
// justification.
func ProposeAmendment(o Order, r Request, others []Order, ds []Delivery, amendments []Amendment, in NewAmendment) (Amendment, Order, error) {
	if !amendable(o.Status) {
		return Amendment{}, o, Conflict("order %s is %s; only a PLACED or PARTLY_DELIVERED order can be amended", o.ID, o.Status)
	}
	for _, a := range amendments {
		if a.Status == AmendmentPending {
			return Amendment{}, o, Conflict("amendment %s of order %s awaits approval; approve or withdraw it first", a.ID, o.ID)
		}
	}
	if in.To <= 0 || in.To > MaxMoney {
		return Amendment{}, o, Invalid("amount", "must be more than zero; to stop an order, cancel it")
	}
	if in.To == o.Amount {
		return Amendment{}, o, Invalid("amount", "is the order's amount already (%s)", o.Amount)
	}
	reason, err := procText("reason", in.Reason, 2000, true)
	if err != nil {
		return Amendment{}, o, err
	}
	a := Amendment{ID: in.ID, OrderID: o.ID, From: o.Amount, To: in.To, Reason: reason, Status: AmendmentPending,
		ProposedBy: in.By, ProposedAt: in.At, Version: 1}
	if a.Increase() {
		why, err := justification(in.Justification, NeedsJustification(r.EstimatedCost, in.To, withoutOrder(others, o.ID)), r, in.To)
		if err != nil {
			return Amendment{}, o, err
		}
		a.Justification = why
		return a, o, nil
	}
	accepted, pending := DeliveredValue(ds)
	if in.To < accepted+pending {
		return Amendment{}, o, Conflict("order %s has deliveries worth %s accepted and %s awaiting a decision; its amount cannot go below %s",
			o.ID, accepted, pending, accepted+pending)
	}
	if in.Justification != "" {
		if a.Justification, err = procText("justification", in.Justification, 2000, true); err != nil {
			return Amendment{}, o, err
		}
	}
	kept, released := ProcurementRelease(o.Draws, o.Amount-in.To)
	a.Status, a.Draws, a.AppliedAt = AmendmentApplied, released, &in.At
	o.Amount, o.Draws = in.To, kept
	return a, ProgressOrder(o, ds, in.At), nil
}

// withoutOrder drops order id from orders.
func withoutOrder(orders []Order, id string) []Order {
	var out []Order
	for _, o := range orders {
		if o.ID != id {
			out = append(out, o)
		}
	}
	return out
}

// ApproveAmendment applies approval next to increase a of order o under
// the policy's rule: the threshold looks at the order's new amount, the
// cap at what this approval commits (the increase). When the approvals
// complete it, the increase is drawn from funds (ProcurementDraws), added
// to the order's draws and amount, and a is APPLIED; otherwise both come
// back with the approval recorded on a and the decision says what it awaits.
//
// Errors: CONFLICT when a is not PENDING_APPROVAL, when o is not PLACED or
// PARTLY_DELIVERED, when o's amount is no longer a.From, or when funds
// cannot cover the increase; those of DecideApproval (the proposer cannot
// approve).
func ApproveAmendment(o Order, a Amendment, rule ApprovalRule, next Approval, funds ProcurementFunds) (Order, Amendment, ApprovalDecision, error) {
	if a.Status != AmendmentPending {
		return o, a, ApprovalDecision{}, Conflict("amendment %s is %s; only an amendment PENDING_APPROVAL can be approved", a.ID, a.Status)
	}
	if !amendable(o.Status) {
		return o, a, ApprovalDecision{}, Conflict("order %s is %s; only a PLACED or PARTLY_DELIVERED order can be amended", o.ID, o.Status)
	}
	if o.Amount != a.From {
		return o, a, ApprovalDecision{}, Conflict("order %s is now %s, not the %s amendment %s was proposed against; propose it again", o.ID, o.Amount, a.From, a.ID)
	}
	d, err := DecideApproval(rule, a.To, a.To-a.From, a.ProposedBy, a.Approvals, next)
	if err != nil {
		return o, a, ApprovalDecision{}, err
	}
	var draws []Draw
	if d.Complete {
		if draws, err = ProcurementDraws(o.Area, a.To-a.From, funds); err != nil {
			return o, a, ApprovalDecision{}, err
		}
	}
	a.Approvals, a.Version = d.Approvals, a.Version+1
	if !d.Complete {
		return o, a, d, nil
	}
	a.Status, a.Draws, a.AppliedAt = AmendmentApplied, draws, &next.At
	o.Amount, o.Draws = a.To, mergeDraws(o.Draws, draws)
	return o, a, d, nil
}

// WithdrawAmendment withdraws an increase that awaits approval.
//
// Errors: CONFLICT when a is not PENDING_APPROVAL.
func WithdrawAmendment(a Amendment) (Amendment, error) {
	if a.Status != AmendmentPending {
		return a, Conflict("amendment %s is %s; only an amendment PENDING_APPROVAL can be withdrawn", a.ID, a.Status)
	}
	a.Status, a.Version = AmendmentWithdrawn, a.Version+1
	return a, nil
}

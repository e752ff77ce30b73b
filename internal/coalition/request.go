package coalition

import (
	"slices"
	"time"
)

// MaxPhase bounds a request's phase.
const MaxPhase = 50

// ProcurableStatuses are the statuses of a request that orders may be
// drafted and placed for.
var ProcurableStatuses = []RequestStatus{Approved, InProcurement}

// RequestDraft is what the Ministry drafts.
type RequestDraft struct {
	Title, Description string
	Area               CapabilityArea
	Phase              int
	EstimatedCost      Money
}

// RequestEdit changes the fields that are set.
type RequestEdit struct {
	Title, Description *string
	Area               *CapabilityArea
	EstimatedCost      *Money
}

// DraftRequest is a new request id, a draft: it takes no priority until
// submitted.
func DraftRequest(d RequestDraft, id string, at time.Time) (Request, error) {
	r := Request{ID: id, Version: 1, Title: d.Title, Description: d.Description, Area: d.Area, Phase: d.Phase,
		EstimatedCost: d.EstimatedCost, Status: Draft, CreatedAt: at, UpdatedAt: at}
	return r, r.checkFields()
}

func (r *Request) checkFields() error {
	var err error
	if r.Title, err = Text("title", r.Title, 200, false); err != nil {
		return err
	}
	if r.Description, err = Text("description", r.Description, 5000, true); err != nil {
		return err
	}
	if !r.Area.Valid() {
		return Invalid("area", "unknown capability area")
	}
	if r.Phase < 1 || r.Phase > MaxPhase {
		return Invalid("phase", "must be between 1 and %d", MaxPhase)
	}
	return Positive("estimatedCost", r.EstimatedCost)
}

// Edit is r with e applied, while r is DRAFT or SUBMITTED.
func (r Request) Edit(e RequestEdit) (Request, error) {
	if e.Title == nil && e.Description == nil && e.Area == nil && e.EstimatedCost == nil {
		return r, Invalid("input", "nothing to change")
	}
	if r.Status != Draft && r.Status != Submitted {
		return r, Conflict("request %s is %s; only DRAFT or SUBMITTED requests can be edited", r.ID, r.Status)
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
	return r, r.checkFields()
}

func (r Request) become(to RequestStatus, from ...RequestStatus) (Request, error) {
	if !slices.Contains(from, r.Status) {
		return r, Conflict("request %s is %s and cannot become %s", r.ID, r.Status, to)
	}
	r.Status = to
	return r, nil
}

// Submit submits a draft.
func (r Request) Submit() (Request, error) { return r.become(Submitted, Draft) }

// Approve approves a submitted request for procurement.
func (r Request) Approve() (Request, error) { return r.become(Approved, Submitted) }

// Reject rejects a submitted request, with a reason.
func (r Request) Reject(reason string) (Request, error) {
	why, err := Text("reason", reason, 1000, true)
	if err != nil {
		return r, err
	}
	r.RejectReason = &why
	return r.become(Rejected, Submitted)
}

// Withdraw withdraws a request that none of its orders still binds.
func (r Request) Withdraw(orders []Order) (Request, error) {
	if anyOpen(orders) {
		return r, Conflict("request %s has pending or placed orders; cancel them first", r.ID)
	}
	return r.become(Withdrawn, Draft, Submitted, Approved)
}

// Fulfil closes a request in procurement once its orders are all delivered
// or cancelled.
func (r Request) Fulfil(orders []Order) (Request, error) {
	r, err := r.become(Fulfilled, InProcurement)
	if err != nil {
		return r, err
	}
	if anyOpen(orders) {
		return r, Conflict("request %s still has pending or placed orders", r.ID)
	}
	return r, nil
}

func anyOpen(orders []Order) bool {
	return slices.ContainsFunc(orders, func(o Order) bool { return o.Status.Open() })
}

// Procure is r once an order for it is placed: an approved request moves
// into procurement; changed is false when it already was there.
func (r Request) Procure(at time.Time) (out Request, changed bool, err error) {
	if !slices.Contains(ProcurableStatuses, r.Status) {
		return r, false, Conflict("request %s is %s; orders can be placed only for approved requests", r.ID, r.Status)
	}
	if r.Status != Approved {
		return r, false, nil
	}
	r.Status, r.UpdatedAt = InProcurement, at
	return r, true, nil
}

// StuckInApproval reports whether r is approved although one of its orders
// already commits money: a change that a crash interrupted.
func (r Request) StuckInApproval(orders []Order) bool {
	return r.Status == Approved && slices.ContainsFunc(orders, func(o Order) bool { return o.Status.Commits() })
}

// Rank places r in its phase's priority order, open being the phase's open
// requests by priority: a request that opens takes the last priority, one
// that closes takes none. It returns r and the others, in order.
func Rank(open []Request, r Request) (Request, []Request) {
	open = slices.DeleteFunc(slices.Clone(open), func(x Request) bool { return x.ID == r.ID })
	r.Priority = 0
	if r.Status.Open() {
		r.Priority = len(open) + 1
	}
	return r, open
}

// Reprioritize moves r to priority among open, its phase's open requests
// by priority; the requests between shift by one. It returns the new order.
func Reprioritize(open []Request, r Request, priority int) ([]Request, error) {
	i := slices.IndexFunc(open, func(x Request) bool { return x.ID == r.ID })
	if !r.Status.Open() || i < 0 {
		return nil, Conflict("request %s is %s; only open requests have a priority", r.ID, r.Status)
	}
	if priority < 1 || priority > len(open) {
		return nil, Invalid("priority", "must be between 1 and %d, the open requests of phase %d", len(open), r.Phase)
	}
	out := slices.Clone(open)
	moved := out[i]
	out = slices.Delete(out, i, i+1)
	return slices.Insert(out, priority-1, moved), nil
}

// Renumber gives open, in order, the priorities 1..n; it returns only the
// requests whose priority changes, with their new priority.
func Renumber(open []Request) []Request {
	var out []Request
	for i, x := range open {
		if x.Priority != i+1 {
			x.Priority = i + 1
			out = append(out, x)
		}
	}
	return out
}

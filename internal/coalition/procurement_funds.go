package coalition

// ProcurementFunds is the money free to commit in each pool at the moment
// of an approval: each area's earmarked money, and unearmarked money. The
// caller reads it from the books under the same turn that writes the
// approval, so the check and the commitment cannot be raced.
type ProcurementFunds struct {
	Earmarked   map[CapabilityArea]Money
	Unearmarked Money
}

// ProcurementDraws says which pools commit amount for an order in area:
// the area's earmarked money first, then unearmarked money. A pool that
// shows less than nothing counts as empty.
//
// Errors: CONFLICT when the two pools together cannot cover amount.
func ProcurementDraws(area CapabilityArea, amount Money, funds ProcurementFunds) ([]Draw, error) {
	earmarked := max(funds.Earmarked[area], 0)
	fromArea := min(earmarked, amount)
	fromPool := amount - fromArea
	if fromPool > max(funds.Unearmarked, 0) {
		return nil, Conflict("insufficient funds: %s needed, %s has %s available and unearmarked money %s",
			amount, area, funds.Earmarked[area], funds.Unearmarked)
	}
	var draws []Draw
	if fromArea > 0 {
		a := area
		draws = append(draws, Draw{Area: &a, Amount: fromArea})
	}
	if fromPool > 0 {
		draws = append(draws, Draw{Amount: fromPool})
	}
	return draws, nil
}

// ProcurementRelease takes amount back out of an order's draws, unearmarked
// money first and the area's earmarked money last: the reverse of how it was
// drawn, so what remains is still paid for by the area's donors first. It
// returns the draws kept and those released. It never releases more than
// the draws hold.
func ProcurementRelease(draws []Draw, amount Money) (kept, released []Draw) {
	kept = append([]Draw(nil), draws...)
	for i := len(kept) - 1; i >= 0 && amount > 0; i-- {
		take := min(kept[i].Amount, amount)
		if take <= 0 {
			continue
		}
		released = append(released, Draw{Area: kept[i].Area, Amount: take})
		kept[i].Amount -= take
		amount -= take
	}
	out := kept[:0]
	for _, d := range kept {
		if d.Amount > 0 {
			out = append(out, d)
		}
	}
	return out, released
}

// mergeDraws adds more to draws, pool by pool, keeping earmarked pools
// before unearmarked money.
func mergeDraws(draws, more []Draw) []Draw {
	out := append([]Draw(nil), draws...)
next:
	for _, m := range more {
		for i := range out {
			if samePool(out[i].Area, m.Area) {
				out[i].Amount += m.Amount
				continue next
			}
		}
		if m.Area != nil {
			out = append([]Draw{m}, out...)
		} else {
			out = append(out, m)
		}
	}
	return out
}

func samePool(a, b *CapabilityArea) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// ApproveOrderByPolicy applies approval next to order o of request r under
// the policy's rule. drafter is o's drafter as a Signer (o.DraftedBy names
// only the sub) and prior the approvals recorded so far. When the
// approvals complete it, the order's amount is drawn from funds
// (ProcurementDraws) and the order is PLACED at next.At, approved by the
// last approver; otherwise o comes back unchanged and the decision says
// what it awaits.
//
// Errors: CONFLICT when o is not PENDING_APPROVAL, r is not APPROVED or
// IN_PROCUREMENT, or funds cannot cover it; those of DecideApproval.
func ApproveOrderByPolicy(o Order, r Request, rule ApprovalRule, drafter Signer, prior []Approval, next Approval, funds ProcurementFunds) (Order, ApprovalDecision, error) {
	if o.Status != PendingApproval {
		return o, ApprovalDecision{}, Conflict("order %s is %s; only an order PENDING_APPROVAL can be approved", o.ID, o.Status)
	}
	if r.Status != Approved && r.Status != InProcurement {
		return o, ApprovalDecision{}, Conflict("request %s is %s; orders can be placed only for approved requests", r.ID, r.Status)
	}
	d, err := DecideApproval(rule, o.Amount, o.Amount, drafter, prior, next)
	if err != nil || !d.Complete {
		return o, d, err
	}
	draws, err := ProcurementDraws(o.Area, o.Amount, funds)
	if err != nil {
		return o, ApprovalDecision{}, err
	}
	at, by := next.At, next.By.Sub
	o.Status, o.ApprovedBy, o.PlacedAt, o.Draws = Placed, &by, &at, draws
	return o, d, nil
}

package coalition

import "time"

// An order's money moves in two phases, as a TigerBeetle transfer does.
// Drafting books a pending ORDER_DRAW from the area's AVAILABLE to its
// SPENT for the order's amount: it shows as pending and reserves nothing.
// The second chair's approval posts it: from the area's earmarked money
// first, then from unearmarked money; the area part posts (all or part of)
// the pending entry and the unearmarked part is a posted entry of its own.
// Cancelling voids a pending draw and releases every posted draw; a
// decrease releases part of them.

// DraftOrderEntries returns the pending entry that announces order o's
// draw on its area's pool, dated at.
func DraftOrderEntries(o Order, at time.Time) ([]Entry, error) {
	if !o.Area.Valid() {
		return nil, Invalid("area", "unknown capability area %q", o.Area)
	}
	if o.Amount <= 0 || o.Amount > MaxMoney {
		return nil, Invalid("amount", "must be positive and at most %s", MaxMoney)
	}
	e := move(EntryOrderDraw, PhasePending, Pool(o.Area), o.Amount, at)
	e.OrderID = o.ID
	return []Entry{e}, nil
}

// RedraftOrderEntries returns the entries that follow an edit of order o
// while it awaits approval: the void of its pending draw, if any, and a new
// pending draw of its current amount and area.
func RedraftOrderEntries(b *Books, o Order, at time.Time) ([]Entry, error) {
	es, err := DraftOrderEntries(o, at)
	if err != nil {
		return nil, err
	}
	if p, ok := b.open(EntryOrderDraw, o.ID); ok {
		es = append([]Entry{resolve(p, true, 0, at)}, es...)
	}
	return es, nil
}

// ApproveOrderEntries returns the entries that commit order o's amount at
// time at, and the draws they make: the area's available money first, then
// unearmarked money. The books must hold the balances of both pools and the
// order's own entries. It fails with Conflict when the order has already
// committed money, or when the two pools together do not have the amount
// available.
func ApproveOrderEntries(b *Books, o Order, at time.Time) ([]Entry, []Draw, error) {
	if len(OrderDraws(b, o.ID)) > 0 {
		return nil, nil, Conflict("order %s has already committed money; an increase is not an approval", o.ID)
	}
	return drawEntries(b, o, o.Amount, at)
}

// IncreaseOrderEntries returns the entries that commit by more to a placed
// order, by the same rule as an approval, and the draws of the increase
// (OrderDraws gives the order's total once they are applied).
func IncreaseOrderEntries(b *Books, o Order, by Money, at time.Time) ([]Entry, []Draw, error) {
	if by <= 0 || by > MaxMoney {
		return nil, nil, Invalid("amount", "an increase must be positive and at most %s", MaxMoney)
	}
	return drawEntries(b, o, by, at)
}

func drawEntries(b *Books, o Order, amount Money, at time.Time) ([]Entry, []Draw, error) {
	area := Pool(o.Area)
	if !o.Area.Valid() {
		return nil, nil, Invalid("area", "unknown capability area %q", o.Area)
	}
	fromArea := min(max(b.Spendable(area), 0), amount)
	fromPool := amount - fromArea
	if fromPool > max(b.Spendable(Unearmarked), 0) {
		return nil, nil, Conflict("insufficient funds: order needs %s, %s has %s available and unearmarked money %s",
			amount, o.Area, b.Spendable(area), b.Spendable(Unearmarked))
	}
	var es []Entry
	var draws []Draw
	// The area's part posts the draft's pending draw when it can; a draw
	// announced for another area or a smaller amount (an order edited
	// without a redraft) is voided and the part posted directly.
	p, announced := b.open(EntryOrderDraw, o.ID)
	posts := announced && p.Debit.Pool == area && fromArea > 0 && fromArea <= p.Amount
	if announced && !posts {
		es = append(es, resolve(p, true, 0, at))
	}
	if fromArea > 0 {
		e := resolve(p, false, fromArea, at)
		if !posts {
			e = move(EntryOrderDraw, PhasePosted, area, fromArea, at)
			e.OrderID = o.ID
		}
		es = append(es, e)
		draws = append(draws, Draw{Area: area.Area(), Amount: fromArea})
	}
	if fromPool > 0 {
		e := move(EntryOrderDraw, PhasePosted, Unearmarked, fromPool, at)
		e.OrderID = o.ID
		es = append(es, e)
		draws = append(draws, Draw{Amount: fromPool})
	}
	return es, draws, nil
}

// OrderDraws returns what the books say order id has committed, per pool,
// net of releases: the area's pool first, then unearmarked money. The books
// must hold the order's entries.
func OrderDraws(b *Books, id string) []Draw {
	net := netDraws(b.entries, id)
	var out []Draw
	for _, p := range Pools() {
		if net[p] > 0 {
			out = append(out, Draw{Area: p.Area(), Amount: net[p]})
		}
	}
	return out
}

// netDraws sums, per pool, the posted draws of order id minus its releases.
func netDraws(entries []Entry, id string) map[Pool]Money {
	net := map[Pool]Money{}
	for _, e := range entries {
		if e.OrderID != id || (e.Phase != PhasePosted && e.Phase != PhasePostPending) {
			continue
		}
		switch e.Code {
		case EntryOrderDraw:
			net[e.Debit.Pool] += e.Amount
		case EntryOrderRelease:
			net[e.Debit.Pool] -= e.Amount
		}
	}
	return net
}

// CancelOrderEntries returns the entries that undo order id at time at: the
// void of its pending draw, if still pending, and the release of all it
// committed. It returns no entry for an order that holds nothing.
func CancelOrderEntries(b *Books, id string, at time.Time) []Entry {
	var es []Entry
	if p, ok := b.open(EntryOrderDraw, id); ok {
		es = append(es, resolve(p, true, 0, at))
	}
	var all Money
	for _, d := range OrderDraws(b, id) {
		all += d.Amount
	}
	return append(es, releaseEntries(b, id, all, at)...)
}

// DecreaseOrderEntries returns the entries that release by of what placed
// order id committed: unearmarked money first, then the area's, the reverse
// of the order in which an approval draws. It fails with Invalid when by is
// not positive or exceeds what the order holds.
func DecreaseOrderEntries(b *Books, id string, by Money, at time.Time) ([]Entry, error) {
	var held Money
	for _, d := range OrderDraws(b, id) {
		held += d.Amount
	}
	if by <= 0 || by > held {
		return nil, Invalid("amount", "a decrease must be positive and at most the %s the order holds", held)
	}
	return releaseEntries(b, id, by, at), nil
}

func releaseEntries(b *Books, id string, amount Money, at time.Time) []Entry {
	net := netDraws(b.entries, id)
	pools := Pools()
	var es []Entry
	for i := len(pools) - 1; i >= 0 && amount > 0; i-- {
		n := min(net[pools[i]], amount)
		if n <= 0 {
			continue
		}
		e := move(EntryOrderRelease, PhasePosted, pools[i], n, at)
		e.OrderID = id
		es = append(es, e)
		amount -= n
	}
	return es
}

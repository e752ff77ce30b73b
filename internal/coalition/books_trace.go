package coalition

// Allocation says that Amount of order OrderID's draw on Pool was paid with
// money of contribution ContributionID.
type Allocation struct {
	OrderID        string
	Pool           Pool
	ContributionID string
	Amount         Money
}

// Trace derives, from the ledger's entries, which contributions paid for
// which orders. Nothing of it is stored: it is recomputed from the entries,
// so releases and reversals re-derive it consistently. The rule:
//
// Within each pool, first received, first spent. The pool's money is a
// queue of its confirmed receipts, in the order their confirmations were
// booked; a receipt whose reversal has been confirmed leaves the queue
// whole. The pool's posted order draws, in the order they were booked,
// take money from the front of the queue: each draw is paid by the oldest
// money that earlier draws have not taken. A released amount (an order
// cancelled or decreased) comes off that order's latest draws on the pool,
// and the money it frees goes back to its place in the queue, where the
// next draw in line takes it. An order that draws on its area's pool and
// on unearmarked money is traced in both.
//
// Because no pool ever commits more than it received, every posted draw is
// fully paid, allocations sum to the draws, and no contribution is shown
// paying more than its confirmed money. Entries may come in any order; the
// result lists allocations by pool, then by draw and receipt, one per
// order, pool and contribution.
func Trace(entries []Entry) []Allocation {
	byID := sortedByID(entries)
	type money struct {
		receipt, contribution string
		left                  Money
	}
	type draw struct {
		order string
		left  Money
	}
	queues := map[Pool][]*money{}
	receipts := map[string]*money{}
	draws := map[Pool][]*draw{}
	for _, e := range byID {
		posted := e.Phase == PhasePosted || e.Phase == PhasePostPending
		if !posted {
			continue
		}
		p := e.Debit.Pool
		switch e.Code {
		case EntryReceipt:
			m := &money{receipt: e.ReceiptID, contribution: e.ContributionID, left: e.Amount}
			queues[p] = append(queues[p], m)
			receipts[e.ReceiptID] = m
		case EntryReceiptReversal:
			if m := receipts[e.ReceiptID]; m != nil {
				m.left = 0
			}
		case EntryOrderDraw:
			draws[p] = append(draws[p], &draw{order: e.OrderID, left: e.Amount})
		case EntryOrderRelease:
			n := e.Amount
			ds := draws[p]
			for i := len(ds) - 1; i >= 0 && n > 0; i-- {
				if ds[i].order == e.OrderID {
					take := min(ds[i].left, n)
					ds[i].left -= take
					n -= take
				}
			}
		}
	}
	var out []Allocation
	merged := map[Allocation]int{}
	for _, p := range Pools() {
		q := queues[p]
		for _, d := range draws[p] {
			for d.left > 0 && len(q) > 0 {
				if q[0].left == 0 {
					q = q[1:]
					continue
				}
				take := min(q[0].left, d.left)
				q[0].left -= take
				d.left -= take
				key := Allocation{OrderID: d.order, Pool: p, ContributionID: q[0].contribution}
				if i, ok := merged[key]; ok {
					out[i].Amount += take
					continue
				}
				merged[key] = len(out)
				key.Amount = take
				out = append(out, key)
			}
		}
	}
	return out
}

// OrderFunding keeps the allocations of order id: what its money came from.
func OrderFunding(allocs []Allocation, id string) []Allocation {
	return keep(allocs, func(a Allocation) bool { return a.OrderID == id })
}

// ContributionAllocations keeps the allocations of contribution id: what
// its money paid for.
func ContributionAllocations(allocs []Allocation, id string) []Allocation {
	return keep(allocs, func(a Allocation) bool { return a.ContributionID == id })
}

func keep(allocs []Allocation, ok func(Allocation) bool) []Allocation {
	var out []Allocation
	for _, a := range allocs {
		if ok(a) {
			out = append(out, a)
		}
	}
	return out
}

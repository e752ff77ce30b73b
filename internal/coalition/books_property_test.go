package coalition

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// TestBooksHoldUnderRandomOperations runs random sequences of pledges,
// commitments, receipts, confirmations, reversals and their declines, order
// drafts, approvals, decreases and cancellations, by random people, and
// after every step holds the books to their invariants (see world.check).
// Every refusal must be a domain error, and every operation must succeed
// a few times and many steps be refused, so that the runs prove something.
func TestBooksHoldUnderRandomOperations(t *testing.T) {
	const (
		pledge = iota
		commit
		record
		confirm
		reverse
		decline
		draft
		approve
		decrease
		cancel
	)
	// Confirmations and approvals often, so that money flows; reversals,
	// declines, decreases and cancellations now and then.
	var weights []int
	for op, n := range []int{pledge: 2, commit: 2, record: 3, confirm: 6, reverse: 1, decline: 1, draft: 2, approve: 4, decrease: 1, cancel: 1} {
		for range n {
			weights = append(weights, op)
		}
	}
	people := []PersonRef{alice, bob, {Issuer: "itc", Sub: "carol"}}
	done := map[int]int{}
	var refused int
	why := map[int]int{}
	for seed := uint64(1); seed <= 20; seed++ {
		rng := rand.New(rand.NewPCG(seed, 12))
		w := newWorld(t)
		var cons, receipts, orders []string
		type snapshot struct {
			at  time.Time
			bal map[Account]Balance
		}
		var history []snapshot
		pick := func(ids []string) string { return ids[rng.IntN(len(ids))] }
		person := func() PersonRef { return people[rng.IntN(len(people))] }
		amount := func() Money { return Money(1 + rng.IntN(5)*rng.IntN(40_000_00)) }
		for step := 0; step < 100; step++ {
			var err error
			op := weights[rng.IntN(len(weights))]
			switch {
			case op == pledge || len(cons) == 0:
				op = pledge
				var earmark *CapabilityArea
				// Half unearmarked, so that any area's orders can be paid.
				if a := rng.IntN(2 * len(Areas)); a < len(Areas) {
					earmark = &Areas[a]
				}
				var id string
				if id, err = w.pledge("EE", amount(), earmark); err == nil {
					cons = append(cons, id)
				}
			case op == commit:
				err = w.commit(pickWhere(rng, cons, func(id string) bool { return w.cons[id].Status == Pledged }))
			case op == record:
				// Mostly within what is outstanding, sometimes beyond it.
				cid := pickWhere(rng, cons, func(id string) bool { return w.cons[id].Status == ContributionCommitted })
				n := amount()
				if out := OutstandingAmount(w.cons[cid], w.receipts); out > 0 && rng.IntN(4) > 0 {
					n = 1 + Money(rng.Int64N(int64(out)))
				}
				var id string
				if id, err = w.record(cid, n, person()); err == nil {
					receipts = append(receipts, id)
				}
			case op == confirm && len(receipts) > 0:
				rid := pickWhere(rng, receipts, func(id string) bool {
					_, r := w.receipt(id)
					return r.Status == ReceiptPending || ReversalPending(r)
				})
				err = w.confirm(rid, person())
			case op == reverse && len(receipts) > 0:
				err = w.reverse(pick(receipts), person())
			case op == decline && len(receipts) > 0:
				err = w.decline(pickWhere(rng, receipts, func(id string) bool {
					_, r := w.receipt(id)
					return ReversalPending(r)
				}))
			case op == draft:
				var id string
				if id, err = w.draft(Areas[rng.IntN(len(Areas))], amount()/20+1); err == nil {
					orders = append(orders, id)
				}
			case op == approve && len(orders) > 0:
				err = w.approve(pickWhere(rng, orders, func(id string) bool { return w.orders[id].Status == PendingApproval }))
			case op == decrease && len(orders) > 0:
				err = w.decrease(pickWhere(rng, orders, func(id string) bool { return w.orders[id].Status == Placed }), amount()/10+1)
			case op == cancel && len(orders) > 0:
				err = w.cancelOrder(pick(orders))
			default:
				continue
			}
			if err != nil {
				refused++
				why[op]++
				if ErrorCode(err) == "" {
					t.Fatalf("seed %d step %d: %v is not a domain error", seed, step, err)
				}
			} else {
				done[op]++
			}
			w.check()
			history = append(history, snapshot{w.now, w.b.Balances()})
		}
		// The books remember every moment as it was: later entries do
		// not change what they said then.
		for _, h := range history {
			if got := BalancesAsOf(w.b.Entries(), h.at, ByBookingTime); !reflect.DeepEqual(got, h.bal) {
				t.Fatalf("seed %d: as of %s the books now say %v, then they said %v", seed, h.at, got, h.bal)
			}
		}
	}
	t.Logf("succeeded per operation %v; refused %d, per operation %v", done, refused, why)
	for op := pledge; op <= cancel; op++ {
		if done[op] < 3 {
			t.Errorf("operation %d succeeded only %d times: the runs prove too little", op, done[op])
		}
	}
	if refused < 50 {
		t.Errorf("only %d steps refused: the runs do not test the refusals", refused)
	}
}

// pickWhere picks a random id that satisfies ok, or any id when none does.
func pickWhere(rng *rand.Rand, ids []string, ok func(string) bool) string {
	start := rng.IntN(len(ids))
	for i := range ids {
		if id := ids[(start+i)%len(ids)]; ok(id) {
			return id
		}
	}
	return ids[start]
}

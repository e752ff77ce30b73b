package coalition

import (
	"math/rand/v2"
	"testing"
)

// TestBooksHoldUnderRandomOperations runs random sequences of pledges,
// commitments, receipts, confirmations, reversals and order drafts,
// approvals, decreases and cancellations, by random people, and after every
// step holds the books to their invariants (see world.check). Every refusal
// must be a domain error, and the runs must get far enough to prove
// something: money confirmed, orders placed, receipts reversed, steps
// refused.
func TestBooksHoldUnderRandomOperations(t *testing.T) {
	const (
		pledge = iota
		commit
		record
		confirm
		reverse
		draft
		approve
		decrease
		cancel
	)
	// Confirmations and approvals often, so that money flows; reversals,
	// decreases and cancellations now and then.
	weights := []int{pledge, commit, commit, record, record, confirm, confirm, confirm, reverse,
		draft, approve, approve, decrease, cancel}
	people := []PersonRef{alice, bob, {Issuer: "itc", Sub: "carol"}}
	done := map[int]int{}
	var refused int
	for seed := uint64(1); seed <= 25; seed++ {
		rng := rand.New(rand.NewPCG(seed, 12))
		w := newWorld(t)
		var cons, receipts, orders []string
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
				if a := rng.IntN(len(Areas) + 1); a < len(Areas) {
					earmark = &Areas[a]
				}
				var id string
				if id, err = w.pledge("EE", amount(), earmark); err == nil {
					cons = append(cons, id)
				}
			case op == commit:
				err = w.commit(pick(cons))
			case op == record:
				// Mostly within what is outstanding, sometimes beyond it.
				cid := pick(cons)
				n := amount()
				if out := OutstandingAmount(w.cons[cid], w.receipts); out > 0 && rng.IntN(4) > 0 {
					n = 1 + Money(rng.Int64N(int64(out)))
				}
				var id string
				if id, err = w.record(cid, n, person()); err == nil {
					receipts = append(receipts, id)
				}
			case op == confirm && len(receipts) > 0:
				err = w.confirm(pick(receipts), person())
			case op == reverse && len(receipts) > 0:
				err = w.reverse(pick(receipts), person())
			case op == draft:
				var id string
				if id, err = w.draft(Areas[rng.IntN(len(Areas))], amount()/8+1); err == nil {
					orders = append(orders, id)
				}
			case op == approve && len(orders) > 0:
				err = w.approve(w.orderIn(pick(orders), PendingApproval, orders))
			case op == decrease && len(orders) > 0:
				err = w.decrease(w.orderIn(pick(orders), Placed, orders), amount()/10+1)
			case op == cancel && len(orders) > 0:
				err = w.cancelOrder(pick(orders))
			default:
				continue
			}
			if err != nil {
				refused++
				if ErrorCode(err) == "" {
					t.Fatalf("seed %d step %d: %v is not a domain error", seed, step, err)
				}
			} else {
				done[op]++
			}
			w.check()
		}
	}
	t.Logf("done per operation %v, refused %d", done, refused)
	for op := pledge; op <= cancel; op++ {
		if done[op] < 10 {
			t.Errorf("operation %d succeeded only %d times: the runs prove too little", op, done[op])
		}
	}
	if refused < 50 {
		t.Errorf("only %d steps refused: the runs do not test the refusals", refused)
	}
}

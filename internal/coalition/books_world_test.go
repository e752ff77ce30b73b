package coalition

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// world is a coalition's books as a service would keep them: the ledger,
// the contributions, their receipts and the orders. Each step calls the
// domain, applies its entries, and keeps the new values only when the
// books accept them, as a store's transaction would.
type world struct {
	t        testing.TB
	b        *Books
	now      time.Time
	cons     map[string]Contribution
	receipts []Receipt
	orders   map[string]Order
	n        int
}

var (
	alice = PersonRef{Issuer: "itc", Sub: "alice"}
	bob   = PersonRef{Issuer: "itc", Sub: "bob"}
	t0    = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
)

func newWorld(t testing.TB) *world {
	return &world{t: t, b: NewBooks(), now: t0, cons: map[string]Contribution{}, orders: map[string]Order{}}
}

func (w *world) tick() time.Time {
	w.now = w.now.Add(7 * time.Hour)
	return w.now
}

func (w *world) id(prefix string) string {
	w.n++
	return fmt.Sprintf("%s%d", prefix, w.n)
}

func (w *world) apply(es []Entry) error { return w.b.Apply(w.now, es...) }

// pledge books a financial pledge of amount EUR, earmarked or not.
func (w *world) pledge(nation string, amount Money, earmark *CapabilityArea) (string, error) {
	return w.pledgeIn(nation, amount, "EUR", amount, earmark)
}

func (w *world) pledgeIn(nation string, amount Money, currency string, eur Money, earmark *CapabilityArea) (string, error) {
	c := Contribution{ID: w.id("c"), NationCode: nation, Kind: Financial, Amount: amount, Currency: currency,
		EurAmount: eur, Earmark: earmark, Status: Pledged, PledgedAt: w.tick()}
	es, err := PledgeEntries(c)
	if err == nil {
		err = w.apply(es)
	}
	if err != nil {
		return "", err
	}
	w.cons[c.ID] = c
	return c.ID, nil
}

func (w *world) commit(cid string) error {
	c, _, es, err := CommitContribution(w.cons[cid], Agreement{Reference: "FMA-" + cid, SignedOn: w.tick()}, alice, w.now)
	return w.keep(c, es, err)
}

func (w *world) keep(c Contribution, es []Entry, err error) error {
	if err == nil {
		err = w.apply(es)
	}
	if err == nil {
		w.cons[c.ID] = c
	}
	return err
}

func (w *world) record(cid string, amount Money, by PersonRef) (string, error) {
	c := w.cons[cid]
	in := ReceiptInput{Amount: amount, Currency: c.Currency, Rate: "1", RateSource: "ECB", EurAmount: amount,
		ValueDate: w.tick(), Reference: w.id("ref")}
	r, es, err := RecordReceipt(c, w.receipts, w.id("r"), in, by, w.now, FXTolerance{})
	if err == nil {
		err = w.apply(es)
	}
	if err != nil {
		return "", err
	}
	w.receipts = append(w.receipts, r)
	return r.ID, nil
}

func (w *world) receipt(rid string) (int, Receipt) {
	for i, r := range w.receipts {
		if r.ID == rid {
			return i, r
		}
	}
	w.t.Fatalf("no receipt %s", rid)
	return 0, Receipt{}
}

// confirm confirms what waits on a receipt: itself or its reversal.
func (w *world) confirm(rid string, by PersonRef) error {
	i, r := w.receipt(rid)
	c, r, es, err := ConfirmReceiptStep(w.b, w.cons[r.ContributionID], w.receipts, rid, by, w.tick())
	if err = w.keep(c, es, err); err == nil {
		w.receipts[i] = r
	}
	return err
}

func (w *world) reverse(rid string, by PersonRef) error {
	i, r := w.receipt(rid)
	r, es, err := ReverseReceipt(w.b, w.cons[r.ContributionID], w.receipts, rid, "mistyped amount", by, w.tick())
	if err == nil {
		err = w.apply(es)
	}
	if err == nil {
		w.receipts[i] = r
	}
	return err
}

func (w *world) decline(rid string) error {
	i, r := w.receipt(rid)
	r, es, err := DeclineReversal(w.b, w.cons[r.ContributionID], w.receipts, rid, w.tick())
	if err == nil {
		err = w.apply(es)
	}
	if err == nil {
		w.receipts[i] = r
	}
	return err
}

func (w *world) draft(area CapabilityArea, amount Money) (string, error) {
	o := Order{ID: w.id("o"), Area: area, Amount: amount, Status: PendingApproval, DraftedBy: "alice", DraftedAt: w.tick()}
	es, err := DraftOrderEntries(o, w.now)
	if err == nil {
		err = w.apply(es)
	}
	if err != nil {
		return "", err
	}
	w.orders[o.ID] = o
	return o.ID, nil
}

func (w *world) approve(oid string) error {
	o := w.orders[oid]
	if o.Status != PendingApproval {
		return Conflict("order %s is %s", oid, o.Status)
	}
	es, draws, err := ApproveOrderEntries(w.b, o, w.tick())
	if err == nil {
		err = w.apply(es)
	}
	if err == nil {
		o.Status, o.Draws = Placed, draws
		w.orders[oid] = o
	}
	return err
}

func (w *world) cancelOrder(oid string) error {
	o := w.orders[oid]
	if o.Status == OrderCancelled {
		return Conflict("order %s is cancelled", oid)
	}
	if err := w.apply(CancelOrderEntries(w.b, oid, w.tick())); err != nil {
		return err
	}
	o.Status = OrderCancelled
	w.orders[oid] = o
	return nil
}

func (w *world) decrease(oid string, by Money) error {
	if w.orders[oid].Status != Placed {
		return Conflict("order %s is not placed", oid)
	}
	es, err := DecreaseOrderEntries(w.b, oid, by, w.tick())
	if err == nil {
		err = w.apply(es)
	}
	return err
}

func (w *world) figures(p Pool) PoolFigures { return Figures(w.b.Balances(), p) }

// check holds the books to every invariant: Verify finds nothing, no pool
// commits more than it received, allocations sum to each order's net draws
// and never exceed a contribution's confirmed EUR.
func (w *world) check() {
	w.t.Helper()
	if d := Verify(w.b.Balances(), w.b.Entries()); len(d) > 0 {
		w.t.Fatalf("Verify found %d discrepancies, first: %s", len(d), d[0])
	}
	// History, on either basis, ends where the books are.
	for _, basis := range []TimeBasis{ByBookingTime, ByValueDate} {
		if got, want := BalancesAsOf(w.b.Entries(), w.now, basis), w.b.Balances(); !reflect.DeepEqual(got, want) {
			w.t.Fatalf("balances as of now (basis %d) = %v, want %v", basis, got, want)
		}
	}
	for _, p := range Pools() {
		if f := w.figures(p); f.Committed > f.Received || f.Available < 0 {
			w.t.Fatalf("%s commits %s of %s received", p, f.Committed, f.Received)
		}
	}
	allocs := Trace(w.b.Entries())
	perOrder := map[string]Money{}
	perCon := map[string]Money{}
	for _, a := range allocs {
		if a.Amount <= 0 {
			w.t.Fatalf("allocation %+v is not positive", a)
		}
		perOrder[a.OrderID+"/"+string(a.Pool)] += a.Amount
		perCon[a.ContributionID] += a.Amount
	}
	// The orders' net draws, in one pass (OrderDraws per order is slower).
	draws := map[string]Money{}
	for _, e := range w.b.Entries() {
		if e.Phase == PhasePosted || e.Phase == PhasePostPending {
			switch e.Code {
			case EntryOrderDraw:
				draws[e.OrderID+"/"+string(e.Debit.Pool)] += e.Amount
			case EntryOrderRelease:
				draws[e.OrderID+"/"+string(e.Debit.Pool)] -= e.Amount
			}
		}
	}
	for k, want := range draws {
		if got := perOrder[k]; got != want {
			w.t.Fatalf("order/pool %s: allocations sum to %s, draws to %s", k, got, want)
		}
		delete(perOrder, k)
	}
	if len(perOrder) > 0 {
		w.t.Fatalf("allocations to orders that draw nothing: %v", perOrder)
	}
	for cid, got := range perCon {
		if most := ConfirmedEUR(w.cons[cid], w.receipts); got > most {
			w.t.Fatalf("contribution %s is allocated %s, more than its confirmed %s", cid, got, most)
		}
	}
}

package coalition

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

var cyber = Cybersecurity

func acct(p Pool, k AccountKind) Account { return Account{p, k} }

// funded returns books in which the unearmarked pool and Cybersecurity
// received 1000.00 EUR each, confirmed.
func funded(t *testing.T) *Books {
	t.Helper()
	b := NewBooks()
	for _, p := range []Pool{Unearmarked, Pool(Cybersecurity)} {
		if err := b.Apply(t0, move(EntryReceipt, PhasePosted, p, 1000_00, t0)); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func TestApplyRefusesAndChangesNothing(t *testing.T) {
	good := move(EntryOrderDraw, PhasePosted, Unearmarked, 10_00, t0)
	pending := move(EntryOrderDraw, PhasePending, Unearmarked, 50_00, t0)
	pending.OrderID = "o1"
	with := func(f func(*Entry)) Entry {
		e := good
		f(&e)
		return e
	}
	tests := []struct {
		name    string
		entries []Entry
		code    Code
		want    string
	}{
		{"unknown code", []Entry{with(func(e *Entry) { e.Code = "GIFT" })}, CodeInvalid, "unknown entry code"},
		{"accounts of another code", []Entry{with(func(e *Entry) { e.Credit.Kind = AccountDonors })}, CodeInvalid, "moves AVAILABLE to SPENT"},
		{"across pools", []Entry{with(func(e *Entry) { e.Credit.Pool = Pool(Cybersecurity) })}, CodeInvalid, "within one known pool"},
		{"unknown pool", []Entry{with(func(e *Entry) { e.Debit.Pool, e.Credit.Pool = "SPACE", "SPACE" })}, CodeInvalid, "within one known pool"},
		{"zero amount", []Entry{with(func(e *Entry) { e.Amount = 0 })}, CodeInvalid, "positive"},
		{"negative amount", []Entry{with(func(e *Entry) { e.Amount = -5 })}, CodeInvalid, "positive"},
		{"above MaxMoney", []Entry{with(func(e *Entry) { e.Amount = MaxMoney + 1 })}, CodeInvalid, "positive"},
		{"unknown phase", []Entry{with(func(e *Entry) { e.Phase = "LATER" })}, CodeInvalid, "unknown phase"},
		{"pledge in two phases", []Entry{func() Entry { e := move(EntryPledge, PhasePending, Unearmarked, 1, t0); return e }()}, CodeInvalid, "one phase only"},
		{"posted entry naming a pending one", []Entry{with(func(e *Entry) { e.PendingID = 1 })}, CodeInvalid, "only an entry that posts"},
		{"post of an unknown pending entry", []Entry{with(func(e *Entry) { e.Phase, e.PendingID = PhasePostPending, 99 })}, CodeConflict, "not in the books"},
		{"post of a posted entry", []Entry{with(func(e *Entry) { e.Phase, e.PendingID = PhasePostPending, 1 })}, CodeConflict, "not in the books"},
		{"more committed than received", []Entry{with(func(e *Entry) { e.Amount = 1000_01 })}, CodeConflict, "insufficient funds"},
		{"a later entry of the batch breaks the rule", []Entry{good, with(func(e *Entry) { e.Amount = 990_01 })}, CodeConflict, "insufficient funds"},
		{"pledge cancelled beyond the pledge", []Entry{move(EntryPledgeCancel, PhasePosted, Unearmarked, 1, t0)}, CodeConflict, "would hold -0.01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := funded(t)
			if err := b.Apply(t0, pending); err != nil {
				t.Fatal(err)
			}
			before, n := b.Balances(), len(b.Entries())
			err := b.Apply(t0.Add(time.Hour), tt.entries...)
			if got := ErrorCode(err); got != tt.code || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Apply = %v (%s), want %s containing %q", err, got, tt.code, tt.want)
			}
			if got := b.Balances(); !reflect.DeepEqual(got, before) || len(b.Entries()) != n {
				t.Fatalf("a refused Apply changed the books: %v, want %v", got, before)
			}
		})
	}
}

func TestPendingEntriesResolveOnce(t *testing.T) {
	b := funded(t)
	p := move(EntryOrderDraw, PhasePending, Unearmarked, 300_00, t0)
	p.OrderID = "o1"
	if err := b.Apply(t0, p); err != nil {
		t.Fatal(err)
	}
	p, _ = b.open(EntryOrderDraw, "o1")
	if got, want := b.Balance(acct(Unearmarked, AccountSpent)).CreditsPending, Money(300_00); got != want {
		t.Fatalf("pending credits = %s, want %s", got, want)
	}
	if got, want := b.Spendable(Unearmarked), Money(1000_00); got != want {
		t.Fatalf("a pending draw reserved money: spendable %s, want %s", got, want)
	}
	tooMuch := resolve(p, false, 300_01, t0)
	if err := b.Apply(t0, tooMuch); ErrorCode(err) != CodeInvalid {
		t.Fatalf("posting more than pending = %v, want BAD_USER_INPUT", err)
	}
	other := resolve(p, false, 100_00, t0)
	other.OrderID = "o2"
	if err := b.Apply(t0, other); ErrorCode(err) != CodeInvalid {
		t.Fatalf("posting for another order = %v, want BAD_USER_INPUT", err)
	}
	partVoid := resolve(p, true, 0, t0)
	partVoid.Amount = 10_00
	if err := b.Apply(t0, partVoid); ErrorCode(err) != CodeInvalid {
		t.Fatalf("voiding part = %v, want BAD_USER_INPUT", err)
	}
	if err := b.Apply(t0, resolve(p, false, 200_00, t0)); err != nil {
		t.Fatal(err)
	}
	got := Figures(b.Balances(), Unearmarked)
	if got.Pending != 0 || got.Committed != 200_00 || got.Available != 800_00 || got.Received != 1000_00 {
		t.Fatalf("after posting 200.00 of 300.00: %+v", got)
	}
	for _, again := range []Entry{resolve(p, false, 1, t0), resolve(p, true, 0, t0)} {
		if err := b.Apply(t0, again); ErrorCode(err) != CodeConflict {
			t.Fatalf("resolving twice = %v, want CONFLICT", err)
		}
	}
	if d := Verify(b.Balances(), b.Entries()); len(d) > 0 {
		t.Fatalf("Verify: %v", d)
	}
}

func TestVerifyReportsEveryDifference(t *testing.T) {
	w := newWorld(t)
	cid, _ := w.pledge("EE", 500_00, &cyber)
	must(t, w.commit(cid))
	rid, err := w.record(cid, 500_00, alice)
	must(t, err)
	must(t, w.confirm(rid, bob))
	oid, err := w.draft(Cybersecurity, 200_00)
	must(t, err)
	must(t, w.approve(oid))
	if d := Verify(w.b.Balances(), w.b.Entries()); len(d) != 0 {
		t.Fatalf("right books: Verify = %v", d)
	}
	tests := []struct {
		name   string
		tamper func(map[Account]Balance, []Entry) []Entry
		want   []string
	}{
		{"a stored balance changed", func(bal map[Account]Balance, es []Entry) []Entry {
			x := bal[acct(Pool(Cybersecurity), AccountAvailable)]
			x.CreditsPosted += 1
			bal[acct(Pool(Cybersecurity), AccountAvailable)] = x
			return es
		}, []string{"CYBERSECURITY/AVAILABLE: stored credits posted is 500.01, the entries give 500.00", "do not add up"}},
		{"an entry's amount edited", func(_ map[Account]Balance, es []Entry) []Entry {
			es[len(es)-1].Amount = 250_00
			return es
		}, []string{"entry 7: amount: entry resolves 250.00 of pending entry 6, which holds 200.00",
			"CYBERSECURITY/SPENT: stored credits posted is 200.00, the entries give 0.00"}},
		{"an entry deleted", func(_ map[Account]Balance, es []Entry) []Entry {
			return append(es[:1:1], es[2:]...)
		}, []string{"expected entry number 2", "OUTSTANDING: stored credits posted"}},
		{"an entry to a foreign pool", func(_ map[Account]Balance, es []Entry) []Entry {
			es[0].Credit.Pool = Unearmarked
			return es
		}, []string{"entry 1: pool"}},
		{"a pending entry posted twice", func(_ map[Account]Balance, es []Entry) []Entry {
			e := es[len(es)-1]
			e.ID++
			return append(es, e)
		}, []string{"a second time"}},
		{"spent beyond received", func(bal map[Account]Balance, es []Entry) []Entry {
			e := move(EntryOrderDraw, PhasePosted, Pool(Cybersecurity), 400_00, t0)
			e.ID = int64(len(es) + 1)
			return append(es, e)
		}, []string{"insufficient funds", "stored debits posted is 200.00, the entries give 600.00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bal := w.b.Balances()
			es := tt.tamper(bal, w.b.Entries())
			var msgs []string
			for _, d := range Verify(bal, es) {
				msgs = append(msgs, d.String())
			}
			all := strings.Join(msgs, "\n")
			for _, want := range tt.want {
				if !strings.Contains(all, want) {
					t.Errorf("Verify said:\n%s\nwant a line containing %q", all, want)
				}
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestBalancesAsOf(t *testing.T) {
	w := newWorld(t)
	cid, _ := w.pledge("EE", 900_00, nil)  // 12:00 on 5 Jan
	must(t, w.commit(cid))                 // signed 5 Jan 19:00
	rid, _ := w.record(cid, 600_00, alice) // value date 6 Jan 02:00
	w.now = w.now.AddDate(0, 1, 0)         // confirmed a month later
	must(t, w.confirm(rid, bob))
	oid, _ := w.draft(ITArchitecture, 100_00)
	must(t, w.approve(oid))
	es := w.b.Entries()
	at := func(s string) time.Time {
		t.Helper()
		x, err := time.Parse(time.DateTime, s)
		must(t, err)
		return x
	}
	tests := []struct {
		when  string
		basis TimeBasis
		pool  Pool
		want  PoolFigures
	}{
		{"2026-01-05 15:59:59", ByValueDate, Unearmarked, PoolFigures{}},
		{"2026-01-05 16:00:00", ByValueDate, Unearmarked, PoolFigures{Pledged: 900_00}},
		{"2026-01-05 23:00:00", ByValueDate, Unearmarked, PoolFigures{Outstanding: 900_00}},
		// By value date the receipt counts from 6 January...
		{"2026-01-06 06:00:00", ByValueDate, Unearmarked, PoolFigures{Outstanding: 300_00, Received: 600_00, Available: 600_00}},
		// ...but the books learnt of it only when it was confirmed.
		{"2026-01-06 06:00:00", ByBookingTime, Unearmarked, PoolFigures{Outstanding: 900_00, PendingReceipts: 600_00}},
		{"2026-02-06 12:59:59", ByBookingTime, Unearmarked, PoolFigures{Outstanding: 900_00, PendingReceipts: 600_00}},
		{"2026-02-06 13:00:00", ByBookingTime, Unearmarked, PoolFigures{Outstanding: 300_00, Received: 600_00, Available: 600_00}},
		// The draft is pending in its area's pool; the approval drew on
		// unearmarked money, as the area had none.
		{"2026-02-06 20:00:00", ByValueDate, Pool(ITArchitecture), PoolFigures{Pending: 100_00}},
		{"2026-02-07 03:00:00", ByValueDate, Pool(ITArchitecture), PoolFigures{}},
		{"2026-02-07 03:00:00", ByValueDate, Unearmarked, PoolFigures{Outstanding: 300_00, Received: 600_00, Available: 500_00, Committed: 100_00}},
	}
	for _, tt := range tests {
		got := Figures(BalancesAsOf(es, at(tt.when), tt.basis), tt.pool)
		tt.want.Pool = tt.pool
		if got != tt.want {
			t.Errorf("%s as of %s (basis %d):\n got %+v\nwant %+v", tt.pool, tt.when, tt.basis, got, tt.want)
		}
	}
	if got, want := BalancesAsOf(es, w.now, ByBookingTime), w.b.Balances(); !reflect.DeepEqual(got, want) {
		t.Errorf("as of now: %v, want the books' balances %v", got, want)
	}
	series, err := MonthlySeries(es, at("2025-12-15 00:00:00"), at("2026-02-28 00:00:00"))
	must(t, err)
	un := series[Unearmarked]
	if len(un) != 3 || len(series) != len(Pools()) {
		t.Fatalf("series has %d pools and %d months, want %d and 3", len(series), len(un), len(Pools()))
	}
	for i, want := range []PoolFigures{{}, {Outstanding: 300_00, Received: 600_00, Available: 600_00},
		{Outstanding: 300_00, Received: 600_00, Available: 500_00, Committed: 100_00}} {
		want.Pool = Unearmarked
		if un[i].Figures != want {
			t.Errorf("month %s: %+v, want %+v", un[i].Start.Format("2006-01"), un[i].Figures, want)
		}
	}
	if got := series[Pool(ITArchitecture)][2].Figures.Committed; got != 0 {
		t.Errorf("IT_ARCHITECTURE committed %s, but the order drew on unearmarked money", got)
	}
	for _, tt := range []struct {
		from, to string
		months   int
	}{
		{"2026-01-31 23:00:00", "2026-01-01 00:00:00", -1},
		{"2006-03-01 00:00:00", "2026-02-28 00:00:00", 240},
		{"2006-02-28 00:00:00", "2026-02-28 00:00:00", -1},
	} {
		s, err := MonthlySeries(es, at(tt.from), at(tt.to))
		if got := len(s[Unearmarked]); (tt.months < 0) != (err != nil) || tt.months >= 0 && got != tt.months {
			t.Errorf("MonthlySeries(%s, %s) = %d months, %v; want %d", tt.from, tt.to, got, err, tt.months)
		}
	}
}

func TestPools(t *testing.T) {
	if got := PoolOf(nil); got != Unearmarked {
		t.Errorf("PoolOf(nil) = %s", got)
	}
	if got := PoolOf(&cyber); got != Pool(Cybersecurity) || *got.Area() != Cybersecurity {
		t.Errorf("PoolOf(cyber) = %s", got)
	}
	if Unearmarked.Area() != nil || !Unearmarked.Valid() || Pool("SPACE").Valid() || Pool("").Valid() {
		t.Error("pool validity")
	}
	if !errors.Is(Conflict("x"), ErrConflict) {
		t.Error("Conflict is not ErrConflict")
	}
}

// TestOpenBooksAsAStoreWould reads the stored balances and one order's
// entries, approves the order, and writes back New() and Changed(): the
// whole books must still verify.
func TestOpenBooksAsAStoreWould(t *testing.T) {
	w := fundedWorld(t)
	oid, err := w.draft(Cybersecurity, 500_00)
	must(t, err)
	stored, all := w.b.Balances(), w.b.Entries()
	var mine []Entry
	for _, e := range all {
		if e.OrderID == oid {
			mine = append(mine, e)
		}
	}
	b, err := OpenBooks(int64(len(all)), stored, mine)
	must(t, err)
	es, _, err := ApproveOrderEntries(b, w.orders[oid], t0)
	must(t, err)
	must(t, b.Apply(t0, es...))
	added := b.New()
	if len(added) != 2 || added[0].ID != int64(len(all))+1 || added[1].ID != int64(len(all))+2 {
		t.Fatalf("new entries %+v do not follow entry %d", added, len(all))
	}
	changed := b.Changed()
	for a, x := range changed {
		stored[a] = x
	}
	if len(changed) != 4 { // cybersecurity's and unearmarked money's AVAILABLE and SPENT
		t.Fatalf("changed %v", changed)
	}
	if d := Verify(stored, append(all, added...)); len(d) > 0 {
		t.Fatalf("after writing back: %v", d)
	}
	// The same order approved again from the same stored rows: the pending
	// draw is already posted, the store's unique pending_id would refuse it
	// and so does Apply.
	again, err := OpenBooks(int64(len(all)+2), stored, append(mine, added...))
	must(t, err)
	if _, _, err := ApproveOrderEntries(again, w.orders[oid], t0); ErrorCode(err) != CodeConflict {
		t.Fatalf("approving twice = %v, want CONFLICT", err)
	}
	missing := w.b.Balances()
	delete(missing, acct(Unearmarked, AccountSpent))
	if _, err := OpenBooks(0, missing, nil); err == nil {
		t.Fatal("books opened without one of the accounts")
	}
	extra := w.b.Balances()
	extra[Account{"SPACE", AccountSpent}] = Balance{}
	if _, err := OpenBooks(0, extra, nil); err == nil {
		t.Fatal("books opened with an unknown account")
	}
}

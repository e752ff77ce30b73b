package coalition

import (
	"testing"
	"time"
)

func TestOpeningBooksFromRecordsKeptBeforeTheLedger(t *testing.T) {
	at := t0.AddDate(0, 6, 0)
	day := func(n int) time.Time { return t0.AddDate(0, 0, n) }
	ptr := func(t time.Time) *time.Time { return &t }
	eur := func(m Money) *Money { return &m }
	rate := "0.92"
	cons := []Contribution{
		{ID: "dk", Kind: Financial, Amount: 500_00, Currency: "EUR", EurAmount: 500_00, Earmark: &cyber, Status: Received, PledgedAt: day(1), ReceivedAt: ptr(day(3)), ReceivedEur: eur(500_00)},
		{ID: "us", Kind: Financial, Amount: 1000_00, Currency: "USD", EurAmount: 900_00, Status: Received, PledgedAt: day(0), ReceivedAt: ptr(day(4)), ReceivedEur: eur(920_00), Rate: &rate},
		{ID: "be", Kind: Financial, Amount: 300_00, Currency: "EUR", EurAmount: 300_00, Status: Pledged, PledgedAt: day(2)},
		{ID: "lv", Kind: Financial, Amount: 50_00, Currency: "EUR", EurAmount: 50_00, Status: Cancelled, PledgedAt: day(2)},
		{ID: "it", Kind: InKind, Amount: 870_00, Currency: "EUR", EurAmount: 870_00, Status: Received, PledgedAt: day(2), ReceivedAt: ptr(day(9))},
	}
	orders := []Order{
		{ID: "o1", Area: Cybersecurity, Amount: 700_00, Status: Placed, DraftedAt: day(5), PlacedAt: ptr(day(6)),
			Draws: []Draw{{Area: &cyber, Amount: 500_00}, {Amount: 200_00}}},
		{ID: "o2", Area: DataCentres, Amount: 100_00, Status: PendingApproval, DraftedAt: day(7)},
		{ID: "o3", Area: DataCentres, Amount: 900_00, Status: OrderCancelled, DraftedAt: day(7), Draws: []Draw{{Amount: 900_00}}},
	}
	b, receipts, err := OpeningBooks(cons, orders, "itc", at)
	must(t, err)
	if d := Verify(b.Balances(), b.Entries()); len(d) > 0 {
		t.Fatalf("Verify: %v", d)
	}
	bal := b.Balances()
	for _, tt := range []struct {
		pool Pool
		want PoolFigures
	}{
		{Pool(Cybersecurity), PoolFigures{Received: 500_00, Committed: 500_00}},
		{Unearmarked, PoolFigures{Pledged: 300_00, Received: 920_00, Committed: 200_00, Available: 720_00, InKind: 870_00, InKindDelivered: 870_00}},
		{Pool(DataCentres), PoolFigures{Pending: 100_00}},
		{Pool(ITArchitecture), PoolFigures{}},
	} {
		tt.want.Pool = tt.pool
		if got := Figures(bal, tt.pool); got != tt.want {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.pool, got, tt.want)
		}
	}
	if got := SumFigures(AllFigures(bal)); got.InKind != 870_00 || got.InKindDelivered != 870_00 {
		t.Errorf("in kind %+v", got)
	}
	if len(receipts) != 2 {
		t.Fatalf("receipts %+v", receipts)
	}
	for _, c := range cons[:2] {
		if got := withStatusFromReceipts(c, receipts); got.Status != Received || *got.ReceivedEur != *c.ReceivedEur {
			t.Errorf("contribution %s from its opening receipt: %s, %s", c.ID, got.Status, *got.ReceivedEur)
		}
	}
	allocs := Trace(b.Entries())
	if want := []Allocation{{"o1", Pool(Cybersecurity), "dk", 500_00}, {"o1", Unearmarked, "us", 200_00}}; len(allocs) != 2 || allocs[0] != want[0] || allocs[1] != want[1] {
		t.Errorf("Trace = %+v, want %+v", allocs, want)
	}
	orders[0].Draws[1].Amount = 921_00
	if _, _, err := OpeningBooks(cons, orders, "itc", at); ErrorCode(err) != CodeConflict {
		t.Errorf("overcommitted records = %v, want CONFLICT", err)
	}
}

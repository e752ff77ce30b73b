package coalition_test

import (
	"fmt"
	"time"

	"github.com/itcoalition/api/internal/coalition"
)

// Example walks one contribution from pledge to the order it paid for, as a
// service would in its transactions: each step returns the new value and
// its entries, Apply books the entries or refuses them all, and the store
// would then write b.New() and b.Changed() with the new value.
func Example() {
	b := coalition.NewBooks()
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	chair1 := coalition.PersonRef{Issuer: "itc", Sub: "ee-chair"}
	chair2 := coalition.PersonRef{Issuer: "itc", Sub: "lu-chair"}
	cyber := coalition.Cybersecurity

	c := coalition.Contribution{ID: "dk-1", NationCode: "DK", Kind: coalition.Financial, Amount: 1_000_000_00,
		Currency: "DKK", EurAmount: 134_000_00, Earmark: &cyber, Status: coalition.Pledged, PledgedAt: now}
	es, _ := coalition.PledgeEntries(c)
	fmt.Println(b.Apply(now, es...))

	c, _, es, _ = coalition.CommitContribution(c, coalition.Agreement{Reference: "FMA-2026-07", SignedOn: now}, chair1, now)
	fmt.Println(c.Status, b.Apply(now, es...))

	in := coalition.ReceiptInput{Amount: 1_000_000_00, Currency: "DKK", Rate: "0.1341", RateSource: "ECB",
		EurAmount: 134_100_00, ValueDate: now, Reference: "DK-MFA-0042"}
	r, es, _ := coalition.RecordReceipt(c, nil, "r-1", in, chair1, now, coalition.FXTolerance{Abs: 1_00})
	fmt.Println(r.Status, b.Apply(now, es...))

	_, _, _, err := coalition.ConfirmReceipt(b, c, []coalition.Receipt{r}, "r-1", chair1, now)
	fmt.Println(coalition.ErrorCode(err))
	c, r, es, _ = coalition.ConfirmReceipt(b, c, []coalition.Receipt{r}, "r-1", chair2, now)
	fmt.Println(c.Status, r.Status, b.Apply(now, es...))

	o := coalition.Order{ID: "o-1", Area: cyber, Amount: 100_000_00}
	es, _ = coalition.DraftOrderEntries(o, now)
	fmt.Println(b.Apply(now, es...))
	es, draws, _ := coalition.ApproveOrderEntries(b, o, now)
	fmt.Println(len(draws), b.Apply(now, es...))

	f := coalition.Figures(b.Balances(), coalition.Pool(cyber))
	fmt.Println("received", f.Received, "committed", f.Committed, "available", f.Available)
	for _, a := range coalition.Trace(b.Entries()) {
		fmt.Println(a.OrderID, a.Pool, a.ContributionID, a.Amount)
	}
	fmt.Println(len(coalition.Verify(b.Balances(), b.Entries())), "discrepancies")
	// Output:
	// <nil>
	// COMMITTED <nil>
	// PENDING <nil>
	// forbidden
	// RECEIVED CONFIRMED <nil>
	// <nil>
	// 1 <nil>
	// received 134100.00 committed 100000.00 available 34100.00
	// o-1 CYBERSECURITY dk-1 100000.00
	// 0 discrepancies
}

package storetest

import (
	"context"
	"testing"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// testBooks: the ledger's balances and entries are written and read back
// as the domain booked them; a second writer of the same entry numbers is
// refused; receipts replace only the version they were read at.
func testBooks(t *testing.T, st service.Stores) {
	ctx := context.Background()
	c := contribution(st, "DK", coalition.Financial, coalition.Pledged, ptr(coalition.Cybersecurity), 1000_00, at(1))
	must(t, st.Contributions.Insert(ctx, c))
	booked, err := st.Books.Booked(ctx)
	must(t, err)
	equal(t, booked, false, "booked before any entry")
	b, err := st.Books.Open(ctx, nil, nil)
	must(t, err)
	stale, err := st.Books.Open(ctx, nil, nil)
	must(t, err)
	es, err := coalition.PledgeEntries(c)
	must(t, err)
	must(t, b.Apply(at(2), es...))
	o := coalition.Order{ID: "o-1", Area: coalition.Cybersecurity, Amount: 10_00}
	draft, err := coalition.DraftOrderEntries(o, at(3))
	must(t, err)
	must(t, b.Apply(at(3), draft...))
	must(t, st.Books.Write(ctx, b))
	booked, err = st.Books.Booked(ctx)
	must(t, err)
	equal(t, booked, true, "booked after a write")

	bal, err := st.Books.Balances(ctx)
	must(t, err)
	equal(t, bal, b.Balances(), "balances")
	all, err := st.Books.Entries(ctx, nil)
	must(t, err)
	equal(t, all, b.Entries(), "entries")
	mine, err := st.Books.Entries(ctx, []string{c.ID})
	must(t, err)
	equal(t, len(mine), 1, "entries of the contribution")
	again, err := st.Books.Open(ctx, []string{"o-1"}, nil)
	must(t, err)
	equal(t, again.Entries(), all[1:], "entries of the order")
	equal(t, len(coalition.Verify(bal, all)), 0, "discrepancies")

	must(t, stale.Apply(at(4), es...))
	wantCode(t, st.Books.Write(ctx, stale), coalition.CodeConflict, "a second writer of entry 1")

	r := coalition.Receipt{ID: "r-1", ContributionID: c.ID, ReceiptInput: coalition.ReceiptInput{Amount: 500_00, Currency: "EUR", Rate: "1",
		RateSource: "ECB", EurAmount: 500_00, ValueDate: at(5), Reference: "BANK-1"}, Status: coalition.ReceiptPending,
		RecordedBy: coalition.PersonRef{Issuer: "itc", Sub: "ee"}, RecordedAt: at(5), Version: 1}
	must(t, st.Books.PutReceipt(ctx, r))
	got, err := st.Books.Receipt(ctx, "r-1")
	must(t, err)
	equal(t, got, r, "receipt")
	r.Status, r.ConfirmedBy, r.ConfirmedAt, r.Version = coalition.ReceiptConfirmed, &coalition.PersonRef{Issuer: "itc", Sub: "lu"}, ptr(at(6)), 2
	must(t, st.Books.PutReceipt(ctx, r))
	wantCode(t, st.Books.PutReceipt(ctx, r), coalition.CodeConflict, "a receipt replaced twice at one version")
	list, err := st.Books.Receipts(ctx, []string{c.ID})
	must(t, err)
	equal(t, list, []coalition.Receipt{r}, "receipts of the contribution")
}

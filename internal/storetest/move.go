package storetest

import (
	"context"
	"testing"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// mover is what each store's books offer for moving a coalition between
// stores (internal/app's Move).
type mover interface {
	EntriesAfter(ctx context.Context, after int64, n int) ([]coalition.Entry, error)
	ImportEntries(ctx context.Context, es []coalition.Entry) error
	ImportReceipts(ctx context.Context, rs []coalition.Receipt) error
}

// testMoveBooks: entries imported keep their numbers and read back page by
// page in booking order; a number taken twice is refused; receipts
// imported keep their versions, signatures and reversal.
func testMoveBooks(t *testing.T, st service.Stores) {
	b, ok := st.Books.(mover)
	if !ok {
		t.Fatalf("the store's books (%T) cannot be moved", st.Books)
	}
	c := contribution(st, "DK", coalition.Financial, coalition.ContributionCommitted, nil, 100_00, at(1))
	must(t, st.Contributions.Insert(ctx, c))
	var es []coalition.Entry
	for i, id := range []int64{3, 4, 7, 9, 10} {
		es = append(es, coalition.Entry{ID: id, Phase: coalition.PhasePosted, Code: coalition.EntryPledge,
			Debit:  coalition.Account{Pool: coalition.Unearmarked, Kind: coalition.AccountDonors},
			Credit: coalition.Account{Pool: coalition.Unearmarked, Kind: coalition.AccountPledged},
			Amount: coalition.Money(100 + i), ContributionID: c.ID, ValueDate: at(i), BookedAt: at(10 + i)})
	}
	must(t, b.ImportEntries(ctx, es))
	got, err := b.EntriesAfter(ctx, 4, 2)
	must(t, err)
	equal(t, got, es[2:4], "two entries after number 4")
	got, err = b.EntriesAfter(ctx, 10, 1000)
	must(t, err)
	equal(t, len(got), 0, "entries after the last")
	all, err := st.Books.Entries(ctx, nil)
	must(t, err)
	equal(t, all, es, "every entry")
	if err := b.ImportEntries(ctx, es[:1]); err == nil {
		t.Errorf("an entry's number imported twice: no error")
	}

	reversed := coalition.Receipt{ID: st.NewID(), ContributionID: c.ID, ReceiptInput: coalition.ReceiptInput{Amount: 10_00, Currency: "EUR", Rate: "1",
		RateSource: "ECB", EurAmount: 10_00, ValueDate: at(2), Reference: "BANK-1"}, Status: coalition.ReceiptReversed,
		RecordedBy: coalition.PersonRef{Issuer: "itc", Sub: "maker"}, RecordedAt: at(3),
		ConfirmedBy: &coalition.PersonRef{Issuer: "itc", Sub: "checker"}, ConfirmedAt: ptr(at(4)),
		Reversal: &coalition.ReceiptReversal{Reason: "mistyped", RequestedBy: coalition.PersonRef{Issuer: "itc", Sub: "maker"}, RequestedAt: at(5),
			ConfirmedBy: &coalition.PersonRef{Issuer: "itc", Sub: "checker"}, ConfirmedAt: ptr(at(6))}, Version: 4}
	must(t, b.ImportReceipts(ctx, []coalition.Receipt{reversed}))
	r, err := st.Books.Receipt(ctx, reversed.ID)
	must(t, err)
	equal(t, r, reversed, "an imported receipt")
}

package storetest

import (
	"testing"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// testReceiptLists: receipts are listed oldest recorded first, page by
// page, filtered by their contribution's nation inside the query (a
// nation's receipts only; an empty list of nations none), by contribution
// and by status; agreements read back by contribution.
func testReceiptLists(t *testing.T, st service.Stores) {
	dk1 := contribution(st, "DK", coalition.Financial, coalition.ContributionCommitted, nil, 100_00, at(1))
	dk2 := contribution(st, "DK", coalition.Financial, coalition.ContributionCommitted, nil, 100_00, at(2))
	nl := contribution(st, "NL", coalition.Financial, coalition.ContributionCommitted, nil, 100_00, at(3))
	for _, c := range []coalition.Contribution{dk1, dk2, nl} {
		must(t, st.Contributions.Insert(ctx, c))
	}
	var all []coalition.Receipt
	for i, c := range []coalition.Contribution{dk1, dk2, nl, dk1, nl} {
		status := coalition.ReceiptPending
		if i%2 == 1 {
			status = coalition.ReceiptConfirmed
		}
		r := coalition.Receipt{ID: st.NewID(), ContributionID: c.ID, ReceiptInput: coalition.ReceiptInput{Amount: 10_00, Currency: "EUR", Rate: "1",
			RateSource: "ECB", EurAmount: 10_00, ValueDate: at(10 + i), Reference: "BANK"}, Status: status,
			RecordedBy: coalition.PersonRef{Issuer: "itc", Sub: "ee"}, RecordedAt: at(20 - i%2*10 + i), Version: 1}
		must(t, st.Books.PutReceipt(ctx, r))
		all = append(all, r)
	}
	// Oldest recorded first.
	ordered := []coalition.Receipt{all[1], all[3], all[0], all[2], all[4]}
	list := func(f coalition.ReceiptFilter) func(coalition.Page) (coalition.List[coalition.Receipt], error) {
		return func(pg coalition.Page) (coalition.List[coalition.Receipt], error) {
			return st.Books.ListReceipts(ctx, f, pg)
		}
	}
	checkList(t, "every receipt", ordered, list(coalition.ReceiptFilter{}))
	isDK := func(r coalition.Receipt) bool { return r.ContributionID != nl.ID }
	checkList(t, "Denmark's receipts", filterItems(ordered, isDK), list(coalition.ReceiptFilter{Nations: []string{"DK"}}))
	checkList(t, "no nation's receipts", []coalition.Receipt{}, list(coalition.ReceiptFilter{Nations: []string{}}))
	checkList(t, "receipts of one contribution", filterItems(ordered, func(r coalition.Receipt) bool { return r.ContributionID == dk1.ID }),
		list(coalition.ReceiptFilter{Contributions: []string{dk1.ID}}))
	checkList(t, "Denmark's receipts of the Netherlands' contribution", []coalition.Receipt{},
		list(coalition.ReceiptFilter{Nations: []string{"DK"}, Contributions: []string{nl.ID}}))
	checkList(t, "confirmed receipts of two nations", filterItems(ordered, func(r coalition.Receipt) bool { return r.Status == coalition.ReceiptConfirmed }),
		list(coalition.ReceiptFilter{Nations: []string{"DK", "NL"}, Status: ptr(coalition.ReceiptConfirmed)}))

	// A receipt's contribution, many at once, in the order asked, within the
	// viewer's scope.
	many, err := st.Contributions.GetMany(ctx, []string{nl.ID, "not-an-id", dk1.ID, dk1.ID}, coalition.ContributionFilter{Nations: []string{"DK"}})
	must(t, err)
	equal(t, many, []*coalition.Contribution{nil, nil, &dk1, &dk1}, "Denmark's contributions by id")

	cm := coalition.Commitment{ContributionID: dk1.ID, Agreement: coalition.Agreement{Reference: "FMA-1", SignedOn: at(4)},
		CommittedBy: coalition.PersonRef{Issuer: "itc", Sub: "ee"}, CommittedAt: at(5)}
	must(t, st.Books.PutCommitment(ctx, cm))
	got, err := st.Books.Commitments(ctx, []string{dk1.ID, dk2.ID})
	must(t, err)
	equal(t, got, []coalition.Commitment{cm}, "the agreements of two contributions, one committed")
}

// testInKind: in-kind details are written, replaced and read back by
// contribution.
func testInKind(t *testing.T, st service.Stores) {
	c := contribution(st, "JP", coalition.InKind, coalition.Pledged, nil, 500_00, at(1))
	must(t, st.Contributions.Insert(ctx, c))
	d := coalition.InKindDetails{ContributionID: c.ID, Basis: coalition.ValuedByInvoice, Description: "licences", Delivery: coalition.InKindAwaited}
	must(t, st.Books.PutInKind(ctx, d))
	got, err := st.Books.InKind(ctx, []string{c.ID, st.NewID()})
	must(t, err)
	equal(t, got, []coalition.InKindDetails{d}, "in-kind details as written")
	d.Delivery, d.DeliveredValue, d.DeliveredAt = coalition.InKindPartlyDelivered, 200_00, ptr(at(2))
	must(t, st.Books.PutInKind(ctx, d))
	got, err = st.Books.InKind(ctx, []string{c.ID})
	must(t, err)
	equal(t, got, []coalition.InKindDetails{d}, "in-kind details replaced")
}

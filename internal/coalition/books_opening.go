package coalition

import (
	"cmp"
	"slices"
	"time"
)

// OpeningSub is the subject of the person that opening balances name as
// recorder and confirmer of the receipts they create.
const OpeningSub = "opening-balance"

// OpeningBooks opens the books of a coalition kept before the ledger, from
// its contributions and orders, booked at time at: every pledge, the
// cancellation of cancelled ones, for received money a commitment and one
// confirmed receipt of what was received (returned, to be stored with the
// books), for delivered equipment its delivery, for orders awaiting
// approval a pending draw, and for orders that committed money their
// draws as they were recorded. Contributions come first, then orders, each
// in the order of their dates. It fails with Conflict when the old records
// commit more than they received in a pool, and with Invalid for a record
// the books cannot hold (an unknown earmark, an amount out of range).
func OpeningBooks(cons []Contribution, orders []Order, issuer string, at time.Time) (*Books, []Receipt, error) {
	b := NewBooks()
	var receipts []Receipt
	cons = slices.Clone(cons)
	slices.SortStableFunc(cons, func(x, y Contribution) int {
		return cmp.Or(x.PledgedAt.Compare(y.PledgedAt), cmp.Compare(x.ID, y.ID))
	})
	by := PersonRef{Issuer: issuer, Sub: OpeningSub}
	for _, c := range cons {
		es, err := PledgeEntries(c)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case c.Status == Cancelled && c.Kind == InKind:
			es = append(es, contributionEntry(EntryInKindCancel, c, c.EurAmount, at))
		case c.Status == Cancelled:
			es = append(es, contributionEntry(EntryPledgeCancel, c, c.EurAmount, at))
		case c.Status == Received && c.Kind == InKind:
			es = append(es, contributionEntry(EntryInKindDelivery, c, c.EurAmount, receivedAt(c, at)))
		case c.Status == Received:
			r, more := openingReceipt(c, by, at)
			receipts = append(receipts, r)
			es = append(es, more...)
		}
		if err := b.Apply(at, es...); err != nil {
			return nil, nil, err
		}
	}
	orders = slices.Clone(orders)
	slices.SortStableFunc(orders, func(x, y Order) int {
		return cmp.Or(orderDate(x).Compare(orderDate(y)), cmp.Compare(x.ID, y.ID))
	})
	for _, o := range orders {
		var es []Entry
		switch o.Status {
		case OrderCancelled:
			continue
		case PendingApproval:
			var err error
			if es, err = DraftOrderEntries(o, o.DraftedAt); err != nil {
				return nil, nil, err
			}
		default:
			for _, d := range o.Draws {
				e := move(EntryOrderDraw, PhasePosted, PoolOf(d.Area), d.Amount, orderDate(o))
				e.OrderID = o.ID
				es = append(es, e)
			}
		}
		if err := b.Apply(at, es...); err != nil {
			return nil, nil, err
		}
	}
	return b, receipts, nil
}

func receivedAt(c Contribution, at time.Time) time.Time {
	if c.ReceivedAt != nil {
		return *c.ReceivedAt
	}
	return at
}

func orderDate(o Order) time.Time {
	if o.PlacedAt != nil {
		return *o.PlacedAt
	}
	return o.DraftedAt
}

// openingReceipt turns a contribution received before the ledger into a
// commitment and one confirmed receipt of all of it.
func openingReceipt(c Contribution, by PersonRef, at time.Time) (Receipt, []Entry) {
	eur := c.EurAmount
	if c.ReceivedEur != nil {
		eur = *c.ReceivedEur
	}
	rate := "1"
	if c.Rate != nil {
		rate = *c.Rate
	}
	when := receivedAt(c, at)
	r := Receipt{ID: "opening-" + c.ID, ContributionID: c.ID, ReceiptInput: ReceiptInput{Amount: c.Amount, Currency: c.Currency,
		Rate: rate, RateSource: "recorded before the ledger", EurAmount: eur, ValueDate: when, Reference: "opening balance"},
		Status: ReceiptConfirmed, RecordedBy: by, RecordedAt: at, ConfirmedBy: &by, ConfirmedAt: &at, Version: 1}
	receipt := contributionEntry(EntryReceipt, c, eur, when)
	receipt.ReceiptID = r.ID
	return r, []Entry{contributionEntry(EntryCommitment, c, c.EurAmount, c.PledgedAt), receipt,
		contributionEntry(EntryFulfilment, c, c.EurAmount, when)}
}

// OpeningReceipt books contribution c as received in full in one step, as
// the service did before receipts were kept by two people: a commitment,
// one confirmed receipt of what was received and the fulfilment; for
// equipment, its delivery (and no receipt worth storing).
func OpeningReceipt(c Contribution, by PersonRef, at time.Time) (Receipt, []Entry) {
	if c.Kind == InKind {
		return Receipt{}, []Entry{contributionEntry(EntryInKindDelivery, c, c.EurAmount, receivedAt(c, at))}
	}
	return openingReceipt(c, by, at)
}

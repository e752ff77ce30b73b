package coalition

import "time"

// PoolFigures are one pool's figures in EUR cents, as the fund shows them.
type PoolFigures struct {
	Pool Pool
	// Pledged is promised and not yet formalised by an agreement.
	Pledged Money
	// Outstanding is committed by donors (agreement signed) and not yet
	// received, at the pledges' EUR value.
	Outstanding Money
	// Received is the confirmed receipts, net of confirmed reversals.
	Received Money
	// Pending is the amount of drafted orders not yet approved or cancelled;
	// it reserves nothing.
	Pending Money
	// Committed is what approved orders committed, net of releases.
	Committed Money
	// Available is Received minus Committed: the only spendable money.
	Available Money
	// PendingReceipts is recorded receipts awaiting a second person's
	// confirmation; PendingReversals likewise for reversals.
	PendingReceipts  Money
	PendingReversals Money
	// InKind is the value of in-kind contributions, counted apart and never
	// spendable; InKindDelivered is the part delivered.
	InKind          Money
	InKindDelivered Money
}

// Figures reads pool p's figures from account balances.
func Figures(balances map[Account]Balance, p Pool) PoolFigures {
	at := func(k AccountKind) Balance { return balances[Account{p, k}] }
	av, sp := at(AccountAvailable), at(AccountSpent)
	return PoolFigures{
		Pool:             p,
		Pledged:          at(AccountPledged).Net(),
		Outstanding:      at(AccountOutstanding).Net(),
		Received:         av.Net() + sp.Net(),
		Pending:          sp.CreditsPending,
		Committed:        sp.Net(),
		Available:        av.Net(),
		PendingReceipts:  av.CreditsPending,
		PendingReversals: av.DebitsPending - sp.CreditsPending,
		InKind:           at(AccountInKind).Net() + at(AccountInKindDelivered).Net(),
		InKindDelivered:  at(AccountInKindDelivered).Net(),
	}
}

// AllFigures reads the figures of every pool, in the order of Pools().
func AllFigures(balances map[Account]Balance) []PoolFigures {
	var out []PoolFigures
	for _, p := range Pools() {
		out = append(out, Figures(balances, p))
	}
	return out
}

// SumFigures adds up the figures of several pools; its Pool is empty.
func SumFigures(fs []PoolFigures) PoolFigures {
	var t PoolFigures
	for _, f := range fs {
		t.Pledged += f.Pledged
		t.Outstanding += f.Outstanding
		t.Received += f.Received
		t.Pending += f.Pending
		t.Committed += f.Committed
		t.Available += f.Available
		t.PendingReceipts += f.PendingReceipts
		t.PendingReversals += f.PendingReversals
		t.InKind += f.InKind
		t.InKindDelivered += f.InKindDelivered
	}
	return t
}

// TimeBasis says which of an entry's times places it in history.
type TimeBasis int

// Time bases.
const (
	// ByValueDate places money when it moved in the world: a receipt
	// confirmed today with last week's value date counts from last week.
	// This is what fund(asOf:) and the monthly series use, as FTS and IATI
	// report flows by value date.
	ByValueDate TimeBasis = iota
	// ByBookingTime places money when the books learnt of it: what the
	// fund showed at that moment.
	ByBookingTime
)

func (tb TimeBasis) of(e Entry) time.Time {
	if tb == ByBookingTime {
		return e.BookedAt
	}
	return e.ValueDate
}

// BalancesAsOf recomputes the balances from the entries dated at or before
// t, for every account of the chart. A pending entry whose posting or
// voiding is dated after t is still pending then. Entries may come in any
// order.
func BalancesAsOf(entries []Entry, t time.Time, basis TimeBasis) map[Account]Balance {
	pending := map[int64]Entry{}
	for _, e := range entries {
		if e.Phase == PhasePending {
			pending[e.ID] = e
		}
	}
	out := map[Account]Balance{}
	for _, a := range ChartOfAccounts() {
		out[a] = Balance{}
	}
	for _, e := range entries {
		if basis.of(e).After(t) {
			continue
		}
		var held Money
		if e.Phase == PhasePostPending || e.Phase == PhaseVoidPending {
			p := pending[e.PendingID]
			if basis.of(p).After(t) {
				// Resolved "before" it was announced on this basis: count
				// the pending entry as if it were dated with its resolution.
				addTo(out, p, 0)
			}
			held = p.Amount
		}
		addTo(out, e, held)
	}
	return out
}

func addTo(out map[Account]Balance, e Entry, held Money) {
	d, c := out[e.Debit], out[e.Credit]
	addEntry(&d, &c, e, held)
	out[e.Debit], out[e.Credit] = d, c
}

// MonthFigures is one point of a pool's monthly series: its figures at the
// end of the month that starts at Start (UTC).
type MonthFigures struct {
	Start   time.Time
	Figures PoolFigures
}

// MaxHistoryMonths bounds a monthly series: twenty years.
const MaxHistoryMonths = 240

// MonthlySeries gives, keyed by pool, each pool's figures at the end of
// every month from the month of from to the month of to (UTC), by value
// date, for the fund's history chart. It fails with Invalid when to is
// before from or the series would have more than MaxHistoryMonths months.
func MonthlySeries(entries []Entry, from, to time.Time) (map[Pool][]MonthFigures, error) {
	from, to = from.UTC(), to.UTC()
	start := time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC)
	months := (to.Year()-start.Year())*12 + int(to.Month()) - int(start.Month()) + 1
	if to.Before(from) || months > MaxHistoryMonths {
		return nil, Invalid("to", "a history runs forward over at most %d months", MaxHistoryMonths)
	}
	out := map[Pool][]MonthFigures{}
	for m := start; !m.After(to); m = m.AddDate(0, 1, 0) {
		end := m.AddDate(0, 1, 0).Add(-time.Nanosecond)
		bal := BalancesAsOf(entries, end, ByValueDate)
		for _, p := range Pools() {
			out[p] = append(out[p], MonthFigures{Start: m, Figures: Figures(bal, p)})
		}
	}
	return out, nil
}

package coalition

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Discrepancy is one thing Verify found wrong in the books.
type Discrepancy struct {
	// Account is the account whose stored balance differs, zero for a
	// problem with an entry or with the books as a whole.
	Account Account
	// EntryID is the entry at fault, 0 when the problem is a balance.
	EntryID int64
	Message string
}

func (d Discrepancy) String() string { return d.Message }

// Verify recomputes every balance from the entries and reports each way the
// books are wrong: a stored balance that differs from the sum of its
// entries (field by field), an entry that breaks the chart of accounts, a
// gap or repeat in the numbering, a resolution of an unknown or already
// resolved pending entry, a stage that held less than nothing after any
// entry (for AVAILABLE: committed above received), and debits that do not
// equal credits. Entries may come in any order; none found means the books
// are right. This is what verify-books runs.
func Verify(balances map[Account]Balance, entries []Entry) []Discrepancy {
	es := sortedByID(entries)
	var out []Discrepancy
	bad := func(e Entry, format string, a ...any) {
		out = append(out, Discrepancy{EntryID: e.ID, Message: fmt.Sprintf("entry %d: ", e.ID) + fmt.Sprintf(format, a...)})
	}
	derived := map[Account]Balance{}
	pending := map[int64]Entry{}
	resolved := map[int64]bool{}
	for i, e := range es {
		if e.ID != int64(i)+1 {
			bad(e, "expected entry number %d: entries are numbered without gap or repeat", i+1)
		}
		if err := wellFormed(e); err != nil {
			bad(e, "%v", err)
			continue
		}
		var held Money
		if e.Phase == PhasePostPending || e.Phase == PhaseVoidPending {
			p, ok := pending[e.PendingID]
			switch {
			case !ok:
				bad(e, "resolves pending entry %d, which is not an earlier pending entry", e.PendingID)
				continue
			case resolved[e.PendingID]:
				bad(e, "resolves pending entry %d a second time", e.PendingID)
				continue
			}
			if err := matchesPending(e, p); err != nil {
				bad(e, "%v", err)
				continue
			}
			resolved[e.PendingID], held = true, p.Amount
		}
		if e.Phase == PhasePending {
			pending[e.ID] = e
		}
		d, c := derived[e.Debit], derived[e.Credit]
		addEntry(&d, &c, e, held)
		derived[e.Debit], derived[e.Credit] = d, c
		for _, a := range []Account{e.Debit, e.Credit} {
			if err := checkBalance(a, derived[a]); err != nil {
				bad(e, "%v", err)
			}
		}
	}
	accounts := map[Account]bool{}
	for a := range derived {
		accounts[a] = true
	}
	for a := range balances {
		accounts[a] = true
	}
	sorted := make([]Account, 0, len(accounts))
	for a := range accounts {
		sorted = append(sorted, a)
	}
	slices.SortFunc(sorted, func(a, b Account) int { return strings.Compare(a.String(), b.String()) })
	var sum Balance
	for _, a := range sorted {
		got, want := balances[a], derived[a]
		for _, f := range balanceFields {
			if g, w := f.of(got), f.of(want); g != w {
				out = append(out, Discrepancy{Account: a,
					Message: fmt.Sprintf("%s: stored %s is %s, the entries give %s", a, f.name, g, w)})
			}
		}
		sum.DebitsPending += got.DebitsPending
		sum.DebitsPosted += got.DebitsPosted
		sum.CreditsPending += got.CreditsPending
		sum.CreditsPosted += got.CreditsPosted
	}
	if sum.DebitsPosted != sum.CreditsPosted || sum.DebitsPending != sum.CreditsPending {
		out = append(out, Discrepancy{Message: fmt.Sprintf(
			"stored balances do not add up: posted debits %s, credits %s; pending debits %s, credits %s",
			sum.DebitsPosted, sum.CreditsPosted, sum.DebitsPending, sum.CreditsPending)})
	}
	return out
}

var balanceFields = []struct {
	name string
	of   func(Balance) Money
}{
	{"debits pending", func(b Balance) Money { return b.DebitsPending }},
	{"debits posted", func(b Balance) Money { return b.DebitsPosted }},
	{"credits pending", func(b Balance) Money { return b.CreditsPending }},
	{"credits posted", func(b Balance) Money { return b.CreditsPosted }},
}

// sortedByID returns a copy of entries in booking order.
func sortedByID(entries []Entry) []Entry {
	es := slices.Clone(entries)
	slices.SortFunc(es, func(a, b Entry) int { return cmp.Compare(a.ID, b.ID) })
	return es
}

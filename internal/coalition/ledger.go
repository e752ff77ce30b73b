package coalition

import (
	"fmt"
	"slices"
	"time"
)

// The coalition's books are a double-entry ledger in EUR cents, shaped after
// TigerBeetle's accounts and transfers. Money sits in accounts, one set per
// pool; it moves only by entries, each of which debits one account and
// credits another of the same pool by a positive amount. Entries are never
// edited or deleted: a mistake is corrected by a later entry. Balances are
// the sums of the entries and are kept beside them so that Verify can
// recompute and compare them at any time.

// Pool is a pot of money: one capability area's earmarked money, or the
// unearmarked money that any area may draw on.
type Pool string

// Unearmarked is the pool of money given without an earmark.
const Unearmarked Pool = "UNEARMARKED"

// Pools lists every pool in a stable order: the areas, then unearmarked money.
func Pools() []Pool {
	ps := make([]Pool, 0, len(Areas)+1)
	for _, a := range Areas {
		ps = append(ps, Pool(a))
	}
	return append(ps, Unearmarked)
}

// PoolOf is the pool that money with the given earmark goes to.
func PoolOf(earmark *CapabilityArea) Pool {
	if earmark == nil {
		return Unearmarked
	}
	return Pool(*earmark)
}

// Area is the capability area of an earmarked pool, nil for unearmarked money.
func (p Pool) Area() *CapabilityArea {
	if p == Unearmarked {
		return nil
	}
	a := CapabilityArea(p)
	return &a
}

// Valid reports whether p is an area's pool or the unearmarked pool.
func (p Pool) Valid() bool { return p == Unearmarked || CapabilityArea(p).Valid() }

// AccountKind is the stage of the money an account holds. Every pool has one
// account of each kind.
type AccountKind string

// Account kinds. AccountDonors is the world outside the fund: every amount
// enters the books from it and leaves to it, so its balance is minus the sum
// of all others and the books always add up to zero.
const (
	// AccountDonors is the outside: nations and banks (IATI providers).
	AccountDonors AccountKind = "DONORS"
	// AccountPledged holds promises not yet formalised (IATI incoming pledge).
	AccountPledged AccountKind = "PLEDGED"
	// AccountOutstanding holds what donors have committed by a signed
	// agreement and not yet paid (IATI incoming commitment), at the
	// pledge's EUR value.
	AccountOutstanding AccountKind = "OUTSTANDING"
	// AccountAvailable holds confirmed receipts (IATI incoming funds) not yet
	// committed to orders: the only spendable money.
	AccountAvailable AccountKind = "AVAILABLE"
	// AccountSpent holds what approved orders committed (IATI outgoing
	// commitment); drafted orders show here as pending credits.
	AccountSpent AccountKind = "SPENT"
	// AccountInKind and AccountInKindDelivered hold the value of equipment given
	// in kind, counted apart and never spendable.
	AccountInKind          AccountKind = "IN_KIND_PROMISED"
	AccountInKindDelivered AccountKind = "IN_KIND_DELIVERED"
)

// AccountKinds lists every account kind in a stable order.
var AccountKinds = []AccountKind{AccountDonors, AccountPledged, AccountOutstanding, AccountAvailable, AccountSpent, AccountInKind, AccountInKindDelivered}

// Account is one stage of one pool.
type Account struct {
	Pool Pool
	Kind AccountKind
}

func (a Account) String() string { return string(a.Pool) + "/" + string(a.Kind) }

// Balance is an account's running sums, as TigerBeetle keeps them: pending
// amounts are announced but not yet money; posted amounts are.
type Balance struct {
	DebitsPending  Money
	DebitsPosted   Money
	CreditsPending Money
	CreditsPosted  Money
}

// Net is the posted money the account holds: credits minus debits.
func (b Balance) Net() Money { return b.CreditsPosted - b.DebitsPosted }

// Phase says what an entry does: move money at once, announce a move
// (pending), or resolve an announced move by posting or voiding it.
type Phase string

// Entry phases.
const (
	// PhasePosted moves money at once (a single-phase transfer).
	PhasePosted Phase = "POSTED"
	// PhasePending announces a move; it changes only the pending sums.
	PhasePending Phase = "PENDING"
	// PhasePostPending posts all or part of a pending entry (PendingID); the
	// rest of the pending amount is released.
	PhasePostPending Phase = "POST_PENDING"
	// PhaseVoidPending releases a pending entry without moving anything.
	PhaseVoidPending Phase = "VOID_PENDING"
)

// EntryCode says why money moved; each code allows one pair of accounts.
type EntryCode string

// Entry codes; moves says which move within a pool each one makes.
const (
	EntryPledge             EntryCode = "PLEDGE"
	EntryPledgeCancel       EntryCode = "PLEDGE_CANCEL"
	EntryCommitment         EntryCode = "COMMITMENT"
	EntryCommitmentCancel   EntryCode = "COMMITMENT_CANCEL"
	EntryFulfilment         EntryCode = "FULFILMENT"
	EntryFulfilmentReversal EntryCode = "FULFILMENT_REVERSAL"
	EntryReceipt            EntryCode = "RECEIPT"
	EntryReceiptReversal    EntryCode = "RECEIPT_REVERSAL"
	EntryOrderDraw          EntryCode = "ORDER_DRAW"
	EntryOrderRelease       EntryCode = "ORDER_RELEASE"
	EntryInKindPledge       EntryCode = "IN_KIND_PLEDGE"
	EntryInKindCancel       EntryCode = "IN_KIND_CANCEL"
	EntryInKindDelivery     EntryCode = "IN_KIND_DELIVERY"
)

// moves is the chart of accounts: the one move each code may make.
var moves = map[EntryCode][2]AccountKind{
	EntryPledge:             {AccountDonors, AccountPledged},
	EntryPledgeCancel:       {AccountPledged, AccountDonors},
	EntryCommitment:         {AccountPledged, AccountOutstanding},
	EntryCommitmentCancel:   {AccountOutstanding, AccountDonors},
	EntryFulfilment:         {AccountOutstanding, AccountDonors},
	EntryFulfilmentReversal: {AccountDonors, AccountOutstanding},
	EntryReceipt:            {AccountDonors, AccountAvailable},
	EntryReceiptReversal:    {AccountAvailable, AccountDonors},
	EntryOrderDraw:          {AccountAvailable, AccountSpent},
	EntryOrderRelease:       {AccountSpent, AccountAvailable},
	EntryInKindPledge:       {AccountDonors, AccountInKind},
	EntryInKindCancel:       {AccountInKind, AccountDonors},
	EntryInKindDelivery:     {AccountInKind, AccountInKindDelivered},
}

// twoPhase lists the codes that may be booked in two phases; every other
// code is booked in PhasePosted only.
var twoPhase = map[EntryCode]bool{EntryReceipt: true, EntryReceiptReversal: true, EntryOrderDraw: true}

// Entry is one immutable line of the books.
type Entry struct {
	// ID is the entry's place in the books: entries are numbered 1, 2, 3...
	// in the order they were booked.
	ID     int64
	Phase  Phase
	Code   EntryCode
	Debit  Account
	Credit Account
	// Amount is positive; for PhaseVoidPending it is the amount released.
	Amount Money
	// PendingID is the pending entry that a PhasePostPending or
	// PhaseVoidPending entry resolves.
	PendingID int64
	// What the entry is about; empty when not relevant.
	ContributionID string
	ReceiptID      string
	OrderID        string
	// ValueDate is when the money moved in the world (a receipt's value
	// date, an approval's time); BookedAt is when the books learnt of it.
	ValueDate time.Time
	BookedAt  time.Time
}

// move builds a posted or pending entry of code in pool p.
func move(code EntryCode, phase Phase, p Pool, amount Money, valueDate time.Time) Entry {
	m := moves[code]
	return Entry{Phase: phase, Code: code, Debit: Account{p, m[0]}, Credit: Account{p, m[1]}, Amount: amount, ValueDate: valueDate}
}

// resolve builds the entry that posts amount of pending entry p, or voids it
// when void is true.
func resolve(p Entry, void bool, amount Money, valueDate time.Time) Entry {
	e := p
	e.ID, e.PendingID, e.ValueDate, e.BookedAt = 0, p.ID, valueDate, time.Time{}
	if void {
		e.Phase, e.Amount = PhaseVoidPending, p.Amount
	} else {
		e.Phase, e.Amount = PhasePostPending, amount
	}
	return e
}

// Books is a unit of work on the ledger: the stored balances of the accounts
// an operation touches, the stored entries it needs to see (those of one
// order, one receipt, or all), and the entries it adds. Apply checks new
// entries against the rules and the balances and books them all or none.
// The store reads a Books, lets the domain apply entries, then writes New()
// and the Changed() balances in the same transaction as the change that
// caused them.
type Books struct {
	bal     map[Account]Balance
	entries []Entry
	byID    map[int64]int
	// resolved marks pending entries already posted or voided.
	resolved map[int64]bool
	lastID   int64
	fresh    int
	changed  map[Account]bool
}

// ChartOfAccounts lists every account: each kind of each pool, pools in
// the order of Pools(). A store keeps a balance row for each, zero at first.
func ChartOfAccounts() []Account {
	var out []Account
	for _, p := range Pools() {
		for _, k := range AccountKinds {
			out = append(out, Account{p, k})
		}
	}
	return out
}

// NewBooks returns empty books: every account at zero, no entry.
func NewBooks() *Books {
	b, _ := OpenBooks(0, nil, nil)
	return b
}

// OpenBooks returns books holding the given stored balances and entries;
// lastID is the highest entry ID stored, so that new entries follow it.
// The entries must include every entry of the orders and receipts an
// operation acts on (their pending entries and what resolved them), and
// balances every account of ChartOfAccounts() (a store reads all the rows,
// 35 of them): an operation then never writes a balance computed from a
// row it did not read. With no balances at all, the books start empty. It
// fails when balances are given but some account is missing.
func OpenBooks(lastID int64, balances map[Account]Balance, entries []Entry) (*Books, error) {
	b := &Books{bal: map[Account]Balance{}, byID: map[int64]int{}, resolved: map[int64]bool{},
		lastID: lastID, changed: map[Account]bool{}}
	for _, a := range ChartOfAccounts() {
		x, ok := balances[a]
		if !ok && len(balances) > 0 {
			return nil, fmt.Errorf("open books: no balance for account %s", a)
		}
		b.bal[a] = x
	}
	for a := range balances {
		if !a.Pool.Valid() || !slices.Contains(AccountKinds, a.Kind) {
			return nil, fmt.Errorf("open books: unknown account %s", a)
		}
	}
	for _, e := range entries {
		b.remember(e)
	}
	b.fresh = len(b.entries)
	return b, nil
}

func (b *Books) remember(e Entry) {
	b.byID[e.ID] = len(b.entries)
	b.entries = append(b.entries, e)
	if e.Phase == PhasePostPending || e.Phase == PhaseVoidPending {
		b.resolved[e.PendingID] = true
	}
	b.lastID = max(b.lastID, e.ID)
}

// Balance returns the balance of account a.
func (b *Books) Balance(a Account) Balance { return b.bal[a] }

// Balances returns a copy of every balance the books hold.
func (b *Books) Balances() map[Account]Balance {
	out := make(map[Account]Balance, len(b.bal))
	for a, x := range b.bal {
		out[a] = x
	}
	return out
}

// Entries returns every entry the books hold: those they were opened with,
// then those applied since.
func (b *Books) Entries() []Entry { return append([]Entry(nil), b.entries...) }

// New returns the entries applied since the books were opened.
func (b *Books) New() []Entry { return append([]Entry(nil), b.entries[b.fresh:]...) }

// Changed returns the balances that applied entries changed.
func (b *Books) Changed() map[Account]Balance {
	out := map[Account]Balance{}
	for a := range b.changed {
		out[a] = b.bal[a]
	}
	return out
}

// Spendable is what pool p may still commit to orders: its available money.
func (b *Books) Spendable(p Pool) Money { return b.bal[Account{p, AccountAvailable}].Net() }

// open returns the pending entry of code for the given reference that is
// neither posted nor voided, if any: ref is an order's id for an order's
// draw, a receipt's id otherwise.
func (b *Books) open(code EntryCode, ref string) (Entry, bool) {
	for i := len(b.entries) - 1; i >= 0; i-- {
		e := b.entries[i]
		of := e.ReceiptID
		if code == EntryOrderDraw {
			of = e.OrderID
		}
		if e.Phase == PhasePending && e.Code == code && of == ref && !b.resolved[e.ID] {
			return e, true
		}
	}
	return Entry{}, false
}

// Apply books the entries, in order, at time at: it numbers them, stamps
// BookedAt, and updates the balances. It fails, booking none of them, with
// an Invalid error for a malformed entry, and with Conflict when an entry
// resolves a pending entry that is unknown or already resolved, or when the
// books would hold more committed than received money in a pool (a
// negative available balance) or a negative balance in any other stage.
func (b *Books) Apply(at time.Time, es ...Entry) error {
	bal := map[Account]Balance{}
	get := func(a Account) Balance {
		if x, ok := bal[a]; ok {
			return x
		}
		return b.bal[a]
	}
	resolved := map[int64]bool{}
	for i, e := range es {
		if err := wellFormed(e); err != nil {
			return fmt.Errorf("entry %d: %w", i, err)
		}
		var held Money
		if e.Phase == PhasePostPending || e.Phase == PhaseVoidPending {
			// A pending entry is resolved by a later operation, never by
			// the batch that announced it.
			p, ok := b.pendingEntry(e.PendingID)
			if !ok {
				return Conflict("entry %d: pending entry %d is not in the books", i, e.PendingID)
			}
			if b.resolved[e.PendingID] || resolved[e.PendingID] {
				return Conflict("entry %d: pending entry %d is already posted or voided", i, e.PendingID)
			}
			if err := matchesPending(e, p); err != nil {
				return fmt.Errorf("entry %d: %w", i, err)
			}
			resolved[e.PendingID], held = true, p.Amount
		}
		d, c := get(e.Debit), get(e.Credit)
		addEntry(&d, &c, e, held)
		bal[e.Debit], bal[e.Credit] = d, c
		// Checked after every entry, as Verify does, so that a batch in
		// any order holds the rule at every step.
		for _, a := range []Account{e.Debit, e.Credit} {
			if err := checkBalance(a, bal[a]); err != nil {
				return err
			}
		}
	}
	for a, x := range bal {
		b.bal[a] = x
		b.changed[a] = true
	}
	for _, e := range es {
		b.lastID++
		e.ID, e.BookedAt = b.lastID, at
		if e.ValueDate.IsZero() {
			e.ValueDate = at
		}
		b.remember(e)
	}
	return nil
}

func (b *Books) pendingEntry(id int64) (Entry, bool) {
	i, ok := b.byID[id]
	if !ok || b.entries[i].Phase != PhasePending {
		return Entry{}, false
	}
	return b.entries[i], true
}

// wellFormed checks an entry on its own: a known code making its move within
// one pool, a positive amount within bounds, a phase the code allows.
func wellFormed(e Entry) error {
	m, ok := moves[e.Code]
	if !ok {
		return Invalid("code", "unknown entry code %q", e.Code)
	}
	if !e.Debit.Pool.Valid() || e.Debit.Pool != e.Credit.Pool {
		return Invalid("pool", "an entry moves money within one known pool, not %s to %s", e.Debit, e.Credit)
	}
	if e.Debit.Kind != m[0] || e.Credit.Kind != m[1] {
		return Invalid("code", "%s moves %s to %s, not %s to %s", e.Code, m[0], m[1], e.Debit.Kind, e.Credit.Kind)
	}
	if e.Amount <= 0 || e.Amount > MaxMoney {
		return Invalid("amount", "an entry's amount must be positive and at most %s", MaxMoney)
	}
	switch e.Phase {
	case PhasePosted:
	case PhasePending, PhasePostPending, PhaseVoidPending:
		if !twoPhase[e.Code] {
			return Invalid("phase", "%s is booked in one phase only", e.Code)
		}
	default:
		return Invalid("phase", "unknown phase %q", e.Phase)
	}
	if (e.Phase == PhasePostPending || e.Phase == PhaseVoidPending) != (e.PendingID != 0) {
		return Invalid("pendingId", "only an entry that posts or voids a pending entry names one")
	}
	return nil
}

// matchesPending checks that a resolution moves what its pending entry
// announced: same code, accounts and subject; at most the pending amount;
// a void releases exactly the pending amount.
func matchesPending(e, p Entry) error {
	if e.Code != p.Code || e.Debit != p.Debit || e.Credit != p.Credit ||
		e.OrderID != p.OrderID || e.ReceiptID != p.ReceiptID || e.ContributionID != p.ContributionID {
		return Invalid("pendingId", "entry does not match pending entry %d", p.ID)
	}
	if e.Amount > p.Amount || (e.Phase == PhaseVoidPending && e.Amount != p.Amount) {
		return Invalid("amount", "entry resolves %s of pending entry %d, which holds %s", e.Amount, p.ID, p.Amount)
	}
	return nil
}

// addEntry adds e to the balances of its debit and credit accounts;
// pendingAmount is the amount of the pending entry e resolves, if any.
func addEntry(d, c *Balance, e Entry, pendingAmount Money) {
	switch e.Phase {
	case PhasePosted:
		d.DebitsPosted += e.Amount
		c.CreditsPosted += e.Amount
	case PhasePending:
		d.DebitsPending += e.Amount
		c.CreditsPending += e.Amount
	case PhasePostPending:
		d.DebitsPending -= pendingAmount
		c.CreditsPending -= pendingAmount
		d.DebitsPosted += e.Amount
		c.CreditsPosted += e.Amount
	case PhaseVoidPending:
		d.DebitsPending -= pendingAmount
		c.CreditsPending -= pendingAmount
	}
}

// checkBalance holds the invariants of one account: no stage of a pool
// holds less than nothing, except AccountDonors, the outside, which holds
// minus everything. For AVAILABLE this is the fund's rule: committed EUR never
// exceeds received EUR. Pending amounts reserve nothing: an approval or a
// reversal is checked when it posts.
func checkBalance(a Account, x Balance) error {
	if x.DebitsPending < 0 || x.CreditsPending < 0 || x.DebitsPosted < 0 || x.CreditsPosted < 0 {
		return Conflict("%s: a pending or posted sum would be negative", a)
	}
	if a.Kind == AccountDonors || x.Net() >= 0 {
		return nil
	}
	if a.Kind == AccountAvailable {
		return Conflict("insufficient funds: %s would commit %s more than it received", a.Pool, -x.Net())
	}
	return Conflict("%s would hold %s", a, x.Net())
}

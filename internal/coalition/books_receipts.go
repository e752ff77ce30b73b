package coalition

import (
	"math/big"
	"strings"
	"time"
)

// Receipts are kept with two people (maker-checker). One chair records a
// receipt: it is PENDING, announced in the books as a pending entry, and
// counts for nothing. A different person confirms it: the entry posts, the
// money becomes available, and the contribution's outstanding commitment
// shrinks. A booked receipt is never edited: a mistake is corrected by a
// reversal, with a reason, which a different person from the one who asked
// for it must confirm; until then the receipt still counts. The original
// and its reversal both stay in the books. A receipt still PENDING is
// reversed at once, as nothing of it was counted.

// ReceiptStatus is where a receipt is in its life cycle.
type ReceiptStatus string

// Receipt statuses.
const (
	ReceiptPending   ReceiptStatus = "PENDING"
	ReceiptConfirmed ReceiptStatus = "CONFIRMED"
	ReceiptReversed  ReceiptStatus = "REVERSED"
)

// Receipt is one instalment of money received for a contribution.
type Receipt struct {
	ID             string
	ContributionID string
	ReceiptInput
	Status      ReceiptStatus
	RecordedBy  PersonRef
	RecordedAt  time.Time
	ConfirmedBy *PersonRef
	ConfirmedAt *time.Time
	// Reversal is set once someone asks for the receipt to be reversed.
	Reversal *ReceiptReversal
	Version  int
}

// ReceiptReversal is a request to take a receipt out of the books, and its
// confirmation by a second person.
type ReceiptReversal struct {
	Reason      string
	RequestedBy PersonRef
	RequestedAt time.Time
	ConfirmedBy *PersonRef
	ConfirmedAt *time.Time
}

// ReversalPending reports whether r's reversal waits for confirmation.
func ReversalPending(r Receipt) bool {
	return r.Status == ReceiptConfirmed && r.Reversal != nil && r.Reversal.ConfirmedBy == nil
}

// ReceiptInput is what a chair enters to record a receipt.
type ReceiptInput struct {
	// Amount is in Currency, the contribution's own currency.
	Amount   Money
	Currency string
	// Rate is EUR per unit of Currency, an exact decimal string.
	Rate       string
	RateSource string
	EurAmount  Money
	// ValueDate is when the money reached the fund's account.
	ValueDate time.Time
	// Reference is the bank's reference of the transfer.
	Reference string
}

// FXTolerance is how far a receipt's EUR amount may be from amount x rate:
// the larger of Abs and PartsPerMillion of amount x rate. The configuration
// sets it; the zero value demands exact agreement to the cent.
type FXTolerance struct {
	Abs             Money
	PartsPerMillion int64
}

// RecordReceipt records, as person by at now, a receipt with the given id of
// money for contribution c, whose receipts so far are given. The receipt is
// PENDING and its pending entry counts for nothing yet. It fails with
// Conflict when c is not a COMMITTED financial contribution or a live
// receipt of c already has the same bank reference, and with Invalid when
// the input is malformed, the value date is in the future or before the
// pledge, the currency is not c's, the EUR amount disagrees with amount x
// rate beyond tol, or the receipt would take c above its amount.
func RecordReceipt(c Contribution, receipts []Receipt, id string, in ReceiptInput, by PersonRef, now time.Time, tol FXTolerance) (Receipt, []Entry, error) {
	switch {
	case c.Kind != Financial:
		return Receipt{}, nil, Conflict("contribution %s is given in kind; it receives no money", c.ID)
	case c.Status == Received:
		return Receipt{}, nil, Invalid("amount", "contribution %s is already fully received", c.ID)
	case c.Status != ContributionCommitted:
		return Receipt{}, nil, Conflict("contribution %s is %s; money is received only for a COMMITTED contribution", c.ID, c.Status)
	}
	in.Reference, in.RateSource = strings.TrimSpace(in.Reference), strings.TrimSpace(in.RateSource)
	switch {
	case in.Amount <= 0 || in.Amount > MaxMoney:
		return Receipt{}, nil, Invalid("amount", "must be positive and at most %s", MaxMoney)
	case in.EurAmount <= 0 || in.EurAmount > MaxMoney:
		return Receipt{}, nil, Invalid("eurAmount", "must be positive and at most %s", MaxMoney)
	case in.Currency != c.Currency:
		return Receipt{}, nil, Invalid("currency", "must be the contribution's currency, %s", c.Currency)
	case in.Reference == "" || len(in.Reference) > maxReference:
		return Receipt{}, nil, Invalid("reference", "the bank reference is required, at most %d characters", maxReference)
	case in.RateSource == "" || len(in.RateSource) > maxReference:
		return Receipt{}, nil, Invalid("rateSource", "the rate's source is required, at most %d characters", maxReference)
	}
	if err := checkDate("valueDate", in.ValueDate, c.PledgedAt, now); err != nil {
		return Receipt{}, nil, err
	}
	if err := checkRate(in, tol); err != nil {
		return Receipt{}, nil, err
	}
	if out := OutstandingAmount(c, receipts); in.Amount > out {
		return Receipt{}, nil, Invalid("amount", "%s %s exceeds what contribution %s still expects, %s %s", in.Amount, in.Currency, c.ID, out, c.Currency)
	}
	for _, r := range receipts {
		if r.ContributionID == c.ID && liveReceipt(r) && strings.EqualFold(r.Reference, in.Reference) {
			return Receipt{}, nil, Conflict("receipt %s of contribution %s already has bank reference %q", r.ID, c.ID, in.Reference)
		}
	}
	r := Receipt{ID: id, ContributionID: c.ID, ReceiptInput: in, Status: ReceiptPending, RecordedBy: by, RecordedAt: now, Version: 1}
	e := contributionEntry(EntryReceipt, c, r.EurAmount, r.ValueDate)
	e.Phase, e.ReceiptID = PhasePending, r.ID
	return r, []Entry{e}, nil
}

// checkRate reads the rate, a positive decimal with at most 12 places
// ("1", "0.9215"), and checks that the EUR amount is amount x rate within
// the tolerance. A receipt in EUR has rate 1.
func checkRate(in ReceiptInput, tol FXTolerance) error {
	rate, ok := parseRate(in.Rate)
	if !ok {
		return Invalid("rate", "must be a positive decimal with at most 12 places, like \"0.9215\"")
	}
	if in.Currency == "EUR" && rate.Cmp(big.NewRat(1, 1)) != 0 {
		return Invalid("rate", "a receipt in EUR has rate 1")
	}
	want := new(big.Rat).Mul(new(big.Rat).SetInt64(int64(in.Amount)), rate)
	diff := new(big.Rat).Sub(new(big.Rat).SetInt64(int64(in.EurAmount)), want)
	allowed := new(big.Rat).Mul(want, big.NewRat(tol.PartsPerMillion, 1_000_000))
	if abs := new(big.Rat).SetInt64(int64(tol.Abs)); abs.Cmp(allowed) > 0 {
		allowed = abs
	}
	if diff.Abs(diff).Cmp(allowed) > 0 {
		return Invalid("eurAmount", "%s EUR does not agree with %s %s at rate %s (%s EUR)",
			in.EurAmount, in.Amount, in.Currency, in.Rate, roundCents(want))
	}
	return nil
}

func parseRate(s string) (*big.Rat, bool) {
	whole, frac, dot := strings.Cut(s, ".")
	if whole == "" || len(s) > 24 || (dot && (frac == "" || len(frac) > 12)) || !digits(whole) || !digits(frac) ||
		(len(whole) > 1 && whole[0] == '0') {
		return nil, false
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() <= 0 {
		return nil, false
	}
	return r, true
}

// roundCents rounds cents half away from zero, for messages.
func roundCents(r *big.Rat) Money {
	n := new(big.Int).Quo(new(big.Int).Add(new(big.Int).Mul(r.Num(), big.NewInt(2)), r.Denom()), new(big.Int).Mul(r.Denom(), big.NewInt(2)))
	return Money(n.Int64())
}

// findReceipt returns receipt id of contribution c from receipts.
func findReceipt(c Contribution, receipts []Receipt, id string) (int, error) {
	for i, r := range receipts {
		if r.ID == id && r.ContributionID == c.ID {
			return i, nil
		}
	}
	return 0, NotFound("receipt", id)
}

// ConfirmReceipt is the second person's confirmation, as person by at now,
// of receipt id of contribution c: the receipt's entry posts, the money
// becomes available, the commitment's outstanding value shrinks, and c
// becomes RECEIVED when its confirmed receipts reach its amount. The books
// must hold the receipt's entries. It fails with Forbidden when by recorded
// the receipt, with Conflict unless the receipt is PENDING, and with
// NotFound for a receipt not among c's.
func ConfirmReceipt(b *Books, c Contribution, receipts []Receipt, id string, by PersonRef, now time.Time) (Contribution, Receipt, []Entry, error) {
	i, err := findReceipt(c, receipts, id)
	if err != nil {
		return c, Receipt{}, nil, err
	}
	r := receipts[i]
	switch {
	case r.Status != ReceiptPending:
		return c, r, nil, Conflict("receipt %s is %s; only a PENDING receipt can be confirmed", id, r.Status)
	case r.RecordedBy == by:
		return c, r, nil, Forbidden("the person who recorded receipt %s cannot confirm it; a second person must", id)
	}
	p, ok := b.open(EntryReceipt, r.ID)
	if !ok {
		return c, r, nil, Conflict("receipt %s has no pending entry in the books", id)
	}
	before := ConfirmedAmount(c, receipts)
	r.Status, r.ConfirmedBy, r.ConfirmedAt, r.Version = ReceiptConfirmed, &by, &now, r.Version+1
	after := replaceReceipt(receipts, i, r)
	es := []Entry{resolve(p, false, p.Amount, r.ValueDate)}
	es = append(es, fulfilmentEntries(c, r, before, ConfirmedAmount(c, after), r.ValueDate)...)
	return withStatusFromReceipts(c, after), r, es, nil
}

func replaceReceipt(receipts []Receipt, i int, r Receipt) []Receipt {
	out := append([]Receipt(nil), receipts...)
	out[i] = r
	return out
}

// fulfilmentEntries move the commitment's EUR value met by confirmed money
// out of OUTSTANDING, or back into it when confirmed money shrinks.
func fulfilmentEntries(c Contribution, r Receipt, before, after Money, at time.Time) []Entry {
	from, to := fulfilled(c.EurAmount, before, c.Amount), fulfilled(c.EurAmount, after, c.Amount)
	code, n := EntryFulfilment, to-from
	if n < 0 {
		code, n = EntryFulfilmentReversal, -n
	}
	if n == 0 {
		return nil
	}
	e := contributionEntry(code, c, n, at)
	e.ReceiptID = r.ID
	return []Entry{e}
}

// ReverseReceipt asks, as person by at now, for receipt id of contribution
// c to be taken out of the books, for the given reason. A PENDING receipt is
// REVERSED at once: its pending entry is voided and nothing changes in the
// fund. A CONFIRMED receipt gets a pending reversal entry and keeps
// counting until a second person confirms the reversal. It fails with
// Invalid without a reason, with Conflict when the receipt is already
// reversed or its reversal is pending, or when taking its money out would
// leave its pool with more committed than received money, and with
// NotFound for a receipt not among c's. The books must hold the balances of
// c's pool and the receipt's entries.
func ReverseReceipt(b *Books, c Contribution, receipts []Receipt, id, reason string, by PersonRef, now time.Time) (Receipt, []Entry, error) {
	i, err := findReceipt(c, receipts, id)
	if err != nil {
		return Receipt{}, nil, err
	}
	r := receipts[i]
	reason = strings.TrimSpace(reason)
	if reason == "" || len(reason) > 500 {
		return r, nil, Invalid("reason", "a reversal needs a reason, at most 500 characters")
	}
	rev := &ReceiptReversal{Reason: reason, RequestedBy: by, RequestedAt: now}
	switch {
	case r.Status == ReceiptReversed:
		return r, nil, Conflict("receipt %s is already reversed", id)
	case ReversalPending(r):
		return r, nil, Conflict("receipt %s already has a reversal waiting for confirmation", id)
	case r.Status == ReceiptPending:
		p, ok := b.open(EntryReceipt, r.ID)
		if !ok {
			return r, nil, Conflict("receipt %s has no pending entry in the books", id)
		}
		rev.ConfirmedBy, rev.ConfirmedAt = &by, &now
		r.Status, r.Reversal, r.Version = ReceiptReversed, rev, r.Version+1
		return r, []Entry{resolve(p, true, 0, now)}, nil
	}
	if err := checkReversible(b, c, r); err != nil {
		return r, nil, err
	}
	r.Reversal, r.Version = rev, r.Version+1
	e := contributionEntry(EntryReceiptReversal, c, r.EurAmount, now)
	e.Phase, e.ReceiptID = PhasePending, r.ID
	return r, []Entry{e}, nil
}

func checkReversible(b *Books, c Contribution, r Receipt) error {
	p := PoolOf(c.Earmark)
	if av := b.Spendable(p); av < r.EurAmount {
		return Conflict("reversing receipt %s (%s EUR) would leave %s with more committed than received: only %s EUR is not committed",
			r.ID, r.EurAmount, p, av)
	}
	return nil
}

// ConfirmReversal is the second person's confirmation, as person by at now,
// of the pending reversal of receipt id of contribution c: the reversal
// posts, the money leaves the pool, the commitment's outstanding value
// grows back, and c returns to COMMITTED if it was RECEIVED. It fails with
// Forbidden when by asked for the reversal, with Conflict when no reversal
// is pending or when the pool no longer has the money uncommitted, and with
// NotFound for a receipt not among c's.
func ConfirmReversal(b *Books, c Contribution, receipts []Receipt, id string, by PersonRef, now time.Time) (Contribution, Receipt, []Entry, error) {
	i, err := findReceipt(c, receipts, id)
	if err != nil {
		return c, Receipt{}, nil, err
	}
	r := receipts[i]
	switch {
	case !ReversalPending(r):
		return c, r, nil, Conflict("receipt %s has no reversal waiting for confirmation", id)
	case r.Reversal.RequestedBy == by:
		return c, r, nil, Forbidden("the person who asked for the reversal of receipt %s cannot confirm it; a second person must", id)
	}
	if err := checkReversible(b, c, r); err != nil {
		return c, r, nil, err
	}
	p, ok := b.open(EntryReceiptReversal, r.ID)
	if !ok {
		return c, r, nil, Conflict("receipt %s has no pending reversal entry in the books", id)
	}
	before := ConfirmedAmount(c, receipts)
	rev := *r.Reversal
	rev.ConfirmedBy, rev.ConfirmedAt = &by, &now
	r.Status, r.Reversal, r.Version = ReceiptReversed, &rev, r.Version+1
	after := replaceReceipt(receipts, i, r)
	es := []Entry{resolve(p, false, p.Amount, now)}
	es = append(es, fulfilmentEntries(c, r, before, ConfirmedAmount(c, after), now)...)
	return withStatusFromReceipts(c, after), r, es, nil
}

// DeclineReversal withdraws or declines the pending reversal
// of receipt id of contribution c: its pending entry is voided and the
// receipt stays CONFIRMED, as if the reversal had not been asked for (the
// audit log keeps that it was). Anyone who may reverse may decline, the
// asker too: declining moves no money. It fails with Conflict when no
// reversal is pending and with NotFound for a receipt not among c's.
func DeclineReversal(b *Books, c Contribution, receipts []Receipt, id string, now time.Time) (Receipt, []Entry, error) {
	i, err := findReceipt(c, receipts, id)
	if err != nil {
		return Receipt{}, nil, err
	}
	r := receipts[i]
	if !ReversalPending(r) {
		return r, nil, Conflict("receipt %s has no reversal waiting for confirmation", id)
	}
	p, ok := b.open(EntryReceiptReversal, r.ID)
	if !ok {
		return r, nil, Conflict("receipt %s has no pending reversal entry in the books", id)
	}
	r.Reversal, r.Version = nil, r.Version+1
	return r, []Entry{resolve(p, true, 0, now)}, nil
}

// ConfirmReceiptStep confirms what waits on receipt id: the receipt itself
// when PENDING, else its pending reversal. One mutation, confirmReceipt,
// serves both.
func ConfirmReceiptStep(b *Books, c Contribution, receipts []Receipt, id string, by PersonRef, now time.Time) (Contribution, Receipt, []Entry, error) {
	i, err := findReceipt(c, receipts, id)
	if err != nil {
		return c, Receipt{}, nil, err
	}
	if receipts[i].Status == ReceiptPending {
		return ConfirmReceipt(b, c, receipts, id, by, now)
	}
	return ConfirmReversal(b, c, receipts, id, by, now)
}

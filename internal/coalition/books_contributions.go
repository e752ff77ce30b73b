package coalition

import (
	"math/big"
	"strings"
	"time"
)

// A financial contribution moves through stages, as UN OCHA's FTS and IATI
// tell them apart: PLEDGED (a promise), COMMITTED (an agreement is signed:
// its reference and date), then money arrives in one or more receipts, each
// counted once a second person confirms it; the contribution is RECEIVED
// when its confirmed receipts, in its own currency, add up to its amount,
// and falls back to COMMITTED if a reversal takes that away. A pledge, or a
// commitment with no receipt recorded, may be CANCELLED.
//
//	PLEDGED -> COMMITTED -> RECEIVED
//	PLEDGED -> CANCELLED, COMMITTED -> CANCELLED, RECEIVED -> COMMITTED (reversal)

// ContributionCommitted is the status of a pledge formalised by an agreement.
const ContributionCommitted ContributionStatus = "COMMITTED"

// PersonRef names a person as their tokens do: issuer and subject.
type PersonRef struct {
	Issuer string
	Sub    string
}

// Agreement is what formalises a pledge: the signed agreement's reference
// (a NATO trust fund's financial management agreement, a letter) and the
// date it was signed.
type Agreement struct {
	Reference string
	SignedOn  time.Time
}

// Commitment is a contribution's agreement as booked.
type Commitment struct {
	ContributionID string
	Agreement
	CommittedBy PersonRef
	CommittedAt time.Time
}

// maxReference bounds free-text references and reasons.
const maxReference = 140

// PledgeEntries returns the entry that books contribution c's promise: its
// EUR value into the pledged stage of its pool, or for equipment into the
// in-kind stage.
func PledgeEntries(c Contribution) ([]Entry, error) {
	p := PoolOf(c.Earmark)
	if !p.Valid() {
		return nil, Invalid("earmark", "unknown capability area")
	}
	if c.EurAmount <= 0 || c.EurAmount > MaxMoney {
		return nil, Invalid("eurAmount", "must be positive and at most %s", MaxMoney)
	}
	code := EntryPledge
	if c.Kind == InKind {
		code = EntryInKindPledge
	}
	return []Entry{contributionEntry(code, c, c.EurAmount, c.PledgedAt)}, nil
}

func contributionEntry(code EntryCode, c Contribution, amount Money, at time.Time) Entry {
	e := move(code, PhasePosted, PoolOf(c.Earmark), amount, at)
	e.ContributionID = c.ID
	return e
}

// CommitContribution formalises pledge c by agreement a, booked by person by
// at now. It fails with Conflict unless c is PLEDGED, and with Invalid for
// an agreement without reference or dated in the future or before the
// pledge. A financial pledge's EUR value moves from pledged to outstanding.
func CommitContribution(c Contribution, a Agreement, by PersonRef, now time.Time) (Contribution, Commitment, []Entry, error) {
	if c.Status != Pledged {
		return c, Commitment{}, nil, Conflict("contribution %s is %s; only a PLEDGED contribution can be committed", c.ID, c.Status)
	}
	a.Reference = strings.TrimSpace(a.Reference)
	if a.Reference == "" || len(a.Reference) > maxReference {
		return c, Commitment{}, nil, Invalid("reference", "the agreement's reference is required, at most %d characters", maxReference)
	}
	if err := checkDate("signedOn", a.SignedOn, c.PledgedAt, now); err != nil {
		return c, Commitment{}, nil, err
	}
	var es []Entry
	if c.Kind == Financial {
		es = append(es, contributionEntry(EntryCommitment, c, c.EurAmount, a.SignedOn))
	}
	c.Status = ContributionCommitted
	return c, Commitment{ContributionID: c.ID, Agreement: a, CommittedBy: by, CommittedAt: now}, es, nil
}

// checkDate refuses a date in the future (after now) or before the day of
// the pledge (since, compared by UTC calendar day).
func checkDate(field string, d, since, now time.Time) error {
	switch {
	case d.IsZero():
		return Invalid(field, "is required")
	case d.After(now):
		return Invalid(field, "cannot be in the future")
	case day(d).Before(day(since)):
		return Invalid(field, "cannot be before the pledge (%s)", since.UTC().Format(time.DateOnly))
	}
	return nil
}

func day(t time.Time) time.Time {
	u := t.UTC()
	return time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC)
}

// CancelContributionEntries cancels contribution c at now, given its
// receipts and, for equipment, its in-kind details (nil for money). A
// pledge can be cancelled; a commitment only while it has no receipt
// pending or counted (reverse them first); equipment only before any of it
// is delivered. Otherwise it fails with Conflict. What c promised leaves
// the books.
func CancelContributionEntries(c Contribution, receipts []Receipt, ik *InKindDetails, now time.Time) (Contribution, []Entry, error) {
	var code EntryCode
	switch {
	case c.Status != Pledged && c.Status != ContributionCommitted:
		return c, nil, Conflict("contribution %s is %s; only a PLEDGED or COMMITTED contribution can be cancelled", c.ID, c.Status)
	case c.Kind == InKind:
		if ik != nil && ik.DeliveredValue > 0 {
			return c, nil, Conflict("contribution %s is partly delivered; it can no longer be cancelled", c.ID)
		}
		code = EntryInKindCancel
	case c.Status == Pledged:
		code = EntryPledgeCancel
	default:
		for _, r := range receipts {
			if r.ContributionID == c.ID && r.Status != ReceiptReversed {
				return c, nil, Conflict("contribution %s has receipt %s %s; reverse it before cancelling", c.ID, r.ID, r.Status)
			}
		}
		code = EntryCommitmentCancel
	}
	c.Status = Cancelled
	return c, []Entry{contributionEntry(code, c, c.EurAmount, now)}, nil
}

// OutstandingAmount is what contribution c still expects, in its own
// currency: its amount less its live receipts (pending or confirmed, not
// reversed); zero once it is received or cancelled.
func OutstandingAmount(c Contribution, receipts []Receipt) Money {
	if c.Kind != Financial || c.Status == Cancelled {
		return 0
	}
	return max(c.Amount-sumReceipts(c, receipts, liveReceipt, func(r Receipt) Money { return r.Amount }), 0)
}

// ConfirmedAmount and ConfirmedEUR sum contribution c's confirmed,
// unreversed receipts in its own currency and in EUR.
func ConfirmedAmount(c Contribution, receipts []Receipt) Money {
	return sumReceipts(c, receipts, countedReceipt, func(r Receipt) Money { return r.Amount })
}

// ConfirmedEUR: see ConfirmedAmount.
func ConfirmedEUR(c Contribution, receipts []Receipt) Money {
	return sumReceipts(c, receipts, countedReceipt, func(r Receipt) Money { return r.EurAmount })
}

func sumReceipts(c Contribution, receipts []Receipt, keep func(Receipt) bool, of func(Receipt) Money) Money {
	var t Money
	for _, r := range receipts {
		if r.ContributionID == c.ID && keep(r) {
			t += of(r)
		}
	}
	return t
}

func liveReceipt(r Receipt) bool    { return r.Status != ReceiptReversed }
func countedReceipt(r Receipt) bool { return r.Status == ReceiptConfirmed }

// fulfilled is the part of a commitment's EUR value e that confirmed
// receipts of received (of amount, both in the contribution's currency)
// have met: e x received / amount, rounded down, exactly e when all is in.
// Defined on totals, not on instalments, so that rounding never drifts.
func fulfilled(e, received, amount Money) Money {
	if amount <= 0 || received >= amount {
		return e
	}
	if received <= 0 {
		return 0
	}
	x := new(big.Int).Mul(big.NewInt(int64(e)), big.NewInt(int64(received)))
	return Money(x.Quo(x, big.NewInt(int64(amount))).Int64())
}

// withStatusFromReceipts sets what a contribution shows of its receipts: the
// EUR received, and RECEIVED (with the last value date) once its confirmed
// receipts reach its amount, or COMMITTED again when they no longer do.
func withStatusFromReceipts(c Contribution, receipts []Receipt) Contribution {
	eur := ConfirmedEUR(c, receipts)
	c.ReceivedEur, c.ReceivedAt = nil, nil
	if eur > 0 {
		c.ReceivedEur = &eur
	}
	if ConfirmedAmount(c, receipts) < c.Amount {
		if c.Status == Received {
			c.Status = ContributionCommitted
		}
		return c
	}
	c.Status = Received
	var last time.Time
	for _, r := range receipts {
		if r.ContributionID == c.ID && countedReceipt(r) && r.ValueDate.After(last) {
			last = r.ValueDate
		}
	}
	c.ReceivedAt = &last
	return c
}

package coalition

import "time"

// CountedContributionStatuses are the statuses whose money the fund counts:
// pledged (promised) and received.
var CountedContributionStatuses = []ContributionStatus{Pledged, ContributionCommitted, Received}

// PledgeTerms are what a nation promises.
type PledgeTerms struct {
	Kind      ContributionKind
	Amount    Money
	Currency  string
	EurAmount Money
	Earmark   *CapabilityArea
}

// Check refuses terms that no nation could pledge.
func (t PledgeTerms) Check() error {
	if err := Positive("amount", t.Amount); err != nil {
		return err
	}
	if err := Positive("eurAmount", t.EurAmount); err != nil {
		return err
	}
	if !ValidCurrency(t.Currency) {
		return Invalid("currency", "must be an ISO 4217 code in upper case, like \"EUR\"")
	}
	if t.Currency == "EUR" && t.EurAmount != t.Amount {
		return Invalid("eurAmount", "must equal amount for a pledge in EUR")
	}
	if t.Earmark != nil && !t.Earmark.Valid() {
		return Invalid("earmark", "unknown capability area")
	}
	return nil
}

// Pledge is nation n's new contribution id on terms t, pledged by sub at at.
func Pledge(t PledgeTerms, n Nation, id, by string, at time.Time) (Contribution, error) {
	if err := t.Check(); err != nil {
		return Contribution{}, err
	}
	if err := n.CanPledge(); err != nil {
		return Contribution{}, err
	}
	return Contribution{ID: id, NationCode: n.Code, Kind: t.Kind, Amount: t.Amount, Currency: t.Currency,
		EurAmount: t.EurAmount, Earmark: t.Earmark, Status: Pledged, PledgedAt: at, PledgedBy: by, Version: 1}, nil
}

// CheckReceipt refuses a receipt's figures before anything is looked up.
func CheckReceipt(receivedEur Money, rate string) error {
	if err := Positive("receivedEur", receivedEur); err != nil {
		return err
	}
	return Rate("rate", rate)
}

// Receive is c once receivedEur arrived at the given rate. Received money
// never decreases afterwards, which keeps committed money within it.
func (c Contribution) Receive(receivedEur Money, rate string, at time.Time) (Contribution, error) {
	if err := CheckReceipt(receivedEur, rate); err != nil {
		return c, err
	}
	if c.Status != Pledged {
		return c, Conflict("contribution %s is %s; only a PLEDGED contribution can be received", c.ID, c.Status)
	}
	c.Status, c.ReceivedEur, c.Rate, c.ReceivedAt = Received, &receivedEur, &rate, &at
	return c, nil
}

// Cancel withdraws a pledge; received money is never taken back, since
// orders may already be committed against it.
func (c Contribution) Cancel() (Contribution, error) {
	if c.Status != Pledged {
		return c, Conflict("contribution %s is %s; only a PLEDGED contribution can be cancelled", c.ID, c.Status)
	}
	c.Status = Cancelled
	return c, nil
}

package coalition

import (
	"strings"
	"time"
)

// Equipment given in kind is counted apart from money and never spent: its
// EUR value, on a stated valuation basis, enters the in-kind stage of its
// pool at the pledge, moves to delivered as it arrives, and the
// contribution is RECEIVED once all of it is delivered.

// ValuationBasis says how an in-kind contribution's EUR value was set.
type ValuationBasis string

// Valuation bases.
const (
	// ValuedAtMarket is the price the same equipment fetches on the market.
	ValuedAtMarket ValuationBasis = "MARKET"
	// ValuedByDonor is the value the donor declared.
	ValuedByDonor ValuationBasis = "DONOR_DECLARED"
	// ValuedByInvoice is the amount of the supplier's invoice to the donor.
	ValuedByInvoice ValuationBasis = "INVOICE"
)

// Valid reports whether v is a known valuation basis.
func (v ValuationBasis) Valid() bool {
	return v == ValuedAtMarket || v == ValuedByDonor || v == ValuedByInvoice
}

// InKindDelivery is how much of an in-kind contribution has arrived.
type InKindDelivery string

// In-kind delivery states.
const (
	InKindAwaited         InKindDelivery = "AWAITED"
	InKindPartlyDelivered InKindDelivery = "PARTLY_DELIVERED"
	InKindFullyDelivered  InKindDelivery = "DELIVERED"
)

// InKindDetails are what an in-kind contribution carries beside its value.
type InKindDetails struct {
	ContributionID string
	Basis          ValuationBasis
	// Description says what is given ("500 firewall licences, 3 years").
	Description    string
	Delivery       InKindDelivery
	DeliveredValue Money
	DeliveredAt    *time.Time
}

// NewInKindDetails checks the valuation of in-kind contribution c.
func NewInKindDetails(c Contribution, basis ValuationBasis, description string) (InKindDetails, error) {
	description = strings.TrimSpace(description)
	switch {
	case c.Kind != InKind:
		return InKindDetails{}, Invalid("kind", "valuation applies to contributions in kind")
	case !basis.Valid():
		return InKindDetails{}, Invalid("valuationBasis", "must be MARKET, DONOR_DECLARED or INVOICE")
	case description == "" || len(description) > 500:
		return InKindDetails{}, Invalid("description", "is required, at most 500 characters")
	}
	return InKindDetails{ContributionID: c.ID, Basis: basis, Description: description, Delivery: InKindAwaited}, nil
}

// RecordInKindDelivery books the arrival, at time at, of equipment worth
// value (EUR) of in-kind contribution c: PARTLY_DELIVERED, or DELIVERED when
// all of it is in, which makes c RECEIVED. It fails with Conflict when c is
// not PLEDGED or COMMITTED in kind, and with Invalid for a value that is not
// positive or exceeds what is still awaited.
func RecordInKindDelivery(c Contribution, d InKindDetails, value Money, at time.Time) (Contribution, InKindDetails, []Entry, error) {
	if c.Kind != InKind || (c.Status != Pledged && c.Status != ContributionCommitted) {
		return c, d, nil, Conflict("contribution %s is %s %s; deliveries are recorded for equipment pledged or committed", c.ID, c.Kind, c.Status)
	}
	if awaited := c.EurAmount - d.DeliveredValue; value <= 0 || value > awaited {
		return c, d, nil, Invalid("value", "must be positive and at most the %s EUR still awaited", awaited)
	}
	d.DeliveredValue += value
	d.Delivery, d.DeliveredAt = InKindPartlyDelivered, &at
	if d.DeliveredValue == c.EurAmount {
		d.Delivery, c.Status, c.ReceivedAt = InKindFullyDelivered, Received, &at
	}
	return c, d, []Entry{contributionEntry(EntryInKindDelivery, c, value, at)}, nil
}

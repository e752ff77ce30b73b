package service

import (
	"context"
	"fmt"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Equipment given in kind is counted apart from money and never spent
// (coalition.NewInKindDetails, coalition.RecordInKindDelivery): its
// valuation basis is given with the pledge, and chairs record its arrival
// as it comes, until all of it is delivered and the contribution RECEIVED.

// valuation checks an in-kind pledge's valuation; nil when none is given.
func valuation(c coalition.Contribution, v *Valuation) (*coalition.InKindDetails, error) {
	if v == nil {
		return nil, nil
	}
	d, err := coalition.NewInKindDetails(c, v.Basis, v.Description)
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// inKindOf reads c's in-kind details, in the turn of ctx: nil for money;
// for equipment pledged without a valuation, details that say nothing of
// it and nothing delivered.
func (s *Service) inKindOf(ctx context.Context, c coalition.Contribution) (*coalition.InKindDetails, error) {
	if c.Kind != coalition.InKind {
		return nil, nil
	}
	ds, err := s.st.Books.InKind(ctx, []string{c.ID})
	if err != nil {
		return nil, fmt.Errorf("in-kind details of %s: %w", c.ID, err)
	}
	if len(ds) == 0 {
		return &coalition.InKindDetails{ContributionID: c.ID, Delivery: coalition.InKindAwaited}, nil
	}
	return &ds[0], nil
}

// RecordInKindDelivery books the arrival of equipment worth value (EUR)
// of in-kind contribution id, now: PARTLY_DELIVERED, or DELIVERED (and the
// contribution RECEIVED) once all of it is in. CONFLICT unless it is
// equipment pledged or committed; BAD_USER_INPUT for a value that is not
// positive or exceeds what is still awaited.
func (s *Service) RecordInKindDelivery(ctx context.Context, id string, value coalition.Money) (coalition.Contribution, error) {
	return s.changeContribution(ctx, authz.InKindDelivery, id, func() error { return coalition.Positive("value", value) },
		func(ctx context.Context, c coalition.Contribution) (coalition.Contribution, []coalition.Entry, error) {
			if c.Kind != coalition.InKind {
				return c, nil, coalition.Conflict("contribution %s is money, not equipment given in kind", c.ID)
			}
			ik, err := s.inKindOf(ctx, c)
			if err != nil {
				return c, nil, err
			}
			c, d, es, err := coalition.RecordInKindDelivery(c, *ik, value, s.now())
			if err != nil {
				return c, nil, err
			}
			return c, es, s.st.Books.PutInKind(ctx, d)
		})
}

// InKindOf returns, for each contribution of ids in their order, its
// in-kind details when it has some and the viewer may read contributions.
// The ids come from contributions the viewer read.
func (s *Service) InKindOf(ctx context.Context, ids []string) ([]*coalition.InKindDetails, error) {
	out := make([]*coalition.InKindDetails, len(ids))
	if !s.ask(ctx, authz.ContributionRead).Granted {
		return out, nil
	}
	ds, err := s.st.Books.InKind(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("in-kind details: %w", err)
	}
	at := make(map[string]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	for i := range ds {
		if j, ok := at[ds[i].ContributionID]; ok {
			out[j] = &ds[i]
		}
	}
	return out, nil
}

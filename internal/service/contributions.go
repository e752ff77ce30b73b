package service

import (
	"context"
	"errors"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Pledge is what a nation promises.
type Pledge struct {
	Kind      coalition.ContributionKind
	Amount    coalition.Money
	Currency  string
	EurAmount coalition.Money
	Earmark   *coalition.CapabilityArea
	// Nation defaults to the viewer's own.
	Nation *string
}

// PledgeContribution records a pledge for the viewer's nation (or another,
// where the policy grants pledging for all).
func (s *Service) PledgeContribution(ctx context.Context, in Pledge) (coalition.Contribution, error) {
	p := viewer(ctx)
	nation := p.Nation
	if in.Nation != nil {
		nation = *in.Nation
	}
	var out coalition.Contribution
	m := &mutation{action: "pledgeContribution", obj: "Contribution", act: "pledge", targetType: "Contribution", nations: []string{nation}}
	err := s.mutate(ctx, m, func(sc authz.Scope) error {
		if !sc.All && nation != p.Nation {
			return coalition.Forbidden("%s may pledge only for its own nation", p.Role)
		}
		if err := positive("amount", in.Amount); err != nil {
			return err
		}
		if err := positive("eurAmount", in.EurAmount); err != nil {
			return err
		}
		if !coalition.ValidCurrency(in.Currency) {
			return coalition.Invalid("currency", "must be an ISO 4217 code in upper case, like \"EUR\"")
		}
		if in.Currency == "EUR" && in.EurAmount != in.Amount {
			return coalition.Invalid("eurAmount", "must equal amount for a pledge in EUR")
		}
		if in.Earmark != nil && !in.Earmark.Valid() {
			return coalition.Invalid("earmark", "unknown capability area")
		}
		n, err := s.st.Nations.Get(ctx, nation)
		if errors.Is(err, coalition.ErrNotFound) {
			return coalition.Invalid("nation", "%q is not in the registry", nation)
		}
		if err != nil {
			return err
		}
		if n.Status != coalition.NationActive || n.Role == coalition.NationBeneficiary {
			return coalition.Conflict("nation %s cannot pledge while %s %s", nation, n.Status, n.Role)
		}
		out = coalition.Contribution{
			ID: s.st.NewID(), NationCode: nation, Kind: in.Kind, Amount: in.Amount, Currency: in.Currency,
			EurAmount: in.EurAmount, Earmark: in.Earmark, Status: coalition.Pledged, PledgedAt: s.now(), PledgedBy: p.Sub,
		}
		m.target = out.ID
		return s.st.Contributions.Insert(ctx, out)
	})
	return out, err
}

// contributionInScope loads contribution id if the viewer's scope for the
// action covers it; NOT_FOUND otherwise, as for a read.
func (s *Service) contributionInScope(ctx context.Context, id string, sc authz.Scope, m *mutation) (coalition.Contribution, error) {
	c, err := s.st.Contributions.Get(ctx, id, coalition.ContributionFilter{Nations: contributionScope(sc, viewer(ctx))})
	if err != nil {
		return c, err
	}
	m.nations = []string{c.NationCode}
	return c, nil
}

// RecordReceipt records the EUR actually received for a pledge and the rate
// used. Received money never decreases afterwards, which is what keeps
// committed money within received money.
func (s *Service) RecordReceipt(ctx context.Context, id string, receivedEur coalition.Money, rateUsed string) (coalition.Contribution, error) {
	var out coalition.Contribution
	m := &mutation{action: "recordReceipt", obj: "Contribution", act: "recordReceipt", targetType: "Contribution", target: id}
	err := s.mutate(ctx, m, func(sc authz.Scope) error {
		if err := positive("receivedEur", receivedEur); err != nil {
			return err
		}
		if err := rate("rate", rateUsed); err != nil {
			return err
		}
		c, err := s.contributionInScope(ctx, id, sc, m)
		if err != nil {
			return err
		}
		if c.Status != coalition.Pledged {
			return coalition.Conflict("contribution %s is %s; only a PLEDGED contribution can be received", id, c.Status)
		}
		at := s.now()
		c.Status, c.ReceivedEur, c.Rate, c.ReceivedAt = coalition.Received, &receivedEur, &rateUsed, &at
		if err := s.st.Contributions.Transition(ctx, coalition.Pledged, c); err != nil {
			return err
		}
		out = c
		return nil
	})
	return out, err
}

// CancelContribution cancels a pledge that is still PLEDGED; received money
// is never taken back, since orders may already be committed against it.
func (s *Service) CancelContribution(ctx context.Context, id string) (coalition.Contribution, error) {
	var out coalition.Contribution
	m := &mutation{action: "cancelContribution", obj: "Contribution", act: "cancel", targetType: "Contribution", target: id}
	err := s.mutate(ctx, m, func(sc authz.Scope) error {
		c, err := s.contributionInScope(ctx, id, sc, m)
		if err != nil {
			return err
		}
		if c.Status != coalition.Pledged {
			return coalition.Conflict("contribution %s is %s; only a PLEDGED contribution can be cancelled", id, c.Status)
		}
		c.Status = coalition.Cancelled
		if err := s.st.Contributions.Transition(ctx, coalition.Pledged, c); err != nil {
			return err
		}
		out = c
		return nil
	})
	return out, err
}

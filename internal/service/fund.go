package service

import (
	"context"
	"fmt"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

type pool = coalition.Pool

const unearmarked = coalition.Unearmarked

// ledger reads the money the fund counts and sums it.
func (s *Service) ledger(ctx context.Context) (*coalition.Ledger, error) {
	cons, err := s.st.Contributions.Money(ctx)
	if err != nil {
		return nil, fmt.Errorf("fund: %w", err)
	}
	orders, err := s.st.Orders.Committing(ctx)
	if err != nil {
		return nil, fmt.Errorf("fund: %w", err)
	}
	return coalition.NewLedger(cons, orders), nil
}

// Fund returns the fund's figures, with per-area figures suppressed where
// the policy says so for the viewer.
func (s *Service) Fund(ctx context.Context) (coalition.Fund, error) {
	if _, err := s.scope(ctx, authz.FundRead, ""); err != nil {
		return coalition.Fund{}, err
	}
	l, err := s.ledger(ctx)
	if err != nil {
		return coalition.Fund{}, err
	}
	f := coalition.Fund{
		Pledged:      coalition.Total(l.Pledged),
		Received:     coalition.Total(l.Received),
		Committed:    coalition.Total(l.Committed),
		InKind:       coalition.Total(l.InKind),
		Contributors: len(l.Contributors),
	}
	f.Available = f.Received - f.Committed
	sc := s.ask(ctx, authz.FundByAreaRead)
	if !sc.Granted {
		// The field guard reports the denial; nothing to compute.
		return f, nil
	}
	discloseFund(&f, l, disclosure(ctx, sc, l))
	return f, nil
}

package service

import (
	"context"
	"fmt"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

type pool = coalition.Pool

const unearmarked = coalition.Unearmarked

// fundFigures reads the fund's figures per pool from the ledger's
// balances (as of asOf, from the entries, when given) and who gave to each
// pool from the contributions: the cost does not grow with the orders.
func (s *Service) fundFigures(ctx context.Context, asOf *time.Time) (map[pool]coalition.PoolFigures, *coalition.Ledger, error) {
	var bal map[coalition.Account]coalition.Balance
	if asOf == nil {
		var err error
		if bal, err = s.st.Books.Balances(ctx); err != nil {
			return nil, nil, fmt.Errorf("fund: %w", err)
		}
	} else {
		es, err := s.st.Books.Entries(ctx, nil)
		if err != nil {
			return nil, nil, fmt.Errorf("fund: %w", err)
		}
		bal = coalition.BalancesAsOf(es, *asOf, coalition.ByValueDate)
	}
	cons, err := s.st.Contributions.Givers(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("fund: %w", err)
	}
	figs := map[pool]coalition.PoolFigures{}
	l := coalition.NewLedger(cons, nil)
	for _, f := range coalition.AllFigures(bal) {
		figs[f.Pool] = f
		// The amounts are the books'; the givers stay the contributions'.
		l.Pledged[f.Pool], l.Received[f.Pool], l.Committed[f.Pool], l.InKind[f.Pool] = f.Pledged+f.Outstanding, f.Received, f.Committed, f.InKind
	}
	return figs, l, nil
}

// ledger is the fund as it stands now: the books' amounts per pool and who
// gave to each.
func (s *Service) ledger(ctx context.Context) (*coalition.Ledger, error) {
	_, l, err := s.fundFigures(ctx, nil)
	return l, err
}

// Fund returns the fund's figures, with per-area figures suppressed where
// the policy says so for the viewer.
func (s *Service) Fund(ctx context.Context) (coalition.Fund, error) {
	return s.FundAsOf(ctx, nil)
}

// FundAsOf returns the fund's figures as they stood at asOf (now when
// nil), with per-area figures suppressed where the policy says so.
func (s *Service) FundAsOf(ctx context.Context, asOf *time.Time) (coalition.Fund, error) {
	if _, err := s.scope(ctx, authz.FundRead, ""); err != nil {
		return coalition.Fund{}, err
	}
	figs, l, err := s.fundFigures(ctx, asOf)
	if err != nil {
		return coalition.Fund{}, err
	}
	var all []coalition.PoolFigures
	for _, f := range figs {
		all = append(all, f)
	}
	t := coalition.SumFigures(all)
	f := coalition.Fund{
		Pledged:      t.Pledged + t.Outstanding, // promised and not yet received
		Received:     t.Received,
		Committed:    t.Committed,
		InKind:       t.InKind,
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

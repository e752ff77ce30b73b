package service

import (
	"context"
	"fmt"
	"slices"
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
	cons, err := s.st.Contributions.Money(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("fund: %w", err)
	}
	figs := map[pool]coalition.PoolFigures{}
	for _, f := range coalition.AllFigures(bal) {
		figs[f.Pool] = f
	}
	return figs, coalition.NewLedger(cons, nil), nil
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
	// Promised is what is pledged or committed and not yet received.
	promised := func(f coalition.PoolFigures) coalition.Money { return f.Pledged + f.Outstanding }
	var all []coalition.PoolFigures
	for _, f := range figs {
		all = append(all, f)
	}
	t := coalition.SumFigures(all)
	f := coalition.Fund{
		Pledged:      promised(t),
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
	pools := coalition.Pools()
	suppressed := map[pool]bool{}
	if sc.MinContributors > 0 {
		for _, p := range pools {
			if len(l.Givers[p]) < sc.MinContributors {
				suppressed[p] = true
			}
		}
		// With one pool hidden, the totals minus the others would give it
		// away: hide the next smallest too.
		if len(suppressed) == 1 {
			rest := slices.DeleteFunc(slices.Clone(pools), func(p pool) bool { return suppressed[p] })
			slices.SortStableFunc(rest, func(a, b pool) int { return len(l.Givers[a]) - len(l.Givers[b]) })
			if len(rest) > 0 {
				suppressed[rest[0]] = true
			}
		}
	}
	for _, p := range pools {
		af := coalition.AreaFund{}
		if p != coalition.Unearmarked {
			a := coalition.CapabilityArea(p)
			af.Area = &a
		}
		if suppressed[p] {
			reason := fmt.Sprintf("suppressed: figures are shown only where at least %d nations gave", sc.MinContributors)
			af.SuppressedReason = &reason
		} else {
			n := len(l.Givers[p])
			pf := figs[p]
			pl, rc, cm, av := promised(pf), pf.Received, pf.Committed, pf.Available
			af.Contributors, af.Pledged, af.Received, af.Committed, af.Available = &n, &pl, &rc, &cm, &av
		}
		f.ByArea = append(f.ByArea, af)
	}
	return f, nil
}

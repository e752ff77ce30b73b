package service

import (
	"context"
	"fmt"
	"slices"

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
			pl, rc, cm, av := l.Pledged[p], l.Received[p], l.Committed[p], l.Available(p)
			af.Contributors, af.Pledged, af.Received, af.Committed, af.Available = &n, &pl, &rc, &cm, &av
		}
		f.ByArea = append(f.ByArea, af)
	}
	return f, nil
}

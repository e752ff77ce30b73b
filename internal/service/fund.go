package service

import (
	"context"
	"fmt"
	"slices"

	"github.com/itcoalition/api/internal/coalition"
)

// pool identifies a pot of money: an area's earmarked money, or "" for
// unearmarked money.
type pool = coalition.CapabilityArea

const unearmarked pool = ""

// ledger is the fund as computed from contributions and orders: nothing is
// kept as a counter that could drift from what happened.
type ledger struct {
	pledged, received, committed, inKind map[pool]coalition.Money
	givers                               map[pool]map[string]bool
	contributors                         map[string]bool
}

func (s *Service) ledger(ctx context.Context) (*ledger, error) {
	cons, err := s.st.Contributions.Money(ctx)
	if err != nil {
		return nil, fmt.Errorf("fund: %w", err)
	}
	orders, err := s.st.Orders.Committing(ctx)
	if err != nil {
		return nil, fmt.Errorf("fund: %w", err)
	}
	l := &ledger{
		pledged: map[pool]coalition.Money{}, received: map[pool]coalition.Money{},
		committed: map[pool]coalition.Money{}, inKind: map[pool]coalition.Money{},
		givers: map[pool]map[string]bool{}, contributors: map[string]bool{},
	}
	for _, c := range cons {
		p := unearmarked
		if c.Earmark != nil {
			p = *c.Earmark
		}
		l.contributors[c.NationCode] = true
		if l.givers[p] == nil {
			l.givers[p] = map[string]bool{}
		}
		l.givers[p][c.NationCode] = true
		switch {
		case c.Kind == coalition.InKind:
			l.inKind[p] += c.EurAmount
		case c.Status == coalition.Received && c.ReceivedEur != nil:
			l.received[p] += *c.ReceivedEur
		case c.Status == coalition.Pledged:
			l.pledged[p] += c.EurAmount
		}
	}
	for _, o := range orders {
		for _, d := range o.Draws {
			p := unearmarked
			if d.Area != nil {
				p = *d.Area
			}
			l.committed[p] += d.Amount
		}
	}
	return l, nil
}

func (l *ledger) available(p pool) coalition.Money { return l.received[p] - l.committed[p] }

func sum(m map[pool]coalition.Money) coalition.Money {
	var t coalition.Money
	for _, v := range m {
		t += v
	}
	return t
}

// Fund returns the fund's figures, with per-area figures suppressed where
// the policy says so for the viewer.
func (s *Service) Fund(ctx context.Context) (coalition.Fund, error) {
	if _, err := s.scope(ctx, "Fund", "read", ""); err != nil {
		return coalition.Fund{}, err
	}
	l, err := s.ledger(ctx)
	if err != nil {
		return coalition.Fund{}, err
	}
	f := coalition.Fund{
		Pledged:      sum(l.pledged),
		Received:     sum(l.received),
		Committed:    sum(l.committed),
		InKind:       sum(l.inKind),
		Contributors: len(l.contributors),
	}
	f.Available = f.Received - f.Committed
	sc := s.authz.Scope(viewer(ctx).Role, "Fund.byArea", "read")
	if !sc.Granted {
		// The field guard reports the denial; nothing to compute.
		return f, nil
	}
	pools := append([]pool{}, coalition.Areas...)
	pools = append(pools, unearmarked)
	suppressed := map[pool]bool{}
	if sc.MinContributors > 0 {
		for _, p := range pools {
			if len(l.givers[p]) < sc.MinContributors {
				suppressed[p] = true
			}
		}
		// With one pool hidden, the totals minus the others would give it
		// away: hide the next smallest too.
		if len(suppressed) == 1 {
			rest := slices.DeleteFunc(slices.Clone(pools), func(p pool) bool { return suppressed[p] })
			slices.SortStableFunc(rest, func(a, b pool) int { return len(l.givers[a]) - len(l.givers[b]) })
			if len(rest) > 0 {
				suppressed[rest[0]] = true
			}
		}
	}
	for _, p := range pools {
		af := coalition.AreaFund{}
		if p != unearmarked {
			a := p
			af.Area = &a
		}
		if suppressed[p] {
			reason := fmt.Sprintf("suppressed: figures are shown only where at least %d nations gave", sc.MinContributors)
			af.SuppressedReason = &reason
		} else {
			n := len(l.givers[p])
			pl, rc, cm, av := l.pledged[p], l.received[p], l.committed[p], l.available(p)
			af.Contributors, af.Pledged, af.Received, af.Committed, af.Available = &n, &pl, &rc, &cm, &av
		}
		f.ByArea = append(f.ByArea, af)
	}
	return f, nil
}

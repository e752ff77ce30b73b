package service

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// fundPools are the fund's pools as coalition.Disclose reads them: each
// pool's givers, and each figure with the nations behind it. Committed and
// available money are spent from and left of received money, so the
// nations behind them are those whose money was received; in-kind value
// is shown only as a total.
func fundPools(l *coalition.Ledger) []coalition.DisclosedPool {
	nations := func(set map[string]bool) []string { return slices.Sorted(maps.Keys(set)) }
	var out []coalition.DisclosedPool
	for _, p := range coalition.Pools() {
		received := nations(l.ReceivedBy[p])
		out = append(out, coalition.DisclosedPool{Pool: p, Givers: nations(l.Givers[p]), Figures: []coalition.Figure{
			{Name: coalition.FigurePledged, Amount: l.Pledged[p], Givers: nations(l.PledgedBy[p])},
			{Name: coalition.FigureReceived, Amount: l.Received[p], Givers: received},
			{Name: coalition.FigureCommitted, Amount: l.Committed[p], Givers: received},
			{Name: coalition.FigureAvailable, Amount: l.Available(p), Givers: received},
			{Name: coalition.FigureInKind, Amount: l.InKind[p], Givers: nations(l.InKindBy[p]), TotalOnly: true},
		}})
	}
	return out
}

// disclosure is what the viewer may see of the fund l: everything when
// its scope for per-area figures sets no minimum of contributors.
func disclosure(ctx context.Context, sc authz.Scope, l *coalition.Ledger) coalition.Disclosure {
	return coalition.Disclose(fundPools(l), viewer(ctx).Nation, sc.MinContributors)
}

// discloseFund fills f's per-area figures from l and withholds from the
// viewer what d says: suppressed pools, and totals that would give away
// the money of too few other nations.
func discloseFund(f *coalition.Fund, l *coalition.Ledger, d coalition.Disclosure) {
	f.Withheld = map[string]bool{}
	for _, name := range []string{coalition.FigurePledged, coalition.FigureReceived, coalition.FigureCommitted, coalition.FigureAvailable, coalition.FigureInKind} {
		if !d.ShowsTotal(name) {
			f.Withheld[name] = true
		}
	}
	for _, p := range coalition.Pools() {
		af := coalition.AreaFund{}
		if p != coalition.Unearmarked {
			a := coalition.CapabilityArea(p)
			af.Area = &a
		}
		if !d.Shows(p) {
			reason := fmt.Sprintf("suppressed: figures are shown only where they sum the money of at least %d nations other than the viewer's, and cannot be worked out from the others", d.Threshold)
			af.SuppressedReason = &reason
		} else {
			n := len(l.Givers[p])
			pl, rc, cm, av := l.Pledged[p], l.Received[p], l.Committed[p], l.Available(p)
			af.Contributors, af.Pledged, af.Received, af.Committed, af.Available = &n, &pl, &rc, &cm, &av
		}
		f.ByArea = append(f.ByArea, af)
	}
}

// redactAudit withholds from the events' details, reasons and changes every figure of the fund
// that the viewer's own fund would suppress, when the viewer's per-area
// scope sets a minimum of contributors. Texts are written without pool
// figures in the first place (coalition.Ledger.Draw); this is the safety
// net for any that slip through.
func (s *Service) redactAudit(ctx context.Context, l coalition.List[coalition.AuditEvent]) (coalition.List[coalition.AuditEvent], error) {
	sc := s.ask(ctx, authz.FundByAreaRead)
	if sc.Granted && sc.MinContributors == 0 || len(l.Items) == 0 {
		return l, nil
	}
	led, err := s.ledger(ctx)
	if err != nil {
		return l, err
	}
	// A viewer that may not read per-area figures at all reads none of
	// them in a text either.
	if !sc.Granted {
		sc.MinContributors = math.MaxInt
	}
	d := disclosure(ctx, sc, led)
	for i := range l.Items {
		ev := &l.Items[i]
		ev.Detail, ev.Reason = d.Redact(ev.Detail), d.Redact(ev.Reason)
		for j := range ev.Changes {
			c := &ev.Changes[j]
			for _, v := range []**string{&c.Before, &c.After} {
				if *v != nil {
					r := d.Redact(**v)
					*v = &r
				}
			}
		}
	}
	return l, nil
}

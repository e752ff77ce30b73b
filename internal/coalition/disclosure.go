package coalition

import (
	"regexp"
	"slices"
)

// Figure is one amount the fund publishes for a pool, with the nations
// whose money it sums.
type Figure struct {
	// Name says which amount this is ("pledged", "received"); the same
	// name across pools adds up to the fund's total of that name.
	Name   string
	Amount Money
	// Givers are the nations whose money makes up Amount; nil means the
	// pool's Givers.
	Givers []string
	// TotalOnly figures are published only as the fund's total, never per
	// pool (in-kind value): they hide no pool, but their total is hidden
	// where it would sum the money of too few other nations.
	TotalOnly bool
}

// DisclosedPool is one pool of the fund as the disclosure rule sees it.
type DisclosedPool struct {
	Pool Pool
	// Givers are the nations with a contribution in the pool.
	Givers  []string
	Figures []Figure
}

// Disclosure is what one viewer may see of the fund's pools: statistical
// disclosure control, as statistics offices publish tables of few
// respondents (see the threat model in policies/README.md).
//
//   - Primary suppression: a pool where fewer than Threshold nations other
//     than the viewer's gave, or where one of its figures sums the money of
//     between 1 and Threshold-1 such nations. The viewer's own nation never
//     counts, since it knows its own part and would learn the rest.
//   - Secondary suppression: the fund's totals minus the pools shown give
//     the sum of the hidden ones, so more pools are hidden until that sum
//     covers at least Threshold other nations, for the pool and for each
//     figure (or none at all). The pools are chosen from the other
//     nations' givers only, never from amounts or from the viewer's own
//     contributions: nothing the viewer does changes which pools are
//     hidden, so snapshots around its own pledges and cancellations differ
//     only by what it already knows.
//   - Totals: where even every pool together falls short (a coalition of
//     fewer than Threshold other givers, or a figure that few gave to), the
//     totals of the figures concerned are hidden as well.
type Disclosure struct {
	Viewer    string
	Threshold int
	// Suppressed pools show no figure and no count of givers.
	Suppressed map[Pool]bool
	// Primary are the suppressed pools that fall short themselves; the
	// others in Suppressed are hidden so that these cannot be derived.
	Primary map[Pool]bool
	// HiddenTotals names the figures whose fund totals must be hidden;
	// AllTotals hides every total.
	HiddenTotals map[string]bool
	AllTotals    bool
	hidden       []Money
}

// Disclose decides which of pools the viewer's nation may see, for a
// threshold of n nations (the policy's min-contributors:n). A threshold
// below 1 shows everything.
func Disclose(pools []DisclosedPool, viewer string, n int) Disclosure {
	d := Disclosure{Viewer: viewer, Threshold: n, Suppressed: map[Pool]bool{},
		Primary: map[Pool]bool{}, HiddenTotals: map[string]bool{}}
	if n < 1 {
		return d
	}
	for _, p := range pools {
		if len(others(p.Givers, viewer)) < n || slices.ContainsFunc(p.Figures, func(f Figure) bool {
			return !f.TotalOnly && short(len(others(figureGivers(p, f), viewer)), n)
		}) {
			d.Primary[p.Pool], d.Suppressed[p.Pool] = true, true
		}
	}
	for len(d.Suppressed) > 0 && len(d.Suppressed) < len(pools) {
		lacking := d.lacking(pools)
		if len(lacking) == 0 {
			break
		}
		d.Suppressed[d.complement(pools, lacking)] = true
	}
	all := map[Pool]bool{}
	for _, p := range pools {
		all[p.Pool] = true
	}
	for _, name := range figureNames(pools, true) {
		if short(len(givers(pools, all, viewer, &name)), n) {
			d.HiddenTotals[name] = true
		}
	}
	if len(d.Suppressed) == len(pools) {
		for _, name := range d.lacking(pools) {
			if name == "" {
				d.AllTotals = true
			} else {
				d.HiddenTotals[name] = true
			}
		}
	}
	totals := map[string]Money{}
	for _, p := range pools {
		for _, f := range p.Figures {
			totals[f.Name] += f.Amount
			if d.Suppressed[p.Pool] || f.TotalOnly {
				d.hidden = append(d.hidden, f.Amount)
			}
		}
	}
	for name, m := range totals {
		if !d.ShowsTotal(name) {
			d.hidden = append(d.hidden, m)
		}
	}
	return d
}

// Shows reports whether the viewer may see pool p's figures.
func (d Disclosure) Shows(p Pool) bool { return !d.Suppressed[p] }

// ShowsTotal reports whether the viewer may see the fund's total of the
// figure named name.
func (d Disclosure) ShowsTotal(name string) bool { return !d.AllTotals && !d.HiddenTotals[name] }

// Withheld stands in a text for a figure its reader may not see.
const Withheld = "(withheld)"

// Amount formats m, a figure of pool p, for this viewer: Withheld where p
// is suppressed. Compose every text a viewer reads (an error's message)
// with it.
func (d Disclosure) Amount(p Pool, m Money) string {
	if d.Suppressed[p] {
		return Withheld
	}
	return m.String()
}

var amountInText = regexp.MustCompile(`-?\d+\.\d{2}\b`)

// Redact replaces, in a text composed before the viewer read it (an audit
// event's detail), every amount equal to a figure this viewer may not see
// (of a suppressed pool, a hidden total, a figure shown only as a total).
// It is a safety net over the figures as they stand now, and may withhold
// an unrelated amount that happens to be equal: a text written when the
// figures differed is caught only by never writing pool figures into texts
// that others read (see policies/README.md).
func (d Disclosure) Redact(text string) string {
	if len(d.hidden) == 0 {
		return text
	}
	return amountInText.ReplaceAllStringFunc(text, func(s string) string {
		m, err := ParseMoney(s)
		if err == nil && slices.Contains(d.hidden, m) {
			return Withheld
		}
		return s
	})
}

// lacking lists what the suppressed pools' sum (the totals minus the pools
// shown) would disclose of too few other nations: "" for the pool's givers,
// else a figure's name.
func (d Disclosure) lacking(pools []DisclosedPool) []string {
	var out []string
	if len(givers(pools, d.Suppressed, d.Viewer, nil)) < d.Threshold {
		out = append(out, "")
	}
	for _, name := range figureNames(pools, false) {
		if short(len(givers(pools, d.Suppressed, d.Viewer, &name)), d.Threshold) {
			out = append(out, name)
		}
	}
	return out
}

// complement picks the pool to hide next: among those shown, one that adds
// other givers to what lacks, and among those the one with the fewest other
// givers (the least lost), then the first in order. Only other nations'
// givers decide, never amounts or the viewer's own contributions.
func (d Disclosure) complement(pools []DisclosedPool, lacking []string) Pool {
	var best Pool
	found, bestAdds, bestSize := false, false, 0
	for _, p := range pools {
		if d.Suppressed[p.Pool] {
			continue
		}
		with := map[Pool]bool{p.Pool: true}
		for a := range d.Suppressed {
			with[a] = true
		}
		adds := false
		for _, name := range lacking {
			var fig *string
			if name != "" {
				fig = &name
			}
			adds = adds || len(givers(pools, with, d.Viewer, fig)) > len(givers(pools, d.Suppressed, d.Viewer, fig))
		}
		size := len(others(p.Givers, d.Viewer))
		if !found || adds && !bestAdds || adds == bestAdds && size < bestSize {
			best, found, bestAdds, bestSize = p.Pool, true, adds, size
		}
	}
	return best
}

// short reports whether k other nations are too few to publish their sum:
// none is fine (the sum is nobody's money), 1 to n-1 are too few.
func short(k, n int) bool { return k > 0 && k < n }

// others are the nations in givers other than the viewer's, each once.
func others(givers []string, viewer string) map[string]bool {
	out := map[string]bool{}
	for _, g := range givers {
		if g != viewer {
			out[g] = true
		}
	}
	return out
}

func figureGivers(p DisclosedPool, f Figure) []string {
	if f.Givers == nil {
		return p.Givers
	}
	return f.Givers
}

// givers are the other nations behind the pools in set: behind the figure
// named *fig, or behind anything when fig is nil.
func givers(pools []DisclosedPool, set map[Pool]bool, viewer string, fig *string) map[string]bool {
	out := map[string]bool{}
	for _, p := range pools {
		if !set[p.Pool] {
			continue
		}
		var gs []string
		if fig == nil {
			gs = p.Givers
		}
		for _, f := range p.Figures {
			if fig != nil && f.Name == *fig {
				gs = append(gs, figureGivers(p, f)...)
			}
		}
		for g := range others(gs, viewer) {
			out[g] = true
		}
	}
	return out
}

// figureNames lists the names of the figures shown per pool, or of those
// shown only as totals.
func figureNames(pools []DisclosedPool, totalOnly bool) []string {
	var out []string
	for _, p := range pools {
		for _, f := range p.Figures {
			if f.TotalOnly == totalOnly && !slices.Contains(out, f.Name) {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

package bench

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"
)

// side is one side's figures in a scenario.
type side struct {
	label      string
	n          int
	p50, p99   time.Duration
	perSecond  float64
	commands   float64 // store commands per request
	allocs     float64 // heap allocations per request, whole process
	sampleTime time.Duration
}

func summarize(label string, t tally) side {
	s := side{label: label, n: len(t.latencies), sampleTime: t.elapsed}
	if s.n == 0 {
		return s
	}
	lat := slices.Clone(t.latencies)
	slices.Sort(lat)
	s.p50, s.p99 = quantile(lat, 0.50), quantile(lat, 0.99)
	s.perSecond = float64(s.n) / t.elapsed.Seconds()
	s.commands = float64(t.commands) / float64(s.n)
	s.allocs = float64(t.mallocs) / float64(s.n)
	return s
}

// quantile is the nearest-rank quantile q of sorted.
func quantile(sorted []time.Duration, q float64) time.Duration {
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	return sorted[max(i, 0)]
}

// check is one target of the issue, met or missed.
type check struct {
	target string
	got    string
	pass   bool
}

// result is one scenario's row group.
type result struct {
	name   string
	a, b   side
	checks []check
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return math.NaN()
	}
	return a / b
}

func (r result) p50Ratio() float64 { return ratio(float64(r.a.p50), float64(r.b.p50)) }
func (r result) p99Ratio() float64 { return ratio(float64(r.a.p99), float64(r.b.p99)) }
func (r result) rateRatio() float64 {
	return ratio(r.a.perSecond, r.b.perSecond)
}

// atMost and atLeast build the checks of a ratio against its target.
func atMost(what string, got, limit float64) check {
	return check{target: fmt.Sprintf("%s <= %.2f", what, limit), got: fmt.Sprintf("%.2f", got), pass: got <= limit}
}

func atLeast(what string, got, limit float64) check {
	return check{target: fmt.Sprintf("%s >= %.2f", what, limit), got: fmt.Sprintf("%.2f", got), pass: got >= limit}
}

func ms(d time.Duration) string {
	switch {
	case d < 10*time.Millisecond:
		return fmt.Sprintf("%.3fms", float64(d)/float64(time.Millisecond))
	case d < time.Second:
		return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
	}
	return fmt.Sprintf("%.2fs", d.Seconds())
}

func signed(d time.Duration) string {
	if d < 0 {
		return "-" + ms(-d)
	}
	return "+" + ms(d)
}

const rowFormat = "%-40s %-12s %6s %10s %10s %9s %9s %11s\n"

// printTable writes the table: per scenario a row per side, their ratio, and a
// line per target with PASS or MISS.
func printTable(w io.Writer, results []result) (met, total int) {
	fmt.Fprintf(w, rowFormat, "scenario", "side", "n", "p50", "p99", "req/s", "cmds/req", "allocs/req")
	for _, r := range results {
		for i, s := range []side{r.a, r.b} {
			name := ""
			if i == 0 {
				name = r.name
			}
			fmt.Fprintf(w, rowFormat, name, s.label, fmt.Sprint(s.n), ms(s.p50), ms(s.p99),
				fmt.Sprintf("%.1f", s.perSecond), fmt.Sprintf("%.2f", s.commands), fmt.Sprintf("%.0f", s.allocs))
		}
		fmt.Fprintf(w, rowFormat, "", "ratio", "", fmt.Sprintf("%.2f", r.p50Ratio()), fmt.Sprintf("%.2f", r.p99Ratio()),
			fmt.Sprintf("%.2f", r.rateRatio()), fmt.Sprintf("%.2f", ratio(r.a.commands, r.b.commands)), fmt.Sprintf("%.2f", ratio(r.a.allocs, r.b.allocs)))
		for _, c := range r.checks {
			verdict := "MISS"
			if c.pass {
				verdict = "PASS"
				met++
			}
			total++
			fmt.Fprintf(w, "%-40s %-12s %s: %s  %s\n", "", "target", c.target, c.got, verdict)
		}
		if len(r.checks) == 0 {
			fmt.Fprintf(w, "%-40s %-12s %s\n", "", "target", "none set; shown for the record")
		}
		fmt.Fprintf(w, "%-40s %-12s %s - %s: %s at p50, %+.0f allocations and %+.2f store commands per request\n", "", "difference",
			r.a.label, r.b.label, signed(r.a.p50-r.b.p50), r.a.allocs-r.b.allocs, r.a.commands-r.b.commands)
	}
	fmt.Fprintf(w, "\ntargets met: %d of %d\n", met, total)
	return met, total
}

// header says what was measured, where, and how.
func header(w io.Writer, cfg Config, store string) {
	fmt.Fprintln(w, "IT Coalition API benchmark: the service against the raw driver, one process, one store, alternating rounds")
	fmt.Fprintf(w, "store: %s; seeded %d requests, %d orders, %d contributions beside the demo coalition\n",
		store, cfg.Sizes.Requests, cfg.Sizes.Orders, cfg.Sizes.Contributions)
	fmt.Fprintf(w, "load: %d concurrent clients over loopback HTTP; %v per scenario in rounds of %v per side (a b, b a, ...)\n",
		cfg.Concurrency, cfg.Duration, cfg.Duration/time.Duration(2*cfg.Rounds))
	fmt.Fprintln(w, "ratios are first side / second side; allocs/req counts the whole process (client, server and embedded store)")
	fmt.Fprintln(w, strings.Repeat("-", 115))
}

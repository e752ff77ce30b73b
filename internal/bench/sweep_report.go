package bench

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

// printSweep prints each size's figures, then the ratios against issue
// 11's targets between the smallest and the largest size.
func printSweep(w io.Writer, cfg SweepConfig, rs []sizeResult, ferret []ferretResult) {
	fmt.Fprintln(w, "IT Coalition API size sweep: the real service on the embedded SQLite store, over loopback HTTP")
	fmt.Fprintf(w, "sizes (orders; requests = orders/5, contributions = orders/10, audit events = orders): %v; %d samples per query, one client; mixed load: %d clients for %v\n",
		cfg.Orders, cfg.Samples, cfg.Concurrency, cfg.Mixed)
	fmt.Fprintln(w, strings.Repeat("-", 110))
	fmt.Fprintf(w, "%-28s %9s %10s %10s %10s %10s %7s\n", "query", "orders", "p50", "p99", "SQL p50", "app/SQL", "errors")
	for _, q := range sweepOrder {
		for _, r := range rs {
			sqlCol, rat := "-", "-"
			if s, ok := r.sqlP50[q]; ok {
				sqlCol, rat = ms(s), fmt.Sprintf("%.2f", ratio(float64(r.p50[q]), float64(s)))
			}
			fmt.Fprintf(w, "%-28s %9d %10s %10s %10s %10s %7d\n", q, r.orders, ms(r.p50[q]), ms(r.p99[q]), sqlCol, rat, r.errs[q])
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%9s %12s %12s %10s %14s %12s %8s %12s\n", "orders", "start", "peak RSS", "disk", "mixed req/s", "mixed p99", "errors", "floor p50")
	for _, r := range rs {
		fmt.Fprintf(w, "%9d %12s %10.0fMB %8.1fMB %14.1f %12s %8d %12s\n", r.orders, ms(r.start), r.rssMB, r.diskMB, r.mixedRate, ms(r.mixedP99), r.mixedErrs, ms(r.floor))
	}
	fmt.Fprintln(w, "(floor: {__typename} over HTTP with the same token, the fixed cost of a request: transport, token, admission, GraphQL)")
	if len(ferret) > 0 {
		fmt.Fprintf(w, "\nthe same app queries on the MongoDB store over the in-process FerretDB v1 (%d samples each, one client):\n", cfg.FerretSamples)
		fmt.Fprintf(w, "%-28s %9s %10s %10s %14s %7s\n", "query", "orders", "p50", "p99", "FerretDB/SQLite", "errors")
		for _, q := range sweepOrder {
			for _, f := range ferret {
				rat := "-"
				if s, ok := sameSize(rs, f.orders); ok {
					rat = fmt.Sprintf("%.1f", ratio(float64(f.p50[q]), float64(s.p50[q])))
				}
				fmt.Fprintf(w, "%-28s %9d %10s %10s %14s %7d\n", q, f.orders, ms(f.p50[q]), ms(f.p99[q]), rat, f.errs[q])
			}
		}
	}
	if len(rs) < 2 {
		return
	}
	lo, hi := rs[0], rs[len(rs)-1]
	fmt.Fprintf(w, "\ntargets (issue 11), %d orders against %d:\n", hi.orders, lo.orders)
	met, all := 0, 0
	target := func(what string, got, limit float64) {
		all++
		verdict := "MISS"
		if got <= limit { // NaN (nothing measured) misses
			verdict, met = "PASS", met+1
		}
		fmt.Fprintf(w, "  %-62s %8.2f <= %.1f  %s\n", what, got, limit, verdict)
	}
	atLeast := func(what string, got, limit float64) {
		all++
		verdict := "MISS"
		if got >= limit {
			verdict, met = "PASS", met+1
		}
		fmt.Fprintf(w, "  %-62s %8.1f >= %.0f  %s\n", what, got, limit, verdict)
	}
	for _, q := range sweepOrder {
		target("growth p50("+fmt.Sprint(hi.orders)+")/p50("+fmt.Sprint(lo.orders)+"): "+q, ratio(float64(hi.p50[q]), float64(lo.p50[q])), 1.5)
	}
	for _, q := range sweepOrder {
		if s, ok := hi.sqlP50[q]; ok {
			target("app vs same SQL on the same file, p50: "+q, ratio(float64(hi.p50[q]), float64(s)), 2)
			fmt.Fprintf(w, "  %-62s %8.2f (for the record: the app less the floor, against the SQL)\n", "  less the floor: "+q, ratio(float64(hi.p50[q]-hi.floor), float64(s)))
		}
	}
	target("approveOrder p50 vs pledgeContribution p50 at the largest size", ratio(float64(hi.p50[qApprove]), float64(hi.p50[qPledge])), 2)
	target("start until ready", ratio(float64(hi.start), float64(lo.start)), 2)
	target("peak RSS", ratio(hi.rssMB, lo.rssMB), 2)
	for _, f := range ferret {
		s, ok := sameSize(rs, f.orders)
		if !ok {
			continue
		}
		for _, q := range sweepOrder {
			atLeast(fmt.Sprintf("FerretDB p50 / SQLite p50 at %d: %s", f.orders, q), ratio(float64(f.p50[q]), float64(s.p50[q])), 50)
		}
	}
	fmt.Fprintf(w, "targets met: %d of %d\n", met, all)
}

// sameSize finds the SQLite result at the given size.
func sameSize(rs []sizeResult, orders int) (sizeResult, bool) {
	for _, r := range rs {
		if r.orders == orders {
			return r, true
		}
	}
	return sizeResult{}, false
}

// plotSVG draws each query's p50 against the coalition's size, both axes
// logarithmic, one line per query: solid on SQLite, dashed on FerretDB.
func plotSVG(rs []sizeResult, ferret []ferretResult) []byte {
	const W, H, L, R, T, B = 760, 440, 70, 230, 30, 50
	// Each store's p50s per query, by size.
	type series struct {
		dash   string
		orders []int
		p50    []map[string]time.Duration
	}
	var sq, fe series
	fe.dash = ` stroke-dasharray="6 4"`
	for _, r := range rs {
		sq.orders, sq.p50 = append(sq.orders, r.orders), append(sq.p50, r.p50)
	}
	for _, f := range ferret {
		fe.orders, fe.p50 = append(fe.orders, f.orders), append(fe.p50, f.p50)
	}
	minX, maxX := math.MaxInt, 0
	var minY, maxY = math.Inf(1), math.Inf(-1)
	for _, sr := range []series{sq, fe} {
		for i, n := range sr.orders {
			minX, maxX = min(minX, n), max(maxX, n)
			for _, q := range sweepOrder {
				if v := float64(sr.p50[i][q]) / 1e6; v > 0 {
					minY, maxY = math.Min(minY, v), math.Max(maxY, v)
				}
			}
		}
	}
	lx0, lx1 := math.Log10(float64(minX)), math.Log10(float64(maxX))
	if lx1 == lx0 {
		lx1 = lx0 + 1
	}
	ly0, ly1 := math.Floor(math.Log10(minY)), math.Ceil(math.Log10(maxY))
	if ly1 == ly0 {
		ly1 = ly0 + 1
	}
	x := func(n int) float64 { return L + (math.Log10(float64(n))-lx0)/(lx1-lx0)*(W-L-R) }
	y := func(v float64) float64 { return H - B - (math.Log10(v)-ly0)/(ly1-ly0)*(H-T-B) }
	colors := []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"}
	var b strings.Builder
	// The xmlns value is the SVG namespace's name, never fetched: the plot
	// is a file the bench writes, with no external reference.
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", W, H)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", W, H)
	title := "p50 per query against coalition size (SQLite store, over HTTP; log-log)"
	if len(ferret) > 0 {
		title = "p50 per query against coalition size, over HTTP (solid: SQLite; dashed: FerretDB; log-log)"
	}
	fmt.Fprintf(&b, `<text x="%d" y="18" font-size="14">%s</text>`+"\n", L, title)
	for e := ly0; e <= ly1; e++ {
		v := math.Pow(10, e)
		fmt.Fprintf(&b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#ddd"/><text x="%d" y="%.1f" text-anchor="end">%gms</text>`+"\n", L, W-R, y(v), y(v), L-6, y(v)+4, v)
	}
	for _, n := range sq.orders {
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#ddd"/><text x="%.1f" y="%d" text-anchor="middle">%d</text>`+"\n", x(n), x(n), T, H-B, x(n), H-B+16, n)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">orders (requests = orders/5, contributions = orders/10, audit events = orders)</text>`+"\n", (W-R+L)/2, H-12)
	for i, q := range sweepOrder {
		c := colors[i%len(colors)]
		for _, sr := range []series{sq, fe} {
			var pts []string
			for j, n := range sr.orders {
				if v := float64(sr.p50[j][q]) / 1e6; v > 0 {
					pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(n), y(v)))
				}
			}
			if len(pts) > 0 {
				fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2"%s points="%s"/>`+"\n", c, sr.dash, strings.Join(pts, " "))
			}
		}
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="12" height="3" fill="%s"/><text x="%d" y="%d">%s</text>`+"\n", W-R+12, T+20+i*18, c, W-R+30, T+25+i*18, q)
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

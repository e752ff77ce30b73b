package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/bench"
)

// The tests link the in-process FerretDB that the default binary leaves out.
func init() { startFerretDB = apptest.StartFerretDB }

// TestBenchPrintsEveryScenario runs the bench command small and short, so
// that the command cannot rot: every scenario prints both sides and their
// ratio with numbers, and the targets are summed up.
func TestBenchPrintsEveryScenario(t *testing.T) {
	var out, progress bytes.Buffer
	args := []string{"bench", "-mode", "layers", "-requests", "50", "-orders", "200", "-contributions", "50", "-duration", "200ms", "-rounds", "2"}
	if err := run(t.Context(), args, func(string) string { return "" }, &out, &progress); err != nil {
		t.Fatalf("bench: %v\nprogress:\n%s\ntable:\n%s", err, &progress, &out)
	}
	lines := strings.Split(out.String(), "\n")
	number := regexp.MustCompile(`^[0-9]+(\.[0-9]+)?(ms|s)?$`)
	// numbers reads the figures of a row: the columns after the scenario
	// name (40 wide) and the side (12 wide).
	numbers := func(line string) []string {
		if len(line) < 54 {
			return nil
		}
		var out []string
		for _, f := range strings.Fields(line[54:]) {
			if !number.MatchString(f) {
				return nil
			}
			out = append(out, f)
		}
		return out
	}
	for _, name := range bench.Scenarios {
		t.Run(name, func(t *testing.T) {
			at := -1
			for i, l := range lines {
				if strings.HasPrefix(l, name+" ") {
					at = i
					break
				}
			}
			if at < 0 || at+2 >= len(lines) {
				t.Fatalf("no row for %q in\n%s", name, &out)
			}
			tests := []struct {
				row  string
				line string
				want int
			}{
				{"first side", lines[at], 6},
				{"second side", lines[at+1], 6},
				{"ratio", lines[at+2], 5},
			}
			for _, tc := range tests {
				if got := len(numbers(tc.line)); got != tc.want {
					t.Errorf("%s row has %d figures, want %d: %q", tc.row, got, tc.want, tc.line)
				}
			}
			if !strings.Contains(lines[at+3], "target") {
				t.Errorf("no target line after the ratio: %q", lines[at+3])
			}
		})
	}
	if !regexp.MustCompile(`(?m)^targets met: [0-9]+ of 7$`).MatchString(out.String()) {
		t.Errorf("no summary of the 7 targets in\n%s", &out)
	}
}

// TestBenchSweepPrintsEverySize runs the default sweep small: a row per
// query and size with figures, the targets summed up, and the plot drawn
// with a line per query.
func TestBenchSweepPrintsEverySize(t *testing.T) {
	var out, progress bytes.Buffer
	svg := filepath.Join(t.TempDir(), "sweep.svg")
	args := []string{"bench", "-sizes", "200,400", "-samples", "5", "-mixed", "300ms", "-svg", svg, "-ferretdb-sizes", "200", "-ferretdb-samples", "3"}
	if err := run(t.Context(), args, func(string) string { return "" }, &out, &progress); err != nil {
		t.Fatalf("bench: %v\nprogress:\n%s\ntable:\n%s", err, &progress, &out)
	}
	for _, q := range []string{"20 requests with their orders", "orders, page of 20", "fund with byArea", "audit log, first page",
		"order by id (random rows)", "pledgeContribution", "approveOrder"} {
		for _, n := range []string{"200", "400"} {
			row := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(q) + ` +` + n + ` +[0-9.]+ms +[0-9.]+ms .* 0$`)
			if !row.MatchString(out.String()) {
				t.Errorf("no row with figures and no errors for %q at %s orders in\n%s", q, n, &out)
			}
		}
	}
	// Each size's floor ({__typename} over HTTP), in the last column.
	for _, n := range []string{"200", "400"} {
		if !regexp.MustCompile(`(?m)^ +` + n + ` .* [0-9.]+ms$`).MatchString(out.String()) {
			t.Errorf("no floor p50 at %s orders in\n%s", n, &out)
		}
	}
	// The FerretDB side: each query at 200 orders with its ratio to SQLite.
	for _, q := range []string{"20 requests with their orders", "orders, page of 20", "fund with byArea", "audit log, first page",
		"order by id (random rows)", "pledgeContribution", "approveOrder"} {
		row := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(q) + ` +200 +[0-9.]+m?s +[0-9.]+m?s +[0-9.]+ +0$`)
		if !row.MatchString(out.String()) {
			t.Errorf("no FerretDB row with figures, a ratio and no errors for %q in\n%s", q, &out)
		}
		if !strings.Contains(out.String(), "FerretDB p50 / SQLite p50 at 200: "+q) {
			t.Errorf("no FerretDB target for %q in\n%s", q, &out)
		}
	}
	if !regexp.MustCompile(`(?m)^targets met: [0-9]+ of 22$`).MatchString(out.String()) {
		t.Errorf("no summary of the targets in\n%s", &out)
	}
	b, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "<polyline"); n != 14 {
		t.Errorf("the plot has %d lines, want one per query and store (14)", n)
	}
	if n := strings.Count(string(b), "stroke-dasharray"); n != 7 {
		t.Errorf("the plot has %d dashed lines, want one per query on FerretDB (7)", n)
	}
}

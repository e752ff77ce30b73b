package graph_test

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/itcoalition/api/graph"
	"github.com/itcoalition/api/internal/apptest"
)

// cpuBudget is the most CPU one request within the limits may cost.
const cpuBudget = 100 * time.Millisecond

// processCPU is the CPU time (user and system) this process has used; the
// service under test runs inside it.
func processCPU(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatalf("getrusage: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// requestCPU sends query through the real HTTP handler and returns the
// process CPU it cost, the least of up to three sends. Each send carries a
// new comment, so the query cache never spares the parse and validation.
// A send far over budget is not repeated: it is not noise.
func requestCPU(t *testing.T, s *apptest.Server, token, query string) (time.Duration, apptest.Response) {
	t.Helper()
	best, last := time.Duration(1<<62), apptest.Response{}
	for i := range 3 {
		q := fmt.Sprintf("%s\n# send %d %d", query, i, time.Now().UnixNano())
		before := processCPU(t)
		last = s.Query(token, q, nil)
		best = min(best, processCPU(t)-before)
		if best < cpuBudget/2 || best > 5*cpuBudget {
			break
		}
	}
	return best, last
}

// floodShapes are documents under the token limit that make validation
// (before the depth, alias and complexity limits) do quadratic or cubic
// work. Each must be refused cheaply with QUERY_TOO_COMPLEX. Their sizes
// keep today's cost at seconds, not minutes.
func floodShapes() map[string]string {
	r := strings.Repeat
	var frags, spreads, ops, opsFrags strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&frags, " fragment F%d on Query { __typename }", i)
		fmt.Fprintf(&spreads, " ...F%d", i)
	}
	for i := range 400 {
		fmt.Fprintf(&ops, " query Q%d { ...G }", i)
	}
	for i := range 100 {
		fmt.Fprintf(&opsFrags, " query P%d { ...H0 ...H1 ...H2 ...H3 ...H4 }", i)
	}
	for i := range 5 {
		fmt.Fprintf(&opsFrags, " fragment H%d on Query {%s }", i, r(" __typename", 300))
	}
	return map[string]string{
		"one field repeated 4,000 times":                     "{" + r(" __typename", 4000) + " }",
		"one object field repeated 2,000 times":              "{" + r(" me { sub }", 2000) + " }",
		"one fragment spread 4,900 times":                    "{" + r(" ...F", 4900) + " } fragment F on Query { __typename }",
		"1,000 fragments spread together":                    "{" + spreads.String() + " }" + frags.String(),
		"inline fragments nested 500 deep":                   "{" + r(" ... { __typename", 500) + r(" }", 500) + " }",
		"typed inline fragments nested 400 deep":             "{" + r(" ... on Query { __typename", 400) + r(" }", 400) + " }",
		"400 operations spreading one large fragment":        ops.String() + " fragment G on Query {" + r(" __typename", 4000) + " }",
		"100 operations spreading five fragments each":       opsFrags.String(),
		"fields repeated under repeated parents (2,000 all)": "{" + r(" me { sub sub sub sub sub sub sub sub sub }", 200) + " }",
	}
}

// withinShapes are the worst documents the default limits let through to
// validation: as many selections as allowed, arranged so that validation
// compares as many pairs of fields as it can.
func withinShapes() map[string]string {
	r := strings.Repeat
	l := graph.DefaultLimits
	set, all := l.SelectionSet, l.Selections
	// Parents of one name, each with children of one name: every pair of
	// parents compares every pair of their children.
	perParent := 0
	for perParent*perParent < all/2 {
		perParent++
	}
	parents := min(set, all/(perParent+1))
	children := min(set, all/parents-1)
	// Inline fragments nested as deep as the selections allow.
	var tower strings.Builder
	levels := 0
	for used := 0; ; levels++ {
		// Level i holds an inline fragment of weight i+1 and a field of
		// weight i+2 (see scanner.count).
		if used += 2*levels + 3; used > all {
			break
		}
	}
	tower.WriteString("{")
	tower.WriteString(r(" ... { __typename", levels))
	tower.WriteString(r(" }", levels))
	tower.WriteString(" }")
	// Operations that each spread one fragment as large as allowed.
	frag := set - 1
	var ops strings.Builder
	for i := range (all - frag) / (frag + 1) {
		fmt.Fprintf(&ops, " query Q%d { ...G }", i)
	}
	// Fields of one response name that conflict, with argument values as
	// large as the tokens allow (compared for every pair).
	list := "[" + r("1 ", l.ParserTokens/set-15) + "]"
	var conflicts strings.Builder
	conflicts.WriteString("{")
	for i := range set {
		if i%2 == 0 {
			fmt.Fprintf(&conflicts, " x: nation(code: %s) { name }", list)
		} else {
			conflicts.WriteString(" x: __typename")
		}
	}
	conflicts.WriteString(" }")
	return map[string]string{
		"one field, a full selection set":     "{" + r(" __typename", set) + " }",
		"conflicting fields, large arguments": conflicts.String(),
		"same field, large arguments":         "{" + r(" nation(code: "+list+") { name }", set) + " }",
		"repeated parents and children":       "{" + r(" me {"+r(" sub", children)+" }", parents) + " }",
		"inline fragments nested":             tower.String(),
		"operations sharing a fragment":       ops.String() + " fragment G on Query {" + r(" __typename", frag) + " }",
		"fragments spread together": func() string {
			var b strings.Builder
			n := set / 2
			b.WriteString("{")
			for i := range n {
				fmt.Fprintf(&b, " ...F%d", i)
			}
			b.WriteString(" }")
			for i := range n {
				fmt.Fprintf(&b, " fragment F%d on Query { __typename }", i)
			}
			return b.String()
		}(),
	}
}

// TestValidationFloodCPU sends the worst documents found through the real
// HTTP handler and measures the process's CPU time around each: a flood is
// refused with QUERY_TOO_COMPLEX, and nothing costs more than cpuBudget.
func TestValidationFloodCPU(t *testing.T) {
	if testing.Short() {
		t.Skip("measures CPU of large documents")
	}
	s := apptest.Start(t)
	token := s.Token("chair", "EE")
	base, _ := requestCPU(t, s, token, `{ me { sub } }`)
	t.Logf("baseline { me { sub } }: %v CPU", base)
	for name, q := range floodShapes() {
		cost, r := requestCPU(t, s, token, q)
		t.Logf("flood %-52s %6d bytes: %v CPU, codes %q", name, len(q), cost, first(r.Codes()))
		if cost > cpuBudget {
			t.Errorf("%s costs %v of CPU, more than %v", name, cost, cpuBudget)
		}
		if len(r.Errors) == 0 || r.Errors[0].Code() != graph.CodeTooComplex {
			t.Errorf("%s: not refused as too complex: %.300s", name, r.Body)
		}
	}
	for name, q := range withinShapes() {
		cost, r := requestCPU(t, s, token, q)
		t.Logf("within %-51s %6d bytes: %v CPU, codes %q", name, len(q), cost, first(r.Codes()))
		if cost > cpuBudget {
			t.Errorf("%s costs %v of CPU, more than %v", name, cost, cpuBudget)
		}
		for _, e := range r.Errors {
			if e.Code() == graph.CodeTooComplex && strings.Contains(e.Message, "selection") {
				t.Errorf("%s is refused although it is within the limits: %s", name, e.Message)
			}
		}
	}
}

func first(s []string) []string {
	if len(s) > 1 {
		return s[:1]
	}
	return s
}

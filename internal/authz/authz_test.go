package authz

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

const policies = "../../policies"

func load(t testing.TB, dir string) *Enforcer {
	t.Helper()
	e, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// writePolicy makes a policy folder with the shipped model and lines.
func writePolicy(t testing.TB, lines ...string) string {
	t.Helper()
	model, err := os.ReadFile(filepath.Join(policies, "model.conf"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "model.conf"), model, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "policy.csv"), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestDecisionsAreCachedNotPerRow reads a page of 1,000 orders and 1,000
// requests as an observer would: the row types' scopes and the guarded
// fields are asked for every row, yet Casbin evaluates each distinct
// question once.
func TestDecisionsAreCachedNotPerRow(t *testing.T) {
	e := load(t, policies)
	questions := [][3]string{
		{"observer", "Order", "read"},
		{"observer", "Order.amount", "read"},
		{"observer", "Order.supplier", "read"},
		{"observer", "PriorityRequest", "read"},
		{"observer", "PriorityRequest.estimatedCost", "read"},
	}
	askRow := func() {
		for _, q := range questions {
			e.Scope(q[0], q[1], q[2])
		}
	}
	start := e.Evaluations()
	askRow()
	first := e.Evaluations() - start
	if first == 0 {
		t.Fatal("the first row made no Casbin evaluation: the counter does not count")
	}
	if max := int64(len(questions) * len(e.scopes)); first > max {
		t.Errorf("first row: %d evaluations, want at most %d", first, max)
	}
	for range 999 {
		askRow()
	}
	if got := e.Evaluations() - start; got != first {
		t.Errorf("1,000 rows: %d Casbin evaluations, want %d (those of the first row)", got, first)
	}

	// Concurrent requests share the cache (run with -race).
	before := e.Evaluations()
	var wg sync.WaitGroup
	for range 100 {
		wg.Go(func() {
			for range 10 {
				askRow()
			}
		})
	}
	wg.Wait()
	if got := e.Evaluations() - before; got != 0 {
		t.Errorf("1,000 concurrent rows after warm-up: %d Casbin evaluations, want 0", got)
	}
}

// TestCachedCostDoesNotGrowWithPolicy: with 10,000 lines of policy a cached
// decision still costs no evaluation.
func TestCachedCostDoesNotGrowWithPolicy(t *testing.T) {
	for _, n := range []int{10, 10_000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			e := load(t, writePolicy(t, bigPolicy(n)...))
			e.Scope("observer", "Order", "read")
			before := e.Evaluations()
			for range 1000 {
				if !e.Allowed("observer", "Order", "read") {
					t.Fatal("observer may not read Order")
				}
			}
			if got := e.Evaluations() - before; got != 0 {
				t.Errorf("%d evaluations for 1,000 cached decisions, want 0", got)
			}
		})
	}
}

// bigPolicy is n lines: observer reads Order, and filler for other types.
func bigPolicy(n int) []string {
	lines := []string{"p, observer, Order, read, all"}
	for i := 1; i < n; i++ {
		lines = append(lines, fmt.Sprintf("p, member, Filler%d, read, all", i))
	}
	return lines
}

func BenchmarkScopeCached(b *testing.B) {
	for _, n := range []int{10, 10_000} {
		b.Run(fmt.Sprintf("lines=%d", n), func(b *testing.B) {
			e := load(b, writePolicy(b, bigPolicy(n)...))
			e.Scope("observer", "Order", "read")
			before := e.Evaluations()
			for b.Loop() {
				e.Scope("observer", "Order", "read")
			}
			b.ReportMetric(float64(e.Evaluations()-before)/float64(b.N), "evals/op")
		})
	}
}

func TestScope(t *testing.T) {
	e := load(t, policies)
	tests := []struct {
		role, obj, act string
		want           Scope
	}{
		{"chair", "Contribution", "read", Scope{Granted: true, All: true, Lines: []string{"all"}}},
		{"member", "Contribution", "read", Scope{Granted: true, Own: true, Lines: []string{"own"}}},
		{"mod", "Contribution", "read", Scope{}},
		{"observer", "PriorityRequest", "read", Scope{Granted: true,
			Statuses: []string{"APPROVED", "FULFILLED", "IN_PROCUREMENT"},
			Lines:    []string{"status:APPROVED", "status:FULFILLED", "status:IN_PROCUREMENT"}}},
		{"mod", "AuditEvent", "read", Scope{Granted: true, Targets: []string{"Order", "PriorityRequest"},
			Lines: []string{"target:Order", "target:PriorityRequest"}}},
		{"member", "Fund.byArea", "read", Scope{Granted: true, MinContributors: 3, Lines: []string{"min-contributors:3"}}},
		{"chair", "Fund.byArea", "read", Scope{Granted: true, All: true, Lines: []string{"all"}}},
		{"observer", "Order.amount", "read", Scope{}},
		{"nobody", "Nation", "read", Scope{}},
		{"chair", "Nation", "destroy", Scope{}},
	}
	for _, tt := range tests {
		t.Run(tt.role+" "+tt.act+" "+tt.obj, func(t *testing.T) {
			got := e.Scope(tt.role, tt.obj, tt.act)
			if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", tt.want) {
				t.Errorf("Scope = %+v, want %+v", got, tt.want)
			}
			if got.Granted != e.Allowed(tt.role, tt.obj, tt.act) {
				t.Errorf("Allowed disagrees with Scope")
			}
		})
	}
}

// TestScopeUnion: "all" covers narrower lines, suppression included; the
// lowest threshold of several wins.
func TestScopeUnion(t *testing.T) {
	e := load(t, writePolicy(t,
		"p, member, Fund.byArea, read, min-contributors:5",
		"p, member, Fund.byArea, read, min-contributors:3",
		"p, chair, Fund.byArea, read, min-contributors:3",
		"p, chair, Fund.byArea, read, all",
	))
	if got := e.Scope("member", "Fund.byArea", "read").MinContributors; got != 3 {
		t.Errorf("member threshold = %d, want 3", got)
	}
	if got := e.Scope("chair", "Fund.byArea", "read"); !got.All || got.MinContributors != 0 {
		t.Errorf("chair scope = %+v, want all with no suppression", got)
	}
}

func TestLoadRejects(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"unknown scope", "p, chair, Order, read, everyone", `unknown scope "everyone"`},
		{"zero threshold", "p, chair, Fund.byArea, read, min-contributors:0", "min-contributors needs a whole number"},
		{"threshold not a number", "p, chair, Fund.byArea, read, min-contributors:three", "min-contributors needs a whole number"},
		{"status without a name", "p, chair, Order, read, status:", `unknown scope "status:"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writePolicy(t, "p, chair, Nation, read, all", tt.line))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: err = %v, want it to say %q", err, tt.want)
			}
		})
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("Load of an empty folder succeeded")
	}
}

func TestPermissionsAndExplain(t *testing.T) {
	e := load(t, policies)
	perms := e.Permissions("observer")
	if !slices.ContainsFunc(perms, func(p Permission) bool {
		return p.Resource == "Order" && p.Action == "read" && p.Scope == "all" && slices.Equal(p.Operations, []string{"orders", "order"})
	}) {
		t.Errorf("observer permissions lack Order read all: %v", perms)
	}
	for _, p := range perms {
		if p.Resource == "Order.amount" || p.Resource == "AuditEvent" || p.Resource == "Contribution" {
			t.Errorf("observer permissions include %v", p)
		}
	}
	if !slices.IsSortedFunc(perms, func(a, b Permission) int {
		return strings.Compare(a.Resource+" "+a.Action+" "+a.Scope, b.Resource+" "+b.Action+" "+b.Scope)
	}) {
		t.Errorf("permissions not sorted: %v", perms)
	}

	ok, lines := e.Explain("mod", "AuditEvent", "read")
	want := [][]string{{"mod", "AuditEvent", "read", "target:Order"}, {"mod", "AuditEvent", "read", "target:PriorityRequest"}}
	if !ok || !slices.EqualFunc(lines, want, slices.Equal) {
		t.Errorf("Explain = %v, %q; want true, %q", ok, lines, want)
	}
	if ok, lines := e.Explain("observer", "AuditEvent", "read"); ok || len(lines) != 0 {
		t.Errorf("Explain observer AuditEvent read = %v, %q; want a default deny", ok, lines)
	}

	if !e.HasRule("Order", "confirmDelivery") || e.HasRule("Order", "archive") || e.HasRule("Thing", "read") {
		t.Error("HasRule does not follow the policy lines")
	}
	grants := e.Grants()
	if !slices.Contains(grants, Grant{"mod", "Order", "confirmDelivery", "all"}) || slices.Contains(grants, Grant{"observer", "Order.amount", "read", "all"}) {
		t.Errorf("Grants does not follow the policy lines: %v", grants)
	}
}

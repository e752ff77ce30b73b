package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/mongodb"
)

// The four roles of CONTRACT section 4, each with a nation that may use it.
type viewer struct{ role, nation string }

var (
	chair    = viewer{"chair", "EE"}
	member   = viewer{"member", "DK"}
	mod      = viewer{"mod", "UA"}
	observer = viewer{"observer", "GB"}
	viewers  = []viewer{chair, member, mod, observer}
)

func (v viewer) String() string { return v.role + " " + v.nation }

// row is what the access rules look at in a stored row: its id and the
// attributes a scope may filter on.
type row struct {
	id         string
	nation     string   // contributions
	status     string   // requests
	targetType string   // audit events
	nations    []string // audit events
}

// rule says which rows a role sees; a nil keep means every row.
type rule struct {
	name string
	keep func(row) bool
}

func (r rule) apply(rows []row) []string {
	var out []string
	for _, x := range rows {
		if r.keep == nil || r.keep(x) {
			out = append(out, x.id)
		}
	}
	slices.Sort(out)
	return out
}

var (
	every    = rule{"every row", nil}
	nationIs = func(code string) rule {
		return rule{"rows of " + code, func(r row) bool { return r.nation == code }}
	}
	statusIn = func(sts ...string) rule {
		return rule{"status in " + strings.Join(sts, ","), func(r row) bool { return slices.Contains(sts, r.status) }}
	}
	notDraft    = rule{"all but drafts", func(r row) bool { return r.status != string(coalition.Draft) }}
	aboutNation = func(code string) rule {
		return rule{"events about " + code, func(r row) bool { return slices.Contains(r.nations, code) }}
	}
	aboutType = func(types ...string) rule {
		return rule{"events about " + strings.Join(types, ","), func(r row) bool { return slices.Contains(types, r.targetType) }}
	}
)

// truth reads rows straight from the store, past the service and its
// filters: what exists, against which each role's view is checked.
type truth struct {
	t *testing.T
	s *apptest.Server
}

var everything = coalition.Page{First: coalition.MaxFirst}

func (tr truth) nations() []row {
	l, err := tr.s.App.Stores.Nations.List(context.Background(), coalition.NationFilter{}, everything)
	return rowsOf(tr.t, l, err, func(n coalition.Nation) row { return row{id: n.Code} })
}

func (tr truth) contributions() []row {
	l, err := tr.s.App.Stores.Contributions.List(context.Background(), coalition.ContributionFilter{}, everything)
	return rowsOf(tr.t, l, err, func(c coalition.Contribution) row { return row{id: c.ID, nation: c.NationCode} })
}

func (tr truth) requests() []row {
	l, err := tr.s.App.Stores.Requests.List(context.Background(), coalition.RequestFilter{}, everything)
	return rowsOf(tr.t, l, err, func(r coalition.Request) row { return row{id: r.ID, status: string(r.Status)} })
}

func (tr truth) orders() []row {
	l, err := tr.s.App.Stores.Orders.List(context.Background(), coalition.OrderFilter{}, everything)
	return rowsOf(tr.t, l, err, func(o coalition.Order) row { return row{id: o.ID} })
}

func (tr truth) audit() []row {
	l, err := tr.s.App.Stores.Audit.List(context.Background(), coalition.AuditFilter{}, everything)
	return rowsOf(tr.t, l, err, func(e coalition.AuditEvent) row {
		return row{id: e.ID, targetType: e.TargetType, nations: e.Nations}
	})
}

func rowsOf[T any](t *testing.T, l coalition.List[T], err error, conv func(T) row) []row {
	t.Helper()
	if err != nil {
		t.Fatalf("read the store: %v", err)
	}
	if l.HasNext {
		t.Fatal("more rows than one store page")
	}
	out := make([]row, len(l.Items))
	for i, it := range l.Items {
		out[i] = conv(it)
	}
	return out
}

// auditAbout appends audit events about various nations and types, so that
// each role's slice of the log is a proper, non-empty part of it.
func auditAbout(t *testing.T, s *apptest.Server) {
	t.Helper()
	events := []struct {
		targetType string
		nations    []string
	}{
		{"Contribution", []string{"DK"}},
		{"Contribution", []string{"LU"}},
		{"Order", []string{"EE"}},
		{"Order", []string{"EE", "DK"}},
		{"PriorityRequest", []string{"UA"}},
		{"Nation", []string{"GB", "EE"}},
	}
	for i, e := range events {
		ev := coalition.AuditEvent{
			At:    time.Now().UTC().Add(time.Duration(i) * time.Millisecond),
			Actor: coalition.Actor{Sub: "test", Role: "chair", Nation: "EE"}, Action: "test" + e.targetType,
			Target: fmt.Sprint(i), TargetType: e.targetType, Nations: e.nations, Outcome: coalition.OutcomeOK,
		}
		if err := s.App.Stores.Audit.Append(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
	}
}

type connection struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage bool
		EndCursor   *string
	}
	Edges []struct{ Node struct{ ID string } }
}

// TestAccessByRole drives every role against every query and every field
// CONTRACT section 4 restricts, through HTTP, and checks the outcome row by
// row against what the store holds.
func TestAccessByRole(t *testing.T) {
	s := apptest.Start(t)
	auditAbout(t, s)
	tr := truth{t, s}
	token := map[viewer]string{}
	for _, v := range viewers {
		token[v] = s.Token(v.role, v.nation)
	}

	t.Run("me", func(t *testing.T) { testMe(t, s, token) })
	t.Run("lists", func(t *testing.T) { testLists(t, s, tr, token) })
	t.Run("look-ups", func(t *testing.T) { testLookups(t, s, tr, token) })
	t.Run("fields", func(t *testing.T) { testFields(t, s, tr, token) })
	t.Run("fund", func(t *testing.T) { testFund(t, s, token) })
	t.Run("member sees only its nation's contributions", func(t *testing.T) { testMemberContributions(t, s, tr, token) })
	t.Run("arguments cannot widen a scope", func(t *testing.T) { testNarrowingArguments(t, s, token) })
}

// testMe: me.permissions is the decision table's grants for the role.
func testMe(t *testing.T, s *apptest.Server, token map[viewer]string) {
	rows, err := authz.ReadDecisions(filepath.Join(apptest.RepoRoot(), "policies", "decisions.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range viewers {
		t.Run(v.String(), func(t *testing.T) {
			var want []string
			for _, d := range rows {
				if d.Role != v.role || d.Expect == "deny" {
					continue
				}
				for _, sc := range strings.Split(d.Expect, "|") {
					want = append(want, d.Resource+" "+d.Action+" "+sc)
				}
			}
			var got struct {
				Me struct {
					Sub, Role, Nation string
					Permissions       []struct {
						Resource, Action, Scope string
						Operations              []string
					}
				}
			}
			s.MustQuery(token[v], `{ me { sub role nation permissions { resource action scope operations } } }`, nil, &got)
			if got.Me.Sub != v.role+"-"+v.nation || got.Me.Role != v.role || got.Me.Nation != v.nation {
				t.Errorf("me = %s %s %s, want the token's %s-%s %s %s", got.Me.Sub, got.Me.Role, got.Me.Nation, v.role, v.nation, v.role, v.nation)
			}
			var perms, ops []string
			for _, p := range got.Me.Permissions {
				perms = append(perms, p.Resource+" "+p.Action+" "+p.Scope)
				var want []string
				for _, o := range authz.Operations {
					if o.Resource == p.Resource && o.Action == p.Action {
						want = o.Names
					}
				}
				if !slices.Equal(p.Operations, want) && len(p.Operations)+len(want) > 0 {
					t.Errorf("me.permissions %s %s names operations %q, want %q", p.Resource, p.Action, p.Operations, want)
				}
				ops = append(ops, p.Operations...)
			}
			if v.role == "chair" && !slices.Contains(ops, "setNationRole") {
				t.Errorf("a chair's me.permissions name no setNationRole: %q", ops)
			}
			for _, p := range perms {
				if !slices.Contains(want, p) {
					t.Errorf("me.permissions has %q, which decisions.csv does not grant", p)
				}
			}
			for _, w := range want {
				if !slices.Contains(perms, w) {
					t.Errorf("me.permissions lacks %q, which decisions.csv grants", w)
				}
			}
		})
	}
}

// listCase is one connection query and the rows each role sees in it; a
// role absent from see is refused with FORBIDDEN.
type listCase struct {
	field string
	rows  func() []row
	see   map[viewer]rule
}

func listCases(tr truth) []listCase {
	return []listCase{
		{"nations", tr.nations, map[viewer]rule{chair: every, member: every, mod: every, observer: every}},
		{"contributions", tr.contributions, map[viewer]rule{chair: every, member: nationIs("DK")}},
		{"requests", tr.requests, map[viewer]rule{
			chair: notDraft, member: notDraft, mod: every,
			observer: statusIn("APPROVED", "IN_PROCUREMENT", "FULFILLED"),
		}},
		{"orders", tr.orders, map[viewer]rule{chair: every, member: every, mod: every, observer: every}},
		{"auditLog", tr.audit, map[viewer]rule{
			chair: every, member: aboutNation("DK"), mod: aboutType("PriorityRequest", "Order"),
		}},
	}
}

func listQuery(field string) string {
	id := "id"
	if field == "nations" {
		id = "id: code"
	}
	return fmt.Sprintf(`query($first: Int, $after: String) { %s(first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { node { %s } } } }`, field, id)
}

// testLists: each role gets exactly its rows, counted in totalCount, on
// one page and when paging through two at a time.
func testLists(t *testing.T, s *apptest.Server, tr truth, token map[viewer]string) {
	for _, lc := range listCases(tr) {
		for _, v := range viewers {
			t.Run(lc.field+"/"+v.String(), func(t *testing.T) {
				q := listQuery(lc.field)
				rl, ok := lc.see[v]
				if !ok {
					r := s.Query(token[v], q, map[string]any{"first": 100})
					if got := r.Codes(); !slices.Equal(got, []string{"FORBIDDEN"}) {
						t.Fatalf("codes = %v, want [FORBIDDEN]: %s", got, r.Body)
					}
					if p := r.Errors[0].Path; len(p) != 1 || p[0] != lc.field {
						t.Errorf("error path = %v, want [%s]", p, lc.field)
					}
					if string(r.Data) != "null" {
						t.Errorf("data = %s, want null", r.Data)
					}
					return
				}
				all := lc.rows()
				want := rl.apply(all)
				if len(want) == 0 || (rl.keep != nil && len(want) == len(all)) {
					t.Fatalf("the demo data no longer tells %q apart: %d of %d rows", rl.name, len(want), len(all))
				}

				var got map[string]connection
				s.MustQuery(token[v], q, map[string]any{"first": coalition.MaxFirst}, &got)
				c := got[lc.field]
				if c.TotalCount != len(want) {
					t.Errorf("totalCount = %d, want %d (%s of %d rows)", c.TotalCount, len(want), rl.name, len(all))
				}
				if ids := nodeIDs(c); !slices.Equal(ids, want) {
					t.Errorf("rows\n got %v\nwant %v (%s)", ids, want, rl.name)
				}
				if c.PageInfo.HasNextPage {
					t.Error("hasNextPage on a page that holds every row")
				}

				// Two at a time: the filter is applied to every page and its count.
				var paged []string
				vars := map[string]any{"first": 2}
				for pages := 0; ; pages++ {
					if pages > len(all) {
						t.Fatal("paging does not end")
					}
					s.MustQuery(token[v], q, vars, &got)
					c := got[lc.field]
					if c.TotalCount != len(want) {
						t.Errorf("page %d: totalCount = %d, want %d", pages, c.TotalCount, len(want))
					}
					paged = append(paged, nodeIDs(c)...)
					if !c.PageInfo.HasNextPage {
						break
					}
					vars["after"] = *c.PageInfo.EndCursor
				}
				slices.Sort(paged)
				if !slices.Equal(paged, want) {
					t.Errorf("paged rows\n got %v\nwant %v", paged, want)
				}
			})
		}
	}
}

func nodeIDs(c connection) []string {
	var out []string
	for _, e := range c.Edges {
		out = append(out, e.Node.ID)
	}
	slices.Sort(out)
	return out
}

// testLookups asks for every stored row by id, and for one that does not
// exist: a hidden row answers NOT_FOUND exactly like the missing one.
func testLookups(t *testing.T, s *apptest.Server, tr truth, token map[viewer]string) {
	see := map[string]map[viewer]rule{}
	rows := map[string]func() []row{}
	for _, lc := range listCases(tr) {
		see[lc.field], rows[lc.field] = lc.see, lc.rows
	}
	cases := []struct {
		field, arg, list, missing string
	}{
		{"nation", "code", "nations", "ZZ"},
		{"contribution", "id", "contributions", mongodb.NewID()},
		{"request", "id", "requests", mongodb.NewID()},
		{"order", "id", "orders", mongodb.NewID()},
	}
	for _, lc := range cases {
		all := rows[lc.list]()
		var q strings.Builder
		q.WriteString("{")
		id := "id"
		if lc.arg == "code" {
			id = "id: code"
		}
		for i, r := range all {
			fmt.Fprintf(&q, " r%d: %s(%s: %q) { %s }", i, lc.field, lc.arg, r.id, id)
		}
		fmt.Fprintf(&q, " missing: %s(%s: %q) { %s } }", lc.field, lc.arg, lc.missing, id)
		for _, v := range viewers {
			t.Run(lc.field+"/"+v.String(), func(t *testing.T) {
				r := s.Query(token[v], q.String(), nil)
				if r.Status != 200 {
					t.Fatalf("status %d: %s", r.Status, r.Body)
				}
				errs := map[string]apptest.Error{}
				for _, e := range r.Errors {
					if len(e.Path) != 1 {
						t.Fatalf("error %q at %v, want one per look-up", e.Message, e.Path)
					}
					errs[fmt.Sprint(e.Path[0])] = e
				}
				var data map[string]*struct{ ID string }
				r.Decode(t, &data)

				rl, ok := see[lc.list][v]
				if !ok {
					if len(r.Errors) != len(all)+1 {
						t.Errorf("%d errors, want FORBIDDEN for each of %d look-ups", len(r.Errors), len(all)+1)
					}
					for alias, e := range errs {
						if e.Code() != "FORBIDDEN" || data[alias] != nil {
							t.Errorf("%s: %s %q with data %v, want FORBIDDEN and null", alias, e.Code(), e.Message, data[alias])
						}
					}
					return
				}
				missing := errs["missing"]
				if missing.Code() != "NOT_FOUND" || data["missing"] != nil {
					t.Fatalf("missing %s: %q %v, want NOT_FOUND", lc.field, missing.Code(), data["missing"])
				}
				visible := rl.apply(all)
				hidden := 0
				for i, x := range all {
					alias := fmt.Sprintf("r%d", i)
					e, failed := errs[alias]
					if slices.Contains(visible, x.id) {
						if failed || data[alias] == nil || data[alias].ID != x.id {
							t.Errorf("%s %s (visible to %s): got %v, error %q", lc.field, x.id, v, data[alias], e.Message)
						}
						continue
					}
					hidden++
					if !failed || e.Code() != "NOT_FOUND" || data[alias] != nil {
						t.Errorf("%s %s (hidden from %s): got %v, code %q; want null and NOT_FOUND", lc.field, x.id, v, data[alias], e.Code())
						continue
					}
					// Indistinguishable: the same message as for a row that does not exist.
					if got, want := strings.ReplaceAll(e.Message, x.id, "ID"), strings.ReplaceAll(missing.Message, lc.missing, "ID"); got != want {
						t.Errorf("hidden row message %q, missing row message %q: they must read the same", got, want)
					}
				}
				if got, want := len(r.Errors), hidden+1; got != want {
					t.Errorf("%d errors, want %d (hidden rows and the missing one): %s", got, want, r.Body)
				}
			})
		}
	}
}

// guardedFields are the fields CONTRACT section 4 restricts, with the JSON
// key each appears under; denied lists them by role.
var (
	guardedFields = map[string]string{
		"Order.amount":                  "amount",
		"Order.supplier":                "supplier",
		"PriorityRequest.estimatedCost": "estimatedCost",
	}
	deniedFields = map[viewer][]string{
		observer: {"Order.amount", "Order.supplier", "PriorityRequest.estimatedCost"},
	}
)

// testFields: a restricted field is null for a role that may not read it,
// with one FORBIDDEN per field that names it and counts the hidden values;
// every other field answers.
func testFields(t *testing.T, s *apptest.Server, tr truth, token map[viewer]string) {
	var approved, anOrder string
	for _, r := range tr.requests() {
		if r.status == string(coalition.Approved) {
			approved = r.id
		}
	}
	anOrder = tr.orders()[0].id
	cases := []struct {
		name, root, query string
	}{
		{"orders", "orders", `{ orders(first: 100) { edges { node { id status draftedBy supplier amount request { id title estimatedCost } } } } }`},
		{"requests", "requests", `{ requests(first: 100) { edges { node { id title status estimatedCost orders { id status amount supplier } } } } }`},
		{"order", "order", fmt.Sprintf(`{ order(id: %q) { id status supplier amount } }`, anOrder)},
		{"request", "request", fmt.Sprintf(`{ request(id: %q) { id title estimatedCost } }`, approved)},
	}
	for _, fc := range cases {
		for _, v := range viewers {
			t.Run(fc.name+"/"+v.String(), func(t *testing.T) {
				r := s.Query(token[v], fc.query, nil)
				var data any
				r.Decode(t, &data)
				errs := 0
				for field, key := range guardedFields {
					if !strings.Contains(fc.query, " "+key) {
						continue
					}
					seen, nulls := countKey(data, key)
					if seen == 0 {
						t.Fatalf("no %s in the answer: %s", key, r.Data)
					}
					var found []apptest.Error
					for _, e := range r.Errors {
						if e.Extensions["field"] == field {
							found = append(found, e)
						}
					}
					if !slices.Contains(deniedFields[v], field) {
						if nulls > 0 || len(found) > 0 {
							t.Errorf("%s: %d of %d values null, %d errors; want all present", field, nulls, seen, len(found))
						}
						continue
					}
					errs++
					if nulls != seen {
						t.Errorf("%s: %d of %d values null, want all", field, nulls, seen)
					}
					if len(found) != 1 {
						t.Fatalf("%s: %d errors, want exactly one: %s", field, len(found), r.Body)
					}
					e := found[0]
					if e.Code() != "FORBIDDEN" {
						t.Errorf("%s: code %s, want FORBIDDEN", field, e.Code())
					}
					if len(e.Path) < 2 || e.Path[0] != fc.root || e.Path[len(e.Path)-1] != key {
						t.Errorf("%s: path %v, want it to run from %s to %s", field, e.Path, fc.root, key)
					}
					if got, _ := e.Extensions["hidden"].(float64); int(got) != seen {
						t.Errorf("%s: hidden = %v, want %d", field, e.Extensions["hidden"], seen)
					}
				}
				if len(r.Errors) != errs {
					t.Errorf("%d errors, want %d: %s", len(r.Errors), errs, r.Body)
				}
				for _, key := range []string{"id", "status", "title", "draftedBy"} {
					if _, nulls := countKey(data, key); nulls > 0 {
						t.Errorf("%d %s values null, want none", nulls, key)
					}
				}
			})
		}
	}
}

// countKey counts the values under key anywhere in v, and how many are null.
func countKey(v any, key string) (seen, nulls int) {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if k == key {
				seen++
				if val == nil {
					nulls++
				}
			}
			s, n := countKey(val, key)
			seen, nulls = seen+s, nulls+n
		}
	case []any:
		for _, val := range x {
			s, n := countKey(val, key)
			seen, nulls = seen+s, nulls+n
		}
	}
	return seen, nulls
}

type areaFund struct {
	Area                                    *string
	Contributors                            *int
	Pledged, Received, Committed, Available *string
	SuppressedReason                        *string
}

type fund struct {
	Pledged, Received, Committed, Available, InKind *string
	Contributors                                    int
	ByArea                                          []areaFund
}

// minGivers is CONTRACT section 4's threshold for per-area figures.
const minGivers = 3

// testFund: chairs see every total and every pool. The others see a total
// as the chair does or not at all (null), and a pool's figures as the chair
// does or not at all: never where fewer than three nations other than the
// viewer's gave (the viewer's own nation does not count, issue 10), and
// then null with a reason naming the threshold.
func testFund(t *testing.T, s *apptest.Server, token map[viewer]string) {
	cons, err := s.App.Stores.Contributions.List(context.Background(), coalition.ContributionFilter{}, everything)
	if err != nil {
		t.Fatal(err)
	}
	givers := map[string]map[string]bool{}
	for _, c := range cons.Items {
		if c.Status == coalition.Cancelled {
			continue
		}
		pool := "unearmarked"
		if c.Earmark != nil {
			pool = string(*c.Earmark)
		}
		if givers[pool] == nil {
			givers[pool] = map[string]bool{}
		}
		givers[pool][c.NationCode] = true
	}
	small := 0
	for _, a := range append(slices.Clone(coalition.Areas), "") {
		if len(givers[poolName(string(a))]) < minGivers {
			small++
		}
	}
	// With exactly one small pool the service hides a second one, which this
	// test does not predict; the demo data has more.
	if small < 2 || small == len(coalition.Areas)+1 {
		t.Fatalf("the demo data has %d pools with fewer than %d givers; want some on each side, and not one alone", small, minGivers)
	}

	const q = `{ fund { pledged received committed available inKind contributors
		byArea { area contributors pledged received committed available suppressedReason } } }`
	var full struct{ Fund fund }
	s.MustQuery(token[chair], q, nil, &full)
	for _, v := range viewers {
		t.Run(v.String(), func(t *testing.T) {
			var got struct{ Fund fund }
			s.MustQuery(token[v], q, nil, &got)
			a, b := got.Fund, full.Fund
			if a.Contributors != b.Contributors {
				t.Errorf("contributors %d, the chair's %d", a.Contributors, b.Contributors)
			}
			for i, tot := range []*string{a.Pledged, a.Received, a.Committed, a.Available, a.InKind} {
				chairs := []*string{b.Pledged, b.Received, b.Committed, b.Available, b.InKind}[i]
				if chairs == nil || v == chair && tot == nil || tot != nil && *tot != *chairs {
					t.Errorf("total %d: %s, the chair's %s", i, deref(tot), deref(chairs))
				}
			}
			if len(got.Fund.ByArea) != len(coalition.Areas)+1 {
				t.Fatalf("%d pools, want %d", len(got.Fund.ByArea), len(coalition.Areas)+1)
			}
			for i, a := range got.Fund.ByArea {
				pool := "unearmarked"
				if a.Area != nil {
					pool = *a.Area
				}
				n := len(givers[pool])
				others := n
				if givers[pool][v.nation] {
					others--
				}
				figures := []*string{a.Pledged, a.Received, a.Committed, a.Available}
				if v != chair && (others < minGivers || a.SuppressedReason != nil) {
					if a.Contributors != nil || slices.ContainsFunc(figures, func(p *string) bool { return p != nil }) {
						t.Errorf("%s (%d givers): figures shown, want null", pool, n)
					}
					if a.SuppressedReason == nil || !strings.Contains(*a.SuppressedReason, fmt.Sprint(minGivers)) {
						t.Errorf("%s: suppressedReason = %s, want one naming the threshold %d", pool, deref(a.SuppressedReason), minGivers)
					}
					continue
				}
				if a.SuppressedReason != nil {
					t.Errorf("%s (%d givers): suppressed (%s), want figures", pool, n, *a.SuppressedReason)
					continue
				}
				if a.Contributors == nil || *a.Contributors != n || slices.Contains(figures, nil) {
					t.Errorf("%s: contributors %v, figures %v; want %d and all figures", pool, a.Contributors, figures, n)
					continue
				}
				if c := full.Fund.ByArea[i]; *a.Pledged != *c.Pledged || *a.Received != *c.Received || *a.Committed != *c.Committed || *a.Available != *c.Available {
					t.Errorf("%s: figures differ from the chair's", pool)
				}
			}
		})
	}
}

func deref(p *string) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprintf("%q", *p)
}

func poolName(area string) string {
	if area == "" {
		return "unearmarked"
	}
	return area
}

// testMemberContributions: Denmark's member sees Denmark's pledges, and a
// chair's look at another nation's pledge is NOT_FOUND for it.
func testMemberContributions(t *testing.T, s *apptest.Server, tr truth, token map[viewer]string) {
	const q = `query($nation: String) { contributions(first: 100, nation: $nation) {
		totalCount edges { node { id nation { code } } } } }`
	type page struct {
		Contributions struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID     string
					Nation struct{ Code string }
				}
			}
		}
	}
	var all, dk page
	s.MustQuery(token[chair], q, nil, &all)
	s.MustQuery(token[member], q, nil, &dk)
	var danish []string
	foreign := ""
	for _, e := range all.Contributions.Edges {
		if e.Node.Nation.Code == "DK" {
			danish = append(danish, e.Node.ID)
		} else {
			foreign = e.Node.ID
		}
	}
	if len(danish) == 0 || foreign == "" {
		t.Fatal("the demo data needs Danish and other contributions")
	}
	if dk.Contributions.TotalCount != len(danish) || len(dk.Contributions.Edges) != len(danish) {
		t.Errorf("member DK: totalCount %d, %d rows; want %d", dk.Contributions.TotalCount, len(dk.Contributions.Edges), len(danish))
	}
	for _, e := range dk.Contributions.Edges {
		if e.Node.Nation.Code != "DK" {
			t.Errorf("member DK sees contribution %s of %s", e.Node.ID, e.Node.Nation.Code)
		}
	}
	r := s.Query(token[member], `query($id: ID!) { contribution(id: $id) { id amount } }`, map[string]any{"id": foreign})
	if got := r.Codes(); !slices.Equal(got, []string{"NOT_FOUND"}) || !strings.Contains(string(r.Data), `"contribution":null`) {
		t.Errorf("member DK reading %s: codes %v, data %s; want NOT_FOUND and null", foreign, got, r.Data)
	}
}

// testNarrowingArguments: a filter argument can only narrow what the
// policy lets a role see.
func testNarrowingArguments(t *testing.T, s *apptest.Server, token map[viewer]string) {
	tests := []struct {
		v     viewer
		query string
		want  int
	}{
		{member, `{ x: contributions(nation: "EE") { totalCount edges { cursor } } }`, 0},
		{chair, `{ x: requests(status: DRAFT) { totalCount edges { cursor } } }`, 0},
		{member, `{ x: requests(status: DRAFT) { totalCount edges { cursor } } }`, 0},
		{observer, `{ x: requests(status: SUBMITTED) { totalCount edges { cursor } } }`, 0},
		{mod, `{ x: requests(status: DRAFT) { totalCount edges { cursor } } }`, 1},
		{member, `{ x: auditLog(target: "1") { totalCount edges { cursor } } }`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.v.String()+" "+tt.query, func(t *testing.T) {
			var got struct {
				X struct {
					TotalCount int
					Edges      []json.RawMessage
				}
			}
			s.MustQuery(token[tt.v], tt.query, nil, &got)
			if got.X.TotalCount != tt.want || len(got.X.Edges) != tt.want {
				t.Errorf("totalCount %d, %d rows; want %d", got.X.TotalCount, len(got.X.Edges), tt.want)
			}
		})
	}
}

// TestPolicyLineChangesAccess: one policy line, edited in a copy of the
// policy folder, changes what the served API shows; no Go code changes.
func TestPolicyLineChangesAccess(t *testing.T) {
	opened := apptest.PolicyCopy(t, apptest.AppendLine("policy.csv", "p, observer, Order.amount, read, all"))
	shipped, err := filepath.Abs(filepath.Join(apptest.RepoRoot(), "policies"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name        string
		dir         string
		wantAmounts bool
	}{
		{"shipped policy", shipped, false},
		{"observers may read Order.amount", opened, true},
	}
	const q = `{ orders(first: 100) { totalCount edges { node { id amount supplier } } } }`
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := apptest.Start(t, apptest.WithPolicyDir(tt.dir))
			r := s.Query(s.Token("observer", "GB"), q, nil)
			var data any
			r.Decode(t, &data)
			seen, nulls := countKey(data, "amount")
			if seen == 0 {
				t.Fatalf("no orders: %s", r.Body)
			}
			var fields []string
			for _, e := range r.Errors {
				fields = append(fields, fmt.Sprint(e.Extensions["field"]))
			}
			slices.Sort(fields)
			if tt.wantAmounts {
				if nulls != 0 || !slices.Equal(fields, []string{"Order.supplier"}) {
					t.Errorf("%d of %d amounts null, denied %v; want every amount and only Order.supplier denied", nulls, seen, fields)
				}
				return
			}
			if nulls != seen || !slices.Equal(fields, []string{"Order.amount", "Order.supplier"}) {
				t.Errorf("%d of %d amounts null, denied %v; want all null and both fields denied", nulls, seen, fields)
			}
		})
	}
}

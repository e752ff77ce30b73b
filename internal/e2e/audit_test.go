package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
)

// The audit log that tells what changed (issue 13): before and after of
// each field, the reason given, the target of a failed creation, each
// reader's field rules, and the filters.

const auditQuery = `query($first: Int, $after: String, $action: String, $target: String, $from: Time, $to: Time,
	$actorSub: String, $actorIssuer: String, $actorNation: String, $outcome: AuditOutcome, $targetType: String) {
  auditLog(first: $first, after: $after, action: $action, target: $target, from: $from, to: $to, actorSub: $actorSub,
    actorIssuer: $actorIssuer, actorNation: $actorNation, outcome: $outcome, targetType: $targetType) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id at action target targetType outcome detail reason actor { issuer sub nation } changes { field before after } } }
  }
}`

type auditChange struct {
	Field         string
	Before, After *string
}

type auditNode struct {
	ID, At, Action, Target, TargetType, Outcome, Detail string
	Reason                                              *string
	Actor                                               struct{ Issuer, Sub, Nation string }
	Changes                                             []auditChange
}

type auditPage struct {
	AuditLog struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Edges []struct{ Node auditNode }
	}
}

// auditLog reads every event token may read that vars select, in pages of
// size, checking that each page continues the last.
func auditLog(t *testing.T, s *apptest.Server, token string, size int, vars map[string]any) []auditNode {
	t.Helper()
	var out []auditNode
	after := ""
	for {
		v := map[string]any{"first": size}
		for k, x := range vars {
			v[k] = x
		}
		if after != "" {
			v["after"] = after
		}
		var p auditPage
		s.MustQuery(token, auditQuery, v, &p)
		for _, e := range p.AuditLog.Edges {
			out = append(out, e.Node)
		}
		if len(out) > p.AuditLog.TotalCount {
			t.Fatalf("read %d events, totalCount says %d", len(out), p.AuditLog.TotalCount)
		}
		if !p.AuditLog.PageInfo.HasNextPage {
			if len(out) != p.AuditLog.TotalCount {
				t.Fatalf("read %d events, totalCount says %d", len(out), p.AuditLog.TotalCount)
			}
			return out
		}
		after = p.AuditLog.PageInfo.EndCursor
	}
}

// change finds field among an event's changes.
func change(e auditNode, field string) (auditChange, bool) {
	i := slices.IndexFunc(e.Changes, func(c auditChange) bool { return c.Field == field })
	if i < 0 {
		return auditChange{}, false
	}
	return e.Changes[i], true
}

func str(p *string) string {
	if p == nil {
		return "<null>"
	}
	return *p
}

// auditServer serves the default policy plus one line: observers may read
// the audit log, so that what their field rules withhold can be seen.
func auditServer(t *testing.T) *apptest.Server {
	return apptest.Start(t, apptest.WithPolicyDir(apptest.PolicyCopy(t, apptest.AppendLine("policy.csv", "p, observer, AuditEvent, read, all"))))
}

func TestAuditTellsWhatChanged(t *testing.T) {
	s := auditServer(t)
	ua, ee := s.TokenFor("ua-olena", "mod", "UA"), s.TokenFor("ee-kadri", "chair", "EE")

	var c struct{ CreateRequest struct{ ID string } }
	s.MustQuery(ua, `mutation($in: CreateRequestInput!) { createRequest(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"title": "Field radios", "description": "d", "area": "COMMUNICATIONS", "phase": 2, "estimatedCost": "500.00"}}, &c)
	id := c.CreateRequest.ID
	s.MustQuery(ua, `mutation($id: ID!) { updateRequest(id: $id, input: {title: "Field radios, hardened", estimatedCost: "650.00"}) { id } }`, map[string]any{"id": id}, nil)

	// A creation sets every field: no before.
	created := auditLog(t, s, ua, 10, map[string]any{"action": "createRequest", "target": id})
	if len(created) != 1 {
		t.Fatalf("createRequest events about %s: %+v", id, created)
	}
	if ch, ok := change(created[0], "title"); !ok || ch.Before != nil || str(ch.After) != "Field radios" {
		t.Errorf("the creation's title: %+v in %+v", ch, created[0].Changes)
	}

	// An edit shows before and after of the fields it changed, and only those.
	updated := auditLog(t, s, ua, 10, map[string]any{"action": "updateRequest", "target": id})
	if len(updated) != 1 {
		t.Fatalf("updateRequest events: %+v", updated)
	}
	u := updated[0]
	for field, want := range map[string][2]string{"title": {"Field radios", "Field radios, hardened"}, "estimatedCost": {"500.00", "650.00"}, "version": {"1", "2"}} {
		ch, ok := change(u, field)
		if !ok || str(ch.Before) != want[0] || str(ch.After) != want[1] {
			t.Errorf("updateRequest %s: %+v, want %s -> %s (changes %+v)", field, ch, want[0], want[1], u.Changes)
		}
	}
	if _, ok := change(u, "description"); ok {
		t.Errorf("an unchanged field is listed: %+v", u.Changes)
	}
	if u.Detail == "" || u.TargetType != "PriorityRequest" || u.Outcome != "OK" {
		t.Errorf("the edit's event: %+v", u)
	}

	// A rejection records its reason.
	s.MustQuery(ua, `mutation($id: ID!) { submitRequest(id: $id) { id } }`, map[string]any{"id": id}, nil)
	s.MustQuery(ee, `mutation($id: ID!) { rejectRequest(id: $id, reason: "outside the coalition's areas") { id } }`, map[string]any{"id": id}, nil)
	rejected := auditLog(t, s, ee, 10, map[string]any{"action": "rejectRequest", "target": id})
	if len(rejected) != 1 || str(rejected[0].Reason) != "outside the coalition's areas" {
		t.Fatalf("rejectRequest events: %+v", rejected)
	}
	if ch, ok := change(rejected[0], "status"); !ok || str(ch.Before) != "SUBMITTED" || str(ch.After) != "REJECTED" {
		t.Errorf("the rejection's status: %+v", rejected[0].Changes)
	}

	// A failed creation names what it tried to create, and records no change.
	r := s.Query(ee, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`, map[string]any{"in": draftInput(id, registerSupplier(t, s), "10.00")})
	if codes := r.Codes(); !slices.Equal(codes, []string{"BAD_USER_INPUT"}) {
		t.Fatalf("a draft for a rejected request: %s", r.Body)
	}
	failed := auditLog(t, s, ee, 1, map[string]any{"action": "draftOrder", "outcome": "FAILED"})
	if len(failed) == 0 || failed[0].Target == "" || failed[0].TargetType != "Order" || len(failed[0].Changes) != 0 {
		t.Errorf("the failed draft's event: %+v", failed)
	}
	// So does a refused one.
	r = s.Query(s.Token("member", "DK"), `mutation($in: CreateRequestInput!) { createRequest(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"title": "t", "description": "d", "area": "COMMUNICATIONS", "phase": 1, "estimatedCost": "1.00"}})
	if codes := r.Codes(); !slices.Equal(codes, []string{"FORBIDDEN"}) {
		t.Fatalf("a member's createRequest: %s", r.Body)
	}
	denied := auditLog(t, s, ee, 1, map[string]any{"action": "createRequest", "outcome": "DENIED"})
	if len(denied) == 0 || denied[0].Target == "" || denied[0].TargetType != "PriorityRequest" {
		t.Errorf("the refused creation's event: %+v", denied)
	}

	// A suspension's reason, and the nation's fields before and after.
	s.MustQuery(ee, `mutation { suspendNation(code: "IS", reason: "late dues") { code } }`, nil, nil)
	susp := auditLog(t, s, ee, 1, map[string]any{"action": "suspendNation"})
	if len(susp) != 1 || str(susp[0].Reason) != "late dues" {
		t.Fatalf("suspendNation event: %+v", susp)
	}
	if ch, ok := change(susp[0], "status"); !ok || str(ch.Before) != "ACTIVE" || str(ch.After) != "SUSPENDED" {
		t.Errorf("the suspension's status: %+v", susp[0].Changes)
	}

	// No successful event of this test has an empty detail.
	for _, e := range auditLog(t, s, ee, 100, map[string]any{"outcome": "OK", "from": time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)}) {
		if e.Detail == "" {
			t.Errorf("OK event with an empty detail: %+v", e)
		}
	}
}

// An observer (here granted the audit log) reads no amount, no supplier and
// nothing of what its field rules hide, in the GraphQL log and in
// audit.csv; a chair reads them all.
func TestAuditFieldRules(t *testing.T) {
	s := auditServer(t)
	ee, obs := s.TokenFor("ee-kadri", "chair", "EE"), s.Token("observer", "GB")
	reqID := approvedRequest(t, s, "CYBERSECURITY", "777.00")
	var d struct{ DraftOrder struct{ ID string } }
	s.MustQuery(ee, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`, map[string]any{"in": draftInput(reqID, registerSupplier(t, s), "4321.00")}, &d)

	vars := map[string]any{"action": "draftOrder", "target": d.DraftOrder.ID}
	chair := auditLog(t, s, ee, 10, vars)
	if len(chair) != 1 {
		t.Fatalf("the chair's draftOrder events: %+v", chair)
	}
	for _, f := range []string{"amount", "supplier", "status", "orderTerms.justification"} {
		if _, ok := change(chair[0], f); !ok {
			t.Errorf("the chair does not read %s in %+v", f, chair[0].Changes)
		}
	}
	observer := auditLog(t, s, obs, 10, vars)
	if len(observer) != 1 {
		t.Fatalf("the observer's draftOrder events: %+v", observer)
	}
	o := observer[0]
	if _, ok := change(o, "status"); !ok {
		t.Errorf("the observer reads no status: %+v", o.Changes)
	}
	for _, c := range o.Changes {
		if strings.Contains(str(c.After), "4321") || strings.HasPrefix(c.Field, "draws") || c.Field == "amount" || c.Field == "supplier" ||
			c.Field == "orderTerms.supplierId" || c.Field == "orderTerms.justification" {
			t.Errorf("the observer reads %s = %s", c.Field, str(c.After))
		}
	}
	if strings.Contains(o.Detail, "amount") || strings.Contains(o.Detail, "supplier") {
		t.Errorf("the observer's detail names hidden fields: %q", o.Detail)
	}

	// A failure's message names amounts: the observer reads them withheld.
	in := draftInput(reqID, registerSupplier(t, s), "9000.00")
	delete(in, "justification")
	if r := s.Query(ee, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`, map[string]any{"in": in}); !slices.Equal(r.Codes(), []string{"BAD_USER_INPUT"}) {
		t.Fatalf("a draft above the estimate without a justification: %s", r.Body)
	}
	failedVars := map[string]any{"action": "draftOrder", "outcome": "FAILED"}
	if got := auditLog(t, s, ee, 10, failedVars); len(got) != 1 || !strings.Contains(got[0].Detail, "9000.00") {
		t.Errorf("the chair's view of the failed draft: %+v", got)
	}
	if got := auditLog(t, s, obs, 10, failedVars); len(got) != 1 || strings.Contains(got[0].Detail, "9000.00") || strings.Contains(got[0].Detail, "777.00") {
		t.Errorf("the observer's view of the failed draft: %+v", got)
	}

	// The observer may not read requests in DRAFT nor their estimates: the
	// creation of the request shows it nothing of them.
	created := auditLog(t, s, obs, 10, map[string]any{"action": "createRequest", "target": reqID})
	if len(created) != 1 || len(created[0].Changes) != 0 {
		t.Errorf("the observer's view of a draft's creation: %+v", created)
	}
	approved := auditLog(t, s, obs, 10, map[string]any{"action": "approveRequest", "target": reqID})
	if len(approved) != 1 || len(approved[0].Changes) == 0 {
		t.Fatalf("the observer's view of the approval: %+v", approved)
	}
	if _, ok := change(approved[0], "estimatedCost"); ok {
		t.Errorf("the observer reads an estimate: %+v", approved[0].Changes)
	}

	// audit.csv: the same rules.
	csvObs := exportCSV(t, s, obs, "audit.csv?action=draftOrder&target="+d.DraftOrder.ID)
	csvChair := exportCSV(t, s, ee, "audit.csv?action=draftOrder&target="+d.DraftOrder.ID)
	if len(csvObs.rows) != 1 || len(csvChair.rows) != 1 {
		t.Fatalf("audit.csv rows: observer %d, chair %d", len(csvObs.rows), len(csvChair.rows))
	}
	if row := csvObs.rows[0]; strings.Contains(fmt.Sprint(row), "4321") || !strings.Contains(row["changes"], "status: - -> PENDING_APPROVAL") {
		t.Errorf("the observer's audit.csv row: %v", row)
	}
	if row := csvChair.rows[0]; !strings.Contains(row["changes"], "amount: - -> 4321.00") || row["target_type"] != "Order" {
		t.Errorf("the chair's audit.csv row: %v", row)
	}
}

// The filters narrow across pages, combine with each other and with the
// reader's scope; bad filters are BAD_USER_INPUT.
func TestAuditFilters(t *testing.T) {
	s := apptest.Start(t)
	ee, lu := s.TokenFor("ee-kadri", "chair", "EE"), s.TokenFor("lu-claire", "chair", "LU")
	dk, ua := s.TokenFor("dk-freja", "member", "DK"), s.TokenFor("ua-olena", "mod", "UA")
	start := time.Now().UTC().Add(-time.Second)
	for i := range 3 {
		s.MustQuery(dk, `mutation($a: Money!) { pledgeContribution(input: {kind: FINANCIAL, amount: $a, currency: "EUR", eurAmount: $a}) { id } }`,
			map[string]any{"a": fmt.Sprintf("%d.00", 10+i)}, nil)
		s.MustQuery(ee, `mutation { suspendNation(code: "IS", reason: "r") { code } }`, nil, nil)
		s.MustQuery(lu, `mutation { reinstateNation(code: "IS") { code } }`, nil, nil)
		// Refused: a member may not suspend.
		s.Query(dk, `mutation { suspendNation(code: "IS", reason: "r") { code } }`, nil)
	}
	// Stores keep milliseconds: mid is one, with events on either side.
	time.Sleep(2 * time.Millisecond)
	mid := time.Now().UTC().Truncate(time.Millisecond)
	time.Sleep(2 * time.Millisecond)
	approvedRequest(t, s, "COMMUNICATIONS", "10.00")

	all := auditLog(t, s, ee, 200, map[string]any{"from": start.Format(time.RFC3339Nano)})
	if len(all) < 15 {
		t.Fatalf("the test wrote %d events", len(all))
	}
	at := func(e auditNode) time.Time { return must(time.Parse(time.RFC3339Nano, e.At)) }
	cases := []struct {
		name string
		vars map[string]any
		keep func(auditNode) bool
	}{
		{"actor", map[string]any{"actorSub": "ee-kadri"}, func(e auditNode) bool { return e.Actor.Sub == "ee-kadri" }},
		{"person", map[string]any{"actorSub": "ee-kadri", "actorIssuer": "itc"}, func(e auditNode) bool { return e.Actor.Sub == "ee-kadri" }},
		{"actor nation", map[string]any{"actorNation": "DK"}, func(e auditNode) bool { return e.Actor.Nation == "DK" }},
		{"outcome", map[string]any{"outcome": "DENIED"}, func(e auditNode) bool { return e.Outcome == "DENIED" }},
		{"target type", map[string]any{"targetType": "Nation"}, func(e auditNode) bool { return e.TargetType == "Nation" }},
		{"until mid", map[string]any{"to": mid.Format(time.RFC3339Nano)}, func(e auditNode) bool { return at(e).Before(mid) }},
		{"since mid", map[string]any{"from": mid.Format(time.RFC3339Nano)}, func(e auditNode) bool { return !at(e).Before(mid) }},
		{"combined", map[string]any{"actorNation": "DK", "outcome": "OK", "targetType": "Contribution", "to": mid.Format(time.RFC3339Nano)},
			func(e auditNode) bool {
				return e.Actor.Nation == "DK" && e.Outcome == "OK" && e.TargetType == "Contribution" && at(e).Before(mid)
			}},
	}
	ids := func(es []auditNode) []string {
		out := make([]string, len(es))
		for i, e := range es {
			out[i] = e.ID
		}
		return out
	}
	for _, tc := range cases {
		vars := map[string]any{"from": start.Format(time.RFC3339Nano)}
		for k, v := range tc.vars {
			vars[k] = v
		}
		want := ids(filterNodes(all, tc.keep))
		if len(want) == 0 || len(want) == len(all) {
			t.Fatalf("%s: the test's events do not tell the filter apart (%d of %d)", tc.name, len(want), len(all))
		}
		if got := ids(auditLog(t, s, ee, 2, vars)); !slices.Equal(got, want) {
			t.Errorf("%s in pages of 2: %v, want %v", tc.name, got, want)
		}
	}

	// The scopes hold under the filters: a member reads its nation's events
	// only, the Ministry those about requests and orders only.
	mine := auditLog(t, s, dk, 2, map[string]any{"from": start.Format(time.RFC3339Nano), "outcome": "OK"})
	if len(mine) != 3 {
		t.Errorf("member DK's OK events: %+v, want its three pledges", mine)
	}
	for _, e := range mine {
		if e.Action != "pledgeContribution" {
			t.Errorf("member DK reads %+v", e)
		}
	}
	if got := auditLog(t, s, ua, 2, map[string]any{"targetType": "Nation"}); len(got) != 0 {
		t.Errorf("the Ministry reads nation events through a filter: %+v", got)
	}
	if got := auditLog(t, s, ua, 2, map[string]any{"from": start.Format(time.RFC3339Nano), "targetType": "PriorityRequest", "outcome": "OK"}); len(got) != 3 {
		t.Errorf("the Ministry's request events: %+v, want create, submit, approve", got)
	}

	// Bad filters are refused as such, in the query and in audit.csv.
	for name, vars := range map[string]map[string]any{
		"to before from":           {"from": mid.Format(time.RFC3339), "to": start.Format(time.RFC3339)},
		"unknown target type":      {"targetType": "Spaceship"},
		"issuer without a subject": {"actorIssuer": "itc"},
		"empty actor":              {"actorSub": " "},
		"a time that is not one":   {"from": "yesterday"},
	} {
		r := s.Query(ee, auditQuery, vars)
		if codes := r.Codes(); !slices.Equal(codes, []string{"BAD_USER_INPUT"}) {
			t.Errorf("%s: %s", name, r.Body)
		}
	}
	// An outcome outside the enum is refused by the schema before anything
	// runs, as every enum argument of the API is (a variable that does not
	// fit its type); audit.csv, which has no schema, answers BAD_USER_INPUT.
	if r := s.Query(ee, auditQuery, map[string]any{"outcome": "MAYBE"}); !slices.Equal(r.Codes(), []string{"GRAPHQL_VALIDATION_FAILED"}) {
		t.Errorf("unknown outcome: %s", r.Body)
	}
	for _, q := range []string{"outcome=MAYBE", "from=yesterday", "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "targetType=Spaceship"} {
		if status, _, body := export(t, s, ee, "audit.csv?"+q); status != 400 || errorCode(t, body) != "BAD_USER_INPUT" {
			t.Errorf("audit.csv?%s: %d %s", q, status, body)
		}
	}
	// audit.csv takes the same filters.
	rows := exportCSV(t, s, ee, "audit.csv?outcome=DENIED&actorNation=DK&from="+start.Format(time.RFC3339Nano)).rows
	if want := filterNodes(all, func(e auditNode) bool { return e.Outcome == "DENIED" && e.Actor.Nation == "DK" }); len(rows) != len(want) {
		t.Errorf("audit.csv with filters: %d rows, want %d", len(rows), len(want))
	}
}

// filterNodes keeps the events of es that keep accepts.
func filterNodes(es []auditNode, keep func(auditNode) bool) []auditNode {
	return slices.DeleteFunc(slices.Clone(es), func(e auditNode) bool { return !keep(e) })
}

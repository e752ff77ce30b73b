package e2e

import (
	"context"
	"net/http"
	"slices"
	"testing"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/coalition"
)

type personNode struct {
	Issuer, Sub, Nation, Role, Status string
	Reason                            *string
	FirstSeen, LastSeen               string
}

const peopleQuery = `{ people(first: 100) { totalCount edges { node { issuer sub nation role status reason firstSeen lastSeen } } } }`

// people lists the people token may see, by sub.
func people(t *testing.T, s *apptest.Server, token string) map[string]personNode {
	t.Helper()
	var got struct {
		People struct {
			TotalCount int
			Edges      []struct{ Node personNode }
		}
	}
	s.MustQuery(token, peopleQuery, nil, &got)
	out := map[string]personNode{}
	for _, e := range got.People.Edges {
		out[e.Node.Sub] = e.Node
	}
	if len(out) != got.People.TotalCount {
		t.Fatalf("people: %d listed, totalCount %d", len(out), got.People.TotalCount)
	}
	return out
}

// A person a chair suspends between two requests is refused on the next
// one, whatever the token says, and the refusal is audited; the nation's
// other people go on; a reinstated person is let in again.
func TestPersonSuspendedBetweenTwoRequests(t *testing.T) {
	s := apptest.Start(t)
	ee := s.TokenFor("chair-ee-anna", "chair", "EE")
	anna := s.TokenFor("dk-anna", "member", "DK")
	bo := s.TokenFor("dk-bo", "member", "DK")
	s.MustQuery(anna, `{ me { sub } }`, nil, nil)
	s.MustQuery(bo, `{ me { sub } }`, nil, nil)

	seen := people(t, s, ee)["dk-anna"]
	if seen.Issuer != "itc" || seen.Nation != "DK" || seen.Role != "member" || seen.Status != "ACTIVE" || seen.FirstSeen == "" {
		t.Fatalf("recorded person: %+v", seen)
	}
	// A request within the minute reads the person but writes nothing.
	s.MustQuery(anna, `{ me { sub } }`, nil, nil)
	if again := people(t, s, ee)["dk-anna"]; again.LastSeen != seen.LastSeen {
		t.Errorf("last use rewritten within the minute: %s then %s", seen.LastSeen, again.LastSeen)
	}

	vars := map[string]any{"iss": "itc", "sub": "dk-anna", "why": "lost laptop"}
	var sus struct{ SuspendPerson personNode }
	s.MustQuery(ee, `mutation($iss: String!, $sub: String!, $why: String!) { suspendPerson(issuer: $iss, sub: $sub, reason: $why) { sub status reason } }`, vars, &sus)
	if sus.SuspendPerson.Status != "SUSPENDED" || sus.SuspendPerson.Reason == nil || *sus.SuspendPerson.Reason != "lost laptop" {
		t.Fatalf("suspendPerson answered %+v", sus.SuspendPerson)
	}

	audits := auditCount(t, s)
	r := s.Query(anna, `{ me { sub } }`, nil)
	if r.Status != http.StatusForbidden || !slices.Equal(r.Codes(), []string{"FORBIDDEN"}) || r.Data != nil && string(r.Data) != "null" {
		t.Fatalf("a suspended person's request: status %d body %s", r.Status, r.Body)
	}
	if got := auditCount(t, s) - audits; got != 1 {
		t.Errorf("the refusal wrote %d audit events, want 1", got)
	}
	var log struct {
		AuditLog struct {
			Edges []struct {
				Node struct {
					Action, Target, Outcome, Detail string
					Actor                           struct{ Issuer, Sub, Nation string }
				}
			}
		}
	}
	s.MustQuery(ee, `{ auditLog(first: 2) { edges { node { action target outcome detail actor { issuer sub nation } } } } }`, nil, &log)
	refusal, suspension := log.AuditLog.Edges[0].Node, log.AuditLog.Edges[1].Node
	if refusal.Outcome != "DENIED" || refusal.Actor.Sub != "dk-anna" || refusal.Actor.Issuer != "itc" || refusal.Action != "request" {
		t.Errorf("refusal event: %+v", refusal)
	}
	if suspension.Action != "suspendPerson" || suspension.Outcome != "OK" || suspension.Detail != "lost laptop" ||
		suspension.Actor.Issuer != "itc" || suspension.Actor.Sub != "chair-ee-anna" {
		t.Errorf("suspension event: %+v", suspension)
	}
	// The nation and its other people are not affected.
	s.MustQuery(bo, `{ me { sub } }`, nil, nil)

	s.MustQuery(ee, `mutation($iss: String!, $sub: String!, $why: String!) { reinstatePerson(issuer: $iss, sub: $sub, reason: $why) { status } }`,
		map[string]any{"iss": "itc", "sub": "dk-anna", "why": "laptop found"}, nil)
	s.MustQuery(anna, `{ me { sub } }`, nil, nil)
}

// Chairs see everyone; a member and the Ministry see their own nation's
// people only; observers none. Only chairs suspend, and a person of the
// same sub but another issuer is not the one suspended.
func TestPeopleByNation(t *testing.T) {
	s := apptest.Start(t)
	tokens := map[string]string{
		"ee": s.TokenFor("ee-chair", "chair", "EE"), "dk": s.TokenFor("dk-member", "member", "DK"),
		"lv": s.TokenFor("lv-member", "member", "LV"), "ua": s.TokenFor("ua-mod", "mod", "UA"),
		"gb": s.TokenFor("gb-observer", "observer", "GB"),
	}
	for _, tok := range tokens {
		s.Query(tok, `{ me { sub } }`, nil)
	}
	keys := func(m map[string]personNode) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		who  string
		want []string
	}{
		{"ee", []string{"dk-member", "ee-chair", "gb-observer", "lv-member", "ua-mod"}},
		{"dk", []string{"dk-member"}},
		{"lv", []string{"lv-member"}},
		{"ua", []string{"ua-mod"}},
	} {
		if got := keys(people(t, s, tokens[c.who])); !slices.Equal(got, c.want) {
			t.Errorf("%s sees %v, want %v", c.who, got, c.want)
		}
	}
	walk(t, s, []step{
		{name: "observers see no one", token: tokens["gb"], query: peopleQuery, wantCode: "FORBIDDEN"},
		{name: "a member cannot suspend", token: tokens["dk"], query: `mutation { suspendPerson(issuer: "itc", sub: "lv-member", reason: "x") { sub } }`, wantCode: "FORBIDDEN"},
		{name: "the Ministry cannot suspend", token: tokens["ua"], query: `mutation { suspendPerson(issuer: "itc", sub: "dk-member", reason: "x") { sub } }`, wantCode: "FORBIDDEN"},
		{name: "a sub under another issuer is nobody", token: tokens["ee"], query: `mutation { suspendPerson(issuer: "other-idp", sub: "dk-member", reason: "x") { sub } }`, wantCode: "NOT_FOUND"},
		{name: "a suspension needs a reason", token: tokens["ee"], query: `mutation { suspendPerson(issuer: "itc", sub: "dk-member", reason: " ") { sub } }`, wantCode: "BAD_USER_INPUT"},
		{name: "reinstating an active person", token: tokens["ee"], query: `mutation { reinstatePerson(issuer: "itc", sub: "dk-member", reason: "x") { sub } }`, wantCode: "CONFLICT"},
	})
	if got := people(t, s, tokens["dk"])["dk-member"].Status; got != "ACTIVE" {
		t.Errorf("after refused suspensions dk-member is %s", got)
	}
}

// The four-eyes rule compares people: the same sub from two identity
// providers is two people, and one person is one whatever their nation.
func TestFourEyesComparesPeople(t *testing.T) {
	s := apptest.Start(t)
	svc := s.App.Service
	person := func(issuer, sub, nation string) context.Context {
		return auth.WithPrincipal(context.Background(), auth.Principal{Issuer: issuer, Sub: sub, Role: "chair", Nation: nation})
	}
	ee := person("idp-ee", "chair-1", "EE")
	req, money := procurable(t, svc, coalition.Cybersecurity, 2)
	supplier := supplierOf(t, svc)
	draft := func() coalition.Order {
		o, err := svc.DraftOrder(ee, newOrderOf(req.ID, supplier, min(money/4, 100_00)))
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	o := draft()
	if _, err := svc.ApproveOrder(person("idp-ee", "chair-1", "LU"), o.ID); coalition.ErrorCode(err) != coalition.CodeForbidden {
		t.Errorf("the drafter, for another nation: %v, want forbidden", err)
	}
	got, err := svc.ApproveOrder(person("idp-lu", "chair-1", "LU"), o.ID)
	if err != nil || got.Status != coalition.Placed {
		t.Fatalf("the same sub from another issuer: %v, %+v", err, got)
	}
	stored, err := s.App.Stores.Orders.Get(context.Background(), o.ID)
	if err != nil || stored.DrafterIssuer != "idp-ee" || stored.DraftedBy != "chair-1" {
		t.Errorf("stored drafter: %q of %q, %v", stored.DraftedBy, stored.DrafterIssuer, err)
	}
	// The audit names the approver's issuer.
	l, err := s.App.Stores.Audit.List(context.Background(), coalition.AuditFilter{Target: &o.ID}, coalition.Page{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	var approvers []string
	for _, ev := range l.Items {
		if ev.Action == "approveOrder" {
			approvers = append(approvers, string(ev.Outcome)+" "+ev.Actor.Sub+"@"+ev.Actor.Issuer)
		}
	}
	slices.Sort(approvers)
	if want := []string{"DENIED chair-1@idp-ee", "OK chair-1@idp-lu"}; !slices.Equal(approvers, want) {
		t.Errorf("approval events %v, want %v", approvers, want)
	}
}

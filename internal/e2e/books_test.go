package e2e

import (
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
)

// TestCommitContribution: a chair formalises a member's pledge by
// agreement; the money stays promised (pledged until received) in the
// fund; what the rules refuse is refused and changes nothing.
func TestCommitContribution(t *testing.T) {
	s := apptest.Start(t)
	ee, dk := s.Token("chair", "EE"), s.Token("member", "DK")
	var p struct{ PledgeContribution struct{ ID string } }
	s.MustQuery(dk, `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "1000.00", currency: "EUR", eurAmount: "1000.00"}) { id } }`, nil, &p)
	id := p.PledgeContribution.ID
	fund := func() map[string]any {
		var f map[string]any
		s.MustQuery(ee, `{ fund { pledged received committed available } }`, nil, &f)
		return f["fund"].(map[string]any)
	}
	before := fund()
	commit := `mutation($id: ID!, $ref: String!, $on: Time!) { commitContribution(id: $id, reference: $ref, signedOn: $on) { id status } }`
	vars := func(ref string, on time.Time) map[string]any {
		return map[string]any{"id": id, "ref": ref, "on": on.UTC().Format(time.RFC3339)}
	}
	now := time.Now()
	walk(t, s, []step{
		{name: "a member may not commit", token: dk, query: commit, vars: vars("FMA-1", now), wantCode: "FORBIDDEN"},
		{name: "no reference", token: ee, query: commit, vars: vars(" ", now), wantCode: "BAD_USER_INPUT"},
		{name: "signed in the future", token: ee, query: commit, vars: vars("FMA-1", now.Add(48*time.Hour)), wantCode: "BAD_USER_INPUT"},
		{name: "signed before the pledge", token: ee, query: commit, vars: vars("FMA-1", now.Add(-72*time.Hour)), wantCode: "BAD_USER_INPUT"},
		{name: "a chair commits", token: ee, query: commit, vars: vars("FMA-1", now), check: func(t *testing.T, d map[string]any) {
			if got := field(d, "commitContribution", "status"); got != "COMMITTED" {
				t.Errorf("status %v, want COMMITTED", got)
			}
		}},
		{name: "committed twice", token: ee, query: commit, vars: vars("FMA-2", now), wantCode: "CONFLICT"},
		{name: "a commitment is no longer a pledge to cancel", token: dk, query: `mutation($id: ID!) { cancelContribution(id: $id) { id } }`,
			vars: map[string]any{"id": id}, wantCode: "CONFLICT"},
	})
	if after := fund(); after["pledged"] != before["pledged"] || after["received"] != before["received"] {
		t.Errorf("fund %v after the commitment, want promised and received money as before %v", after, before)
	}
	if bad, err := s.App.Service.VerifyBooks(t.Context()); err != nil || len(bad) > 0 {
		t.Errorf("verify-books: %v, %v", err, bad)
	}
}

// TestFundAsOf reads the fund as it stood: before the coalition's first
// entry nothing; now, what fund without asOf says.
func TestFundAsOf(t *testing.T) {
	s := apptest.Start(t)
	ee := s.Token("chair", "EE")
	q := `query($at: Time) { fund(asOf: $at) { pledged received committed available } }`
	var now, then, past map[string]any
	s.MustQuery(ee, q, nil, &now)
	s.MustQuery(ee, q, map[string]any{"at": time.Now().Add(time.Hour).UTC().Format(time.RFC3339)}, &then)
	s.MustQuery(ee, q, map[string]any{"at": "2001-01-01T00:00:00Z"}, &past)
	for _, k := range []string{"pledged", "received", "committed", "available"} {
		if got, want := field(then, "fund", k), field(now, "fund", k); got != want {
			t.Errorf("fund(asOf: in an hour).%s = %v, want %v as now", k, got, want)
		}
		if got := field(past, "fund", k); got != "0.00" {
			t.Errorf("fund(asOf: 2001).%s = %v, want 0.00", k, got)
		}
	}
	if field(now, "fund", "received") == "0.00" {
		t.Errorf("the demo's fund received nothing: %v", now)
	}
}

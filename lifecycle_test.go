package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"testing"

	"go.mongodb.org/mongo-driver/v2/bson"

	"github.com/itcoalition/api/internal/apptest"
)

// snapshot is every document of the coalition's collections but the audit
// log, so a test can prove that a refused change changed nothing.
func snapshot(t *testing.T, s *apptest.Server) string {
	t.Helper()
	db := s.App.Store.Database()
	out := map[string][]string{}
	for _, col := range []string{"nations", "contributions", "requests", "orders"} {
		cur, err := db.Collection(col).Find(context.Background(), bson.D{})
		if err != nil {
			t.Fatal(err)
		}
		var docs []bson.Raw
		if err := cur.All(context.Background(), &docs); err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			out[col] = append(out[col], d.String())
		}
		sort.Strings(out[col])
	}
	b, _ := json.Marshal(out)
	return string(b)
}

func auditCount(t *testing.T, s *apptest.Server) int64 {
	t.Helper()
	n, err := s.App.Store.Database().Collection("audit").CountDocuments(context.Background(), bson.D{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// step is one mutation in a life cycle: who sends it, and what it must do.
type step struct {
	name     string
	token    string
	query    string
	vars     map[string]any
	wantCode string // "" for success
	// check runs on the data of a successful step.
	check func(t *testing.T, data map[string]any)
}

// walk runs steps in order. Each must answer as expected and write exactly
// one audit event; a failing one must leave the store unchanged.
func walk(t *testing.T, s *apptest.Server, steps []step) {
	t.Helper()
	for _, st := range steps {
		before, audits := snapshot(t, s), auditCount(t, s)
		r := s.Query(st.token, st.query, st.vars)
		if r.Status != 200 {
			t.Fatalf("%s: status %d: %s", st.name, r.Status, r.Body)
		}
		codes := r.Codes()
		if st.wantCode == "" {
			if len(codes) > 0 {
				t.Fatalf("%s: unexpected errors %s", st.name, r.Body)
			}
			if st.check != nil {
				var data map[string]any
				r.Decode(t, &data)
				st.check(t, data)
			}
		} else {
			if !slices.Equal(codes, []string{st.wantCode}) {
				t.Fatalf("%s: codes %v, want [%s]; body %s", st.name, codes, st.wantCode, r.Body)
			}
			if after := snapshot(t, s); after != before {
				t.Errorf("%s: a refused change changed the store", st.name)
			}
		}
		if got := auditCount(t, s) - audits; got != 1 {
			t.Errorf("%s: wrote %d audit events, want 1", st.name, got)
		}
	}
}

// field digs a value out of decoded data by keys.
func field(data any, keys ...string) any {
	for _, k := range keys {
		m, ok := data.(map[string]any)
		if !ok {
			return nil
		}
		data = m[k]
	}
	return data
}

func want(t *testing.T, data map[string]any, value any, keys ...string) {
	t.Helper()
	if got := field(data, keys...); fmt.Sprint(got) != fmt.Sprint(value) {
		t.Errorf("%v = %v, want %v", keys, got, value)
	}
}

func TestNationLifecycle(t *testing.T) {
	s := apptest.Start(t)
	ee, lu, dk := s.Token("chair", "EE"), s.Token("chair", "LU"), s.Token("member", "DK")
	admit := `mutation($in: AdmitNationInput!) { admitNation(input: $in) { code name role status } }`
	setRole := `mutation($c: String!, $r: NationRole!) { setNationRole(code: $c, role: $r) { code role } }`
	suspend := `mutation($c: String!, $why: String!) { suspendNation(code: $c, reason: $why) { code status suspendedReason } }`
	reinstate := `mutation($c: String!) { reinstateNation(code: $c) { code status } }`
	in := func(code, name, role string) map[string]any {
		return map[string]any{"in": map[string]any{"code": code, "name": name, "role": role}}
	}
	walk(t, s, []step{
		{name: "member may not admit", token: dk, query: admit, vars: in("FR", "France", "MEMBER"), wantCode: "FORBIDDEN"},
		{name: "unknown country code", token: ee, query: admit, vars: in("XX", "Nowhere", "MEMBER"), wantCode: "BAD_USER_INPUT"},
		{name: "lower-case code", token: ee, query: admit, vars: in("fr", "France", "MEMBER"), wantCode: "BAD_USER_INPUT"},
		{name: "empty name", token: ee, query: admit, vars: in("FR", "  ", "MEMBER"), wantCode: "BAD_USER_INPUT"},
		{name: "second beneficiary", token: ee, query: admit, vars: in("FR", "France", "BENEFICIARY"), wantCode: "BAD_USER_INPUT"},
		{name: "admit France", token: ee, query: admit, vars: in("FR", "France", "MEMBER"), check: func(t *testing.T, d map[string]any) {
			want(t, d, "ACTIVE", "admitNation", "status")
			want(t, d, "MEMBER", "admitNation", "role")
		}},
		{name: "admit France twice", token: ee, query: admit, vars: in("FR", "France", "MEMBER"), wantCode: "CONFLICT"},
		{name: "suspend needs a reason", token: ee, query: suspend, vars: map[string]any{"c": "FR", "why": ""}, wantCode: "BAD_USER_INPUT"},
		{name: "suspend France", token: ee, query: suspend, vars: map[string]any{"c": "FR", "why": "arrears"}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "SUSPENDED", "suspendNation", "status")
		}},
		{name: "suspend France again", token: ee, query: suspend, vars: map[string]any{"c": "FR", "why": "arrears"}, wantCode: "CONFLICT"},
	})
	// A suspended nation's next request is refused, whatever its token says.
	fr := s.Token("member", "FR")
	if r := s.Query(fr, `{ me { nation } }`, nil); r.Status != 403 {
		t.Errorf("suspended nation: status %d, want 403", r.Status)
	}
	walk(t, s, []step{
		{name: "reinstate France", token: ee, query: reinstate, vars: map[string]any{"c": "FR"}},
		{name: "reinstate an active nation", token: ee, query: reinstate, vars: map[string]any{"c": "FR"}, wantCode: "CONFLICT"},
		{name: "UA stays the beneficiary", token: ee, query: setRole, vars: map[string]any{"c": "UA", "r": "MEMBER"}, wantCode: "CONFLICT"},
		{name: "no second beneficiary", token: ee, query: setRole, vars: map[string]any{"c": "FR", "r": "BENEFICIARY"}, wantCode: "CONFLICT"},
		{name: "unknown nation", token: ee, query: setRole, vars: map[string]any{"c": "DE", "r": "MEMBER"}, wantCode: "NOT_FOUND"},
		{name: "Luxembourg steps down", token: ee, query: setRole, vars: map[string]any{"c": "LU", "r": "MEMBER"}},
		{name: "the last chair cannot step down", token: ee, query: setRole, vars: map[string]any{"c": "EE", "r": "MEMBER"}, wantCode: "CONFLICT"},
		{name: "the last chair cannot be suspended", token: ee, query: suspend, vars: map[string]any{"c": "EE", "why": "x"}, wantCode: "CONFLICT"},
	})
	if r := s.Query(fr, `{ me { nation } }`, nil); r.Status != 200 {
		t.Errorf("reinstated nation: status %d, want 200", r.Status)
	}
	// Luxembourg's chair tokens stop working on its very next request.
	if r := s.Query(lu, `{ me { nation } }`, nil); r.Status != 403 {
		t.Errorf("former chair's chair token: status %d, want 403", r.Status)
	}
}

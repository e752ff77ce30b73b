package e2e

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/seed"
)

// TestReadsDemoCoalition is the first thing a user does: count the nations
// and list the top requests, in order.
func TestReadsDemoCoalition(t *testing.T) {
	s := apptest.Start(t)
	tok := s.Token("member", "DK")
	var got struct {
		Nations  struct{ TotalCount int }
		Requests struct {
			Edges []struct {
				Node struct {
					Title, Area, Status string
					Phase, Priority     int
				}
			}
		}
	}
	s.MustQuery(tok, `{ nations { totalCount } requests(first: 5) { edges { node { title area phase priority status } } } }`, nil, &got)
	if got.Nations.TotalCount != 12 {
		t.Errorf("nations totalCount = %d, want 12", got.Nations.TotalCount)
	}
	if len(got.Requests.Edges) != 5 {
		t.Fatalf("got %d requests, want 5", len(got.Requests.Edges))
	}
	type key struct{ phase, closed, priority int }
	var keys []key
	for _, e := range got.Requests.Edges {
		if e.Node.Status == "DRAFT" {
			t.Errorf("member sees draft %q", e.Node.Title)
		}
		closed := 0
		if e.Node.Priority == 0 {
			closed = 1
		}
		keys = append(keys, key{e.Node.Phase, closed, e.Node.Priority})
	}
	if !slices.IsSortedFunc(keys, func(a, b key) int {
		if a.phase != b.phase {
			return a.phase - b.phase
		}
		if a.closed != b.closed {
			return a.closed - b.closed
		}
		return a.priority - b.priority
	}) {
		t.Errorf("requests not in phase, priority order: %+v", keys)
	}
	if keys[0] != (key{1, 0, 1}) {
		t.Errorf("first request = %+v, want phase 1 priority 1", keys[0])
	}
}

func TestIdentity(t *testing.T) {
	// Counts the driver's commands: on FerretDB through the MongoDB store.
	s := apptest.Start(t, apptest.WithFerretDB())
	now := time.Now()
	claims := func(over map[string]any) map[string]any {
		c := map[string]any{"sub": "dk-analyst", "role": "member", "nation": "DK", "iss": "itc", "aud": "itc-api",
			"exp": now.Add(time.Hour).Unix(), "iat": now.Unix()}
		for k, v := range over {
			if v == nil {
				delete(c, k)
			} else {
				c[k] = v
			}
		}
		return c
	}
	none := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`)) + "." +
		base64.RawURLEncoding.EncodeToString(must(json.Marshal(claims(nil)))) + "."
	tests := []struct {
		name       string
		token      string
		wantStatus int
		wantCode   string
	}{
		{"other implementation, same key", hs256(apptest.Secret, claims(nil)), http.StatusOK, ""},
		{"no token", "", http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"expired", hs256(apptest.Secret, claims(map[string]any{"exp": now.Add(-time.Hour).Unix()})), http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"no exp", hs256(apptest.Secret, claims(map[string]any{"exp": nil})), http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"wrong audience", hs256(apptest.Secret, claims(map[string]any{"aud": "someone-else"})), http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"wrong issuer", hs256(apptest.Secret, claims(map[string]any{"iss": "evil"})), http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"alg none", none, http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"other key", hs256([]byte("another-secret-another-secret-0123456789"), claims(nil)), http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"unknown role", hs256(apptest.Secret, claims(map[string]any{"role": "admin"})), http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"future nbf", hs256(apptest.Secret, claims(map[string]any{"nbf": now.Add(time.Hour).Unix()})), http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"chair token for a member nation", s.Token("chair", "DK"), http.StatusForbidden, "FORBIDDEN"},
		{"member token for the observer nation", s.Token("member", "GB"), http.StatusForbidden, "FORBIDDEN"},
		{"mod token for a nation but UA", s.Token("mod", "EE"), http.StatusForbidden, "FORBIDDEN"},
		{"nation not in the registry", s.Token("member", "FR"), http.StatusForbidden, "FORBIDDEN"},
		{"mod for UA", s.Token("mod", "UA"), http.StatusOK, ""},
		{"observer for GB", s.Token("observer", "GB"), http.StatusOK, ""},
		{"chair for EE", s.Token("chair", "EE"), http.StatusOK, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := s.Commands.Load()
			r := s.Query(tc.token, `{ me { sub role nation } }`, nil)
			if r.Status != tc.wantStatus {
				t.Fatalf("status = %d, want %d; body %s", r.Status, tc.wantStatus, r.Body)
			}
			if tc.wantCode == "" {
				if len(r.Errors) > 0 || !bytes.Contains(r.Data, []byte(`"me"`)) {
					t.Fatalf("want data, got %s", r.Body)
				}
				return
			}
			if got := r.Codes(); len(got) != 1 || got[0] != tc.wantCode {
				t.Errorf("codes = %v, want [%s]", got, tc.wantCode)
			}
			if bytes.Contains(r.Body, []byte(`"data"`)) {
				t.Errorf("refused request carries data: %s", r.Body)
			}
			if tc.wantStatus == http.StatusUnauthorized && s.Commands.Load() != before {
				t.Errorf("a refused token reached the store (%d commands)", s.Commands.Load()-before)
			}
		})
	}
}

// TestRestartKeepsData writes through the API's store, restarts the whole
// service on the same folder and reads it back.
func TestRestartKeepsData(t *testing.T) {
	s := apptest.Start(t)
	ctx := context.Background()
	var before struct{ Nations struct{ TotalCount int } }
	s.MustQuery(s.Token("observer", "GB"), `{ nations { totalCount } }`, nil, &before)
	admitted := mustNation("FR", "France")
	if err := s.App.Stores.Nations.Insert(ctx, admitted); err != nil {
		t.Fatal(err)
	}
	s.Restart()
	var after struct {
		Nations struct{ TotalCount int }
		Nation  struct{ Name string }
	}
	s.MustQuery(s.Token("observer", "GB"), `{ nations { totalCount } nation(code: "FR") { name } }`, nil, &after)
	if after.Nations.TotalCount != before.Nations.TotalCount+1 || after.Nation.Name != "France" {
		t.Errorf("after restart: %+v, want %d nations with France", after, before.Nations.TotalCount+1)
	}
}

func TestHTTPSurface(t *testing.T) {
	s := apptest.Start(t)
	get := func(path string) (*http.Response, string) {
		resp, err := http.Get(s.HTTP.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	tests := []struct {
		path       string
		wantStatus int
		wantIn     string
	}{
		{"/healthz", 200, "ok"},
		{"/readyz", 200, "ready"},
		{"/metrics", 200, "itc_http_requests_total"},
		{"/graphiql", 200, "graphiql"},
		{"/", 200, "it coalition for ukraine"},
		{"/orders", 200, "it coalition for ukraine"},
		{"/nowhere", 404, ""},
	}
	for _, tc := range tests {
		resp, body := get(tc.path)
		if resp.StatusCode != tc.wantStatus || !strings.Contains(strings.ToLower(body), tc.wantIn) {
			t.Errorf("GET %s = %d %.80q, want %d containing %q", tc.path, resp.StatusCode, body, tc.wantStatus, tc.wantIn)
		}
	}
	// The metrics count GraphQL operations by their root field.
	s.MustQuery(s.Token("observer", "GB"), `{ fund { received } }`, nil, nil)
	if _, body := get("/metrics"); !strings.Contains(body, `itc_graphql_operations_total{operation="query.fund"} 1`) {
		t.Errorf("metrics do not count the fund query:\n%s", grepLines(body, "itc_graphql"))
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func mustNation(code, name string) coalition.Nation {
	return coalition.Nation{Code: code, Name: name, Role: coalition.NationMember, Status: coalition.NationActive, JoinedAt: time.Now().UTC()}
}

// TestCountsOnlyWhenAsked: a connection counts its rows (a pass over the
// collection on the embedded store) only when the client selects totalCount.
func TestCountsOnlyWhenAsked(t *testing.T) {
	// Counts the driver's commands: on FerretDB through the MongoDB store.
	s := apptest.Start(t, apptest.WithFerretDB())
	tok := s.Token("chair", "EE")
	// A person's first request records them; the counts compare later ones.
	s.MustQuery(tok, `{ me { sub } }`, nil, nil)
	commands := func(q string) (int64, apptest.Response) {
		before := s.Commands.Load()
		r := s.Query(tok, q, nil)
		if r.Status != 200 || len(r.Errors) > 0 {
			t.Fatalf("%s: %s", q, r.Body)
		}
		return s.Commands.Load() - before, r
	}
	without, _ := commands(`{ orders(first: 2) { edges { node { id } } } }`)
	with, r := commands(`{ orders(first: 2) { total: totalCount edges { node { id } } } }`)
	if with != without+1 {
		t.Errorf("store commands: %d with totalCount, %d without; want exactly one more", with, without)
	}
	var got struct{ Orders struct{ Total int } }
	r.Decode(t, &got)
	if got.Orders.Total != 5 {
		t.Errorf("totalCount = %d, want the demo's 5 orders", got.Orders.Total)
	}
}

// TestInterruptedSeedStartsAgain: a first start that died while seeding
// leaves half a demo; the next start clears it and seeds it whole.
func TestInterruptedSeedStartsAgain(t *testing.T) {
	s := apptest.Start(t)
	ctx := context.Background()
	counts := func() (nations, contributions int) {
		n, err1 := s.App.Stores.Nations.List(ctx, coalition.NationFilter{}, coalition.Page{})
		c, err2 := s.App.Stores.Contributions.List(ctx, coalition.ContributionFilter{}, coalition.Page{})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		return n.Total, c.Total
	}
	wantN, wantC := counts()
	// What a crash halfway through the first seed leaves behind.
	if err := seedMarker(s).SetSeedState(ctx, "started"); err != nil {
		t.Fatal(err)
	}
	dropRequests(t, s)
	s.Restart()
	if n, c := counts(); n != wantN || c != wantC {
		t.Errorf("after re-seeding: %d nations and %d contributions, want %d and %d", n, c, wantN, wantC)
	}
	var got struct{ Requests struct{ TotalCount int } }
	s.MustQuery(s.Token("mod", "UA"), `{ requests { totalCount } }`, nil, &got)
	if got.Requests.TotalCount != 9 {
		t.Errorf("requests after re-seeding: %d, want the demo's 9", got.Requests.TotalCount)
	}
	if state, err := seedMarker(s).SeedState(ctx); err != nil || state != "done" {
		t.Errorf("seed marker %q (%v), want done", state, err)
	}
	// A finished seed is not repeated on the next start.
	s.Restart()
	if n, c := counts(); n != wantN || c != wantC {
		t.Errorf("a restart seeded again: %d nations, %d contributions", n, c)
	}
}

// seedMarker is where the service's store keeps the seed's progress.
func seedMarker(s *apptest.Server) seed.Marker {
	if s.App.SQLite != nil {
		return s.App.SQLite
	}
	return s.App.Store
}

// dropRequests deletes every request behind the service's back.
func dropRequests(t *testing.T, s *apptest.Server) {
	t.Helper()
	if s.App.SQLite == nil {
		if _, err := s.App.Store.Database().Collection("requests").DeleteMany(context.Background(), map[string]any{}); err != nil {
			t.Fatal(err)
		}
		return
	}
	db, err := sql.Open("sqlite", s.App.SQLite.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("DELETE FROM requests"); err != nil {
		t.Fatal(err)
	}
}

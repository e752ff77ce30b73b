package demo_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/demo"
)

func call(t *testing.T, s *apptest.Server, method, path, ctype, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, s.HTTP.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	res, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}

// With the key the service generated itself, every demo person listed gets
// a token that /query accepts as exactly that person, and the list has the
// people the four-eyes rules need.
func TestDemoSignInWithGeneratedKey(t *testing.T) {
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.Auth.Secret = nil }))

	status, body := call(t, s, http.MethodGet, "/auth/demo", "", "")
	if status != http.StatusOK {
		t.Fatalf("GET /auth/demo = %d %s", status, body)
	}
	var list struct{ People []demo.Person }
	if err := json.Unmarshal(body, &list); err != nil {
		t.Fatal(err)
	}
	perNation := map[string]int{}
	for _, p := range list.People {
		perNation[p.Role+" "+p.Nation]++
	}
	for key, want := range map[string]int{
		"chair EE": 2, "chair LU": 2, "mod UA": 2, "observer GB": 1,
		"member BE": 1, "member DK": 1, "member IS": 1, "member IT": 1,
		"member JP": 1, "member LV": 1, "member LT": 1, "member NL": 1,
	} {
		if got := perNation[key]; got != want {
			t.Errorf("demo people for %s = %d, want %d", key, got, want)
		}
	}
	if got, want := len(list.People), 15; got != want {
		t.Errorf("demo people = %d, want %d", got, want)
	}

	before := time.Now()
	for _, p := range list.People {
		status, body := call(t, s, http.MethodPost, "/auth/demo/token", "application/json", `{"sub":"`+p.Sub+`"}`)
		if status != http.StatusOK {
			t.Fatalf("token for %s = %d %s", p.Sub, status, body)
		}
		var tok struct {
			Token     string
			ExpiresAt time.Time
		}
		if err := json.Unmarshal(body, &tok); err != nil {
			t.Fatal(err)
		}
		if ttl := tok.ExpiresAt.Sub(before); ttl < demo.TTL-time.Minute || ttl > demo.TTL+time.Minute {
			t.Errorf("%s: expiresAt %v is not %v from now", p.Sub, tok.ExpiresAt, demo.TTL)
		}
		var got struct {
			Me struct{ Sub, Role, Nation string }
		}
		s.MustQuery(tok.Token, `{ me { sub role nation } }`, nil, &got)
		if got.Me.Sub != p.Sub || got.Me.Role != p.Role || got.Me.Nation != p.Nation {
			t.Errorf("token for %+v is seen as %+v", p, got.Me)
		}
	}

	for _, tc := range []struct {
		name, method, path, ctype, body string
		want                            int
	}{
		{"unknown person", http.MethodPost, "/auth/demo/token", "application/json", `{"sub":"nobody"}`, http.StatusBadRequest},
		{"no sub", http.MethodPost, "/auth/demo/token", "application/json", `{}`, http.StatusBadRequest},
		{"role smuggled in", http.MethodPost, "/auth/demo/token", "application/json", `{"sub":"member-be-1","role":"chair"}`, http.StatusBadRequest},
		{"trailing data", http.MethodPost, "/auth/demo/token", "application/json", `{"sub":"member-be-1"} {}`, http.StatusBadRequest},
		{"not json", http.MethodPost, "/auth/demo/token", "text/plain", `{"sub":"member-be-1"}`, http.StatusBadRequest},
		{"too large", http.MethodPost, "/auth/demo/token", "application/json", `{"sub":"` + strings.Repeat("a", 4096) + `"}`, http.StatusBadRequest},
		{"GET a token", http.MethodGet, "/auth/demo/token", "", "", http.StatusMethodNotAllowed},
		{"POST the list", http.MethodPost, "/auth/demo", "application/json", `{}`, http.StatusMethodNotAllowed},
		{"other path", http.MethodGet, "/auth/demo/other", "", "", http.StatusNotFound},
	} {
		status, body := call(t, s, tc.method, tc.path, tc.ctype, tc.body)
		if status != tc.want {
			t.Errorf("%s: %s %s = %d %s, want %d", tc.name, tc.method, tc.path, status, body, tc.want)
		}
		if strings.Contains(string(body), "token\"") {
			t.Errorf("%s: answer carries a token: %s", tc.name, body)
		}
	}
}

// With a configured key the demo sign-in does not exist.
func TestDemoSignInAbsentWithConfiguredKey(t *testing.T) {
	s := apptest.Start(t) // signs with apptest.Secret
	for _, tc := range []struct{ method, path, body string }{
		{http.MethodGet, "/auth/demo", ""},
		{http.MethodPost, "/auth/demo/token", `{"sub":"chair-ee-1"}`},
	} {
		status, body := call(t, s, tc.method, tc.path, "application/json", tc.body)
		if status != http.StatusNotFound {
			t.Errorf("%s %s = %d %s, want 404", tc.method, tc.path, status, body)
		}
	}
}

// A public key turns the demo off as a secret does, and the handler built
// from such a configuration answers 404 too.
func TestEnabled(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  auth.Config
		want bool
	}{
		{"generated key", auth.Config{DataDir: t.TempDir()}, true},
		{"secret", auth.Config{Secret: apptest.Secret}, false},
		{"public key", auth.Config{PublicKeyPath: "key.pem"}, false},
		{"JWKS", auth.Config{DataDir: t.TempDir(), JWKSURL: "https://id.example/jwks"}, false},
		{"OpenID Connect issuer", auth.Config{DataDir: t.TempDir(), Providers: []auth.Provider{{Issuer: "https://id.example/realms/itc"}}}, false},
	} {
		if got := demo.Enabled(tc.cfg); got != tc.want {
			t.Errorf("%s: Enabled = %v, want %v", tc.name, got, tc.want)
		}
		rec := httptest.NewRecorder()
		demo.Handler(tc.cfg, time.Now, nil).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/auth/demo", nil))
		if got := rec.Code == http.StatusOK; got != tc.want {
			t.Errorf("%s: GET /auth/demo = %d", tc.name, rec.Code)
		}
	}
}

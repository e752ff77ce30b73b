package web

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, target string, hdr ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, req)
	res := rec.Result()
	var body io.Reader = res.Body
	if res.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		body = zr
	}
	b, err := io.ReadAll(body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(b)
}

var refRE = regexp.MustCompile(`(?:src|href)="([^"]*)"`)

// Every page of the app answers with the same index.html, which loads only
// files of this server; the hashed files it loads are cached for a year.
func TestPagesAndAssets(t *testing.T) {
	raw, err := os.ReadFile("src/routes.json")
	if err != nil {
		t.Fatal(err)
	}
	var rt struct{ Paths []string }
	if err := json.Unmarshal(raw, &rt); err != nil {
		t.Fatal(err)
	}
	if len(rt.Paths) < 2 {
		t.Fatalf("routes.json lists %v", rt.Paths)
	}
	var index string
	for _, p := range rt.Paths {
		res, body := get(t, p)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Fatalf("GET %s = %d %s", p, res.StatusCode, res.Header.Get("Content-Type"))
		}
		if got := res.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("GET %s: Cache-Control %q, want no-cache", p, got)
		}
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self';") || strings.Contains(csp, "unsafe") {
			t.Errorf("GET %s: CSP %q", p, csp)
		}
		if index == "" {
			index = body
		} else if body != index {
			t.Errorf("GET %s answers another page than /", p)
		}
	}
	if strings.Contains(index, "<script>") || strings.Contains(index, "<style") {
		t.Error("index.html has inline script or style, which the CSP refuses")
	}
	refs := refRE.FindAllStringSubmatch(index, -1)
	scripts := 0
	for _, m := range refs {
		ref := m[1]
		if ref == "data:," {
			continue
		}
		if !strings.HasPrefix(ref, "/assets/") {
			t.Errorf("index.html references %q outside /assets/ (remote or unserved)", ref)
			continue
		}
		res, body := get(t, ref, "Accept-Encoding", "gzip, br")
		if res.StatusCode != http.StatusOK || body == "" {
			t.Errorf("GET %s = %d", ref, res.StatusCode)
		}
		if got := res.Header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
			t.Errorf("GET %s: Cache-Control %q", ref, got)
		}
		if res.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("GET %s with Accept-Encoding gzip is not compressed", ref)
		}
		if strings.HasSuffix(ref, ".js") {
			scripts++
			if ct := res.Header.Get("Content-Type"); ct != "text/javascript; charset=utf-8" {
				t.Errorf("GET %s: Content-Type %q", ref, ct)
			}
		}
		if strings.Contains(body, "@import url(http") || strings.Contains(body, "fonts.") && strings.Contains(body, "url(http") {
			t.Errorf("%s loads something from outside", ref)
		}
	}
	if scripts == 0 {
		t.Error("index.html loads no script")
	}
}

func TestRefusals(t *testing.T) {
	for _, tc := range []struct {
		method, target string
		want           int
	}{
		{http.MethodGet, "/nowhere", http.StatusNotFound},
		{http.MethodGet, "/index.html", http.StatusNotFound},
		{http.MethodGet, "/assets/missing.js", http.StatusNotFound},
		{http.MethodGet, "/assets/../web.go", http.StatusNotFound},
		{http.MethodGet, "/assets/", http.StatusNotFound},
		{http.MethodPost, "/", http.StatusMethodNotAllowed},
		{http.MethodHead, "/", http.StatusOK},
	} {
		rec := httptest.NewRecorder()
		Handler().ServeHTTP(rec, httptest.NewRequest(tc.method, tc.target, nil))
		if rec.Code != tc.want {
			t.Errorf("%s %s = %d, want %d", tc.method, tc.target, rec.Code, tc.want)
		}
	}
}

// The sign-in page learns from /auth/config whether the demo people are
// offered and which providers to send a person to; the page's CSP lets it
// reach exactly those providers' origins.
func TestSignInConfig(t *testing.T) {
	h := NewHandler(SignIn{OIDC: []OIDCClient{
		{Issuer: "https://id.example.org/realms/itc", ClientID: "itc-web", Scope: "openid"},
		{Issuer: "https://id.example.org/realms/other", ClientID: "itc-web", Scope: "openid"},
		{Issuer: "http://127.0.0.1:9000", ClientID: "itc-web", Scope: "openid api"},
	}})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/auth/config", nil))
	var got SignIn
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != http.StatusOK {
		t.Fatalf("GET /auth/config = %d %s (%v)", rec.Code, rec.Body, err)
	}
	if got.Demo || len(got.OIDC) != 3 || got.OIDC[2].Scope != "openid api" || got.OIDC[0].ClientID != "itc-web" {
		t.Errorf("config = %+v", got)
	}
	if cc := rec.Header().Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control %q", cc)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	want := "connect-src 'self' https://id.example.org http://127.0.0.1:9000;"
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, want) {
		t.Errorf("CSP %q lacks %q", csp, want)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/auth/config", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /auth/config = %d", rec.Code)
	}

	// Without providers: no origin beyond the server's own, an empty list.
	rec = httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/auth/config", nil))
	if body := strings.TrimSpace(rec.Body.String()); body != `{"demo":false,"oidc":[]}` {
		t.Errorf("default config %s", body)
	}
	rec = httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self';") {
		t.Errorf("default CSP %q", csp)
	}
}

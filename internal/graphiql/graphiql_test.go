package graphiql

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func do(t *testing.T, h http.Handler, method, target string, hdr ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(body)
}

var refRE = regexp.MustCompile(`(?:src|href)="([^"]*)"`)

func TestPage(t *testing.T) {
	h := Handler("/query")
	res, body := do(t, h, http.MethodGet, PagePath)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET / = %d", res.StatusCode)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type = %q", ct)
	}
	if v := res.Header.Get("X-Content-Type-Options"); v != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q", v)
	}
	if v := res.Header.Get("Cache-Control"); v != "no-store" {
		t.Errorf("Cache-Control = %q", v)
	}
	csp := res.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self';", "connect-src 'self';", "frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
		t.Errorf("CSP %q allows unsafe sources", csp)
	}
	nonce := regexp.MustCompile(`style-src 'self' 'nonce-([A-Za-z0-9]+)'`).FindStringSubmatch(csp)
	if nonce == nil || !strings.Contains(body, `nonce="`+nonce[1]+`"`) {
		t.Errorf("CSP style nonce missing or not in page; CSP %q", csp)
	}
	if res2, _ := do(t, h, http.MethodGet, PagePath); res2.Header.Get("Content-Security-Policy") == csp {
		t.Error("nonce reused across responses")
	}
	if strings.Contains(body, "<script>") || strings.Contains(body, "<style") || strings.Contains(body, " style=") {
		t.Error("page has inline script or style")
	}
	if !strings.Contains(body, `data-endpoint="/query"`) {
		t.Error("page lacks the endpoint")
	}

	refs := refRE.FindAllStringSubmatch(body, -1)
	var assetRefs []string
	for _, m := range refs {
		ref := m[1]
		if strings.Contains(ref, "http://") || strings.Contains(ref, "https://") || strings.HasPrefix(ref, "//") {
			t.Errorf("page references a remote URL: %q", ref)
		}
		if ref == "data:," { // empty favicon, avoids a request
			continue
		}
		if !strings.HasPrefix(ref, AssetPrefix) {
			t.Errorf("page references %q outside %s", ref, AssetPrefix)
			continue
		}
		assetRefs = append(assetRefs, ref)
	}
	if len(assetRefs) != 6 {
		t.Fatalf("page references %d assets, want 6: %q", len(assetRefs), assetRefs)
	}

	for _, ref := range assetRefs {
		res, body := do(t, h, http.MethodGet, ref)
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s = %d", ref, res.StatusCode)
			continue
		}
		name := strings.SplitN(ref, "?", 2)[0]
		want := "text/css; charset=utf-8"
		if strings.HasSuffix(name, ".js") {
			want = "text/javascript; charset=utf-8"
		}
		if ct := res.Header.Get("Content-Type"); ct != want {
			t.Errorf("GET %s: Content-Type = %q, want %q", ref, ct, want)
		}
		if v := res.Header.Get("X-Content-Type-Options"); v != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options = %q", ref, v)
		}
		if v := res.Header.Get("Cache-Control"); v != "public, max-age=31536000, immutable" {
			t.Errorf("GET %s: Cache-Control = %q", ref, v)
		}
		if len(body) == 0 {
			t.Errorf("GET %s: empty body", ref)
		}
		etag := res.Header.Get("ETag")
		if res, _ := do(t, h, http.MethodGet, ref, "If-None-Match", etag); etag == "" || res.StatusCode != http.StatusNotModified {
			t.Errorf("GET %s If-None-Match %s = %d, want 304", ref, etag, res.StatusCode)
		}
		// Unversioned URLs work too, with a short cache lifetime.
		if res, _ := do(t, h, http.MethodGet, name); res.StatusCode != http.StatusOK || res.Header.Get("Cache-Control") != "public, max-age=3600" {
			t.Errorf("GET %s = %d, Cache-Control %q", name, res.StatusCode, res.Header.Get("Cache-Control"))
		}
	}
}

func TestRouting(t *testing.T) {
	h := Handler("/query")
	for _, tc := range []struct {
		method, target string
		want           int
	}{
		{http.MethodHead, PagePath, http.StatusOK},
		{http.MethodHead, AssetPrefix + "graphiql.min.js", http.StatusOK},
		{http.MethodGet, AssetPrefix + "missing.js", http.StatusNotFound},
		{http.MethodGet, AssetPrefix + "graphiql.min.js.map", http.StatusNotFound},
		{http.MethodGet, AssetPrefix, http.StatusNotFound},
		{http.MethodGet, AssetPrefix + "../graphiql.go", http.StatusNotFound},
		{http.MethodGet, "/index.html", http.StatusNotFound},
		{http.MethodGet, "/", http.StatusNotFound},
		{http.MethodGet, "/query", http.StatusNotFound},
		{http.MethodPost, PagePath, http.StatusMethodNotAllowed},
		{http.MethodPut, AssetPrefix + "init.js", http.StatusMethodNotAllowed},
		{http.MethodPost, AssetPrefix + "missing.js", http.StatusNotFound},
	} {
		res, body := do(t, h, tc.method, tc.target)
		if res.StatusCode != tc.want {
			t.Errorf("%s %s = %d, want %d", tc.method, tc.target, res.StatusCode, tc.want)
		}
		if tc.want == http.StatusMethodNotAllowed && res.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow = %q", tc.method, tc.target, res.Header.Get("Allow"))
		}
		if tc.method == http.MethodHead && body != "" {
			t.Errorf("HEAD %s returned a body", tc.target)
		}
	}
}

func TestEndpoint(t *testing.T) {
	_, body := do(t, Handler(`/q?a="><script>alert(1)</script>`), http.MethodGet, PagePath)
	if strings.Contains(body, "<script>alert") {
		t.Error("endpoint not escaped in page")
	}

	res, _ := do(t, Handler("https://API.example.com:8443/graphql"), http.MethodGet, PagePath)
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self' https://api.example.com:8443;") {
		t.Errorf("CSP for absolute endpoint = %q", csp)
	}

	for _, bad := range []string{"", "javascript:alert(1)", "ftp://example.com/q", "https://a b/q", "https://a;b/q"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Handler(%q) did not panic", bad)
				}
			}()
			Handler(bad)
		}()
	}
}

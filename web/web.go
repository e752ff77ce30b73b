// Package web serves the coalition's single-page app, built from this
// folder's TypeScript into dist/ and embedded in the binary, so the app
// works with no Node and no network beyond the server itself.
package web

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"
	"sync"
	"time"
)

//go:embed all:dist src/routes.json src/gql/trusted-documents.json
var files embed.FS

// csp allows nothing from outside the server: scripts, styles and data
// come from this origin only; connect-src adds the identity providers the
// sign-in page talks to (their discovery document and token endpoint).
func csp(connect []string) string {
	return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
		"connect-src " + strings.Join(append([]string{"'self'"}, connect...), " ") +
		"; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
}

// SignIn is what the sign-in page offers, served as JSON at GET
// /auth/config: the demo people (while the server signs with its own
// key), and the identity providers a person signs in with by the
// authorisation code flow with PKCE (a public client: no secret).
type SignIn struct {
	Demo bool         `json:"demo"`
	OIDC []OIDCClient `json:"oidc"`
}

// OIDCClient is the web app registered as a public client at one issuer.
type OIDCClient struct {
	Issuer   string `json:"issuer"`
	ClientID string `json:"clientId"`
	// Scope is asked for with the code: "openid" and whatever makes the
	// provider issue an access token for this API.
	Scope string `json:"scope"`
}

// origins are the scheme://host[:port] of the issuers, for the CSP.
func (s SignIn) origins() []string {
	var out []string
	for _, c := range s.OIDC {
		u, err := url.Parse(c.Issuer)
		if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
			continue
		}
		o := u.Scheme + "://" + u.Host
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

type file struct {
	name, contentType string
	data, gz          []byte
	immutable         bool
}

type site struct {
	index  *file
	assets map[string]*file // by path under /assets/
	routes map[string]bool  // the app's pages, answered with index.html
}

var load = sync.OnceValues(func() (*site, error) {
	s := &site{assets: map[string]*file{}, routes: map[string]bool{}}
	var rt struct{ Paths []string }
	raw, err := files.ReadFile("src/routes.json")
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(raw, &rt); err != nil {
		return nil, fmt.Errorf("web: routes.json: %w", err)
	}
	for _, p := range rt.Paths {
		s.routes[p] = true
	}
	if s.index, err = read("dist/index.html", false); err != nil {
		return nil, err
	}
	err = fs.WalkDir(files, "dist/assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := read(p, true) // Vite names every asset by its content hash
		if err == nil {
			s.assets[strings.TrimPrefix(p, "dist/assets/")] = f
		}
		return err
	})
	return s, err
})

func read(name string, immutable bool) (*file, error) {
	data, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write(data)
	_ = zw.Close()
	f := &file{name: path.Base(name), data: data, immutable: immutable, contentType: "application/octet-stream"}
	if buf.Len() < len(data) {
		f.gz = buf.Bytes()
	}
	switch path.Ext(name) {
	case ".html":
		f.contentType = "text/html; charset=utf-8"
	case ".js":
		f.contentType = "text/javascript; charset=utf-8"
	case ".css":
		f.contentType = "text/css; charset=utf-8"
	case ".svg":
		f.contentType = "image/svg+xml"
	case ".woff2":
		f.contentType = "font/woff2"
	}
	return f, nil
}

// Handler serves the app with no sign-in configuration (tests).
func Handler() http.Handler { return NewHandler(SignIn{}) }

// NewHandler serves the app: index.html at each of the app's pages (listed
// in src/routes.json, which the app's router reads too), hashed assets
// under /assets/ with a year's caching, the sign-in configuration at
// /auth/config, and 404 for anything else. It panics if the embedded build
// is unreadable, which a test catches at build time.
func NewHandler(signIn SignIn) http.Handler {
	s, err := load()
	if err != nil {
		panic(err)
	}
	if signIn.OIDC == nil {
		signIn.OIDC = []OIDCClient{}
	}
	config, err := json.Marshal(signIn)
	if err != nil {
		panic(err)
	}
	policy := csp(signIn.origins())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/auth/config" {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				w.Header().Set("Allow", "GET, HEAD")
				http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Cache-Control", "no-store")
			_, _ = w.Write(config)
			return
		}
		var f *file
		switch {
		case s.routes[r.URL.Path]:
			f = s.index
		case strings.HasPrefix(r.URL.Path, "/assets/"):
			f = s.assets[strings.TrimPrefix(r.URL.Path, "/assets/")]
		}
		if f == nil {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
			return
		}
		h.Set("Content-Security-Policy", policy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Content-Type", f.contentType)
		h.Set("Vary", "Accept-Encoding")
		if f.immutable {
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		body := f.data
		if f.gz != nil && acceptsGzip(r) {
			h.Set("Content-Encoding", "gzip")
			body = f.gz
		}
		http.ServeContent(w, r, f.name, time.Time{}, bytes.NewReader(body))
	})
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && strings.TrimSpace(q) != "q=0" {
			return true
		}
	}
	return false
}

// TrustedDocuments is the manifest the build writes: every operation of the
// app by its id ("sha256:" and the hex digest of its text).
func TrustedDocuments() map[string]string {
	var m map[string]string
	raw, err := files.ReadFile("src/gql/trusted-documents.json")
	if err == nil {
		err = json.Unmarshal(raw, &m)
	}
	if err != nil {
		panic(fmt.Sprintf("web: trusted documents: %v", err)) // caught by the package's tests
	}
	return m
}

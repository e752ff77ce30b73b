// Package graphiql serves a self-contained GraphiQL IDE (no CDN, works air-gapped) from assets embedded in the binary.
package graphiql

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strings"
	"sync"
	"time"

	graphiqlassets "github.com/itcoalition/api/third_party/graphiql"
)

// PagePath is where the GraphiQL page is served; the web app has "/".
const PagePath = "/graphiql"

// AssetPrefix is the URL path under which the page's scripts and styles are served.
const AssetPrefix = "/graphiql/"

// static holds our own page code: the bootstrap script and the page's style sheet.
// Keeping them as files (rather than inline) lets the CSP forbid inline script and style.
//
//go:embed static/init.js static/page.css
var static embed.FS

// asset is one file served under AssetPrefix.
type asset struct {
	name        string
	contentType string
	data        []byte
	etag        string // quoted strong ETag
	version     string // short content hash, used as cache-busting query
}

// assets loads every servable file once; the table is shared by all handlers.
var assets = sync.OnceValue(func() map[string]*asset {
	m := make(map[string]*asset)
	add := func(fsys fs.FS, file string) {
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			panic(fmt.Sprintf("graphiql: embedded asset %s: %v", file, err))
		}
		sum := sha256.Sum256(data)
		h := hex.EncodeToString(sum[:])
		name := path.Base(file)
		ct := "application/octet-stream"
		switch path.Ext(name) {
		case ".js":
			ct = "text/javascript; charset=utf-8"
		case ".css":
			ct = "text/css; charset=utf-8"
		}
		m[name] = &asset{name: name, contentType: ct, data: data, etag: `"` + h + `"`, version: h[:16]}
	}
	for _, f := range []string{"react.production.min.js", "react-dom.production.min.js", "graphiql.min.js", "graphiql.min.css"} {
		add(graphiqlassets.FS, f)
	}
	for _, f := range []string{"static/init.js", "static/page.css"} {
		add(static, f)
	}
	return m
})

var pageTemplate = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{{.Asset "graphiql.min.css"}}">
<link rel="stylesheet" href="{{.Asset "page.css"}}">
<script defer src="{{.Asset "react.production.min.js"}}"></script>
<script defer src="{{.Asset "react-dom.production.min.js"}}"></script>
<script defer src="{{.Asset "graphiql.min.js"}}"></script>
<script defer src="{{.Asset "init.js"}}" nonce="{{.Nonce}}"></script>
</head>
<body>
<form id="auth">
<label for="token">Bearer token</label>
<input id="token" name="token" type="password" autocomplete="off" spellcheck="false" placeholder="paste an access token; kept in this tab only (sessionStorage)">
<button type="submit">Apply</button>
<button type="button" id="token-clear">Clear</button>
<span id="token-status" aria-live="polite"></span>
</form>
<div id="graphiql" data-endpoint="{{.Endpoint}}"><p class="loading">Loading GraphiQL…</p></div>
<noscript>GraphiQL needs JavaScript.</noscript>
</body>
</html>
`))

// pageData is the per-response input of pageTemplate. Nonce is the CSP nonce
// for style elements; init.js reads it from its own script element and hands
// it to GraphiQL's dialogs, which inject a <style> element (scroll locking).
type pageData struct{ Endpoint, Nonce string }

// Asset returns the versioned URL of an embedded asset.
func (pageData) Asset(name string) (string, error) {
	a, ok := assets()[name]
	if !ok {
		return "", fmt.Errorf("graphiql: unknown asset %q", name)
	}
	return AssetPrefix + a.name + "?v=" + a.version, nil
}

// hostRE restricts what an absolute endpoint may put into the CSP header.
var hostRE = regexp.MustCompile(`^[A-Za-z0-9.\-]+(:[0-9]+)?$|^\[[0-9A-Fa-f:.]+\](:[0-9]+)?$`)

// connectSrc is the CSP connect-src for endpoint: 'self', plus the endpoint's
// origin when it is an absolute http(s) URL.
func connectSrc(endpoint string) string {
	u, err := url.Parse(endpoint)
	if err != nil {
		panic(fmt.Sprintf("graphiql: invalid endpoint %q: %v", endpoint, err))
	}
	if !u.IsAbs() && u.Host == "" {
		return "'self'"
	}
	scheme, host := strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	if (scheme != "" && scheme != "http" && scheme != "https") || !hostRE.MatchString(host) {
		panic(fmt.Sprintf("graphiql: endpoint %q must be a path or an http(s) URL", endpoint))
	}
	if scheme == "" { // protocol-relative ("//host/path"): the page's own scheme
		return "'self' https://" + host + " http://" + host
	}
	return "'self' " + scheme + "://" + host
}

// Handler returns an http.Handler, meant to be mounted at PagePath and
// AssetPrefix, that serves the GraphiQL page at PagePath and its embedded
// scripts and styles under AssetPrefix. The page sends queries to endpoint: a path on the same origin
// (for example "/query") or an absolute http(s) URL, whose origin is then
// allowed by the page's Content-Security-Policy. Users may paste a bearer token
// (kept in sessionStorage, sent as "Authorization: Bearer …") or set headers in
// GraphiQL's headers editor, which take precedence.
//
// Only GET and HEAD are allowed (405 otherwise); every other path is 404.
// Handler panics if endpoint is empty or not a path or an http(s) URL.
func Handler(endpoint string) http.Handler {
	if endpoint == "" {
		panic("graphiql: empty endpoint")
	}
	cspHead := "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-"
	cspTail := "'; " + strings.Join([]string{
		"font-src 'self' data:", // graphiql.min.css inlines its fonts
		"img-src 'self' data:",
		"connect-src " + connectSrc(endpoint),
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'none'",
	}, "; ")
	if err := pageTemplate.Execute(io.Discard, pageData{Endpoint: endpoint}); err != nil {
		panic(err) // unknown asset name in the template
	}
	table := assets()

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var a *asset
		switch {
		case r.URL.Path == PagePath:
		case strings.HasPrefix(r.URL.Path, AssetPrefix):
			if a = table[strings.TrimPrefix(r.URL.Path, AssetPrefix)]; a == nil {
				http.NotFound(w, r)
				return
			}
		default:
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
			return
		}
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		if a == nil {
			nonce := rand.Text()
			var page bytes.Buffer
			if err := pageTemplate.Execute(&page, pageData{Endpoint: endpoint, Nonce: nonce}); err != nil {
				http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
				return
			}
			h.Set("Content-Security-Policy", cspHead+nonce+cspTail)
			h.Set("Content-Type", "text/html; charset=utf-8")
			h.Set("Cache-Control", "no-store") // fresh nonce per response
			http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(page.Bytes()))
			return
		}
		h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
		h.Set("Content-Type", a.contentType)
		h.Set("ETag", a.etag)
		if r.URL.Query().Get("v") == a.version {
			// The page links assets by content hash, so a versioned URL never changes.
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			h.Set("Cache-Control", "public, max-age=3600")
		}
		http.ServeContent(w, r, a.name, time.Time{}, bytes.NewReader(a.data))
	})
}

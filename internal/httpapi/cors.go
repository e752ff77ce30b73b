package httpapi

import (
	"net/http"
	"strings"
)

// cors lets the pages of configured origins call /query from a browser.
// Tokens travel in the Authorization header, never in cookies, so CORS is
// not what stops forged requests (the JSON content type and the token do);
// it only decides which other sites' pages may read the answers.
type cors struct{ origins map[string]bool }

func newCORS(origins []string) cors {
	c := cors{origins: map[string]bool{}}
	for _, o := range origins {
		if o = strings.TrimRight(strings.TrimSpace(o), "/"); o != "" {
			c.origins[o] = true
		}
	}
	return c
}

// handle adds the CORS headers for an allowed origin and answers a
// preflight; it reports whether it answered. A preflight from any other
// origin is refused with 403; its other requests get no CORS header, so
// the browser keeps the answer from the page.
func (c cors) handle(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return false
	}
	w.Header().Add("Vary", "Origin")
	preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
	if !c.origins[origin] {
		if preflight {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusForbidden)
			_, _ = w.Write([]byte("origin not allowed\n"))
		}
		return preflight
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	if !preflight {
		h.Set("Access-Control-Expose-Headers", "X-Request-Id")
		return false
	}
	h.Add("Vary", "Access-Control-Request-Method")
	h.Add("Vary", "Access-Control-Request-Headers")
	h.Set("Access-Control-Allow-Methods", "GET, POST")
	h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
	h.Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
	return true
}

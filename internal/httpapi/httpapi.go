// Package httpapi is the service's HTTP surface: /query and /export/ behind
// token checks, health and readiness, metrics, GraphiQL, the demo sign-in
// and the web app.
package httpapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/itcoalition/api/graph"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/graphiql"
)

// Admitter checks a verified principal against the live registry: a domain
// error (a nation whose standing does not allow the token's role) refuses
// the request with its code and status; any other error is a 503.
type Admitter interface {
	Admit(ctx context.Context, p auth.Principal) error
}

// Config is what the HTTP surface is built from.
type Config struct {
	// GraphQL serves /query once the caller is known.
	GraphQL  http.Handler
	Verifier *auth.Verifier
	Admitter Admitter
	// Ready reports whether the store answers and the policies are loaded.
	Ready   func(ctx context.Context) error
	Metrics *Metrics
	Log     *slog.Logger
	// MaxBody bounds a request body in bytes.
	MaxBody int64
	// Timeout bounds one /query request, store calls included.
	Timeout time.Duration
	// Export serves the reports under /export/ once the caller is known.
	Export http.Handler
	// CORSOrigins are the origins (scheme://host[:port]) whose pages may
	// call /query from a browser; none by default.
	CORSOrigins []string
	// Documents are the trusted documents a request may name by documentId;
	// nil: none, and every query text runs.
	Documents *Documents
	// Demo serves /auth/demo and below (the demo sign-in); nil: 404.
	Demo http.Handler
	// Web serves the web app at "/" and every path nothing else claims;
	// nil: 404.
	Web http.Handler
}

// New returns the service's handler.
func New(c Config) http.Handler {
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	mux := http.NewServeMux()
	mux.Handle("/query", c.query())
	if c.Export != nil {
		mux.Handle("/export/", c.exports())
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := c.Ready(ctx); err != nil {
			c.Log.WarnContext(ctx, "not ready", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("not ready\n"))
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	mux.Handle("GET /metrics", c.Metrics.Handler())
	gi := graphiql.Handler("/query")
	mux.Handle(graphiql.PagePath, gi)
	mux.Handle(graphiql.AssetPrefix, gi)
	if c.Demo != nil {
		mux.Handle("/auth/demo", c.Demo)
		mux.Handle("/auth/demo/", c.Demo)
	}
	if c.Web != nil {
		mux.Handle("/", c.Web)
	}
	return c.Metrics.instrument(withRequestID(c.Log, mux))
}

// query guards /query, cheapest check first: method, media types and
// declared size, then the token, the nation's standing, and only then the
// body, read up to MaxBody whatever its declared length.
func (c Config) query() http.Handler {
	origins := newCORS(c.CORSOrigins)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origins.handle(w, r) {
			return
		}
		switch r.Method {
		case http.MethodGet:
		case http.MethodPost:
			if !jsonContent(r.Header.Get("Content-Type")) {
				c.refuse(w, r, http.StatusUnsupportedMediaType, graph.CodeBadUserInput, "POST /query needs Content-Type: application/json")
				return
			}
			if r.ContentLength > c.MaxBody {
				c.refuse(w, r, http.StatusRequestEntityTooLarge, graph.CodeBadUserInput, errTooLarge.msg)
				return
			}
		default:
			w.Header().Set("Allow", "GET, POST")
			c.refuse(w, r, http.StatusMethodNotAllowed, graph.CodeBadUserInput, "use GET or POST")
			return
		}
		stream := r.Method == http.MethodPost && wantsEventStream(r.Header)
		media, ok := negotiate(r.Header)
		if !ok && !stream {
			c.refuse(w, r, http.StatusNotAcceptable, graph.CodeBadUserInput, "Accept allows neither application/graphql-response+json nor application/json")
			return
		}
		if !ok {
			media = mediaJSON // for a refusal before the stream starts
		}
		start := graphql.Now()
		// The deadline covers the registry check too, so a store that
		// stopped answering fails the request in time. A subscription's
		// stream lasts until its token expires instead.
		actx, cancel := r.Context(), context.CancelFunc(func() {})
		if c.Timeout > 0 {
			actx, cancel = context.WithTimeout(actx, c.Timeout)
		}
		defer cancel()
		actx, ok = c.admit(actx, w, r)
		if !ok {
			return
		}
		ctx := actx
		if stream {
			p, _ := auth.PrincipalFrom(actx)
			raw, _ := auth.BearerToken(r.Header)
			var cancel context.CancelFunc
			ctx, cancel = context.WithDeadline(auth.WithPrincipal(r.Context(), p), tokenExpiry(raw))
			defer cancel()
		}
		req, err := decode(w, r, c.MaxBody)
		if err != nil {
			re := errUnreadable
			errors.As(err, &re)
			c.Log.InfoContext(ctx, "bad request", "reason", re.msg)
			c.refuse(w, r, re.status, graph.CodeBadUserInput, re.msg)
			return
		}
		if err := c.Documents.resolve(&req); err != nil {
			c.Log.InfoContext(ctx, "bad request", "reason", err)
			c.refuse(w, r, http.StatusBadRequest, graph.CodeBadUserInput, err.Error())
			return
		}
		ctx = withChecked(ctx, &checked{req: req, media: media, get: r.Method == http.MethodGet, stream: stream, read: readTiming(start)})
		c.GraphQL.ServeHTTP(w, r.WithContext(ctx))
	})
}

// admit verifies the bearer token and the token's nation against the live
// registry, answering 401 or 403 itself when either fails; ok is false
// then. The context it returns carries the principal.
func (c Config) admit(ctx context.Context, w http.ResponseWriter, r *http.Request) (_ context.Context, ok bool) {
	raw, err := auth.BearerToken(r.Header)
	if err != nil {
		c.unauthenticated(w, r, err)
		return ctx, false
	}
	p, err := c.Verifier.Verify(raw)
	if err != nil {
		c.unauthenticated(w, r, err)
		return ctx, false
	}
	ctx = auth.WithPrincipal(ctx, p)
	if err := c.Admitter.Admit(ctx, p); err != nil {
		if code, status, ok := graph.ErrorCode(err); ok {
			c.Log.InfoContext(ctx, "refused", "sub", p.Sub, "role", p.Role, "nation", p.Nation, "reason", err)
			c.refuse(w, r, status, code, "this token may not use the API: its nation, role or person is not admitted")
			return ctx, false
		}
		c.Log.ErrorContext(ctx, "admit failed", "err", err)
		c.refuse(w, r, http.StatusServiceUnavailable, graph.CodeInternal, "service unavailable, try again")
		return ctx, false
	}
	return ctx, true
}

// exports guards /export/ as /query is guarded: GET only, then the token
// and the nation's standing. The registry check has the request deadline;
// the report itself bounds each page it reads (a report may take longer
// than one request's deadline to stream).
func (c Config) exports() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", "GET")
			c.refuse(w, r, http.StatusMethodNotAllowed, graph.CodeBadUserInput, "use GET")
			return
		}
		actx, cancel := r.Context(), context.CancelFunc(func() {})
		if c.Timeout > 0 {
			actx, cancel = context.WithTimeout(actx, c.Timeout)
		}
		actx, ok := c.admit(actx, w, r)
		cancel()
		if !ok {
			return
		}
		p, _ := auth.PrincipalFrom(actx)
		c.Export.ServeHTTP(w, r.WithContext(auth.WithPrincipal(r.Context(), p)))
	})
}

// Fail answers a request refused before its answer started: a domain error
// with its code, status and (safe) message; anything else is logged and
// answered as an internal error.
func (c Config) Fail(w http.ResponseWriter, r *http.Request, err error) {
	var de *coalition.Error
	if code, status, ok := graph.ErrorCode(err); ok && errors.As(err, &de) {
		c.refuse(w, r, status, code, de.Message)
		return
	}
	c.Log.ErrorContext(r.Context(), "internal error", "path", r.URL.Path, "err", err)
	c.refuse(w, r, http.StatusInternalServerError, graph.CodeInternal, "internal server error")
}

// decode reads the request's GraphQL parameters from the URL (GET) or the
// body (POST); its errors are *requestError.
func decode(w http.ResponseWriter, r *http.Request, limit int64) (request, error) {
	if r.Method == http.MethodGet {
		return decodeQuery(r.URL.RawQuery)
	}
	body, err := readBody(w, r, limit)
	if err != nil {
		return request{}, err
	}
	return decodeBody(body)
}

// jsonContent reports whether a Content-Type is application/json in UTF-8,
// the only encoding the GraphQL-over-HTTP specification allows. Anything
// else is refused, so that a browser form (which cannot send JSON without
// a CORS preflight) never reaches the API.
func jsonContent(ct string) bool {
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != mediaJSON {
		return false
	}
	cs, ok := params["charset"]
	return !ok || strings.EqualFold(cs, "utf-8")
}

func (c Config) unauthenticated(w http.ResponseWriter, r *http.Request, err error) {
	c.Log.InfoContext(r.Context(), "unauthenticated", "reason", err)
	w.Header().Set("WWW-Authenticate", `Bearer realm="itc", error="invalid_token"`)
	msg := "a valid bearer token is required"
	if errors.Is(err, auth.ErrNoToken) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="itc"`)
	}
	c.refuse(w, r, http.StatusUnauthorized, graph.CodeUnauthenticated, msg)
}

// refuse answers a request that GraphQL will not run, and counts it.
func (c Config) refuse(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	if c.Metrics != nil {
		c.Metrics.ObserveError(code)
	}
	writeError(w, r, status, code, msg)
}

// writeError answers with a GraphQL error document and the given status,
// in the media type the client accepts (application/json if none).
func writeError(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	media, ok := negotiate(r.Header)
	if !ok {
		media = mediaJSON
	}
	w.Header().Set("Content-Type", media)
	writeJSONError(w, status, code, msg)
}

// writeJSONError writes an error document; the caller sets Content-Type.
func writeJSONError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}

type requestIDKey struct{}

// RequestID returns the id of the request in ctx, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

func withRequestID(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b [8]byte
		_, _ = rand.Read(b[:])
		id := hex.EncodeToString(b[:])
		w.Header().Set("X-Request-Id", id)
		ctx := context.WithValue(r.Context(), requestIDKey{}, id)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// LogHandler adds the request id of the record's context to every record.
type LogHandler struct{ slog.Handler }

// Handle implements slog.Handler.
func (h LogHandler) Handle(ctx context.Context, rec slog.Record) error {
	if id := RequestID(ctx); id != "" {
		rec.AddAttrs(slog.String("request_id", id))
	}
	return h.Handler.Handle(ctx, rec)
}

// WithAttrs implements slog.Handler.
func (h LogHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return LogHandler{h.Handler.WithAttrs(attrs)}
}

// WithGroup implements slog.Handler.
func (h LogHandler) WithGroup(name string) slog.Handler {
	return LogHandler{h.Handler.WithGroup(name)}
}

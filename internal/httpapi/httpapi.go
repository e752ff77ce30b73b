// Package httpapi is the service's HTTP surface: /query behind token checks,
// health and readiness, metrics, and GraphiQL.
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

	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/graphiql"
)

// Admitter checks a verified principal against the live registry.
type Admitter interface {
	Admit(ctx context.Context, p auth.Principal) error
}

// Config is what the HTTP surface is built from.
type Config struct {
	// GraphQL serves /query once the caller is known.
	GraphQL  http.Handler
	Verifier *auth.Verifier
	Admitter Admitter
	// ErrStanding is the error Admit wraps for a nation that may not use the
	// token's role (403); any other Admit error is a 503.
	ErrStanding error
	// Ready reports whether the store answers and the policies are loaded.
	Ready   func(ctx context.Context) error
	Metrics *Metrics
	Log     *slog.Logger
	// MaxBody bounds a request body in bytes.
	MaxBody int64
	// Timeout bounds one /query request, store calls included.
	Timeout time.Duration
}

// New returns the service's handler.
func New(c Config) http.Handler {
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	mux := http.NewServeMux()
	mux.Handle("/query", c.query())
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
	mux.Handle("/", graphiql.Handler("/query"))
	return c.Metrics.instrument(withRequestID(c.Log, mux))
}

// query guards /query: a bounded body of the right type, a valid token,
// and a nation whose standing allows the token's role.
func (c Config) query() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet:
		case http.MethodPost:
			mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if err != nil || mt != "application/json" {
				writeError(w, r, http.StatusUnsupportedMediaType, "BAD_USER_INPUT", "POST /query needs Content-Type: application/json")
				return
			}
			if r.ContentLength > c.MaxBody {
				writeError(w, r, http.StatusRequestEntityTooLarge, "BAD_USER_INPUT", "request body is too large")
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, c.MaxBody)
		default:
			w.Header().Set("Allow", "GET, POST")
			writeError(w, r, http.StatusMethodNotAllowed, "BAD_USER_INPUT", "use GET or POST")
			return
		}
		raw, err := auth.BearerToken(r.Header)
		if err != nil {
			c.unauthenticated(w, r, err)
			return
		}
		p, err := c.Verifier.Verify(raw)
		if err != nil {
			c.unauthenticated(w, r, err)
			return
		}
		ctx := auth.WithPrincipal(r.Context(), p)
		if err := c.Admitter.Admit(ctx, p); err != nil {
			if errors.Is(err, c.ErrStanding) {
				c.Log.InfoContext(ctx, "forbidden", "sub", p.Sub, "role", p.Role, "nation", p.Nation, "reason", err)
				writeError(w, r, http.StatusForbidden, "FORBIDDEN", "this token's nation may not use the API with this role")
				return
			}
			c.Log.ErrorContext(ctx, "admit failed", "err", err)
			writeError(w, r, http.StatusServiceUnavailable, "INTERNAL_SERVER_ERROR", "service unavailable, try again")
			return
		}
		if c.Timeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, c.Timeout)
			defer cancel()
		}
		c.GraphQL.ServeHTTP(w, r.WithContext(ctx))
	})
}

func (c Config) unauthenticated(w http.ResponseWriter, r *http.Request, err error) {
	c.Log.InfoContext(r.Context(), "unauthenticated", "reason", err)
	w.Header().Set("WWW-Authenticate", `Bearer realm="itc", error="invalid_token"`)
	msg := "a valid bearer token is required"
	if errors.Is(err, auth.ErrNoToken) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="itc"`)
	}
	writeError(w, r, http.StatusUnauthorized, "UNAUTHENTICATED", msg)
}

// writeError answers with a GraphQL error document and the given status.
func writeError(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	w.Header().Set("Content-Type", responseType(r))
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}

// responseType picks application/graphql-response+json when the client
// accepts it, else application/json.
func responseType(r *http.Request) string {
	for part := range strings.SplitSeq(r.Header.Get("Accept"), ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err == nil && mt == "application/graphql-response+json" {
			return mt
		}
	}
	return "application/json"
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

// Package apptest starts the real service for end-to-end tests: the
// embedded store, the real policies and the real HTTP handler, with no mock.
package apptest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/event"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/itcoalition/api/graph"
	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/embedded"
)

// Secret is the HS256 key test servers accept.
var Secret = []byte("apptest-secret-apptest-secret-0123456789")

// Server is a running service under test.
type Server struct {
	t   testing.TB
	Cfg app.Config
	App *app.App
	// HTTP serves App.Handler on a loopback port.
	HTTP *httptest.Server
	// Commands counts the commands the driver sent to the store.
	Commands atomic.Int64
	log      *lockedWriter
}

// LogText returns what the service has logged so far.
func (s *Server) LogText() string {
	s.log.mu.Lock()
	defer s.log.mu.Unlock()
	return s.log.w.(*bytes.Buffer).String()
}

// Option changes the configuration before start.
type Option func(*app.Config)

// WithPolicyDir serves with the policies in dir.
func WithPolicyDir(dir string) Option { return func(c *app.Config) { c.PolicyDir = dir } }

// WithSeed sets ITC_SEED.
func WithSeed(seed string) Option { return func(c *app.Config) { c.Seed = seed } }

// WithDataDir uses dir for the store (to restart on the same data).
func WithDataDir(dir string) Option { return func(c *app.Config) { c.DataDir = dir } }

// WithFerretDB serves from the embedded FerretDB, through the MongoDB store,
// instead of SQLite: for tests of that store's round trips and outages.
func WithFerretDB() Option { return func(c *app.Config) { c.Embedded = app.EmbeddedFerretDB } }

// StartFerretDB starts the in-process FerretDB for app.Config: the default
// binary does not link it, test servers do.
func StartFerretDB(ctx context.Context, dir string, log *slog.Logger) (app.MongoServer, error) {
	es, err := embedded.Start(ctx, dir, log)
	if err != nil {
		return nil, err
	}
	return es, nil
}

// DefaultEmbedded is the embedded store a test server uses unless an option
// says otherwise; app.EmbeddedFerretDB until every package's tests run on
// SQLite.
var DefaultEmbedded = app.EmbeddedFerretDB

// WithConfig applies f to the configuration.
func WithConfig(f func(*app.Config)) Option { return Option(f) }

// RepoRoot is the repository's top folder, found from this file.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// DataDir makes a short-named private folder (the store's Unix socket path
// must stay under 104 bytes, which t.TempDir's long names can exceed).
func DataDir(t testing.TB) string {
	dir, err := os.MkdirTemp("", "itc")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return dir
}

// Start starts a service with the demo coalition in a fresh data folder.
func Start(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := &Server{t: t, log: &lockedWriter{w: &bytes.Buffer{}}}
	s.Cfg = app.Config{
		Addr: "127.0.0.1:0", DB: "itc", Seed: "demo", Embedded: DefaultEmbedded, StartFerretDB: StartFerretDB,
		PolicyDir: filepath.Join(RepoRoot(), "policies"),
		Auth:      auth.Config{Secret: Secret},
		Limits:    graph.DefaultLimits, MaxBody: 1 << 20, Timeout: 10 * time.Second,
	}
	for _, o := range opts {
		o(&s.Cfg)
	}
	if s.Cfg.DataDir == "" {
		s.Cfg.DataDir = DataDir(t)
	}
	s.Cfg.Auth.DataDir = s.Cfg.DataDir
	s.Cfg.Monitor = options.Client().SetMonitor(&event.CommandMonitor{
		Started: func(context.Context, *event.CommandStartedEvent) { s.Commands.Add(1) },
	})
	s.start()
	t.Cleanup(s.Stop)
	return s
}

func (s *Server) start() {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	log := slog.New(slog.NewTextHandler(s.log, nil))
	a, err := app.Start(ctx, s.Cfg, log)
	if err != nil {
		s.t.Fatalf("start service: %v", err)
	}
	s.App = a
	s.HTTP = httptest.NewServer(a.Handler)
}

// Stop stops the HTTP server and the service (idempotent).
func (s *Server) Stop() {
	if s.HTTP != nil {
		s.HTTP.Close()
		s.HTTP = nil
	}
	if s.App != nil {
		s.App.Close()
		s.App = nil
	}
}

// Restart stops the service and starts it again on the same data.
func (s *Server) Restart() {
	s.t.Helper()
	s.Stop()
	s.start()
}

// Token mints a token for role and nation that the server accepts.
func (s *Server) Token(role, nation string) string {
	return s.TokenFor(role+"-"+nation, role, nation)
}

// TokenFor mints a token with an explicit subject.
func (s *Server) TokenFor(sub, role, nation string) string {
	s.t.Helper()
	tok, err := auth.Mint(s.Cfg.Auth, auth.Principal{Sub: sub, Role: role, Nation: nation}, time.Hour, time.Now())
	if err != nil {
		s.t.Fatalf("mint: %v", err)
	}
	return tok
}

// Error is one entry of a response's errors.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code is the error's extensions.code.
func (e Error) Code() string { c, _ := e.Extensions["code"].(string); return c }

// Response is a decoded GraphQL response.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors"`
}

// Codes lists the errors' codes.
func (r Response) Codes() []string {
	var out []string
	for _, e := range r.Errors {
		out = append(out, e.Code())
	}
	return out
}

// Decode unmarshals data into v, failing the test on error.
func (r Response) Decode(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode data %s: %v", r.Data, err)
	}
}

// Query POSTs a GraphQL request with token (none when empty).
func (s *Server) Query(token, query string, vars map[string]any) Response {
	s.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, s.HTTP.URL+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return s.Do(req)
}

// Do sends req and decodes the GraphQL response.
func (s *Server) Do(req *http.Request) Response {
	s.t.Helper()
	resp, err := s.HTTP.Client().Do(req)
	if err != nil {
		s.t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	out := Response{Status: resp.StatusCode, Header: resp.Header, Body: b}
	_ = json.Unmarshal(b, &out)
	return out
}

// MustQuery is Query that fails the test on any error in the response.
func (s *Server) MustQuery(token, query string, vars map[string]any, into any) {
	s.t.Helper()
	r := s.Query(token, query, vars)
	if r.Status != http.StatusOK || len(r.Errors) > 0 {
		s.t.Fatalf("query failed: status %d, body %s", r.Status, r.Body)
	}
	if into != nil {
		r.Decode(s.t, into)
	}
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// PolicyEdit is a change to one file of a policy folder: old must be present, so
// a test cannot pass on an edit that changed nothing. An empty old appends.
type PolicyEdit struct {
	File, Old, New string
}

// PolicyCopy copies the repository's policies/ to a temporary folder and applies edits.
func PolicyCopy(t testing.TB, edits ...PolicyEdit) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"model.conf", "policy.csv", "decisions.csv"} {
		b, err := os.ReadFile(filepath.Join(RepoRoot(), "policies", name))
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, e := range edits {
			if e.File != name {
				continue
			}
			switch {
			case e.Old == "":
				s = strings.TrimRight(s, "\n") + "\n" + e.New
			case !strings.Contains(s, e.Old):
				t.Fatalf("%s has no %q to change", name, e.Old)
			default:
				s = strings.Replace(s, e.Old, e.New, 1)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// DeleteLine removes one policy line (with its newline).
func DeleteLine(line string) PolicyEdit { return PolicyEdit{"policy.csv", line + "\n", ""} }

// AppendLine adds a line at the end of file.
func AppendLine(file, line string) PolicyEdit { return PolicyEdit{file, "", line + "\n"} }

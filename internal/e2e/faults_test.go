package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/embedded"
)

// faults is a gqlgen extension that misbehaves on the fields it is told
// to ("Type.field"), standing in for a resolver bug or a slow store.
type faults struct {
	mu sync.Mutex
	at map[string]func(ctx context.Context, next graphql.Resolver) (any, error)
}

func (*faults) ExtensionName() string                   { return "Faults" }
func (*faults) Validate(graphql.ExecutableSchema) error { return nil }

func (f *faults) set(field string, fn func(ctx context.Context, next graphql.Resolver) (any, error)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.at == nil {
		f.at = map[string]func(context.Context, graphql.Resolver) (any, error){}
	}
	if fn == nil {
		delete(f.at, field)
		return
	}
	f.at[field] = fn
}

func (f *faults) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	f.mu.Lock()
	fn := f.at[fc.Object+"."+fc.Field.Name]
	f.mu.Unlock()
	if fn == nil {
		return next(ctx)
	}
	return fn(ctx, next)
}

func withFaults(f *faults) apptest.Option {
	return apptest.WithConfig(func(c *app.Config) { c.Extensions = append(c.Extensions, f) })
}

// leaks reports the first sign of internal detail in an answer.
func leaks(body []byte) string {
	lower := strings.ToLower(string(body))
	for _, w := range append(slices.Clone(leakWords), "boom", "stack") {
		if strings.Contains(lower, strings.ToLower(w)) {
			return w
		}
	}
	return ""
}

func TestPanicInResolver(t *testing.T) {
	f := &faults{}
	s := apptest.Start(t, withFaults(f))
	tok := s.Token("chair", "EE")
	tests := []struct {
		name, field, query string
		panic              func()
	}{
		{"root field", "Query.fund", `{ fund { received } }`, func() { panic("boom: mongo connection to sqlite lost") }},
		{"field of every row of a list", "Nation.name", `{ nations(first: 3) { edges { node { code name } } } }`, func() {
			var m map[string]int
			m["boom"]++ // a runtime error, as a real bug would raise
		}},
		{"nested relation", "Contribution.nation", `{ contributions(first: 2) { edges { node { id nation { code } } } } }`, func() {
			panic(errors.New("boom: index out of range [7] with length 3"))
		}},
		{"mutation", "Mutation.suspendNation", `mutation { suspendNation(code: "LV", reason: "x") { code status } }`, func() { panic("boom") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f.set(tc.field, func(context.Context, graphql.Resolver) (any, error) { tc.panic(); return nil, nil })
			r := s.Query(tok, tc.query, nil)
			f.set(tc.field, nil)
			if r.Status != 200 || len(r.Errors) == 0 {
				t.Fatalf("status %d, body %s; want 200 with errors", r.Status, r.Body)
			}
			for _, e := range r.Errors {
				if e.Code() != "INTERNAL_SERVER_ERROR" || e.Message != "internal server error" {
					t.Errorf("error %q (%s), want a plain INTERNAL_SERVER_ERROR", e.Message, e.Code())
				}
			}
			if w := leaks(r.Body); w != "" {
				t.Errorf("answer holds %q: %s", w, r.Body)
			}
			if log := s.LogText(); !strings.Contains(log, "panic in resolver") || !strings.Contains(log, "goroutine") {
				t.Errorf("the panic and its stack are not in the log")
			}
			// The server goes on serving; the mutation changed nothing.
			next := tc.query
			if strings.HasPrefix(tc.field, "Mutation.") {
				next = `{ nation(code: "LV") { status } }`
			}
			r = s.Query(tok, next, nil)
			if r.Status != 200 || len(r.Errors) > 0 || strings.Contains(string(r.Data), "SUSPENDED") {
				t.Errorf("next request: status %d, body %s", r.Status, r.Body)
			}
		})
	}
}

// TestDeadlineCancelsStoreCall holds a resolver until the request's
// deadline has passed and then lets it call the store: the call must fail
// without a command reaching the store, and the client must hear back
// within the deadline with a masked error.
func TestDeadlineCancelsStoreCall(t *testing.T) {
	f := &faults{}
	const timeout = 400 * time.Millisecond
	// Counts the driver's commands: on FerretDB through the MongoDB store.
	s := apptest.Start(t, withFaults(f), apptest.WithFerretDB(), apptest.WithConfig(func(c *app.Config) { c.Timeout = timeout }))
	var sent atomic.Int64
	sent.Store(-1)
	f.set("Query.nations", func(ctx context.Context, next graphql.Resolver) (any, error) {
		<-ctx.Done()
		before := s.Commands.Load()
		res, err := next(ctx)
		sent.Store(s.Commands.Load() - before)
		return res, err
	})
	start := time.Now()
	r := s.Query(s.Token("member", "DK"), `{ nations { totalCount } }`, nil)
	took := time.Since(start)
	if took > timeout+time.Second {
		t.Errorf("answered after %v, deadline %v", took, timeout)
	}
	if got, want := r.Codes(), []string{"INTERNAL_SERVER_ERROR"}; !slices.Equal(got, want) {
		t.Errorf("codes %v, want %v; body %s", got, want, r.Body)
	}
	if w := leaks(r.Body); w != "" || strings.Contains(string(r.Body), "deadline") {
		t.Errorf("answer shows internal detail: %s", r.Body)
	}
	if n := sent.Load(); n != 0 {
		t.Errorf("%d commands reached the store after the deadline (-1: the store was never called)", n)
	}
	if !strings.Contains(s.LogText(), "context deadline exceeded") {
		t.Errorf("the log does not say the deadline cut the store call")
	}
}

// TestStoreOutage stops the embedded store under a running server, checks
// that the service says so and fails fast, then restarts the store on the
// same folder and checks that the service recovers by itself.
func TestStoreOutage(t *testing.T) {
	const timeout = time.Second
	// Only the embedded FerretDB is a server that can stop under the service.
	s := apptest.Start(t, apptest.WithFerretDB(), apptest.WithConfig(func(c *app.Config) { c.Timeout = timeout }))
	tok := s.Token("member", "DK")
	get := func(path string) int {
		t.Helper()
		resp, err := s.HTTP.Client().Get(s.HTTP.URL + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	query := `{ nations { totalCount } }`
	healthy := func(step string) {
		t.Helper()
		if got := get("/readyz"); got != 200 {
			t.Errorf("%s: /readyz %d, want 200", step, got)
		}
		r := s.Query(tok, query, nil)
		if r.Status != 200 || !strings.Contains(string(r.Data), `"totalCount":12`) {
			t.Errorf("%s: status %d, body %s", step, r.Status, r.Body)
		}
	}
	healthy("before")

	if err := s.App.EmbeddedStore().Stop(); err != nil {
		t.Fatal(err)
	}
	if got := get("/healthz"); got != 200 {
		t.Errorf("store down: /healthz %d, want 200 (the process still serves)", got)
	}
	if got := get("/readyz"); got != 503 {
		t.Errorf("store down: /readyz %d, want 503", got)
	}
	for _, q := range []string{query, `mutation { suspendNation(code: "LV", reason: "outage") { code } }`} {
		start := time.Now()
		r := s.Query(tok, q, nil)
		if took := time.Since(start); took > timeout+time.Second {
			t.Errorf("store down: %.30s answered after %v, deadline %v", q, took, timeout)
		}
		if r.Status != 503 && r.Status != 200 || !slices.Contains(r.Codes(), "INTERNAL_SERVER_ERROR") {
			t.Errorf("store down: %.30s: status %d, body %s; want a masked error", q, r.Status, r.Body)
		}
		if w := leaks(r.Body); w != "" {
			t.Errorf("store down: answer holds %q: %s", w, r.Body)
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	es, err := embedded.Start(ctx, filepath.Join(s.Cfg.DataDir, "store"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Stop(); _ = es.Stop() })
	deadline := time.Now().Add(15 * time.Second)
	for get("/readyz") != 200 {
		if time.Now().After(deadline) {
			t.Fatal("the service did not reconnect to the restarted store")
		}
		time.Sleep(100 * time.Millisecond)
	}
	healthy("after restart")
}

// serve runs the app on a loopback listener as `go run .` does, and
// returns its address and a stop function that cancels the context (what
// SIGTERM does in main) and waits for ServeListener to return.
func serve(t *testing.T, a *app.App) (addr string, stop func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.ServeListener(ctx, ln) }()
	var once sync.Once
	var serveErr error
	stop = func() error {
		once.Do(func() { cancel(); serveErr = <-done })
		return serveErr
	}
	t.Cleanup(func() { _ = stop() })
	return ln.Addr().String(), stop
}

func TestShutdownDrainsInFlightRequests(t *testing.T) {
	f := &faults{}
	s := apptest.Start(t, withFaults(f))
	addr, stop := serve(t, s.App)
	started, release := make(chan struct{}), make(chan struct{})
	f.set("Query.me", func(ctx context.Context, next graphql.Resolver) (any, error) {
		close(started)
		select {
		case <-release:
		case <-ctx.Done():
		}
		return next(ctx)
	})
	type result struct {
		status int
		body   []byte
		err    error
	}
	res := make(chan result, 1)
	go func() {
		body, _ := json.Marshal(map[string]any{"query": `{ me { sub } }`})
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+s.Token("member", "DK"))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			res <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		res <- result{resp.StatusCode, b, err}
	}()
	<-started
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	// Shutdown closes the listener first: new clients are turned away...
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("still accepting connections after shutdown began")
		}
		time.Sleep(20 * time.Millisecond)
	}
	// ...while the request in flight is waited for.
	select {
	case err := <-stopped:
		t.Fatalf("ServeListener returned (%v) with a request in flight", err)
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	r := <-res
	if r.err != nil || r.status != 200 || !strings.Contains(string(r.body), `"sub":"member-DK"`) {
		t.Errorf("in-flight request: status %d, err %v, body %s", r.status, r.err, r.body)
	}
	if err := <-stopped; err != nil {
		t.Errorf("ServeListener: %v", err)
	}
}

// TestSlowClientsAreCut opens raw connections that stall: the server must
// hang up on them after its read-header and idle timeouts.
func TestSlowClientsAreCut(t *testing.T) {
	const limit = 300 * time.Millisecond
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.ReadHeaderTimeout, c.IdleTimeout = limit, limit }))
	addr, _ := serve(t, s.App)
	tests := []struct {
		name  string
		send  string
		reply bool // a full request is answered before the idle wait
	}{
		{"silent", "", false},
		{"half a header", "GET /healthz HTTP/1.1\r\nHost: itc\r\nX-Slow: ", false},
		{"idle after a request", "GET /healthz HTTP/1.1\r\nHost: itc\r\n\r\n", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			start := time.Now()
			if _, err := io.WriteString(conn, tc.send); err != nil {
				t.Fatal(err)
			}
			_ = conn.SetReadDeadline(time.Now().Add(10 * time.Second))
			br := bufio.NewReader(conn)
			if tc.reply {
				resp, err := http.ReadResponse(br, nil)
				if err != nil {
					t.Fatalf("no answer to the full request: %v", err)
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				start = time.Now()
			}
			// Whatever the server writes (at most a 408), it then hangs up.
			_, err = io.Copy(io.Discard, br)
			took := time.Since(start)
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				t.Fatalf("the server kept the connection open for %v", took)
			}
			if took < limit/2 || took > limit+2*time.Second {
				t.Errorf("hung up after %v, want about %v", took, limit)
			}
		})
	}
}

package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// slowEvents is a subscription whose one result comes after a delay: the
// executor part of a stream, without a schema.
type slowEvents struct{ delay time.Duration }

func (slowEvents) CreateOperationContext(context.Context, *graphql.RawParams) (*graphql.OperationContext, gqlerror.List) {
	return &graphql.OperationContext{}, nil
}

func (slowEvents) DispatchError(context.Context, gqlerror.List) *graphql.Response { return nil }

func (s slowEvents) DispatchOperation(ctx context.Context, _ *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	sent := false
	return func(ctx context.Context) *graphql.Response {
		if sent {
			return nil
		}
		select {
		case <-time.After(s.delay):
			sent = true
			return &graphql.Response{Data: json.RawMessage(`{"auditEvents":{"action":"late"}}`)}
		case <-ctx.Done():
			return nil
		}
	}, ctx
}

// A stream outlives the server's read and write timeouts, which bound one
// ordinary request: its next event still arrives after both have passed.
func TestStreamOutlivesServerTimeouts(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{
		ReadTimeout:  300 * time.Millisecond,
		WriteTimeout: 300 * time.Millisecond,
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.ReadAll(r.Body)
			serveStream(r.Context(), w, slowEvents{delay: time.Second}, &graphql.OperationContext{})
		}),
	}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()

	resp, err := http.Post("http://"+ln.Addr().String(), "application/json", strings.NewReader(`{}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if got := string(body); !strings.Contains(got, "event: next\ndata: {\"data\":{\"auditEvents\":{\"action\":\"late\"}}}") || !strings.HasSuffix(got, "event: complete\ndata:\n\n") {
		t.Errorf("stream = %q, want the late event, then complete", got)
	}
}

// burst is a subscription whose results come back to back, each in the
// same reused buffer, as gqlgen's executor hands them out.
type burst struct{ n int }

func (burst) CreateOperationContext(context.Context, *graphql.RawParams) (*graphql.OperationContext, gqlerror.List) {
	return &graphql.OperationContext{}, nil
}

func (burst) DispatchError(context.Context, gqlerror.List) *graphql.Response { return nil }

func (b burst) DispatchOperation(ctx context.Context, _ *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	var buf bytes.Buffer
	i := 0
	return func(context.Context) *graphql.Response {
		if i == b.n {
			return nil
		}
		i++
		buf.Reset()
		fmt.Fprintf(&buf, `{"n":%d}`, i)
		return &graphql.Response{Data: buf.Bytes()}
	}, ctx
}

// Results that arrive together each reach the client intact and in order,
// although the executor reuses its buffer for the next one.
func TestStreamKeepsEachResult(t *testing.T) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/query", nil)
	serveStream(req.Context(), rec, burst{n: 50}, &graphql.OperationContext{})
	var want strings.Builder
	want.WriteString(": stream open\n\n")
	for i := 1; i <= 50; i++ {
		fmt.Fprintf(&want, "event: next\ndata: {\"data\":{\"n\":%d}}\n\n", i)
	}
	want.WriteString("event: complete\ndata:\n\n")
	if got := rec.Body.String(); got != want.String() {
		t.Errorf("stream =\n%s\nwant\n%s", got, want.String())
	}
}

package httpapi

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/itcoalition/api/graph"
)

// checked is what /query hands the GraphQL server: a request that passed
// every HTTP check, and how to answer it.
type checked struct {
	req   request
	media string
	get   bool
	// stream: the client accepts server-sent events (stream.go).
	stream bool
	read   graphql.TraceTiming
}

type checkedKey struct{}

// Transport is the gqlgen transport for /query. It runs only requests that
// the /query handler decoded and checked, so gqlgen's own decoders (which
// echo a bad body) never see one; anything else gets gqlgen's 400.
type Transport struct{}

var _ graphql.Transport = Transport{}

// Supports implements graphql.Transport.
func (Transport) Supports(r *http.Request) bool {
	_, ok := r.Context().Value(checkedKey{}).(*checked)
	return ok
}

// Do implements graphql.Transport, with the status codes of the
// GraphQL-over-HTTP specification: a request that fails before execution
// (parse, validation, limits) is a 400 in application/graphql-response+json
// and a 200 in application/json; a mutation over GET is a 405.
func (Transport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	c := r.Context().Value(checkedKey{}).(*checked)
	ctx := r.Context()
	h := w.Header()
	h.Set("Content-Type", c.media)
	h.Set("Cache-Control", "no-store")
	params := &graphql.RawParams{
		Query:         c.req.Query,
		OperationName: c.req.OperationName,
		Variables:     c.req.Variables,
		Extensions:    c.req.Extensions,
		Headers:       r.Header,
		ReadTime:      c.read,
	}
	oc, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		status := http.StatusOK
		if c.media == mediaGraphQLResponse {
			status = http.StatusBadRequest
		}
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs)
		// A request error has no data entry, not even null.
		writeResponse(w, status, requestErrors{Errors: resp.Errors, Extensions: resp.Extensions})
		return
	}
	if c.get && oc.Operation.Operation != ast.Query {
		h.Set("Allow", "POST")
		writeJSONError(w, http.StatusMethodNotAllowed, graph.CodeBadUserInput, "GET runs queries only; send a mutation with POST")
		return
	}
	if sub := oc.Operation.Operation == ast.Subscription; sub != c.stream {
		msg := "Accept: text/event-stream is for subscriptions only"
		if sub {
			msg = "a subscription needs POST with Accept: text/event-stream"
		}
		writeJSONError(w, http.StatusBadRequest, graph.CodeBadUserInput, msg)
		return
	} else if sub {
		serveStream(ctx, w, exec, oc)
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	resp := responses(ctx)
	if resp == nil {
		// gqlgen gives no response once the request's deadline has passed.
		writeJSONError(w, http.StatusServiceUnavailable, graph.CodeInternal, "the request ran out of time, try again")
		return
	}
	writeResponse(w, http.StatusOK, resp)
}

// requestErrors is the answer to a request that failed before execution.
type requestErrors struct {
	Errors     gqlerror.List  `json:"errors"`
	Extensions map[string]any `json:"extensions,omitempty"`
}

func writeResponse(w http.ResponseWriter, status int, resp any) {
	b, err := json.Marshal(resp)
	if err != nil {
		writeJSONError(w, http.StatusInternalServerError, graph.CodeInternal, "internal server error")
		return
	}
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// withChecked hands c to Transport.
func withChecked(ctx context.Context, c *checked) context.Context {
	return context.WithValue(ctx, checkedKey{}, c)
}

func readTiming(start time.Time) graphql.TraceTiming {
	return graphql.TraceTiming{Start: start, End: graphql.Now()}
}

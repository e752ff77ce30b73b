package httpapi

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// Subscriptions travel as server-sent events (the graphql-sse protocol's
// distinct-connections mode): POST /query with Accept: text/event-stream,
// answered by "next" events carrying one result each and a final
// "complete". The stream lasts until the client leaves, the subscription
// ends or the token expires, whatever the request timeout.
const mediaEventStream = "text/event-stream"

// keepAlive is how often an idle stream sends a comment, so proxies keep
// it open and a gone client is noticed.
const keepAlive = 15 * time.Second

// wantsEventStream reports whether the client asks for server-sent events.
func wantsEventStream(h http.Header) bool {
	for _, v := range h.Values("Accept") {
		for part := range strings.SplitSeq(v, ",") {
			mt, _, _ := strings.Cut(strings.TrimSpace(part), ";")
			if strings.EqualFold(strings.TrimSpace(mt), mediaEventStream) {
				return true
			}
		}
	}
	return false
}

// tokenExpiry reads exp from a token that Verify has already accepted; the
// zero time if it cannot.
func tokenExpiry(raw string) time.Time {
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return time.Time{}
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return time.Time{}
	}
	var c struct {
		Exp float64 `json:"exp"`
	}
	if json.Unmarshal(b, &c) != nil || c.Exp <= 0 {
		return time.Time{}
	}
	return time.Unix(int64(c.Exp), 0)
}

// serveStream runs a subscription and writes each of its results as an
// event until it ends or ctx does.
func serveStream(ctx context.Context, w http.ResponseWriter, exec graphql.GraphExecutor, oc *graphql.OperationContext) {
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", mediaEventStream)
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	responses, ctx := exec.DispatchOperation(ctx, oc)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan *graphql.Response)
	go func() {
		defer close(next)
		for {
			resp := responses(ctx)
			if resp == nil {
				return
			}
			// The executor writes the next result into the same buffer, so
			// this one is copied before the next is asked for.
			resp.Data = slices.Clone(resp.Data)
			select {
			case next <- resp:
			case <-ctx.Done():
				return
			}
		}
	}()
	send := func(s string) bool {
		// The server's write timeout is for one answer; a stream extends it
		// before each event.
		_ = rc.SetWriteDeadline(time.Now().Add(keepAlive * 2))
		if _, err := fmt.Fprint(w, s); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !send(": stream open\n\n") {
		return
	}
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		select {
		case resp, ok := <-next:
			if !ok {
				send("event: complete\ndata:\n\n")
				return
			}
			b, err := json.Marshal(resp)
			if err != nil || !send("event: next\ndata: "+string(b)+"\n\n") {
				return
			}
		case <-tick.C:
			if !send(": keep-alive\n\n") {
				return
			}
		case <-ctx.Done():
			send("event: complete\ndata:\n\n")
			return
		}
	}
}

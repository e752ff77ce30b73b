package e2e

import (
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
)

// echoMarker is planted in hostile bodies; no response may carry it back.
const echoMarker = "ECHO-MARKER-7f3a"

// leakWords are signs of internal detail in a response: the store, the
// code, the stack.
var leakWords = []string{"mongo", "ferret", "sqlite", "goroutine", ".go:", "panic", "runtime error", "bson", "driver", echoMarker}

// hostileCall is one request and what it must get.
type hostileCall struct {
	name string
	req  func() *http.Request
	// wantStatus and wantCodes judge the answer: errors[0]'s code must be
	// one of wantCodes ("" meaning no error at all); nil skips the code
	// check (an answer that is not a GraphQL document).
	wantStatus int
	wantCodes  []string
	// wantMessage, when set, must be part of errors[0].message.
	wantMessage string
	// wantHeader lists headers the answer must carry ("" meaning absent).
	wantHeader map[string]string
	// audited calls may write audit events (a denied or failed mutation);
	// every other collection must stay as it was.
	audited bool
	// check looks further at the answer.
	check func(t *testing.T, r hostileAnswer)
}

type hostileAnswer struct {
	Status int
	Header http.Header
	Body   []byte
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	Extensions map[string]any `json:"extensions"`
}

func (a hostileAnswer) code() string {
	if len(a.Errors) == 0 {
		return ""
	}
	c, _ := a.Errors[0].Extensions["code"].(string)
	return c
}

// hostileClient builds requests to one running service.
type hostileClient struct {
	url   string
	token string
}

// gql is a well-formed POST of query and variables.
func (h hostileClient) gql(query string, vars map[string]any, mods ...func(*http.Request)) func() *http.Request {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return h.raw(http.MethodPost, "", string(body), mods...)
}

// raw is a request with the token and Content-Type: application/json,
// which mods may change.
func (h hostileClient) raw(method, rawQuery, body string, mods ...func(*http.Request)) func() *http.Request {
	return func() *http.Request {
		var rd io.Reader
		if body != "" {
			rd = strings.NewReader(body)
		}
		req, err := http.NewRequest(method, h.url+"/query", rd)
		if err != nil {
			panic(err)
		}
		req.URL.RawQuery = rawQuery
		if method == http.MethodPost {
			req.Header.Set("Content-Type", "application/json")
		}
		req.Header.Set("Authorization", "Bearer "+h.token)
		for _, m := range mods {
			m(req)
		}
		return req
	}
}

func header(k, v string) func(*http.Request) {
	return func(r *http.Request) {
		if v == "" {
			r.Header.Del(k)
		} else {
			r.Header.Set(k, v)
		}
	}
}

func addHeader(k, v string) func(*http.Request) { return func(r *http.Request) { r.Header.Add(k, v) } }

func bearer(tok string) func(*http.Request) { return header("Authorization", "Bearer "+tok) }

// endless is n bytes of JSON whitespace that counts what was read (the
// client's transport may still be reading it when the answer is back).
type endless struct {
	n    int64
	read atomic.Int64
}

func (e *endless) Read(p []byte) (int, error) {
	read := e.read.Load()
	if read >= e.n {
		return 0, io.EOF
	}
	k := min(int64(len(p)), e.n-read)
	for i := range k {
		p[i] = ' '
	}
	e.read.Add(k)
	return int(k), nil
}

func TestHostileRequests(t *testing.T) {
	s := apptest.Start(t)
	fp := newFingerprinter(t, s.App)
	h := hostileClient{url: s.HTTP.URL, token: s.Token("chair", "EE")}
	now := time.Now()
	claims := func(over map[string]any) map[string]any {
		c := map[string]any{"sub": "ee-chair", "role": "chair", "nation": "EE", "iss": "itc", "aud": "itc-api",
			"exp": now.Add(time.Hour).Unix(), "iat": now.Unix()}
		for k, v := range over {
			c[k] = v
		}
		return c
	}
	b64 := func(v any) string { return base64.RawURLEncoding.EncodeToString(must(json.Marshal(v))) }
	parts := strings.Split(h.token, ".")
	flipped := parts[2][:len(parts[2])-2] + map[bool]string{true: "AA", false: "BB"}[!strings.HasSuffix(parts[2], "AA")]
	rsaKey := must(rsa.GenerateKey(rand.Reader, 2048))
	deep := `{ requests { edges { node { orders { request { orders { request { orders { request { orders { request { id } } } } } } } } } } } }`
	deepFragments := `{ orders { edges { node { ...A } } } }
		fragment A on Order { request { orders { ...B } } }
		fragment B on Order { request { orders { ...C } } }
		fragment C on Order { request { orders { ...D } } }
		fragment D on Order { request { orders { id } } }`
	var aliases, viaFragment strings.Builder
	aliases.WriteString("{")
	for i := range 100 {
		fmt.Fprintf(&aliases, " a%d: me { sub }", i)
	}
	aliases.WriteString(" }")
	viaFragment.WriteString("fragment F on Viewer {")
	for i := range 8 {
		fmt.Fprintf(&viaFragment, " s%d: sub", i)
	}
	viaFragment.WriteString(" } { m1: me { ...F } m2: me { ...F } m3: me { ...F } m4: me { ...F } }")
	repeat := func(s string, n int) string { return strings.Repeat(s, n) }
	chunked := &endless{n: 20 << 20}
	tooComplex := []string{"QUERY_TOO_COMPLEX"}
	bad := []string{"BAD_USER_INPUT"}
	invalid := []string{"GRAPHQL_VALIDATION_FAILED"}
	unauth := []string{"UNAUTHENTICATED"}

	calls := []hostileCall{
		// HTTP: what a browser form or a confused client sends.
		{name: "text/plain body (a form's CSRF)", req: h.raw("POST", "", `{"query":"{ me { sub } }"}`, header("Content-Type", "text/plain")), wantStatus: 415, wantCodes: bad},
		{name: "form-urlencoded body", req: h.raw("POST", "", `query=%7B+me+%7B+sub+%7D+%7D`, header("Content-Type", "application/x-www-form-urlencoded")), wantStatus: 415, wantCodes: bad},
		{name: "multipart body", req: h.raw("POST", "", "--x\r\n\r\n--x--", header("Content-Type", "multipart/form-data; boundary=x")), wantStatus: 415, wantCodes: bad},
		{name: "no Content-Type", req: h.raw("POST", "", `{"query":"{ me { sub } }"}`, header("Content-Type", "")), wantStatus: 415, wantCodes: bad},
		{name: "JSON in latin1", req: h.raw("POST", "", `{"query":"{ me { sub } }"}`, header("Content-Type", "application/json; charset=iso-8859-1")), wantStatus: 415, wantCodes: bad},
		{name: "PUT", req: h.raw("PUT", "", `{"query":"{ me { sub } }"}`), wantStatus: 405, wantCodes: bad, wantHeader: map[string]string{"Allow": "GET, POST"}},
		{name: "DELETE", req: h.raw("DELETE", "", ""), wantStatus: 405, wantCodes: bad, wantHeader: map[string]string{"Allow": "GET, POST"}},
		{name: "Accept allows no JSON", req: h.gql(`{ me { sub } }`, nil, header("Accept", "text/html")), wantStatus: 406, wantCodes: bad},
		{name: "Accept refuses JSON with q=0", req: h.gql(`{ me { sub } }`, nil, header("Accept", "application/json;q=0, application/graphql-response+json;q=0")), wantStatus: 406, wantCodes: bad},
		{name: "20 MB body, declared", req: func() *http.Request {
			r := h.raw("POST", "", "")()
			r.Body, r.ContentLength = io.NopCloser(&endless{n: 20 << 20}), 20<<20
			return r
		}, wantStatus: 413, wantCodes: bad},
		{name: "20 MB body, chunked", req: func() *http.Request {
			r := h.raw("POST", "", "")()
			r.Body, r.ContentLength = io.NopCloser(chunked), -1
			return r
		}, wantStatus: 413, wantCodes: bad, check: func(t *testing.T, _ hostileAnswer) {
			// The client stops writing once the server hangs up; what it
			// wrote is the server's limit plus what the sockets buffer.
			if read := chunked.read.Load(); read >= chunked.n/2 {
				t.Errorf("the server read %d of %d bytes", read, chunked.n)
			}
		}},
		{name: "__typename 100,000 times (1.1 MB)", req: h.gql("{"+repeat(" __typename", 100_000)+" }", nil), wantStatus: 413, wantCodes: bad},

		// The JSON body.
		{name: "malformed JSON", req: h.raw("POST", "", `{"query": "{ me { sub } }"`), wantStatus: 400, wantCodes: bad},
		{name: "batch array", req: h.raw("POST", "", `[{"query":"{ me { sub } }"},{"query":"{ me { sub } }"}]`), wantStatus: 400, wantCodes: bad, wantMessage: "batched requests"},
		{name: "body null", req: h.raw("POST", "", `null`), wantStatus: 400, wantCodes: bad},
		{name: "body a string", req: h.raw("POST", "", `"{ me { sub } }"`), wantStatus: 400, wantCodes: bad},
		{name: "body empty", req: h.raw("POST", "", ""), wantStatus: 400, wantCodes: bad},
		{name: "query a number", req: h.raw("POST", "", `{"query": 42}`), wantStatus: 400, wantCodes: bad, wantMessage: "query must be a string"},
		{name: "query an operator object", req: h.raw("POST", "", `{"query": {"$ne": null}}`), wantStatus: 400, wantCodes: bad},
		{name: "query an array", req: h.raw("POST", "", `{"query": ["{ me { sub } }"]}`), wantStatus: 400, wantCodes: bad},
		{name: "no query", req: h.raw("POST", "", `{"variables": {}}`), wantStatus: 400, wantCodes: bad, wantMessage: "no query"},
		{name: "variables a string", req: h.raw("POST", "", `{"query": "{ me { sub } }", "variables": "{}"}`), wantStatus: 400, wantCodes: bad, wantMessage: "variables must be"},
		{name: "variables an array", req: h.raw("POST", "", `{"query": "{ me { sub } }", "variables": [1]}`), wantStatus: 400, wantCodes: bad},
		{name: "operationName a number", req: h.raw("POST", "", `{"query": "{ me { sub } }", "operationName": 7}`), wantStatus: 400, wantCodes: bad},
		{name: "extensions an array", req: h.raw("POST", "", `{"query": "{ me { sub } }", "extensions": []}`), wantStatus: 400, wantCodes: bad},
		{name: "unknown huge member", req: h.raw("POST", "", `{"query": "{ me { sub } }", "x": "`+repeat(echoMarker, 30_000)+`"}`), wantStatus: 400, wantCodes: bad},
		{name: "query named twice", req: h.raw("POST", "", `{"query": "{ me { sub } }", "query": "mutation { __typename }"}`), wantStatus: 400, wantCodes: bad},
		{name: "trailing garbage", req: h.raw("POST", "", `{"query": "{ me { sub } }"} `+echoMarker), wantStatus: 400, wantCodes: bad},
		{name: "variables nested 20,000 deep", req: h.raw("POST", "", `{"query": "{ me { sub } }", "variables": {"v": `+repeat("[", 20_000)+repeat("]", 20_000)+`}}`), wantStatus: 400, wantCodes: bad},

		// GET.
		{name: "GET runs no mutation", req: h.raw("GET", url.Values{"query": {`mutation { suspendNation(code: "LU", reason: "x") { code } }`}}.Encode(), ""), wantStatus: 405, wantCodes: bad, wantHeader: map[string]string{"Allow": "POST"}},
		{name: "GET variables not JSON", req: h.raw("GET", url.Values{"query": {`{ me { sub } }`}, "variables": {echoMarker}}.Encode(), ""), wantStatus: 400, wantCodes: bad},
		{name: "GET query given twice", req: h.raw("GET", "query=%7B+me+%7B+sub+%7D+%7D&query=mutation+%7B+__typename+%7D", ""), wantStatus: 400, wantCodes: bad},
		{name: "GET malformed escape", req: h.raw("GET", "query=%zz", ""), wantStatus: 400, wantCodes: bad},

		// GraphQL documents.
		{name: "syntax error (application/json: 200)", req: h.gql(`{ me { sub }`, nil), wantStatus: 200, wantCodes: []string{"GRAPHQL_PARSE_FAILED"}},
		{name: "syntax error (graphql-response+json: 400)", req: h.gql(`{ me { sub }`, nil, header("Accept", "application/graphql-response+json")), wantStatus: 400, wantCodes: []string{"GRAPHQL_PARSE_FAILED"},
			wantHeader: map[string]string{"Content-Type": "application/graphql-response+json"}},
		{name: "unknown field, no suggestion", req: h.gql(`{ natons { totalCount } }`, nil), wantStatus: 200, wantCodes: invalid,
			check: func(t *testing.T, r hostileAnswer) {
				if strings.Contains(string(r.Body), "Did you mean") {
					t.Errorf("suggests fields: %s", r.Body)
				}
			}},
		{name: "field name of 200 KB", req: h.gql("{ "+repeat("n", 200_000)+"TAILMARK }", nil), wantStatus: 200, wantCodes: invalid,
			check: func(t *testing.T, r hostileAnswer) {
				if len(r.Body) > 4096 || strings.Contains(string(r.Body), "TAILMARK") {
					t.Errorf("answer is %d bytes: the name is echoed", len(r.Body))
				}
			}},
		{name: "deep query", req: h.gql(deep, nil), wantStatus: 200, wantCodes: tooComplex, wantMessage: "deep"},
		{name: "deep through fragments", req: h.gql(deepFragments, nil, header("Accept", "application/graphql-response+json")), wantStatus: 400, wantCodes: tooComplex, wantMessage: "deep"},
		{name: "100 aliases", req: h.gql(aliases.String(), nil), wantStatus: 200, wantCodes: tooComplex, wantMessage: "aliases"},
		{name: "aliases multiplied by fragment spreads", req: h.gql(viaFragment.String(), nil), wantStatus: 200, wantCodes: tooComplex, wantMessage: "aliases"},
		{name: "directive flood past the token limit", req: h.gql("{ me"+repeat(" @include(if: true)", 5000)+" { sub } }", nil), wantStatus: 200, wantCodes: tooComplex, wantMessage: "tokens"},
		{name: "__typename 20,000 times", req: h.gql("{"+repeat(" __typename", 20_000)+" }", nil), wantStatus: 200, wantCodes: tooComplex, wantMessage: "tokens"},
		{name: "1,000 repeated directives: errors capped", req: h.gql("{ me"+repeat(" @skip(if: false)", 1000)+" { sub } }", nil), wantStatus: 200, wantCodes: invalid,
			check: func(t *testing.T, r hostileAnswer) {
				if got, want := len(r.Errors), 50; got != want {
					t.Errorf("%d errors listed, want %d", got, want)
				}
				if got, _ := r.Extensions["omittedErrors"].(float64); got < 900 {
					t.Errorf("extensions.omittedErrors = %v, want the rest counted", r.Extensions["omittedErrors"])
				}
			}},
		{name: "2,000 identical fields", req: h.gql("{"+repeat(" me { sub }", 2000)+" }", nil), wantStatus: 200, wantCodes: tooComplex, wantMessage: "selection"},
		{name: "cyclic fragments", req: h.gql(`{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, nil), wantStatus: 200, wantCodes: invalid},
		{name: "introspection nested past its depth", req: h.gql(`{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`, nil), wantStatus: 200, wantCodes: invalid},
		{name: "first of a million", req: h.gql(`{ nations(first: 1000000) { edges { node { code } } } }`, nil), wantStatus: 200, wantCodes: tooComplex, wantMessage: "first"},
		{name: "first past the cap", req: h.gql(`{ nations(first: 1001) { totalCount } }`, nil), wantStatus: 200, wantCodes: bad},
		{name: "first past Int32", req: h.gql(`{ nations(first: 2147483648) { totalCount } }`, nil), wantStatus: 200, wantCodes: []string{"QUERY_TOO_COMPLEX", "GRAPHQL_VALIDATION_FAILED"}},
		{name: "first past Int64", req: h.gql(`{ nations(first: 99999999999999999999) { totalCount } }`, nil), wantStatus: 200, wantCodes: []string{"QUERY_TOO_COMPLEX", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"}},
		{name: "first past Int64 in a variable", req: h.raw("POST", "", `{"query": "query($n: Int) { nations(first: $n) { totalCount } }", "variables": {"n": 99999999999999999999}}`), wantStatus: 200, wantCodes: []string{"GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"}},
		{name: "first negative", req: h.gql(`query($n: Int) { nations(first: $n) { totalCount } }`, map[string]any{"n": -5}), wantStatus: 200, wantCodes: bad},
		{name: "operator object as a String variable", req: h.gql(`query($c: String!) { nation(code: $c) { name } }`, map[string]any{"c": map[string]any{"$ne": nil}}), wantStatus: 200, wantCodes: invalid},
		{name: "operator object as an ID variable", req: h.gql(`query($id: ID!) { request(id: $id) { id } }`, map[string]any{"id": map[string]any{"$gt": ""}}), wantStatus: 200, wantCodes: invalid},
		{name: "operator object as Money", req: h.gql(`mutation($m: Money!) { recordReceipt(id: "000000000000000000000000", input: {amount: $m, currency: "EUR", rate: "1", rateSource: "x", eurAmount: $m, valueDate: "2026-01-01T00:00:00Z", reference: "x"}) { id } }`, map[string]any{"m": map[string]any{"$gt": 0}}),
			wantStatus: 200, wantCodes: []string{"GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"}, audited: true},
		{name: "operator object as a mutation input", req: h.gql(`mutation($c: String!) { suspendNation(code: $c, reason: "x") { code } }`, map[string]any{"c": map[string]any{"$ne": nil}}), wantStatus: 200, wantCodes: invalid},

		// Tokens.
		{name: "no token", req: h.gql(`{ __schema { types { name } } }`, nil, header("Authorization", "")), wantStatus: 401, wantCodes: unauth},
		{name: "tampered signature", req: h.gql(`{ me { sub } }`, nil, bearer(parts[0]+"."+parts[1]+"."+flipped)), wantStatus: 401, wantCodes: unauth},
		{name: "tampered claims", req: h.gql(`{ me { sub } }`, nil, bearer(parts[0]+"."+b64(claims(map[string]any{"nation": "LU"}))+"."+parts[2])), wantStatus: 401, wantCodes: unauth},
		{name: "expired", req: h.gql(`{ me { sub } }`, nil, bearer(hs256(apptest.Secret, claims(map[string]any{"exp": now.Add(-time.Minute).Unix()})))), wantStatus: 401, wantCodes: unauth},
		{name: "alg none", req: h.gql(`{ me { sub } }`, nil, bearer(b64(map[string]any{"alg": "none", "typ": "JWT"})+"."+b64(claims(nil))+".")), wantStatus: 401, wantCodes: unauth},
		{name: "RS256 where HS256 is configured", req: h.gql(`{ me { sub } }`, nil, bearer(rs256(rsaKey, claims(nil)))), wantStatus: 401, wantCodes: unauth},
		{name: "token of 100 KB", req: h.gql(`{ me { sub } }`, nil, bearer(parts[0]+"."+repeat("A", 100_000)+"."+parts[2])), wantStatus: 401, wantCodes: unauth},
		{name: "token of 8 MB", req: h.gql(`{ me { sub } }`, nil, bearer(repeat("A", 8<<20))), wantStatus: 431},
		{name: "two Authorization headers", req: h.gql(`{ me { sub } }`, nil, addHeader("Authorization", "Bearer "+s.Token("chair", "LU"))), wantStatus: 401, wantCodes: unauth},
		{name: "Basic credentials", req: h.gql(`{ me { sub } }`, nil, header("Authorization", "Basic ZWU6Y2hhaXI=")), wantStatus: 401, wantCodes: unauth},
		{name: "valid token of a nation outside the registry", req: h.gql(`{ me { sub } }`, nil, bearer(s.Token("member", "DE"))), wantStatus: 403, wantCodes: []string{"FORBIDDEN"}, audited: true},

		// CORS: only configured origins (none here).
		{name: "preflight from another site", req: h.raw("OPTIONS", "", "", header("Origin", "https://evil.example"), header("Access-Control-Request-Method", "POST")),
			wantStatus: 403, wantHeader: map[string]string{"Access-Control-Allow-Origin": ""}},
		{name: "query from another site's page", req: h.gql(`{ me { sub } }`, nil, header("Origin", "https://evil.example")), wantStatus: 200, wantCodes: []string{""},
			wantHeader: map[string]string{"Access-Control-Allow-Origin": ""}},
	}
	calls = append(calls, operatorCalls(h)...)
	// A person's first request records them (README "People"): the two
	// people these calls use are recorded before the store is compared.
	s.MustQuery(h.token, `{ me { sub } }`, nil, nil)
	s.MustQuery(s.Token("member", "DK"), `{ me { sub } }`, nil, nil)

	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			before := fp.state(t)
			start := time.Now()
			a, err := send(s.HTTP.Client(), c.req())
			if err != nil {
				t.Fatalf("send: %v", err)
			}
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("took %v to refuse", took)
			}
			if a.Status != c.wantStatus {
				t.Errorf("status %d, want %d; body %.300s", a.Status, c.wantStatus, a.Body)
			}
			if c.wantCodes != nil && !slices.Contains(c.wantCodes, a.code()) {
				t.Errorf("code %q, want one of %q; body %.300s", a.code(), c.wantCodes, a.Body)
			}
			if c.wantMessage != "" && (len(a.Errors) == 0 || !strings.Contains(a.Errors[0].Message, c.wantMessage)) {
				t.Errorf("message does not say %q; body %.300s", c.wantMessage, a.Body)
			}
			for k, v := range c.wantHeader {
				if got := a.Header.Get(k); got != v {
					t.Errorf("header %s = %q, want %q", k, got, v)
				}
			}
			lower := strings.ToLower(string(a.Body))
			for _, w := range leakWords {
				if strings.Contains(lower, strings.ToLower(w)) {
					t.Errorf("answer holds %q: %.300s", w, a.Body)
				}
			}
			if c.check != nil {
				c.check(t, a)
			}
			after := fp.state(t)
			if c.audited {
				delete(before, "audit")
				delete(after, "audit")
			}
			if !maps.Equal(after, before) {
				t.Errorf("the store changed: before %v, after %v", before, after)
			}
			r := s.Query(s.Token("member", "DK"), `{ me { nation } nations(first: 3) { totalCount } }`, nil)
			if r.Status != 200 || len(r.Errors) > 0 {
				t.Errorf("a normal request after it: status %d, body %s", r.Status, r.Body)
			}
		})
	}
	if n := len(calls); n < 40 {
		t.Errorf("only %d hostile calls", n)
	}
}

// operatorPayloads are strings a MongoDB filter would read as operators,
// field paths or patterns, were they ever spliced into one.
var operatorPayloads = []string{`{"$ne": null}`, `{"$gt": ""}`, `$where`, `a.b`, `$regex`, `.*`}

// operatorCalls send every payload in every string argument of every
// query, and in the identifiers of mutations: each must find nothing or be
// refused, never return a row.
func operatorCalls(h hostileClient) []hostileCall {
	none := []string{"", "NOT_FOUND", "BAD_USER_INPUT"}
	nullData := func(field string) func(t *testing.T, r hostileAnswer) {
		return func(t *testing.T, r hostileAnswer) {
			if v := r.Data[field]; v != nil {
				t.Errorf("%s found %v", field, v)
			}
		}
	}
	noRows := func(field string) func(t *testing.T, r hostileAnswer) {
		return func(t *testing.T, r hostileAnswer) {
			conn, _ := r.Data[field].(map[string]any)
			if conn == nil {
				if len(r.Errors) == 0 {
					t.Errorf("%s is null without an error", field)
				}
				return
			}
			if n, _ := conn["totalCount"].(float64); n != 0 {
				t.Errorf("%s matched %v rows", field, n)
			}
			if e, _ := conn["edges"].([]any); len(e) != 0 {
				t.Errorf("%s returned %d rows", field, len(e))
			}
		}
	}
	refused := func(field string) func(t *testing.T, r hostileAnswer) {
		return func(t *testing.T, r hostileAnswer) {
			if r.Data[field] != nil {
				if conn, _ := r.Data[field].(map[string]any); conn != nil {
					if e, _ := conn["edges"].([]any); len(e) != 0 {
						t.Errorf("%s after a forged cursor returned %d rows", field, len(e))
					}
				}
			}
		}
	}
	type arg struct {
		field, query string
		codes        []string
		check        func(string) func(*testing.T, hostileAnswer)
		audited      bool
	}
	args := []arg{
		{"nation", `query($s: String!) { nation(code: $s) { code } }`, none, nullData, false},
		{"contribution", `query($s: ID!) { contribution(id: $s) { id } }`, none, nullData, false},
		{"request", `query($s: ID!) { request(id: $s) { id } }`, none, nullData, false},
		{"order", `query($s: ID!) { order(id: $s) { id } }`, none, nullData, false},
		{"contributions", `query($s: String) { contributions(nation: $s) { totalCount edges { cursor } } }`, none, noRows, false},
		{"orders", `query($s: ID) { orders(request: $s) { totalCount edges { cursor } } }`, none, noRows, false},
		{"auditLog", `query($s: String) { auditLog(action: $s) { totalCount edges { cursor } } }`, none, noRows, false},
		{"auditLog", `query($s: String) { auditLog(target: $s) { totalCount edges { cursor } } }`, none, noRows, false},
		{"nations", `query($s: String) { nations(after: $s) { edges { cursor } } }`, []string{"BAD_USER_INPUT"}, refused, false},
		{"requests", `query($s: String) { requests(after: $s) { edges { cursor } } }`, []string{"BAD_USER_INPUT"}, refused, false},
		{"orders", `query($s: String) { orders(after: $s) { edges { cursor } } }`, []string{"BAD_USER_INPUT"}, refused, false},
		{"contributions", `query($s: String) { contributions(after: $s) { edges { cursor } } }`, []string{"BAD_USER_INPUT"}, refused, false},
		{"auditLog", `query($s: String) { auditLog(after: $s) { edges { cursor } } }`, []string{"BAD_USER_INPUT"}, refused, false},
		// Mutations on an identifier: refused or not found, audited as such.
		{"suspendNation", `mutation($s: String!) { suspendNation(code: $s, reason: "test") { code } }`, []string{"NOT_FOUND", "BAD_USER_INPUT"}, nullData, true},
		{"cancelContribution", `mutation($s: ID!) { cancelContribution(id: $s) { id } }`, []string{"NOT_FOUND", "BAD_USER_INPUT"}, nullData, true},
		{"approveOrder", `mutation($s: ID!) { approveOrder(id: $s) { id } }`, []string{"NOT_FOUND", "BAD_USER_INPUT"}, nullData, true},
		{"approveRequest", `mutation($s: ID!) { approveRequest(id: $s) { id } }`, []string{"NOT_FOUND", "BAD_USER_INPUT"}, nullData, true},
	}
	var out []hostileCall
	for _, a := range args {
		for _, p := range operatorPayloads {
			out = append(out, hostileCall{
				name: fmt.Sprintf("%s given %s", a.field, p), req: h.gql(a.query, map[string]any{"s": p}),
				wantStatus: 200, wantCodes: a.codes, check: a.check(a.field), audited: a.audited,
			})
		}
	}
	return out
}

// send sends req and reads the whole answer.
func send(c *http.Client, req *http.Request) (hostileAnswer, error) {
	resp, err := c.Do(req)
	if err != nil {
		return hostileAnswer{}, err
	}
	defer resp.Body.Close()
	a := hostileAnswer{Status: resp.StatusCode, Header: resp.Header}
	a.Body, err = io.ReadAll(resp.Body)
	if err != nil {
		return a, err
	}
	_ = json.Unmarshal(a.Body, &a)
	return a, nil
}

// rs256 signs claims with key using only the standard library.
func rs256(key *rsa.PrivateKey, claims map[string]any) string {
	enc := func(v any) string { return base64.RawURLEncoding.EncodeToString(must(json.Marshal(v))) }
	head := enc(map[string]any{"alg": "RS256", "typ": "JWT"}) + "." + enc(claims)
	sum := sha256.Sum256([]byte(head))
	sig := must(rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, sum[:]))
	return head + "." + base64.RawURLEncoding.EncodeToString(sig)
}

// TestTokenKeyConfusion serves with an RSA public key and sends tokens that
// a careless verifier would take: HS256 keyed with the public key itself
// (RFC 8725 section 2.1), alg none, and a key id pointing elsewhere.
func TestTokenKeyConfusion(t *testing.T) {
	dir := t.TempDir()
	key := must(rsa.GenerateKey(rand.Reader, 2048))
	pubDER := must(x509.MarshalPKIXPublicKey(&key.PublicKey))
	pubPEM := pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pubDER})
	privPEM := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: must(x509.MarshalPKCS8PrivateKey(key))})
	pub, priv := filepath.Join(dir, "pub.pem"), filepath.Join(dir, "priv.pem")
	if err := os.WriteFile(pub, pubPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(priv, privPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) {
		c.Auth.Secret, c.Auth.PublicKeyPath, c.Auth.PrivateKeyPath = nil, pub, priv
	}))
	now := time.Now()
	claims := map[string]any{"sub": "x", "role": "chair", "nation": "EE", "iss": "itc", "aud": "itc-api", "exp": now.Add(time.Hour).Unix(), "iat": now.Unix()}
	enc := func(v any) string { return base64.RawURLEncoding.EncodeToString(must(json.Marshal(v))) }
	other := must(rsa.GenerateKey(rand.Reader, 2048))
	withKid := enc(map[string]any{"alg": "RS256", "kid": "../../etc/passwd", "jku": "https://evil.example/jwks.json", "x5u": "https://evil.example/x5"}) + "." + enc(claims)
	sum := sha256.Sum256([]byte(withKid))
	withKid += "." + base64.RawURLEncoding.EncodeToString(must(rsa.SignPKCS1v15(rand.Reader, other, crypto.SHA256, sum[:])))
	tests := []struct {
		name       string
		token      string
		wantStatus int
	}{
		{"the server's own RS256 token", s.Token("chair", "EE"), 200},
		{"RS256 from the standard library", rs256(key, claims), 200},
		{"HS256 keyed with the PEM public key", hs256(pubPEM, claims), 401},
		{"HS256 keyed with the DER public key", hs256(pubDER, claims), 401},
		{"alg none", enc(map[string]any{"alg": "none"}) + "." + enc(claims) + ".", 401},
		{"another key behind kid, jku and x5u", withKid, 401},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := s.Query(tc.token, `{ me { sub } }`, nil)
			if r.Status != tc.wantStatus {
				t.Errorf("status %d, want %d; body %s", r.Status, tc.wantStatus, r.Body)
			}
		})
	}
}

// TestIntrospectionNeedsToken: the schema is open to callers with a token,
// and to no one else.
func TestIntrospectionNeedsToken(t *testing.T) {
	s := apptest.Start(t)
	// The shape of GraphiQL's schema query, type references nine deep: the
	// depth, alias and cost limits must let it through.
	typeRef := "kind name"
	for range 9 {
		typeRef = "kind name ofType { " + typeRef + " }"
	}
	q := `query Schema { __schema { queryType { name } mutationType { name } types { ...FullType }
			directives { name locations args { ...InputValue } } } }
		fragment FullType on __Type { kind name description
			fields(includeDeprecated: true) { name args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
			inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name }
			possibleTypes { ...TypeRef } }
		fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
		fragment TypeRef on __Type { ` + typeRef + ` }`
	tests := []struct {
		name       string
		token      string
		wantStatus int
		wantCodes  []string
	}{
		{"with a token", s.Token("observer", "GB"), 200, nil},
		{"without", "", 401, []string{"UNAUTHENTICATED"}},
	}
	for _, tc := range tests {
		r := s.Query(tc.token, q, nil)
		if r.Status != tc.wantStatus || !slices.Equal(r.Codes(), tc.wantCodes) {
			t.Errorf("%s: status %d codes %v, want %d %v", tc.name, r.Status, r.Codes(), tc.wantStatus, tc.wantCodes)
		}
		if got := strings.Contains(string(r.Data), "Mutation"); got != (tc.wantStatus == 200) {
			t.Errorf("%s: schema shown = %v; body %s", tc.name, got, r.Body)
		}
	}
}

// TestNoFreeFormScalars guards the schema against a map or JSON scalar,
// through which a client could hand the store an operator or a field name:
// every scalar must be one that reads a plain string, number or boolean.
func TestNoFreeFormScalars(t *testing.T) {
	s := apptest.Start(t)
	var got struct {
		Schema struct{ Types []struct{ Kind, Name string } } `json:"__schema"`
	}
	s.MustQuery(s.Token("observer", "GB"), `{ __schema { types { kind name } } }`, nil, &got)
	allowed := []string{"String", "ID", "Int", "Float", "Boolean", "Money", "Time"}
	scalars := 0
	for _, ty := range got.Schema.Types {
		if ty.Kind != "SCALAR" {
			continue
		}
		scalars++
		if !slices.Contains(allowed, ty.Name) {
			t.Errorf("scalar %s is not one of %v: can it carry a document?", ty.Name, allowed)
		}
	}
	if scalars == 0 {
		t.Fatal("introspection listed no scalar")
	}
}

// TestHTTPConformance covers what GraphQL-over-HTTP clients negotiate: the
// response's media type, and CORS for a configured origin.
func TestHTTPConformance(t *testing.T) {
	const origin = "https://app.itc.example"
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.CORSOrigins = []string{origin} }))
	h := hostileClient{url: s.HTTP.URL, token: s.Token("member", "DK")}
	ok := `{ me { nation } }`
	tests := []struct {
		name        string
		req         func() *http.Request
		wantStatus  int
		wantHeaders map[string]string
	}{
		{"no Accept", h.gql(ok, nil), 200, map[string]string{"Content-Type": "application/json"}},
		{"Accept */*", h.gql(ok, nil, header("Accept", "*/*")), 200, map[string]string{"Content-Type": "application/json"}},
		{"Accept graphql-response+json", h.gql(ok, nil, header("Accept", "application/graphql-response+json")), 200, map[string]string{"Content-Type": "application/graphql-response+json"}},
		{"Accept both, json first", h.gql(ok, nil, header("Accept", "application/json, application/graphql-response+json")), 200, map[string]string{"Content-Type": "application/graphql-response+json"}},
		{"Accept prefers json by quality", h.gql(ok, nil, header("Accept", "application/graphql-response+json;q=0.5, application/json")), 200, map[string]string{"Content-Type": "application/json"}},
		{"GET query", h.raw("GET", url.Values{"query": {ok}}.Encode(), ""), 200, map[string]string{"Content-Type": "application/json", "Cache-Control": "no-store"}},
		{"validation error in graphql-response+json", h.gql(`{ nope }`, nil, header("Accept", "application/graphql-response+json")), 400, nil},
		{"validation error in json", h.gql(`{ nope }`, nil), 200, nil},
		{"preflight from the app", h.raw("OPTIONS", "", "", header("Origin", origin), header("Access-Control-Request-Method", "POST"), header("Access-Control-Request-Headers", "authorization, content-type")), 204,
			map[string]string{"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Headers": "Authorization, Content-Type", "Access-Control-Allow-Methods": "GET, POST"}},
		{"query from the app", h.gql(ok, nil, header("Origin", origin)), 200, map[string]string{"Access-Control-Allow-Origin": origin}},
		{"preflight from elsewhere", h.raw("OPTIONS", "", "", header("Origin", "https://evil.example"), header("Access-Control-Request-Method", "POST")), 403, map[string]string{"Access-Control-Allow-Origin": ""}},
		{"query from elsewhere", h.gql(ok, nil, header("Origin", "https://evil.example")), 200, map[string]string{"Access-Control-Allow-Origin": ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := send(s.HTTP.Client(), tc.req())
			if err != nil {
				t.Fatal(err)
			}
			if a.Status != tc.wantStatus {
				t.Errorf("status %d, want %d; body %s", a.Status, tc.wantStatus, a.Body)
			}
			for k, v := range tc.wantHeaders {
				if got := a.Header.Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
		})
	}
}

// fingerprinter reads the store behind the service's back, through a
// client or a connection of its own, to tell whether a request changed
// anything.
type fingerprinter struct {
	db  *mongo.Database
	sql *sql.DB
}

func newFingerprinter(t *testing.T, a *app.App) fingerprinter {
	t.Helper()
	if a.SQLite != nil {
		db, err := sql.Open("sqlite", a.SQLite.Path()+"?_pragma=query_only(1)")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = db.Close() })
		return fingerprinter{sql: db}
	}
	es := a.EmbeddedStore()
	if es == nil {
		t.Fatal("the service runs without its embedded store")
	}
	client, err := mongo.Connect(options.Client().ApplyURI(es.URI()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = client.Disconnect(ctx)
	})
	return fingerprinter{db: client.Database("itc")}
}

// state is, per collection or table, its row count and a hash of its rows
// in key order.
func (f fingerprinter) state(t *testing.T) map[string]string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if f.sql != nil {
		return f.tables(ctx, t)
	}
	names, err := f.db.ListCollectionNames(ctx, bson.D{})
	if err != nil {
		t.Fatalf("fingerprint: %v", err)
	}
	out := map[string]string{}
	for _, name := range names {
		cur, err := f.db.Collection(name).Find(ctx, bson.D{}, options.Find().SetSort(bson.D{{Key: "_id", Value: 1}}))
		if err != nil {
			t.Fatalf("fingerprint %s: %v", name, err)
		}
		h, n := sha256.New(), 0
		for cur.Next(ctx) {
			h.Write(cur.Current)
			n++
		}
		if err := errors.Join(cur.Err(), cur.Close(ctx)); err != nil {
			t.Fatalf("fingerprint %s: %v", name, err)
		}
		out[name] = fmt.Sprintf("%d:%s", n, hex.EncodeToString(h.Sum(nil))[:12])
	}
	return out
}

// tables is state for the SQLite file: every table, every row, every column
// (each table's first two columns start its key).
func (f fingerprinter) tables(ctx context.Context, t *testing.T) map[string]string {
	t.Helper()
	rows, err := f.sql.QueryContext(ctx, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
	if err != nil {
		t.Fatalf("fingerprint: %v", err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatalf("fingerprint: %v", err)
		}
		names = append(names, n)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		t.Fatalf("fingerprint: %v", err)
	}
	out := map[string]string{}
	for _, name := range names {
		query := "SELECT * FROM " + name + " ORDER BY 1, 2"
		if name == "row_counts" {
			// The audit log's count belongs to the audit log (below).
			query = "SELECT * FROM row_counts WHERE tbl <> 'audit_events' ORDER BY 1, 2"
		}
		rows, err := f.sql.QueryContext(ctx, query)
		if err != nil {
			t.Fatalf("fingerprint %s: %v", name, err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		h, n := sha256.New(), 0
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatalf("fingerprint %s: %v", name, err)
			}
			fmt.Fprintf(h, "%q\n", vals)
			n++
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			t.Fatalf("fingerprint %s: %v", name, err)
		}
		out[name] = fmt.Sprintf("%d:%s", n, hex.EncodeToString(h.Sum(nil))[:12])
	}
	// The audit log is two tables and its count; callers know it as one,
	// "audit".
	var count int64
	if err := f.sql.QueryRowContext(ctx, "SELECT COALESCE(SUM(n), 0) FROM row_counts WHERE tbl = 'audit_events'").Scan(&count); err != nil {
		t.Fatalf("fingerprint audit count: %v", err)
	}
	out["audit"] = out["audit_events"] + " " + out["audit_nations"] + fmt.Sprintf(" %d", count)
	delete(out, "audit_events")
	delete(out, "audit_nations")
	return out
}

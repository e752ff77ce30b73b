package httpapi

import (
	"encoding/json"
	"net/url"
	"reflect"
	"testing"
)

// refusals are every error the decoders may return: fixed messages, so a
// refusal can never carry a piece of the request back to the client.
var refusals = map[error]bool{
	errTooLarge: true, errUnreadable: true, errBatch: true, errNotObject: true, errSyntax: true,
	errMember: true, errRepeated: true, errTrailing: true, errNoQuery: true, errQueryType: true,
	errOperationType: true, errVariablesType: true, errExtensionType: true, errURL: true,
	errDocumentType: true, errBothDocuments: true,
}

// FuzzDecodeBody checks that any POST body either decodes to a request with
// a query, which encodes back to a body decoding to the same request, or is
// refused with one of the fixed errors.
func FuzzDecodeBody(f *testing.F) {
	for _, s := range []string{
		`{"query":"{ me { sub } }"}`,
		`{"query":"query($c: String!) { nation(code: $c) { name } }","variables":{"c":"EE"},"operationName":null}`,
		`{"query":"{ me { sub } }","extensions":{"persistedQuery":{"version":1}}}`,
		`[{"query":"{ me { sub } }"},{"query":"{ me { sub } }"}]`,
		`{"query":{"$ne":null}}`,
		`{"query":"{ me { sub } }","variables":"{}"}`,
		`{"query":"a","query":"b"}`,
		`{"query":"{ me { sub } }"} {}`,
		`{"Query":"{ me { sub } }"}`,
		`{"query":"x","variables":{"n":1.50e3,"deep":[[[{"a":null}]]]}}`,
		`null`, `"query"`, ``, `{`, "{\"query\":\"\xff\"}",
		`{"documentId":"sha256:ab12","variables":{"id":"1"}}`,
		`{"documentId":"x","query":"y"}`,
		`{"documentId":null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := decodeBody(body)
		if err != nil {
			if !refusals[err] {
				t.Fatalf("decodeBody(%q): unexpected error %v", body, err)
			}
			return
		}
		if req.Query == "" && req.DocumentID == "" {
			t.Fatalf("decodeBody(%q) accepted a request with no query", body)
		}
		again, err := json.Marshal(req)
		if err != nil {
			t.Fatalf("encode %+v: %v", req, err)
		}
		got, err := decodeBody(again)
		if err != nil {
			t.Fatalf("re-encoded %q refused: %v", again, err)
		}
		if !reflect.DeepEqual(normal(got), normal(req)) {
			t.Fatalf("round trip of %q: got %+v, want %+v", body, got, req)
		}
	})
}

// FuzzDecodeQuery is FuzzDecodeBody for a GET request's query string.
func FuzzDecodeQuery(f *testing.F) {
	for _, s := range []string{
		"query=%7B+me+%7B+sub+%7D+%7D",
		"query=query(%24c%3A+String!)+%7B+nation(code%3A+%24c)+%7B+name+%7D+%7D&variables=%7B%22c%22%3A%22EE%22%7D",
		"query=mutation+%7B+__typename+%7D",
		"query=a&query=b",
		"query=x&variables=%5B%5D",
		"query=x&variables=null&_=123",
		"query=%zz",
		"documentId=sha256%3Aab12",
		"documentId=x&query=y",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		req, err := decodeQuery(raw)
		if err != nil {
			if !refusals[err] {
				t.Fatalf("decodeQuery(%q): unexpected error %v", raw, err)
			}
			return
		}
		v := url.Values{}
		if req.Query != "" {
			v.Set("query", req.Query)
		}
		if req.DocumentID != "" {
			v.Set("documentId", req.DocumentID)
		}
		if req.OperationName != "" {
			v.Set("operationName", req.OperationName)
		}
		for name, m := range map[string]map[string]any{"variables": req.Variables, "extensions": req.Extensions} {
			if m != nil {
				b, err := json.Marshal(m)
				if err != nil {
					t.Fatalf("encode %s: %v", name, err)
				}
				v.Set(name, string(b))
			}
		}
		got, err := decodeQuery(v.Encode())
		if err != nil {
			t.Fatalf("re-encoded %q refused: %v", v.Encode(), err)
		}
		if !reflect.DeepEqual(normal(got), normal(req)) {
			t.Fatalf("round trip of %q: got %+v, want %+v", raw, got, req)
		}
	})
}

// normal drops the difference between an empty object and none, which
// encoding with omitempty does not keep.
func normal(r request) request {
	if len(r.Variables) == 0 {
		r.Variables = nil
	}
	if len(r.Extensions) == 0 {
		r.Extensions = nil
	}
	return r
}

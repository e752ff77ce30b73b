package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// request is one GraphQL-over-HTTP request, decoded and checked before
// gqlgen sees it: gqlgen's own decoder echoes a bad body in its error.
type request struct {
	Query string `json:"query,omitempty"`
	// DocumentID names a trusted document in place of Query (documents.go).
	DocumentID    string         `json:"documentId,omitempty"`
	OperationName string         `json:"operationName,omitempty"`
	Variables     map[string]any `json:"variables,omitempty"`
	Extensions    map[string]any `json:"extensions,omitempty"`
}

// requestError refuses a request with a fixed message: it never quotes the
// request, so nothing a client sends is reflected back.
type requestError struct {
	status int
	msg    string
}

func (e *requestError) Error() string { return e.msg }

func badRequest(msg string) *requestError { return &requestError{http.StatusBadRequest, msg} }

var (
	errTooLarge      = &requestError{http.StatusRequestEntityTooLarge, "request body is too large"}
	errUnreadable    = badRequest("request body could not be read")
	errBatch         = badRequest("batched requests (a JSON array) are not supported; send one operation per request")
	errNotObject     = badRequest("request body must be a JSON object")
	errSyntax        = badRequest("request body is not valid JSON")
	errMember        = badRequest("request body may hold only query or documentId, operationName, variables and extensions")
	errRepeated      = badRequest("request names a parameter twice")
	errTrailing      = badRequest("request body holds more than one JSON value")
	errNoQuery       = badRequest("request has no query")
	errQueryType     = badRequest("query must be a string")
	errDocumentType  = badRequest("documentId must be a string")
	errBothDocuments = badRequest("send either query or documentId, not both")
	errOperationType = badRequest("operationName must be a string or null")
	errVariablesType = badRequest("variables must be a JSON object or null")
	errExtensionType = badRequest("extensions must be a JSON object or null")
	errURL           = badRequest("the URL's query string is malformed")
)

// readBody reads at most limit bytes of r's body, whatever its
// Content-Length says, so a chunked 20 MB body is refused after limit bytes.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	if r.Body == nil {
		return nil, nil
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, errTooLarge
	case err != nil:
		return nil, errUnreadable
	}
	return b, nil
}

// decodeBody reads a POST body strictly: one JSON object whose members are
// the four the GraphQL-over-HTTP specification names, each of its type,
// none repeated, nothing after it.
func decodeBody(body []byte) (request, error) {
	var req request
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return req, errNotObject
	case trimmed[0] == '[':
		return req, errBatch
	case trimmed[0] != '{':
		if !json.Valid(body) {
			return req, errSyntax
		}
		return req, errNotObject
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil {
		return req, errSyntax
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return req, errSyntax
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return req, errSyntax
		}
		if seen[key] {
			return req, errRepeated
		}
		switch key {
		case "query":
			if err := json.Unmarshal(raw, &req.Query); err != nil || isNull(raw) {
				return req, errQueryType
			}
		case "documentId":
			if err := json.Unmarshal(raw, &req.DocumentID); err != nil || isNull(raw) {
				return req, errDocumentType
			}
		case "operationName":
			if err := json.Unmarshal(raw, &req.OperationName); err != nil {
				return req, errOperationType
			}
		case "variables":
			if req.Variables, err = object(raw, errVariablesType); err != nil {
				return req, err
			}
		case "extensions":
			if req.Extensions, err = object(raw, errExtensionType); err != nil {
				return req, err
			}
		default:
			return req, errMember
		}
		seen[key] = true
	}
	if _, err := dec.Token(); err != nil {
		return req, errSyntax
	}
	if _, err := dec.Token(); err != io.EOF {
		return req, errTrailing
	}
	return req, oneDocument(req)
}

// oneDocument checks that a request names its document exactly once.
func oneDocument(req request) error {
	switch {
	case req.Query != "" && req.DocumentID != "":
		return errBothDocuments
	case req.Query == "" && req.DocumentID == "":
		return errNoQuery
	}
	return nil
}

// decodeQuery reads a GET request's parameters, with the same rules as a
// body: variables and extensions are JSON objects. Other parameters (a
// cache buster, say) are ignored.
func decodeQuery(rawQuery string) (request, error) {
	var req request
	v, err := url.ParseQuery(rawQuery)
	if err != nil {
		return req, errURL
	}
	for _, k := range []string{"query", "documentId", "operationName", "variables", "extensions"} {
		if len(v[k]) > 1 {
			return req, errRepeated
		}
	}
	req.Query = v.Get("query")
	req.DocumentID = v.Get("documentId")
	req.OperationName = v.Get("operationName")
	if s := v.Get("variables"); s != "" {
		if req.Variables, err = object(json.RawMessage(s), errVariablesType); err != nil {
			return req, err
		}
	}
	if s := v.Get("extensions"); s != "" {
		if req.Extensions, err = object(json.RawMessage(s), errExtensionType); err != nil {
			return req, err
		}
	}
	return req, oneDocument(req)
}

// object decodes a JSON object or null, keeping numbers exact as gqlgen
// does, and refuses anything else with typeErr.
func object(raw json.RawMessage, typeErr error) (map[string]any, error) {
	raw = bytes.TrimSpace(raw)
	if isNull(raw) {
		return nil, nil
	}
	if len(raw) == 0 || raw[0] != '{' {
		return nil, typeErr
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, errSyntax
	}
	if dec.More() {
		return nil, errTrailing
	}
	return m, nil
}

func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// Media types of a GraphQL response.
const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// negotiate picks the response's media type from the Accept header: the
// acceptable type of highest quality, application/graphql-response+json on
// a tie. No header means application/json; a header that allows neither
// reports false (406, as the GraphQL-over-HTTP specification recommends).
func negotiate(h http.Header) (string, bool) {
	accept := strings.Join(h.Values("Accept"), ",")
	if strings.TrimSpace(accept) == "" {
		return mediaJSON, true
	}
	best, bestQ := "", 0.0
	for part := range strings.SplitSeq(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if s, ok := params["q"]; ok {
			if q, err = strconv.ParseFloat(s, 64); err != nil || q < 0 || q > 1 {
				continue
			}
		}
		var media string
		switch mt {
		case mediaGraphQLResponse:
			media = mediaGraphQLResponse
		case mediaJSON, "application/*", "*/*":
			media = mediaJSON
		default:
			continue
		}
		if q > bestQ || (q == bestQ && q > 0 && media == mediaGraphQLResponse) {
			best, bestQ = media, q
		}
	}
	return best, best != ""
}

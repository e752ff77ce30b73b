package graph_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/itcoalition/api/graph"
	"github.com/itcoalition/api/internal/apptest"
)

// marker is planted in what a client sends; no error may carry it back.
const marker = "Zq7EchoMark"

// TestErrorsDoNotEcho sends documents and variables that fail to parse or
// to validate, each carrying the marker where the failure lies (a bad enum
// value, a name the schema does not know, a value of the wrong type), and
// checks that no error message or extension repeats it, while the code and
// the location still say what failed and where.
func TestErrorsDoNotEcho(t *testing.T) {
	s := apptest.Start(t)
	token := s.Token("chair", "EE")
	m := marker
	html := "<img src=x onerror=alert(1)>" + m
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		code  string
	}{
		{"enum literal", `{ requests(status: ` + m + `) { totalCount } }`, nil, graph.CodeValidationFailed},
		{"enum variable", `query($s: RequestStatus) { requests(status: $s) { totalCount } }`, map[string]any{"s": html}, graph.CodeValidationFailed},
		{"enum in an input variable", `mutation($i: PledgeInput!) { pledgeContribution(input: $i) { id } }`,
			map[string]any{"i": map[string]any{"kind": html, "amount": "1.00", "currency": "EUR", "eurAmount": "1.00"}}, graph.CodeValidationFailed},
		{"enum in an input literal", `mutation { pledgeContribution(input: {kind: ` + m + `, amount: "1.00", currency: "EUR", eurAmount: "1.00"}) { id } }`, nil, graph.CodeValidationFailed},
		{"unknown input field", `mutation { pledgeContribution(input: {` + m + `: 1, kind: FINANCIAL, amount: "1.00", currency: "EUR", eurAmount: "1.00"}) { id } }`, nil, graph.CodeValidationFailed},
		{"unknown input field in a variable", `mutation($i: PledgeInput!) { pledgeContribution(input: $i) { id } }`,
			map[string]any{"i": map[string]any{m: 1, "kind": "FINANCIAL", "amount": "1.00", "currency": "EUR", "eurAmount": "1.00"}}, graph.CodeValidationFailed},
		{"string where an Int goes", `{ nations(first: "` + m + `") { totalCount } }`, nil, graph.CodeValidationFailed},
		{"unknown field", `{ ` + m + ` }`, nil, graph.CodeValidationFailed},
		{"unknown argument", `{ nation(code: "EE", ` + m + `: 1) { name } }`, nil, graph.CodeValidationFailed},
		{"unknown fragment", `{ ...` + m + ` }`, nil, graph.CodeValidationFailed},
		{"unused fragment", `{ me { sub } } fragment ` + m + ` on Viewer { sub }`, nil, graph.CodeValidationFailed},
		{"unknown type", `{ me { ... on ` + m + ` { sub } } }`, nil, graph.CodeValidationFailed},
		{"unknown directive", `{ me @` + m + ` { sub } }`, nil, graph.CodeValidationFailed},
		{"unused variable", `query($` + m + `: Int) { me { sub } }`, nil, graph.CodeValidationFailed},
		{"two operations of one name", `query ` + m + ` { me { sub } } query ` + m + ` { me { sub } }`, nil, graph.CodeValidationFailed},
		{"conflicting aliases", `{ ` + m + `: me { sub } ` + m + `: __typename }`, nil, graph.CodeValidationFailed},
		{"unexpected string", `{ me { sub } "` + html + `" }`, nil, graph.CodeParseFailed},
		{"unexpected name", `{ me { sub } } ` + m, nil, graph.CodeParseFailed},
		{"bad escape", `{ nation(code: "\x` + m + `") { name } }`, nil, graph.CodeParseFailed},
		{"bad number", `{ nations(first: 0` + m + `) { totalCount } }`, nil, graph.CodeParseFailed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := s.Query(token, tc.query, tc.vars)
			if len(r.Errors) == 0 {
				t.Fatalf("no error: %s", r.Body)
			}
			if got := r.Errors[0].Code(); got != tc.code {
				t.Errorf("code %q, want %q: %s", got, tc.code, r.Body)
			}
			for _, e := range r.Errors {
				ext, _ := json.Marshal(e.Extensions)
				if strings.Contains(e.Message, m) || strings.Contains(string(ext), m) {
					t.Errorf("error echoes the request: %q %s", e.Message, ext)
				}
			}
		})
	}
}

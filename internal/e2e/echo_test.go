package e2e

import (
	"strings"
	"testing"

	"github.com/itcoalition/api/internal/apptest"
)

// TestDomainErrorsEchoNothing sends ids and codes that name nothing, and
// checks that the errors say what was wrong without quoting them: the
// README promises that no answer echoes what the client sent.
func TestDomainErrorsEchoNothing(t *testing.T) {
	// Chairs pledge for any nation here, so that an unknown nation reaches
	// the registry look-up.
	pol := apptest.PolicyCopy(t,
		apptest.DeleteLine("p, chair, Contribution, pledge, own"),
		apptest.AppendLine("policy.csv", "p, chair, Contribution, pledge, all"))
	s := apptest.Start(t, apptest.WithPolicyDir(pol))
	ee := s.Token("chair", "EE")
	const marker = "zq7echo7marker"
	oid := "aaaaaaaaaaaaaaaaaaaaaaaa" // well formed, names nothing
	cases := []struct {
		name, query string
		vars        map[string]any
		echo        string
		code        string
	}{
		{"contribution by a malformed id", `query($id: ID!) { contribution(id: $id) { id } }`,
			map[string]any{"id": marker}, marker, "NOT_FOUND"},
		{"contribution by an unknown id", `query($id: ID!) { contribution(id: $id) { id } }`,
			map[string]any{"id": oid}, oid, "NOT_FOUND"},
		{"request by an unknown id", `query($id: ID!) { request(id: $id) { id } }`,
			map[string]any{"id": oid}, oid, "NOT_FOUND"},
		{"order by a malformed id", `query($id: ID!) { order(id: $id) { id } }`,
			map[string]any{"id": marker}, marker, "NOT_FOUND"},
		{"cancel an unknown contribution", `mutation($id: ID!) { cancelContribution(id: $id) { id } }`,
			map[string]any{"id": marker}, marker, "NOT_FOUND"},
		{"order for an unknown request", `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`,
			map[string]any{"in": draftInput(marker, "S", "10.00")}, marker, "BAD_USER_INPUT"},
		{"pledge for a nation not in the registry", `mutation($in: PledgeInput!) { pledgeContribution(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"kind": "FINANCIAL", "amount": "10.00", "currency": "EUR", "eurAmount": "10.00", "nation": "QZ"}}, `QZ`, "BAD_USER_INPUT"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := s.Query(ee, c.query, c.vars)
			if len(r.Errors) == 0 {
				t.Fatalf("no error: %s", r.Body)
			}
			if got := r.Errors[0].Code(); got != c.code {
				t.Errorf("code %s, want %s: %s", got, c.code, r.Body)
			}
			if strings.Contains(string(r.Body), c.echo) {
				t.Errorf("the answer echoes %q: %s", c.echo, r.Body)
			}
		})
	}
}

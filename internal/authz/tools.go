package authz

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/itcoalition/api/internal/coalition"
)

// The tools for the people who own the policy: explain one decision, check
// the decision table, and diff two policy folders. They return data; the
// command prints it.

// DescribeScope says in words which rows a scope value covers.
func DescribeScope(s string) string {
	switch {
	case s == ScopeAll:
		return "every row"
	case s == ScopeOwn:
		return "only rows about the viewer's own nation"
	case strings.HasPrefix(s, prefixStatus):
		return "rows in status " + strings.TrimPrefix(s, prefixStatus)
	case strings.HasPrefix(s, prefixTarget):
		return "audit events about a " + strings.TrimPrefix(s, prefixTarget)
	case strings.HasPrefix(s, prefixMinContributors):
		return "per-area figures only where at least " + strings.TrimPrefix(s, prefixMinContributors) + " nations gave"
	case strings.HasPrefix(s, coalition.TermTwoNationsAbove+":"):
		return "above " + strings.TrimPrefix(s, coalition.TermTwoNationsAbove+":") + " EUR, approvals by chairs of two nations"
	case strings.HasPrefix(s, coalition.TermMaxPerApproval+":"):
		return "one approval commits at most " + strings.TrimPrefix(s, coalition.TermMaxPerApproval+":") + " EUR"
	}
	return ""
}

// Rule is a policy rule (role, resource, action, scope) and the line of
// policy.csv that states it first; Line is 0 for a rule the model derives.
type Rule struct {
	Line  int
	Rule  []string
	Scope string
}

// Explanation is one decision and what made it.
type Explanation struct {
	Scope Scope
	// Because are the rules that grant it, in file order.
	Because []Rule
	// Others lists, when denied, the roles that may, with their scopes.
	Others []string
}

// ExplainDecision explains role's decision for action on resource under
// the policy of enf, loaded from file (policy.csv).
func (e *Enforcer) ExplainDecision(file, role, resource, action string) (Explanation, error) {
	where, err := lineNumbers(file)
	if err != nil {
		return Explanation{}, err
	}
	x := Explanation{Scope: e.Scope(role, resource, action)}
	if !x.Scope.Granted {
		for _, r := range e.Roles() {
			if osc := e.Scope(r, resource, action); osc.Granted {
				x.Others = append(x.Others, r+" ("+strings.Join(osc.Lines, "|")+")")
			}
		}
		return x, nil
	}
	_, rules := e.Explain(role, resource, action)
	for _, r := range rules {
		x.Because = append(x.Because, Rule{Line: where[ruleKey(r)], Rule: r})
	}
	// In file order, so the lines read as they do in the editor.
	slices.SortStableFunc(x.Because, func(a, b Rule) int { return cmp.Compare(a.Line, b.Line) })
	return x, nil
}

func ruleKey(r []string) string { return strings.Join(r, "\x00") }

// lineNumbers maps each policy rule of file to the line that states it
// first, so explanations can point at the line to edit.
func lineNumbers(file string) (map[string]int, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read policy: %w", err)
	}
	out := map[string]int{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, ",")
		for j := range fields {
			fields[j] = strings.TrimSpace(fields[j])
		}
		if fields[0] != "p" {
			continue
		}
		if k := ruleKey(fields[1:]); out[k] == 0 {
			out[k] = i + 1
		}
	}
	return out, nil
}

// Decision is one row of decisions.csv: what the policy must decide.
type Decision struct {
	Line                           int
	Role, Resource, Action, Expect string
}

func (d Decision) key() string { return d.Role + "," + d.Resource + "," + d.Action }

// ReadDecisions reads the decision table: a header, then role, resource,
// action, expected; lines starting with # are comments.
func ReadDecisions(file string) ([]Decision, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("read decision table: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	r.FieldsPerRecord = 4
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if err != nil || !slices.Equal(header, []string{"role", "resource", "action", "expected"}) {
		return nil, fmt.Errorf("decision table %s: want the header role,resource,action,expected", file)
	}
	var out []Decision
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read decision table %s: %w", file, err)
		}
		line, _ := r.FieldPos(0)
		out = append(out, Decision{Line: line, Role: rec[0], Resource: rec[1], Action: rec[2], Expect: strings.TrimSpace(rec[3])})
	}
}

// Decided is what the policy decides, in the decision table's notation:
// "deny", or the scopes joined by "|".
func (e *Enforcer) Decided(role, resource, action string) string {
	sc := e.Scope(role, resource, action)
	if !sc.Granted {
		return "deny"
	}
	return strings.Join(sc.Lines, "|")
}

// DecisionCheck is the result of checking a decision table.
type DecisionCheck struct {
	Table    string
	Passed   int
	Failures []string
}

// CheckDecisions checks every row of dir/decisions.csv against the policy,
// and that the table has a row for each role and each resource and action
// the policy names, so a new grant cannot slip in untested.
func (e *Enforcer) CheckDecisions(dir string) (DecisionCheck, error) {
	table := filepath.Join(dir, "decisions.csv")
	rows, err := ReadDecisions(table)
	if err != nil {
		return DecisionCheck{}, err
	}
	c := DecisionCheck{Table: table}
	seen := map[string]int{}
	roles := e.Roles()
	for _, d := range rows {
		if first, ok := seen[d.key()]; ok {
			c.Failures = append(c.Failures, fmt.Sprintf("%s:%d: %s repeats line %d", table, d.Line, d.key(), first))
			continue
		}
		seen[d.key()] = d.Line
		if !slices.Contains(roles, d.Role) {
			roles = append(roles, d.Role)
		}
		if got := e.Decided(d.Role, d.Resource, d.Action); got != d.Expect {
			c.Failures = append(c.Failures, fmt.Sprintf("%s:%d: %s %s %s: policy decides %s, table wants %s", table, d.Line, d.Role, d.Action, d.Resource, got, d.Expect))
			continue
		}
		c.Passed++
	}
	type pair struct{ resource, action string }
	var pairs []pair
	for _, g := range e.Grants() {
		if p := (pair{g.Resource, g.Action}); !slices.Contains(pairs, p) {
			pairs = append(pairs, p)
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(a.resource, b.resource), cmp.Compare(a.action, b.action))
	})
	slices.Sort(roles)
	for _, p := range pairs {
		for _, r := range roles {
			k := r + "," + p.resource + "," + p.action
			if _, ok := seen[k]; !ok {
				c.Failures = append(c.Failures, fmt.Sprintf("%s: no row for %s (the policy decides %s)", table, k, e.Decided(r, p.resource, p.action)))
			}
		}
	}
	return c, nil
}

// Change is a grant one policy has and the other lacks: Sign "+" gained,
// "-" lost.
type Change struct {
	Sign string
	Grant
}

// Diff lists the grants newer gains (+) and loses (-) against older,
// sorted by role, resource, action and scope.
func Diff(older, newer *Enforcer) []Change {
	was, is := older.Grants(), newer.Grants()
	var changes []Change
	for _, g := range is {
		if !slices.Contains(was, g) {
			changes = append(changes, Change{"+", g})
		}
	}
	for _, g := range was {
		if !slices.Contains(is, g) {
			changes = append(changes, Change{"-", g})
		}
	}
	slices.SortFunc(changes, func(a, b Change) int {
		return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.Resource, b.Resource),
			cmp.Compare(a.Action, b.Action), cmp.Compare(a.Scope, b.Scope), cmp.Compare(a.Sign, b.Sign))
	})
	return changes
}

package main

import (
	"cmp"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/itcoalition/api/internal/authz"
)

const policyUsage = `usage:
  itc-api policy explain -role ROLE -resource RESOURCE -action ACTION [-policy-dir DIR]
      the decision, its scope of rows and the policy lines that made it
  itc-api policy test [-policy-dir DIR]
      check DIR/decisions.csv against the policy; exits non-zero on any difference
  itc-api policy diff OLD_DIR NEW_DIR
      which role gains (+) or loses (-) which permission between two policy folders
DIR defaults to ITC_POLICY_DIR, else ./policies.
`

// errUsage marks a command line the policy tools cannot run; the usage has
// already been printed.
var errUsage = errors.New("usage")

// runPolicy runs the tools for the people who own the policy.
func runPolicy(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, policyUsage)
		return fmt.Errorf("%w: want explain, test or diff", errUsage)
	}
	var err error
	switch args[0] {
	case "explain":
		err = policyExplain(args[1:], getenv, stdout, stderr)
	case "test":
		err = policyTest(args[1:], getenv, stdout, stderr)
	case "diff":
		err = policyDiff(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, policyUsage)
	default:
		fmt.Fprint(stderr, policyUsage)
		err = fmt.Errorf("%w: unknown command %q (want explain, test or diff)", errUsage, args[0])
	}
	if errors.Is(err, flag.ErrHelp) {
		return nil // the usage is printed; asking for it is no failure
	}
	return err
}

// policyFlags parses args with -policy-dir (default ITC_POLICY_DIR) and
// whatever add registers; it refuses positional arguments.
func policyFlags(name string, args []string, getenv func(string) string, stderr io.Writer, add func(*flag.FlagSet)) (string, error) {
	fs := flag.NewFlagSet("policy "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, policyUsage) }
	dir := fs.String("policy-dir", envOr(getenv, "ITC_POLICY_DIR", "./policies"), "folder with model.conf and policy.csv (ITC_POLICY_DIR)")
	if add != nil {
		add(fs)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return "", err
		}
		return "", fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return "", fmt.Errorf("%w: policy %s takes no argument %q", errUsage, name, fs.Arg(0))
	}
	return *dir, nil
}

// policyExplain prints one decision and the policy lines behind it.
func policyExplain(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var role, resource, action string
	dir, err := policyFlags("explain", args, getenv, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&role, "role", "", "token role: chair, member, mod or observer")
		fs.StringVar(&resource, "resource", "", `a type ("Order"), a type's field ("Order.amount") or "Standing:CHAIR"`)
		fs.StringVar(&action, "action", "", `what the role would do ("read", "approve")`)
	})
	if err != nil {
		return err
	}
	if role == "" || resource == "" || action == "" {
		fmt.Fprint(stderr, policyUsage)
		return fmt.Errorf("%w: policy explain needs -role, -resource and -action", errUsage)
	}
	enf, err := authz.Load(dir)
	if err != nil {
		return err
	}
	file := filepath.Join(dir, "policy.csv")
	where, err := policyLineNumbers(file)
	if err != nil {
		return err
	}

	sc := enf.Scope(role, resource, action)
	_, rules := enf.Explain(role, resource, action)
	if !sc.Granted {
		fmt.Fprintf(stdout, "DENY: %s may not %s %s\n", role, action, resource)
		fmt.Fprintln(stdout, "scope: none")
		fmt.Fprintf(stdout, "because: no line of %s grants it, and anything not granted is denied\n", file)
		var others []string
		for _, r := range enf.Roles() {
			if osc := enf.Scope(r, resource, action); osc.Granted {
				others = append(others, r+" ("+strings.Join(osc.Lines, "|")+")")
			}
		}
		if len(others) == 0 {
			fmt.Fprintf(stdout, "no role may %s %s: check the names against %s\n", action, resource, file)
		} else {
			fmt.Fprintf(stdout, "granted to: %s\n", strings.Join(others, ", "))
		}
		return nil
	}
	fmt.Fprintf(stdout, "ALLOW: %s may %s %s\n", role, action, resource)
	fmt.Fprintf(stdout, "scope: %s\n", strings.Join(sc.Lines, "|"))
	for _, s := range sc.Lines {
		fmt.Fprintf(stdout, "  %-28s %s\n", s, describeScope(s))
	}
	if sc.All && len(sc.Lines) > 1 {
		fmt.Fprintln(stdout, "  (all covers every narrower line)")
	}
	fmt.Fprintln(stdout, "because:")
	// In file order, so the lines read as they do in the editor.
	slices.SortStableFunc(rules, func(a, b []string) int { return cmp.Compare(where[ruleKey(a)], where[ruleKey(b)]) })
	for _, r := range rules {
		if n, ok := where[ruleKey(r)]; ok {
			fmt.Fprintf(stdout, "  %s:%d: p, %s\n", file, n, strings.Join(r, ", "))
		} else {
			// A rule the model derives (not a line of the file) still says why.
			fmt.Fprintf(stdout, "  %s: p, %s\n", file, strings.Join(r, ", "))
		}
	}
	return nil
}

// describeScope says in words which rows a scope value covers.
func describeScope(s string) string {
	kind, arg, _ := strings.Cut(s, ":")
	switch kind {
	case authz.ScopeAll:
		return "every row"
	case authz.ScopeOwn:
		return "only rows about the viewer's own nation"
	case "status":
		return "rows in status " + arg
	case "target":
		return "audit events about a " + arg
	case "min-contributors":
		return "per-area figures only where at least " + arg + " nations gave"
	}
	return ""
}

func ruleKey(r []string) string { return strings.Join(r, "\x00") }

// policyLineNumbers maps each policy rule of file to the line that states
// it first, so explanations can point at the line to edit.
func policyLineNumbers(file string) (map[string]int, error) {
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

// decision is one row of decisions.csv.
type decision struct {
	line                           int
	role, resource, action, expect string
}

func (d decision) key() string { return d.role + "," + d.resource + "," + d.action }

// readDecisions reads the decision table: a header, then role, resource,
// action, expected; lines starting with # are comments.
func readDecisions(file string) ([]decision, error) {
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
	var out []decision
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read decision table %s: %w", file, err)
		}
		line, _ := r.FieldPos(0)
		out = append(out, decision{line: line, role: rec[0], resource: rec[1], action: rec[2], expect: strings.TrimSpace(rec[3])})
	}
}

// decided is what the policy decides, in the table's notation.
func decided(enf *authz.Enforcer, role, resource, action string) string {
	sc := enf.Scope(role, resource, action)
	if !sc.Granted {
		return "deny"
	}
	return strings.Join(sc.Lines, "|")
}

// policyTest checks every row of decisions.csv against the policy, and
// that the table has a row for each role and each resource and action the
// policy names, so a new grant cannot slip in untested.
func policyTest(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	dir, err := policyFlags("test", args, getenv, stderr, nil)
	if err != nil {
		return err
	}
	enf, err := authz.Load(dir)
	if err != nil {
		return err
	}
	table := filepath.Join(dir, "decisions.csv")
	rows, err := readDecisions(table)
	if err != nil {
		return err
	}
	passed, failed := 0, 0
	seen := map[string]int{}
	roles := enf.Roles()
	for _, d := range rows {
		if first, ok := seen[d.key()]; ok {
			failed++
			fmt.Fprintf(stdout, "FAIL %s:%d: %s repeats line %d\n", table, d.line, d.key(), first)
			continue
		}
		seen[d.key()] = d.line
		if !slices.Contains(roles, d.role) {
			roles = append(roles, d.role)
		}
		got := decided(enf, d.role, d.resource, d.action)
		if got != d.expect {
			failed++
			fmt.Fprintf(stdout, "FAIL %s:%d: %s %s %s: policy decides %s, table wants %s\n", table, d.line, d.role, d.action, d.resource, got, d.expect)
			continue
		}
		passed++
	}
	type pair struct{ resource, action string }
	var pairs []pair
	for _, g := range enf.Grants() {
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
				failed++
				fmt.Fprintf(stdout, "FAIL %s: no row for %s (the policy decides %s)\n", table, k, decided(enf, r, p.resource, p.action))
			}
		}
	}
	fmt.Fprintf(stdout, "%d passed, %d failed\n", passed, failed)
	if failed > 0 {
		return fmt.Errorf("policy test: %d of %d decisions differ from %s", failed, passed+failed, table)
	}
	return nil
}

// policyDiff prints the grants one policy folder has and the other lacks.
func policyDiff(args []string, stdout, stderr io.Writer) error {
	if len(args) == 1 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		fmt.Fprint(stdout, policyUsage)
		return nil
	}
	if len(args) != 2 {
		fmt.Fprint(stderr, policyUsage)
		return fmt.Errorf("%w: policy diff needs two policy folders, OLD and NEW", errUsage)
	}
	older, err := authz.Load(args[0])
	if err != nil {
		return fmt.Errorf("old: %w", err)
	}
	newer, err := authz.Load(args[1])
	if err != nil {
		return fmt.Errorf("new: %w", err)
	}
	was, is := older.Grants(), newer.Grants()
	type change struct {
		sign string
		authz.Grant
	}
	var changes []change
	for _, g := range is {
		if !slices.Contains(was, g) {
			changes = append(changes, change{"+", g})
		}
	}
	gained := len(changes)
	for _, g := range was {
		if !slices.Contains(is, g) {
			changes = append(changes, change{"-", g})
		}
	}
	slices.SortFunc(changes, func(a, b change) int {
		return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.Resource, b.Resource),
			cmp.Compare(a.Action, b.Action), cmp.Compare(a.Scope, b.Scope), cmp.Compare(a.sign, b.sign))
	})
	for _, c := range changes {
		fmt.Fprintf(stdout, "%s %s %s %s %s\n", c.sign, c.Role, c.Resource, c.Action, c.Scope)
	}
	if len(changes) == 0 {
		fmt.Fprintln(stdout, "no change: both policies grant the same")
		return nil
	}
	fmt.Fprintf(stdout, "%d gained, %d lost\n", gained, len(changes)-gained)
	return nil
}

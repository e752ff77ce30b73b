package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
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
	x, err := enf.ExplainDecision(file, role, resource, action)
	if err != nil {
		return err
	}
	sc := x.Scope
	if !sc.Granted {
		fmt.Fprintf(stdout, "DENY: %s may not %s %s\n", role, action, resource)
		fmt.Fprintln(stdout, "scope: none")
		fmt.Fprintf(stdout, "because: no line of %s grants it, and anything not granted is denied\n", file)
		if len(x.Others) == 0 {
			fmt.Fprintf(stdout, "no role may %s %s: check the names against %s\n", action, resource, file)
		} else {
			fmt.Fprintf(stdout, "granted to: %s\n", strings.Join(x.Others, ", "))
		}
		return nil
	}
	fmt.Fprintf(stdout, "ALLOW: %s may %s %s\n", role, action, resource)
	fmt.Fprintf(stdout, "scope: %s\n", strings.Join(sc.Lines, "|"))
	rows := 0
	for _, s := range sc.Lines {
		fmt.Fprintf(stdout, "  %-28s %s\n", s, authz.DescribeScope(s))
		if !authz.IsApprovalTerm(s) {
			rows++
		}
	}
	if sc.All && rows > 1 {
		fmt.Fprintln(stdout, "  (all covers every narrower line)")
	}
	if resource == authz.OrderApprove.Resource && action == authz.OrderApprove.Action {
		fmt.Fprintln(stdout, "approval rule:")
		for _, l := range sc.Approval.Explain() {
			fmt.Fprintln(stdout, "  "+l)
		}
	}
	fmt.Fprintln(stdout, "because:")
	for _, r := range x.Because {
		if r.Line > 0 {
			fmt.Fprintf(stdout, "  %s:%d: p, %s\n", file, r.Line, strings.Join(r.Rule, ", "))
		} else {
			// A rule the model derives (not a line of the file) still says why.
			fmt.Fprintf(stdout, "  %s: p, %s\n", file, strings.Join(r.Rule, ", "))
		}
	}
	return nil
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
	c, err := enf.CheckDecisions(dir)
	if err != nil {
		return err
	}
	for _, f := range c.Failures {
		fmt.Fprintln(stdout, "FAIL "+f)
	}
	fmt.Fprintf(stdout, "%d passed, %d failed\n", c.Passed, len(c.Failures))
	if len(c.Failures) > 0 {
		return fmt.Errorf("policy test: %d of %d decisions differ from %s", len(c.Failures), c.Passed+len(c.Failures), c.Table)
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
	changes := authz.Diff(older, newer)
	gained := 0
	for _, c := range changes {
		fmt.Fprintf(stdout, "%s %s %s %s %s\n", c.Sign, c.Role, c.Resource, c.Action, c.Scope)
		if c.Sign == "+" {
			gained++
		}
	}
	if len(changes) == 0 {
		fmt.Fprintln(stdout, "no change: both policies grant the same")
		return nil
	}
	fmt.Fprintf(stdout, "%d gained, %d lost\n", gained, len(changes)-gained)
	return nil
}

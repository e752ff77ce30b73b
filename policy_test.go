package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/authz"
)

// runPolicyCmd runs `itc-api policy args...` as main would, with env as the
// environment, and returns what it printed and its error.
func runPolicyCmd(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err = run(context.Background(), append([]string{"policy"}, args...), getenv, &out, &errOut)
	return out.String(), errOut.String(), err
}

// lineOf is the 1-based line number of line in file, found independently of
// the code under test.
func lineOf(t *testing.T, file, line string) int {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == line {
			return i + 1
		}
	}
	t.Fatalf("%s has no line %q", file, line)
	return 0
}

// TestPolicyTestPassesOnShippedPolicy: the decision table and the policy
// agree, row for row, and the table covers every decision the policy names.
func TestPolicyTestPassesOnShippedPolicy(t *testing.T) {
	rows, err := authz.ReadDecisions(filepath.Join("policies", "decisions.csv"))
	if err != nil {
		t.Fatal(err)
	}
	// Four roles times every resource and action of CONTRACT section 4.
	if len(rows) < 4*30 {
		t.Fatalf("decision table has %d rows; want every role against every resource and action", len(rows))
	}
	out, errOut, err := runPolicyCmd(t, nil, "test")
	if err != nil {
		t.Fatalf("%v\n%s%s", err, out, errOut)
	}
	if got, want := lastLine(out), fmt.Sprintf("%d passed, 0 failed", len(rows)); got != want {
		t.Errorf("summary = %q, want %q\n%s", got, want, out)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// TestPolicyTestFailsOnBrokenPolicy breaks a copy of the policy (or of its
// table) one way at a time and expects policy test to name the break.
func TestPolicyTestFailsOnBrokenPolicy(t *testing.T) {
	tests := []struct {
		name  string
		edits []apptest.PolicyEdit
		want  []string // lines of output that must appear
		fails int
	}{
		{
			name:  "line deleted",
			edits: []apptest.PolicyEdit{apptest.DeleteLine("p, member, Contribution, read, own")},
			want:  []string{"member read Contribution: policy decides deny, table wants own"},
			fails: 1,
		},
		{
			name:  "scope widened",
			edits: []apptest.PolicyEdit{{File: "policy.csv", Old: "p, observer, PriorityRequest, read, status:APPROVED", New: "p, observer, PriorityRequest, read, all"}},
			want:  []string{"observer read PriorityRequest: policy decides all|status:FULFILLED|status:IN_PROCUREMENT, table wants status:APPROVED|status:FULFILLED|status:IN_PROCUREMENT"},
			fails: 1,
		},
		{
			name:  "field opened to observers",
			edits: []apptest.PolicyEdit{apptest.AppendLine("policy.csv", "p, observer, Order.amount, read, all")},
			want:  []string{"observer read Order.amount: policy decides all, table wants deny"},
			fails: 1,
		},
		{
			name:  "new permission without rows",
			edits: []apptest.PolicyEdit{apptest.AppendLine("policy.csv", "p, chair, Thing, doIt, all")},
			want: []string{
				"no row for chair,Thing,doIt (the policy decides all)",
				"no row for observer,Thing,doIt (the policy decides deny)",
			},
			fails: 4,
		},
		{
			name:  "row missing from the table",
			edits: []apptest.PolicyEdit{{File: "decisions.csv", Old: "mod,Order,confirmDelivery,all\n"}},
			want:  []string{"no row for mod,Order,confirmDelivery (the policy decides all)"},
			fails: 1,
		},
		{
			name:  "row repeated",
			edits: []apptest.PolicyEdit{apptest.AppendLine("decisions.csv", "chair,Nation,read,all")},
			want:  []string{"chair,Nation,read repeats line " + strconv.Itoa(lineOf(t, "policies/decisions.csv", "chair,Nation,read,all"))},
			fails: 1,
		},
	}
	// Each break adds its failures to those of the unbroken copy (none, when
	// the shipped policy passes), so one test checks one thing.
	base, _, _ := runPolicyCmd(t, nil, "test", "-policy-dir", apptest.PolicyCopy(t))
	baseFails := strings.Count(base, "FAIL ")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := apptest.PolicyCopy(t, tt.edits...)
			out, _, err := runPolicyCmd(t, nil, "test", "-policy-dir", dir)
			if err == nil {
				t.Fatalf("policy test passed on a broken policy:\n%s", out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			fails := baseFails + tt.fails
			if got, want := lastLine(out), fmt.Sprintf(", %d failed", fails); !strings.HasSuffix(got, want) {
				t.Errorf("summary = %q, want it to end %q", got, want)
			}
			if got := strings.Count(out, "FAIL "); got != fails {
				t.Errorf("%d FAIL lines, want %d:\n%s", got, fails, out)
			}
		})
	}
}

// TestPolicyTestReadsPolicyDirFromEnv: ITC_POLICY_DIR picks the folder, and
// the flag wins over it.
func TestPolicyTestReadsPolicyDirFromEnv(t *testing.T) {
	broken := apptest.PolicyCopy(t, apptest.DeleteLine("p, chair, Order, draft, all"))
	const failure = "chair draft Order: policy decides deny, table wants all"
	env := map[string]string{"ITC_POLICY_DIR": broken}
	if out, _, err := runPolicyCmd(t, env, "test"); err == nil || !strings.Contains(out, failure) {
		t.Errorf("policy test with ITC_POLICY_DIR=%s: err %v, want it to report %q:\n%s", broken, err, failure, out)
	}
	if out, _, _ := runPolicyCmd(t, env, "test", "-policy-dir", "policies"); strings.Contains(out, failure) {
		t.Errorf("policy test -policy-dir policies read ITC_POLICY_DIR instead:\n%s", out)
	}
}

func TestPolicyExplain(t *testing.T) {
	file := filepath.Join("policies", "policy.csv")
	at := func(line string) string {
		return fmt.Sprintf("%s:%d: %s", file, lineOf(t, file, line), line)
	}
	opened := apptest.PolicyCopy(t, apptest.AppendLine("policy.csv", "p, observer, Order.amount, read, all"))
	openedFile := filepath.Join(opened, "policy.csv")
	tests := []struct {
		name   string
		args   []string
		want   []string
		reject []string
	}{
		{
			name: "allowed over some statuses",
			args: []string{"-role", "observer", "-resource", "PriorityRequest", "-action", "read"},
			want: []string{
				"ALLOW: observer may read PriorityRequest",
				"scope: status:APPROVED|status:FULFILLED|status:IN_PROCUREMENT\n",
				at("p, observer, PriorityRequest, read, status:APPROVED"),
				at("p, observer, PriorityRequest, read, status:IN_PROCUREMENT"),
				at("p, observer, PriorityRequest, read, status:FULFILLED"),
			},
			reject: []string{"SUBMITTED", "DENY", "p, chair"},
		},
		{
			name: "own nation's rows",
			args: []string{"-role", "member", "-resource", "Contribution", "-action", "read"},
			want: []string{
				"ALLOW: member may read Contribution",
				"scope: own\n",
				"only rows about the viewer's own nation",
				at("p, member, Contribution, read, own"),
			},
		},
		{
			name: "suppressed figures",
			args: []string{"-role", "mod", "-resource", "Fund.byArea", "-action", "read"},
			want: []string{"scope: min-contributors:3\n", "at least 3 nations gave", at("p, mod, Fund.byArea, read, min-contributors:3")},
		},
		{
			name: "the approval rule",
			args: []string{"-role", "chair", "-resource", "Order", "-action", "approve"},
			want: []string{
				"scope: all|two-nations-above:1000000.00\n",
				"above 1000000.00 EUR, approvals by chairs of two nations",
				at("p, chair, Order, approve, two-nations-above:1000000.00"),
				"approval rule:\n",
				"Above 1000000.00 EUR an order needs approvals from chairs of two different nations",
			},
			reject: []string{"all covers every narrower line"},
		},
		{
			name: "denied by default",
			args: []string{"-role", "observer", "-resource", "AuditEvent", "-action", "read"},
			want: []string{
				"DENY: observer may not read AuditEvent",
				"scope: none",
				"anything not granted is denied",
				"granted to: chair (all), member (own), mod (target:Order|target:PriorityRequest)",
			},
			reject: []string{"ALLOW"},
		},
		{
			name:   "a field denied",
			args:   []string{"-role", "observer", "-resource", "Order.amount", "-action", "read"},
			want:   []string{"DENY: observer may not read Order.amount", "granted to: chair (all), member (all), mod (all)"},
			reject: []string{"ALLOW"},
		},
		{
			name: "a name no line uses",
			args: []string{"-role", "chair", "-resource", "Orders", "-action", "read"},
			want: []string{"DENY: chair may not read Orders", "no role may read Orders: check the names"},
		},
		{
			name: "another policy folder",
			args: []string{"-role", "observer", "-resource", "Order.amount", "-action", "read", "-policy-dir", opened},
			want: []string{
				"ALLOW: observer may read Order.amount",
				fmt.Sprintf("%s:%d: p, observer, Order.amount, read, all", openedFile, lineOf(t, openedFile, "p, observer, Order.amount, read, all")),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runPolicyCmd(t, nil, append([]string{"explain"}, tt.args...)...)
			if err != nil {
				t.Fatalf("explain: %v\n%s", err, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, r := range tt.reject {
				if strings.Contains(out, r) {
					t.Errorf("output has %q:\n%s", r, out)
				}
			}
		})
	}
}

func TestPolicyDiff(t *testing.T) {
	changed := apptest.PolicyCopy(t,
		apptest.DeleteLine("p, member, Contribution, read, own"),
		apptest.AppendLine("policy.csv", "p, observer, Order.amount, read, all"),
		apptest.PolicyEdit{File: "policy.csv", Old: "p, mod, AuditEvent, read, target:Order", New: "p, mod, AuditEvent, read, all"},
	)
	tests := []struct {
		name     string
		old, new string
		want     string
	}{
		{
			name: "gains and losses",
			old:  "policies", new: changed,
			want: "- member Contribution read own\n" +
				"+ mod AuditEvent read all\n" +
				"- mod AuditEvent read target:Order\n" +
				"+ observer Order.amount read all\n" +
				"2 gained, 2 lost\n",
		},
		{
			name: "the other way round",
			old:  changed, new: "policies",
			want: "+ member Contribution read own\n" +
				"- mod AuditEvent read all\n" +
				"+ mod AuditEvent read target:Order\n" +
				"- observer Order.amount read all\n" +
				"2 gained, 2 lost\n",
		},
		{
			name: "no change",
			old:  "policies", new: apptest.PolicyCopy(t),
			want: "no change: both policies grant the same\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errOut, err := runPolicyCmd(t, nil, "diff", tt.old, tt.new)
			if err != nil {
				t.Fatalf("diff: %v\n%s", err, errOut)
			}
			if got != tt.want {
				t.Errorf("diff printed\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestPolicyUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want *regexp.Regexp
	}{
		{"no command", nil, regexp.MustCompile(`want explain, test or diff`)},
		{"unknown command", []string{"lint"}, regexp.MustCompile(`unknown command "lint"`)},
		{"explain without action", []string{"explain", "-role", "chair", "-resource", "Order"}, regexp.MustCompile(`needs -role, -resource and -action`)},
		{"explain with an unknown flag", []string{"explain", "-nation", "EE"}, regexp.MustCompile(`flag provided but not defined: -nation`)},
		{"test with an argument", []string{"test", "policies"}, regexp.MustCompile(`takes no argument "policies"`)},
		{"diff with one folder", []string{"diff", "policies"}, regexp.MustCompile(`needs two policy folders`)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, err := runPolicyCmd(t, nil, tt.args...)
			if !errors.Is(err, errUsage) {
				t.Fatalf("err = %v, want a usage error", err)
			}
			if !tt.want.MatchString(err.Error()) {
				t.Errorf("err = %q, want it to match %s", err, tt.want)
			}
			if !strings.Contains(errOut, "usage:") {
				t.Errorf("stderr lacks the usage:\n%s", errOut)
			}
		})
	}
	// A folder that is not a policy is an error, not a usage error.
	if _, _, err := runPolicyCmd(t, nil, "diff", "policies", t.TempDir()); err == nil || errors.Is(err, errUsage) {
		t.Errorf("diff against an empty folder: err = %v, want a load error", err)
	}
}

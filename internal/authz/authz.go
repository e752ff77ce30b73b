// Package authz asks the Casbin policies in policies/ what a role may do,
// and turns the answers into row scopes, field rules and permission lists.
package authz

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/casbin/casbin/v2"

	"github.com/itcoalition/api/internal/coalition"
)

// Scope values a policy line may carry.
const (
	ScopeAll = "all"
	ScopeOwn = "own"

	prefixStatus          = "status:"
	prefixTarget          = "target:"
	prefixMinContributors = "min-contributors:"
)

// Scope is the union of the rows a role's grants cover for one resource and
// action. The zero Scope grants nothing.
type Scope struct {
	// Granted is true when at least one line grants the action.
	Granted bool
	// All: every row.
	All bool
	// Own: rows about the viewer's own nation.
	Own bool
	// Statuses: rows in one of these statuses.
	Statuses []string
	// Targets: audit events about one of these types.
	Targets []string
	// MinContributors: aggregate figures only where at least this many
	// nations gave; 0 means no suppression.
	MinContributors int
	// Lines are the scope values that made it, for explanations.
	Lines []string
	// Approval is what the policy's approval terms (two-nations-above:,
	// max-per-approval:) add to an approval grant; the zero rule when it
	// has none. A term narrows a grant and grants nothing alone.
	Approval coalition.ApprovalRule
}

// Enforcer answers policy questions. Decisions are fixed once the policies
// are loaded, so each distinct question goes to Casbin once and is
// remembered; a page of a thousand rows costs no more than one row.
type Enforcer struct {
	e      *casbin.Enforcer
	scopes []string // every scope value that appears in the policy
	roles  []string // every role that appears in the policy
	cache  sync.Map // key -> Scope
	evals  atomic.Int64
}

// Load reads model.conf and policy.csv from dir. It fails on a scope value
// it does not understand, so a typo cannot silently deny or grant.
func Load(dir string) (*Enforcer, error) {
	model := filepath.Join(dir, "model.conf")
	policy := filepath.Join(dir, "policy.csv")
	for _, f := range []string{model, policy} {
		if _, err := os.Stat(f); err != nil {
			return nil, fmt.Errorf("load policies: %w", err)
		}
	}
	e, err := casbin.NewEnforcer(model, policy)
	if err != nil {
		return nil, fmt.Errorf("load policies from %s: %w", dir, err)
	}
	lines, err := e.GetPolicy()
	if err != nil {
		return nil, fmt.Errorf("read policies: %w", err)
	}
	enf := &Enforcer{e: e}
	terms := map[string][]string{}
	for i, l := range lines {
		if len(l) != 4 {
			return nil, fmt.Errorf("policy line %d: want role, resource, action, scope; got %q", i+1, strings.Join(l, ", "))
		}
		if err := validScope(l[3]); err != nil {
			return nil, fmt.Errorf("policy line %d (%s): %w", i+1, strings.Join(l, ", "), err)
		}
		if IsApprovalTerm(l[3]) {
			if l[1] != approvalTermResource || l[2] != approvalTermAction {
				return nil, fmt.Errorf("policy line %d (%s): approval terms apply only to %s, %s", i+1, strings.Join(l, ", "), approvalTermResource, approvalTermAction)
			}
			k := l[0] + "\x00" + l[1] + "\x00" + l[2]
			terms[k] = append(terms[k], l[3])
			if _, err := coalition.ParseApprovalTerms(terms[k]); err != nil {
				return nil, fmt.Errorf("policy line %d (%s): %w", i+1, strings.Join(l, ", "), err)
			}
		}
		if !slices.Contains(enf.scopes, l[3]) {
			enf.scopes = append(enf.scopes, l[3])
		}
		if !slices.Contains(enf.roles, l[0]) {
			enf.roles = append(enf.roles, l[0])
		}
	}
	slices.Sort(enf.scopes)
	slices.Sort(enf.roles)
	return enf, nil
}

func validScope(s string) error {
	switch {
	case s == ScopeAll, s == ScopeOwn:
		return nil
	case strings.HasPrefix(s, prefixStatus) && len(s) > len(prefixStatus):
		return nil
	case strings.HasPrefix(s, prefixTarget) && len(s) > len(prefixTarget):
		return nil
	case strings.HasPrefix(s, prefixMinContributors):
		n, err := strconv.Atoi(strings.TrimPrefix(s, prefixMinContributors))
		if err != nil || n < 1 {
			return errors.New("min-contributors needs a whole number of at least 1")
		}
		return nil
	case IsApprovalTerm(s):
		_, err := coalition.ParseApprovalTerms([]string{s})
		return err
	}
	return fmt.Errorf("unknown scope %q", s)
}

// Approval terms narrow who may complete an approval (coalition.ApprovalRule);
// they are read from the lines of one resource and action only.
const (
	approvalTermResource = "Order"
	approvalTermAction   = "approve"
)

// IsApprovalTerm reports whether scope value s is an approval term, such
// as "two-nations-above:250000.00".
func IsApprovalTerm(s string) bool {
	kind, _, ok := strings.Cut(s, ":")
	return ok && (kind == coalition.TermTwoNationsAbove || kind == coalition.TermMaxPerApproval)
}

// Roles lists every role the policy names.
func (e *Enforcer) Roles() []string { return slices.Clone(e.roles) }

// Scope returns what the policy grants role for action act on resource obj.
func (e *Enforcer) Scope(role, obj, act string) Scope {
	key := role + "\x00" + obj + "\x00" + act
	if v, ok := e.cache.Load(key); ok {
		return v.(Scope)
	}
	var sc Scope
	var terms []string
	for _, s := range e.scopes {
		ok, err := e.enforce(role, obj, act, s)
		if err != nil || !ok {
			// An evaluation error denies: default deny, never default allow.
			continue
		}
		sc.Lines = append(sc.Lines, s)
		if IsApprovalTerm(s) {
			terms = append(terms, s)
			continue
		}
		sc.Granted = true
		switch {
		case s == ScopeAll:
			sc.All = true
		case s == ScopeOwn:
			sc.Own = true
		case strings.HasPrefix(s, prefixStatus):
			sc.Statuses = append(sc.Statuses, strings.TrimPrefix(s, prefixStatus))
		case strings.HasPrefix(s, prefixTarget):
			sc.Targets = append(sc.Targets, strings.TrimPrefix(s, prefixTarget))
		case strings.HasPrefix(s, prefixMinContributors):
			n, _ := strconv.Atoi(strings.TrimPrefix(s, prefixMinContributors))
			if sc.MinContributors == 0 || n < sc.MinContributors {
				sc.MinContributors = n
			}
		}
	}
	if sc.All {
		// "all" covers every narrower line, including suppression.
		sc.MinContributors = 0
	}
	if !sc.Granted {
		// Terms without a grant grant nothing.
		sc, terms = Scope{}, nil
	}
	// Load checked the terms of every role, resource and action.
	sc.Approval, _ = coalition.ParseApprovalTerms(terms)
	e.cache.Store(key, sc)
	return sc
}

// enforce asks Casbin one question, counting it.
func (e *Enforcer) enforce(role, obj, act, scope string) (bool, error) {
	e.evals.Add(1)
	return e.e.Enforce(role, obj, act, scope)
}

// Evaluations is how many questions went to Casbin since Load: tests use it
// to prove that repeated decisions come from the cache, not the enforcer.
func (e *Enforcer) Evaluations() int64 { return e.evals.Load() }

// Allowed reports whether role may perform act on obj over any scope.
func (e *Enforcer) Allowed(role, obj, act string) bool {
	return e.Scope(role, obj, act).Granted
}

// Permission is one grant of the policy.
type Permission struct {
	Resource, Action, Scope string
	// Operations are the GraphQL operations the grant decides.
	Operations []string
}

// Permissions lists what role may do, as the policy grants it, sorted.
func (e *Enforcer) Permissions(role string) []Permission {
	lines, _ := e.e.GetFilteredPolicy(0, role)
	var out []Permission
	for _, l := range lines {
		if ok, err := e.enforce(role, l[1], l[2], l[3]); err == nil && ok {
			out = append(out, Permission{Resource: l[1], Action: l[2], Scope: l[3], Operations: operationsOf(l[1], l[2])})
		}
	}
	slices.SortFunc(out, func(a, b Permission) int {
		return strings.Compare(a.Resource+"\x00"+a.Action+"\x00"+a.Scope, b.Resource+"\x00"+b.Action+"\x00"+b.Scope)
	})
	return slices.CompactFunc(out, func(a, b Permission) bool {
		return a.Resource == b.Resource && a.Action == b.Action && a.Scope == b.Scope
	})
}

// Grant is one (role, resource, action, scope) decision that is allowed.
type Grant struct {
	Role, Resource, Action, Scope string
}

// Grants lists every allowed decision of the policy, for diffs.
func (e *Enforcer) Grants() []Grant {
	var out []Grant
	for _, r := range e.roles {
		for _, p := range e.Permissions(r) {
			out = append(out, Grant{Role: r, Resource: p.Resource, Action: p.Action, Scope: p.Scope})
		}
	}
	return out
}

// Explain returns the decision for role, obj, act and the policy lines
// that made it (none when denied by default).
func (e *Enforcer) Explain(role, obj, act string) (bool, [][]string) {
	var lines [][]string
	for _, s := range e.scopes {
		e.evals.Add(1)
		ok, rule, err := e.e.EnforceEx(role, obj, act, s)
		if err == nil && ok {
			lines = append(lines, rule)
		}
	}
	return len(lines) > 0, lines
}

// HasRule reports whether any line of the policy names resource obj and
// action act, for whatever role: the coverage test uses it.
func (e *Enforcer) HasRule(obj, act string) bool {
	lines, _ := e.e.GetFilteredPolicy(1, obj, act)
	return len(lines) > 0
}

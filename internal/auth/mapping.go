package auth

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Default claim paths (CONTRACT §3).
const (
	DefaultRoleClaim   = "role"
	DefaultNationClaim = "nation"
)

// ClaimMapping says where a token carries the role and the nation, for
// identity providers that cannot issue the contract's own claims. A path is
// a claim name, or names joined by dots into nested objects
// ("realm_access.roles"); a claim whose own name contains dots (a namespaced
// claim such as "https://itc.example/role") is found by its whole name
// first. The role claim may be a string or a list of strings: RoleMap, when
// set, translates values to roles; otherwise RolePrefix, when set, keeps
// the values that start with it and drops the prefix ("itc-chair" gives
// "chair"). Exactly one role must result; several are refused rather than
// one picked, since the provider's order is not a ranking.
type ClaimMapping struct {
	RoleClaim   string            // "" means DefaultRoleClaim
	NationClaim string            // "" means DefaultNationClaim
	RolePrefix  string            // e.g. "itc-"
	RoleMap     map[string]string // provider value -> role, e.g. "coalition-chair" -> "chair"
}

// check refuses a mapping that can never give a role.
func (m ClaimMapping) check() error {
	for _, p := range []string{m.RoleClaim, m.NationClaim} {
		if strings.HasPrefix(p, ".") || strings.HasSuffix(p, ".") || strings.Contains(p, "..") {
			return fmt.Errorf("auth: claim path %q has an empty name", p)
		}
	}
	for from, to := range m.RoleMap {
		if from == "" || !slices.Contains(knownRoles, to) {
			return fmt.Errorf("auth: role mapping %q=%q: want a provider value and one of %v", from, to, knownRoles)
		}
	}
	return nil
}

// principal reads the subject, the role and the nation from verified claims.
func (m ClaimMapping) principal(c *claimSet) (Principal, error) {
	p := Principal{Issuer: c.iss, Sub: c.sub}
	rolePath, nationPath := m.RoleClaim, m.NationClaim
	if rolePath == "" {
		rolePath = DefaultRoleClaim
	}
	if nationPath == "" {
		nationPath = DefaultNationClaim
	}
	values, err := claimStrings(c.raw, rolePath)
	if err != nil {
		return Principal{}, err
	}
	if p.Role, err = m.role(values); err != nil {
		return Principal{}, fmt.Errorf("claim %s: %w", rolePath, err)
	}
	nations, err := claimStrings(c.raw, nationPath)
	if err != nil {
		return Principal{}, err
	}
	if len(nations) != 1 {
		return Principal{}, fmt.Errorf("claim %s: want one nation, got %d", nationPath, len(nations))
	}
	p.Nation = nations[0]
	return p, nil
}

// role picks the one role that values give.
func (m ClaimMapping) role(values []string) (string, error) {
	var roles []string
	for _, v := range values {
		switch {
		case m.RoleMap != nil:
			v = m.RoleMap[v]
		case m.RolePrefix != "":
			var ok bool
			if v, ok = strings.CutPrefix(v, m.RolePrefix); !ok {
				continue
			}
		case len(values) > 1 && !slices.Contains(knownRoles, v):
			continue // a provider's other roles, such as offline_access
		}
		if v != "" && !slices.Contains(roles, v) {
			roles = append(roles, v)
		}
	}
	switch len(roles) {
	case 0:
		return "", errors.New("no role")
	case 1:
		return roles[0], nil // validatePrincipal refuses an unknown one
	default:
		return "", fmt.Errorf("several roles %v", roles)
	}
}

// claimStrings finds path in the claims and returns its value as strings: a
// string gives one, a list of strings gives each; a missing claim gives
// none; any other type is an error.
func claimStrings(raw map[string]json.RawMessage, path string) ([]string, error) {
	v, ok := raw[path]
	if !ok {
		name, rest, nested := strings.Cut(path, ".")
		for nested {
			if v, ok = raw[name]; !ok {
				return nil, nil
			}
			if raw, _ = uniqueObjectOrNil(v); raw == nil {
				return nil, fmt.Errorf("claim %s: %s is not an object", path, name)
			}
			name, rest, nested = strings.Cut(rest, ".")
		}
		if v, ok = raw[name]; !ok {
			return nil, nil
		}
	}
	var one string
	if len(v) > 0 && v[0] == '"' && json.Unmarshal(v, &one) == nil {
		return []string{one}, nil
	}
	var many []string
	if len(v) > 0 && v[0] == '[' && json.Unmarshal(v, &many) == nil {
		return many, nil
	}
	return nil, fmt.Errorf("claim %s is neither a string nor a list of strings", path)
}

func uniqueObjectOrNil(v json.RawMessage) (map[string]json.RawMessage, error) {
	if len(v) == 0 || v[0] != '{' {
		return nil, errors.New("not an object")
	}
	return uniqueObject(v)
}

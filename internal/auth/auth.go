// Package auth verifies and mints the bearer JWTs that identify callers of the API.
package auth

import (
	"context"
	"errors"
	"fmt"
	"slices"
)

// MaxTokenLength is the largest token, in bytes, that Verify and BearerToken
// will look at. Real tokens are a few hundred bytes; the cap lets an oversized
// token be refused before any base64 or JSON decoding allocates memory for it.
const MaxTokenLength = 8 << 10

// ErrInvalidToken is wrapped by every error Verify returns, so callers can map
// any failure to 401 with errors.Is without depending on the detail, which is
// meant for logs only and must not be shown to the client.
var ErrInvalidToken = errors.New("invalid token")

// ErrNoToken is returned by BearerToken when the request carries no
// Authorization header, so callers can tell an anonymous request apart from
// a malformed credential.
var ErrNoToken = errors.New("no bearer token")

// Roles lists the roles a token may carry. It is a claim format check only;
// what each role may do is decided elsewhere.
var Roles = []string{"chair", "member", "mod", "observer"}

// knownRoles is the copy actually used for checks, taken at package
// initialisation, so code that later modifies the exported Roles slice
// cannot widen what tokens are accepted.
var knownRoles = slices.Clone(Roles)

// Principal is the verified identity of a caller: a person is an issuer
// and a subject, since two identity providers may use the same subject.
type Principal struct {
	Issuer string
	Sub    string
	Role   string
	Nation string
}

// ctxKey is unexported so no other package can read or overwrite the
// principal stored in a context except through the functions below.
type ctxKey struct{}

// WithPrincipal returns a copy of ctx carrying p.
func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, ctxKey{}, p)
}

// PrincipalFrom returns the principal stored by WithPrincipal, if any.
func PrincipalFrom(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(ctxKey{}).(Principal)
	return p, ok
}

// validatePrincipal applies the claim format rules shared by Verify and Mint,
// so Mint can never produce a token that Verify would refuse on its content.
func validatePrincipal(p Principal) error {
	if p.Sub == "" {
		return errors.New("missing sub")
	}
	if !slices.Contains(knownRoles, p.Role) {
		return fmt.Errorf("unknown role %q", p.Role)
	}
	// Every role acts for a nation (UA for the Ministry), and the registry
	// check needs it: a token without one is malformed.
	if !validNation(p.Nation) {
		return fmt.Errorf("malformed nation %q", p.Nation)
	}
	return nil
}

// validNation reports whether s has the ISO 3166-1 alpha-2 shape: exactly
// two ASCII upper-case letters. Membership in the ISO list is not checked, so
// the code keeps working when codes are added or retired.
func validNation(s string) bool {
	if len(s) != 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

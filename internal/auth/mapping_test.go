package auth

import (
	"encoding/json"
	"testing"
	"time"
)

func TestClaimMapping(t *testing.T) {
	const keycloak = `{"sub":"s","iss":"i","realm_access":{"roles":["offline_access","itc-chair"]},"attributes":{"nation":"EE"}}`
	tests := []struct {
		name    string
		mapping ClaimMapping
		payload string
		want    Principal // zero: refused
	}{
		{"contract defaults", ClaimMapping{}, `{"sub":"s","iss":"i","role":"member","nation":"DK"}`, Principal{Issuer: "i", Sub: "s", Role: "member", Nation: "DK"}},
		{"role from a list by prefix", ClaimMapping{RoleClaim: "realm_access.roles", RolePrefix: "itc-", NationClaim: "attributes.nation"}, keycloak,
			Principal{Issuer: "i", Sub: "s", Role: "chair", Nation: "EE"}},
		{"role from a list by mapping", ClaimMapping{RoleClaim: "realm_access.roles", RoleMap: map[string]string{"itc-chair": "chair"}, NationClaim: "attributes.nation"}, keycloak,
			Principal{Issuer: "i", Sub: "s", Role: "chair", Nation: "EE"}},
		{"a list holding one known role, no prefix", ClaimMapping{RoleClaim: "roles"}, `{"sub":"s","roles":["reader","observer"],"nation":"GB"}`,
			Principal{Sub: "s", Role: "observer", Nation: "GB"}},
		{"a namespaced claim with dots in its name", ClaimMapping{RoleClaim: "https://itc.example/role", NationClaim: "https://itc.example/nation"},
			`{"sub":"s","https://itc.example/role":"mod","https://itc.example/nation":"UA"}`, Principal{Sub: "s", Role: "mod", Nation: "UA"}},
		{"several roles are refused, not ranked", ClaimMapping{RoleClaim: "r", RolePrefix: "itc-"}, `{"sub":"s","r":["itc-chair","itc-member"],"nation":"EE"}`, Principal{}},
		{"no role with the prefix", ClaimMapping{RoleClaim: "r", RolePrefix: "itc-"}, `{"sub":"s","r":["chair"],"nation":"EE"}`, Principal{}},
		{"an unmapped value", ClaimMapping{RoleMap: map[string]string{"boss": "chair"}}, `{"sub":"s","role":"chair","nation":"EE"}`, Principal{}},
		{"the path leads through a string", ClaimMapping{RoleClaim: "role.name"}, `{"sub":"s","role":"chair","nation":"EE"}`, Principal{}},
		{"role of another type", ClaimMapping{}, `{"sub":"s","role":{"chair":true},"nation":"EE"}`, Principal{}},
		{"two nations", ClaimMapping{}, `{"sub":"s","role":"member","nation":["DK","EE"]}`, Principal{}},
		{"no nation", ClaimMapping{}, `{"sub":"s","role":"member"}`, Principal{}},
		{"a repeated name in a nested object", ClaimMapping{RoleClaim: "a.r"}, `{"sub":"s","a":{"r":"member","r":"chair"},"nation":"DK"}`, Principal{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.mapping.check(); err != nil {
				t.Fatalf("check: %v", err)
			}
			var c claimSet
			if err := json.Unmarshal([]byte(tc.payload), &c); err != nil {
				t.Fatal(err)
			}
			got, err := tc.mapping.principal(&c)
			if err == nil {
				err = validatePrincipal(got)
			}
			if tc.want == (Principal{}) {
				if err == nil {
					t.Errorf("accepted as %+v, want refused", got)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("got (%+v, %v), want %+v", got, err, tc.want)
			}
		})
	}
	for _, bad := range []ClaimMapping{{RoleClaim: "a..b"}, {NationClaim: ".n"}, {RoleMap: map[string]string{"x": "admin"}}} {
		if err := bad.check(); err == nil {
			t.Errorf("mapping %+v accepted", bad)
		}
	}
}

// TestDevKeyRotation: after a rotation, tokens of the new key are accepted
// by a running verifier at once, tokens of the old one until the grace
// period ends (also when remembered), and not at all with no grace.
func TestDevKeyRotation(t *testing.T) {
	dir := t.TempDir()
	cfg := Config{DataDir: dir}
	v := newTestVerifier(t, cfg)
	p := Principal{Issuer: DefaultIssuer, Sub: "s", Role: "member", Nation: "DK"}
	old, err := Mint(cfg, p, 2*time.Hour, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.Verify(old); err != nil {
		t.Fatalf("before rotation: %v", err)
	}
	if _, err := RotateDevKey(dir, 30*time.Minute, t0); err != nil {
		t.Fatal(err)
	}
	fresh, err := Mint(cfg, p, 2*time.Hour, t0)
	if err != nil {
		t.Fatal(err)
	}
	at := func(d time.Duration) { v.now = func() time.Time { return t0.Add(d) } }
	steps := []struct {
		name  string
		after time.Duration
		tok   string
		valid bool
	}{
		{"new key at once", 0, fresh, true},
		{"old key within grace", 29 * time.Minute, old, true},
		{"old key after grace", 31 * time.Minute, old, false},
		{"new key after grace", 31 * time.Minute, fresh, true},
	}
	for _, s := range steps {
		at(s.after)
		_, err := v.Verify(s.tok)
		if got := err == nil; got != s.valid {
			t.Errorf("%s: valid = %v, want %v (%v)", s.name, got, s.valid, err)
		}
	}
	at(0)
	if _, err := RotateDevKey(dir, 0, t0); err != nil {
		t.Fatal(err)
	}
	time.Sleep(devKeyRecheck + 100*time.Millisecond) // another process's rotation is seen within this
	if _, err := v.Verify(fresh); err == nil {
		t.Error("token of a key rotated away with no grace accepted")
	}
	if _, err := v.Verify(old); err == nil {
		t.Error("token of a key two rotations back accepted")
	}
	if _, err := RotateDevKey(t.TempDir(), time.Hour, t0); err == nil {
		t.Error("rotated a dev key that does not exist")
	}
}

package auth

import (
	"strings"
	"testing"
)

// TestRemoteConfigErrors: configurations that cannot be meant are refused
// at start, with a message naming the problem.
func TestRemoteConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"JWKS and a secret for the one issuer", Config{Secret: testSecret, JWKSURL: "https://id.example/keys"}, "configure one"},
		{"a provider over http to another machine", Config{Providers: []Provider{{Issuer: "http://id.example/realms/itc"}}}, "must use https"},
		{"a JWKS over http to another machine", Config{JWKSURL: "http://id.example/keys"}, "must use https"},
		{"a provider with a query", Config{Providers: []Provider{{Issuer: "https://id.example/?x=1"}}}, "without query"},
		{"one issuer twice", Config{Providers: []Provider{{Issuer: "https://id.example"}, {Issuer: "https://id.example"}}}, "configured twice"},
		{"a provider named like the local issuer", Config{Secret: testSecret, Providers: []Provider{{Issuer: "https://id.example"}}, Issuer: "https://id.example"}, "configured twice"},
		{"a role mapped to no role", Config{Secret: testSecret, Claims: ClaimMapping{RoleMap: map[string]string{"boss": "admin"}}}, "role mapping"},
		{"leeway above the bound", Config{Secret: testSecret, Leeway: MaxLeeway + 1}, "most allowed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Remote.HTTPTimeout = 1 // nothing answers at these addresses anyway
			v, err := NewVerifier(cfg)
			if err == nil {
				v.Close()
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to mention %q", err, tc.want)
			}
		})
	}
}

func TestParseProvidersAndRoleMap(t *testing.T) {
	got, err := ParseProviders(" https://id.ee.example/itc|itc-api , https://login.lu.example/itc|api://itc,http://127.0.0.1:9000")
	if err != nil {
		t.Fatal(err)
	}
	want := []Provider{{"https://id.ee.example/itc", "itc-api"}, {"https://login.lu.example/itc", "api://itc"}, {"http://127.0.0.1:9000", ""}}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("provider %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	if _, err := ParseProviders("id.example"); err == nil {
		t.Error("accepted an issuer that is not a URL")
	}
	m, err := ParseRoleMap("itc-chair=chair, coalition-member = member")
	if err != nil || m["itc-chair"] != "chair" || m["coalition-member"] != "member" || len(m) != 2 {
		t.Errorf("got %v, %v", m, err)
	}
	if _, err := ParseRoleMap("itc-chair"); err == nil {
		t.Error("accepted a pair without =")
	}
}

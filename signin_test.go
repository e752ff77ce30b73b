package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"flag"
	"net/http"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/auth/oidctest"
)

// TestHelpListsSubcommands: -h is a request, not an error: it prints the
// usage with every subcommand and exits 0, for the server and each
// subcommand.
func TestHelpListsSubcommands(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"-help"}, {"token", "-h"}, {"key", "-h"}, {"key", "rotate", "-h"}, {"policy", "-h"}, {"bench", "-h"}} {
		var out, errb bytes.Buffer
		if err := run(context.Background(), args, func(string) string { return "" }, &out, &errb); err != nil {
			t.Errorf("%v: %v, want exit 0", args, err)
		}
		if out.Len()+errb.Len() == 0 {
			t.Errorf("%v printed nothing", args)
		}
	}
	var out, errb bytes.Buffer
	_ = run(context.Background(), []string{"-h"}, func(string) string { return "" }, &out, &errb)
	help := out.String() + errb.String()
	for _, want := range []string{"token -role", "key rotate", "policy explain", "bench", "-oidc-issuer", "-jwt-role-claim", "-jwt-leeway"} {
		if !strings.Contains(help, want) {
			t.Errorf("-h does not mention %q:\n%s", want, help)
		}
	}
}

// TestTokenCommandRefusesWhatCannotWork: a role and nation that the server
// refuses whatever the registry says are refused here, with a message that
// says why, and no token is printed.
func TestTokenCommandRefusesWhatCannotWork(t *testing.T) {
	dir := apptest.DataDir(t)
	getenv := func(k string) string { return map[string]string{"ITC_DATA_DIR": dir}[k] }
	tests := []struct {
		role, nation, want string
	}{
		{"mod", "EE", "-nation UA"},
		{"chair", "UA", "beneficiary"},
		{"member", "dk", "ISO 3166-1 alpha-2"},
		{"member", "DNK", "ISO 3166-1 alpha-2"},
		{"member", "", "ISO 3166-1 alpha-2"},
		{"member", "D1", "ISO 3166-1 alpha-2"},
		{"king", "DK", "chair, member, mod, observer"},
	}
	for _, tc := range tests {
		var out, errb bytes.Buffer
		err := run(context.Background(), []string{"token", "-role", tc.role, "-nation", tc.nation}, getenv, &out, &errb)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("-role %q -nation %q: err %v, want one that mentions %q", tc.role, tc.nation, err, tc.want)
		}
		if out.Len() > 0 {
			t.Errorf("-role %q -nation %q printed a token", tc.role, tc.nation)
		}
	}
}

// TestTokenCommandSaysWhichKey: the token command says on standard error
// which key signed, and says so loudly when it had to make a new dev key
// (the key a server in another folder would never accept).
func TestTokenCommandSaysWhichKey(t *testing.T) {
	dir := apptest.DataDir(t)
	env := map[string]string{"ITC_DATA_DIR": dir}
	getenv := func(k string) string { return env[k] }
	keyPath, _ := filepath.Abs(filepath.Join(dir, auth.DevKeyFile))
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"token", "-role", "member", "-nation", "DK"}, getenv, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if got := errb.String(); !strings.Contains(got, keyPath) || !strings.Contains(got, "new one") {
		t.Errorf("first token: stderr %q, want the new key's path %s and that it is new", got, keyPath)
	}
	if strings.Contains(out.String(), keyPath) {
		t.Error("the key's path went to standard output with the token")
	}
	errb.Reset()
	if err := run(context.Background(), []string{"token", "-role", "member", "-nation", "DK"}, getenv, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if got := errb.String(); !strings.Contains(got, "signed with the dev key "+keyPath) {
		t.Errorf("second token: stderr %q, want the key's path %s", got, keyPath)
	}
	env["ITC_JWT_SECRET"] = string(apptest.Secret)
	errb.Reset()
	if err := run(context.Background(), []string{"token", "-role", "member", "-nation", "DK"}, getenv, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if got := errb.String(); !strings.Contains(got, "ITC_JWT_SECRET") {
		t.Errorf("with a secret: stderr %q, want it named", got)
	}
}

// TestKeyRotateReachesRunningServer: the key command rotates the dev key
// of a running server; tokens of the new key are accepted, and with no
// grace period those of the old key are refused, without a restart.
func TestKeyRotateReachesRunningServer(t *testing.T) {
	dir := apptest.DataDir(t)
	getenv := func(k string) string { return map[string]string{"ITC_DATA_DIR": dir}[k] }
	token := func() string {
		var out, errb bytes.Buffer
		if err := run(context.Background(), []string{"token", "-role", "member", "-nation", "DK"}, getenv, &out, &errb); err != nil {
			t.Fatalf("token: %v", err)
		}
		return strings.TrimSpace(out.String())
	}
	old := token()
	s := apptest.Start(t, apptest.WithDataDir(dir), apptest.WithConfig(func(c *app.Config) { c.Auth.Secret = nil }))
	status := func(tok string) int { return s.Query(tok, `{ me { sub } }`, nil).Status }
	if got := status(old); got != http.StatusOK {
		t.Fatalf("token before rotation: %d", got)
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"key", "rotate", "-grace", "0s"}, getenv, &out, &errb); err != nil {
		t.Fatalf("key rotate: %v (%s)", err, errb.String())
	}
	fresh := token()
	if got := status(fresh); got != http.StatusOK {
		t.Errorf("token of the new key: %d, want 200", got)
	}
	time.Sleep(1100 * time.Millisecond) // a remembered token's key is looked at again after 1s
	if got := status(old); got != http.StatusUnauthorized {
		t.Errorf("token of the key rotated away with no grace: %d, want 401", got)
	}
}

// TestSignInThroughOpenIDProvider: a service configured with an OpenID
// provider serves that provider's tokens end to end, refuses the dev key's,
// and is not ready while it has never had the provider's keys.
func TestSignInThroughOpenIDProvider(t *testing.T) {
	p := oidctest.Start(t,
		oidctest.Client{ID: "ee-chair-1", Secret: "x", Audience: "itc-api", Claims: map[string]any{
			"realm_access": map[string]any{"roles": []string{"offline_access", "itc-chair"}}, "nation": "EE"}},
		oidctest.Client{ID: "ee-as-mod", Secret: "x", Audience: "itc-api", Claims: map[string]any{
			"realm_access": map[string]any{"roles": []string{"itc-mod"}}, "nation": "EE"}},
	)
	p.SetDown(true) // a cold start while the provider is down
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) {
		c.Auth.Secret = nil
		c.Auth.Providers = []auth.Provider{{Issuer: p.Issuer}}
		c.Auth.Claims = auth.ClaimMapping{RoleClaim: "realm_access.roles", RolePrefix: "itc-"}
	}))
	ready := func() int {
		resp, err := http.Get(s.HTTP.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := ready(); got != http.StatusServiceUnavailable {
		t.Errorf("/readyz with the provider down at start: %d, want 503", got)
	}
	p.SetDown(false)
	deadline := time.Now().Add(10 * time.Second)
	for ready() != http.StatusOK {
		if time.Now().After(deadline) {
			t.Fatal("/readyz not 200 within 10s of the provider coming back")
		}
		time.Sleep(100 * time.Millisecond)
	}
	var me struct {
		Me struct{ Sub, Role, Nation string }
	}
	s.MustQuery(p.Token("ee-chair-1"), `{ me { sub role nation } }`, nil, &me)
	if me.Me.Sub != "ee-chair-1" || me.Me.Role != "CHAIR" && me.Me.Role != "chair" || me.Me.Nation != "EE" {
		t.Errorf("me = %+v, want ee-chair-1, chair, EE", me.Me)
	}
	// The registry still decides: the Ministry's role for Estonia is 403.
	if r := s.Query(p.Token("ee-as-mod"), `{ me { sub } }`, nil); r.Status != http.StatusForbidden {
		t.Errorf("mod token for EE from the provider: %d, want 403", r.Status)
	}
	devTok, err := auth.Mint(auth.Config{Secret: apptest.Secret}, auth.Principal{Sub: "x", Role: "chair", Nation: "EE"}, time.Hour, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if r := s.Query(devTok, `{ me { sub } }`, nil); r.Status != http.StatusUnauthorized {
		t.Errorf("locally signed token with only a provider configured: %d, want 401", r.Status)
	}
}

// hs256Payload signs a payload written as JSON text (repeated or
// differently cased names, numbers as strings), with the standard library.
func hs256Payload(key []byte, payload string) string {
	head := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." +
		base64.RawURLEncoding.EncodeToString([]byte(payload))
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(head))
	return head + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// TestClaimsReadStrictlyOverHTTP (issue 10 point 3): through the real
// handler, capitalised names are other claims, and a repeated name, a time
// claim as a string, out of range, or an iat beyond the leeway in the
// future are 401 UNAUTHENTICATED with nothing executed.
func TestClaimsReadStrictlyOverHTTP(t *testing.T) {
	s := apptest.Start(t)
	now := time.Now().Unix()
	n := func(v int64) string { return strconv.FormatInt(v, 10) }
	base := `"iss":"itc","aud":"itc-api","iat":` + n(now) + `,"exp":` + n(now+3600)
	r := s.Query(hs256Payload(apptest.Secret, `{"sub":"dk-analyst","role":"member","nation":"DK",`+base+`,"Sub":"ee-chair","Role":"chair","Nation":"EE"}`), `{ me { sub role nation } }`, nil)
	if r.Status != http.StatusOK || !strings.Contains(string(r.Data), `"sub":"dk-analyst"`) || !strings.Contains(string(r.Data), `"nation":"DK"`) {
		t.Errorf("capitalised claims beside the real ones: %d %s, want dk-analyst of DK", r.Status, r.Body)
	}
	for name, payload := range map[string]string{
		"repeated role":          `{"sub":"dk","role":"member","role":"chair","nation":"EE",` + base + `}`,
		"exp as a string":        `{"sub":"dk","role":"member","nation":"DK","iss":"itc","aud":"itc-api","exp":"` + n(now+3600) + `"}`,
		"nbf of 1e19":            `{"sub":"dk","role":"member","nation":"DK",` + base + `,"nbf":1e19}`,
		"iat of 1e19":            `{"sub":"dk","role":"member","nation":"DK","iss":"itc","aud":"itc-api","iat":1e19,"exp":` + n(now+3600) + `}`,
		"iat 10 minutes ahead":   `{"sub":"dk","role":"member","nation":"DK","iss":"itc","aud":"itc-api","iat":` + n(now+600) + `,"exp":` + n(now+3600) + `}`,
		"only capitalised names": `{"Sub":"dk","Role":"member","Nation":"DK",` + base + `}`,
	} {
		before := s.Commands.Load()
		r := s.Query(hs256Payload(apptest.Secret, payload), `{ me { sub } }`, nil)
		if got := r.Codes(); r.Status != http.StatusUnauthorized || len(got) != 1 || got[0] != "UNAUTHENTICATED" {
			t.Errorf("%s: %d %v, want 401 UNAUTHENTICATED", name, r.Status, got)
		}
		if s.Commands.Load() != before {
			t.Errorf("%s: the refused token reached the store", name)
		}
	}
}

// TestWebSignInConfig: with a provider and ITC_OIDC_CLIENT_ID the web
// app's sign-in page is told where to send a person (code flow with PKCE)
// and offers no demo people; with the dev key it offers the demo people.
func TestWebSignInConfig(t *testing.T) {
	config := func(s *apptest.Server) map[string]any {
		t.Helper()
		resp, err := http.Get(s.HTTP.URL + "/auth/config")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var got map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("/auth/config: %d %v", resp.StatusCode, err)
		}
		return got
	}
	p := oidctest.Start(t)
	getenv := func(k string) string {
		return map[string]string{"ITC_OIDC_ISSUER": p.Issuer, "ITC_OIDC_CLIENT_ID": "itc-web", "ITC_DATA_DIR": t.TempDir()}[k]
	}
	fs := flag.NewFlagSet("itc", flag.ContinueOnError)
	complete := configFlags(fs, getenv)
	if err := fs.Parse(nil); err != nil {
		t.Fatal(err)
	}
	cfg, err := complete()
	if err != nil {
		t.Fatal(err)
	}
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) {
		c.Auth.Secret = nil
		c.Auth.Providers = cfg.Auth.Providers
		c.OIDCClientID, c.OIDCScope = cfg.OIDCClientID, cfg.OIDCScope
	}))
	got := config(s)
	want := []any{map[string]any{"issuer": p.Issuer, "clientId": "itc-web", "scope": "openid"}}
	if got["demo"] != false || !reflect.DeepEqual(got["oidc"], want) {
		t.Errorf("/auth/config = %v, want no demo and %v", got, want)
	}

	dev := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.Auth.Secret = nil }))
	if got := config(dev); got["demo"] != true || len(got["oidc"].([]any)) != 0 {
		t.Errorf("/auth/config with the dev key = %v", got)
	}
}

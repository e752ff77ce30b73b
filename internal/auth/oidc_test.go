package auth

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/auth/oidctest"
)

// The tests below run a real OpenID provider (oidctest) on 127.0.0.1 and
// verify the access tokens it issues, with the real clock.

var dkAnalyst = oidctest.Client{ID: "dk-analyst", Secret: "s3cret", Audience: DefaultAudience,
	Claims: map[string]any{"role": "member", "nation": "DK"}}

func providerVerifier(t *testing.T, cfg Config) *Verifier {
	t.Helper()
	v, err := NewVerifier(cfg)
	if err != nil {
		t.Fatalf("NewVerifier: %v", err)
	}
	t.Cleanup(v.Close)
	return v
}

func TestProviderTokenAccepted(t *testing.T) {
	p := oidctest.Start(t, dkAnalyst,
		oidctest.Client{ID: "elsewhere", Secret: "x", Audience: "another-api", Claims: dkAnalyst.Claims},
		oidctest.Client{ID: "no-role", Secret: "x", Audience: DefaultAudience, Claims: map[string]any{"nation": "DK"}})
	v := providerVerifier(t, Config{Providers: []Provider{{Issuer: p.Issuer}}})
	if err := v.Ready(t.Context()); err != nil {
		t.Fatalf("not ready after discovery: %v", err)
	}
	got, err := v.Verify(p.Token("dk-analyst"))
	if err != nil {
		t.Fatalf("provider's token refused: %v", err)
	}
	if want := (Principal{Issuer: p.Issuer, Sub: "dk-analyst", Role: "member", Nation: "DK"}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	for _, c := range []string{"elsewhere", "no-role"} {
		if got, err := v.Verify(p.Token(c)); err == nil {
			t.Errorf("token of client %s accepted as %+v", c, got)
		}
	}
	// The same provider's token, its audience configured for this issuer.
	v2 := providerVerifier(t, Config{Providers: []Provider{{Issuer: p.Issuer, Audience: "another-api"}}})
	if _, err := v2.Verify(p.Token("elsewhere")); err != nil {
		t.Errorf("token for the issuer's own audience refused: %v", err)
	}
	if _, err := v2.Verify(p.Token("dk-analyst")); err == nil {
		t.Error("token for the default audience accepted by an issuer with its own")
	}
	// Without discovery: the key set's URL given directly, for Issuer.
	v3 := providerVerifier(t, Config{Issuer: p.Issuer, JWKSURL: p.Issuer + "/keys"})
	if _, err := v3.Verify(p.Token("dk-analyst")); err != nil {
		t.Errorf("token refused with the JWKS URL configured: %v", err)
	}
	// No dev key is trusted beside a provider.
	devTok := hs256Sign(t, testSecret, hsHeader(), with(baseClaims(), "iat", time.Now().Unix(), "exp", time.Now().Add(time.Hour).Unix()))
	if _, err := v.Verify(devTok); err == nil {
		t.Error("an HS256 token of issuer itc accepted by a verifier that trusts only the provider")
	}
}

// TestDiscoveryNamesItsIssuer: a discovery document for another issuer name
// is not trusted (OpenID Connect Discovery §4.3).
func TestDiscoveryNamesItsIssuer(t *testing.T) {
	p := oidctest.Start(t, dkAnalyst)
	other := strings.Replace(p.Issuer, "127.0.0.1", "localhost", 1)
	v := providerVerifier(t, Config{Providers: []Provider{{Issuer: other}}})
	if err := v.Ready(t.Context()); err == nil {
		t.Fatal("ready with a discovery document naming another issuer")
	}
}

func TestProviderClaimMapping(t *testing.T) {
	p := oidctest.Start(t,
		oidctest.Client{ID: "ee-chair", Secret: "x", Audience: DefaultAudience, Claims: map[string]any{
			"realm_access": map[string]any{"roles": []string{"offline_access", "itc-chair", "uma_authorization"}},
			"itc":          map[string]any{"nation": "EE"}}},
		oidctest.Client{ID: "two-roles", Secret: "x", Audience: DefaultAudience, Claims: map[string]any{
			"realm_access": map[string]any{"roles": []string{"itc-chair", "itc-member"}},
			"itc":          map[string]any{"nation": "EE"}}},
		oidctest.Client{ID: "no-itc-role", Secret: "x", Audience: DefaultAudience, Claims: map[string]any{
			"realm_access": map[string]any{"roles": []string{"offline_access"}},
			"itc":          map[string]any{"nation": "EE"}}},
	)
	v := providerVerifier(t, Config{
		Providers: []Provider{{Issuer: p.Issuer}},
		Claims:    ClaimMapping{RoleClaim: "realm_access.roles", RolePrefix: "itc-", NationClaim: "itc.nation"},
	})
	got, err := v.Verify(p.Token("ee-chair"))
	if err != nil {
		t.Fatalf("mapped token refused: %v", err)
	}
	if want := (Principal{Issuer: p.Issuer, Sub: "ee-chair", Role: "chair", Nation: "EE"}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	for _, c := range []string{"two-roles", "no-itc-role"} {
		if got, err := v.Verify(p.Token(c)); err == nil {
			t.Errorf("%s accepted as %+v", c, got)
		}
	}
}

// TestProviderRotation: the provider publishes a new key and signs with it,
// then withdraws the old one. New tokens are accepted at once (their unknown
// kid fetches the key set), old ones until the old key is withdrawn and
// refused after the next refresh, also when remembered as verified.
func TestProviderRotation(t *testing.T) {
	p := oidctest.Start(t, dkAnalyst)
	v := providerVerifier(t, Config{Providers: []Provider{{Issuer: p.Issuer}},
		Remote: RemoteOptions{RefreshInterval: 100 * time.Millisecond}})
	old := p.Token("dk-analyst")
	if _, err := v.Verify(old); err != nil {
		t.Fatalf("token before rotation refused: %v", err)
	}
	p.Rotate()
	fresh := p.Token("dk-analyst")
	if kid(t, fresh) == kid(t, old) {
		t.Fatal("the provider did not rotate")
	}
	if _, err := v.Verify(fresh); err != nil {
		t.Fatalf("token signed by the new key refused: %v", err)
	}
	if _, err := v.Verify(old); err != nil {
		t.Fatalf("token signed by the old key refused while it is still published: %v", err)
	}
	p.WithdrawOld()
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, err := v.Verify(old)
		if err != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("token signed by a withdrawn key still accepted after 5s (refresh every 100ms)")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if _, err := v.Verify(fresh); err != nil {
		t.Errorf("token signed by the current key refused after the withdrawal: %v", err)
	}
}

func kid(t *testing.T, tok string) string {
	t.Helper()
	h, err := base64.RawURLEncoding.DecodeString(strings.Split(tok, ".")[0])
	if err != nil {
		t.Fatal(err)
	}
	_, after, _ := strings.Cut(string(h), `"kid":"`)
	k, _, _ := strings.Cut(after, `"`)
	return k
}

// TestUnknownKIDFlood: tokens naming kids the provider never had cause at
// most one fetch of the key set per UnknownKIDEvery, however many arrive,
// and do not delay the tokens whose kid is known.
func TestUnknownKIDFlood(t *testing.T) {
	p := oidctest.Start(t, dkAnalyst)
	v := providerVerifier(t, Config{Providers: []Provider{{Issuer: p.Issuer}},
		Remote: RemoteOptions{RefreshInterval: time.Hour, UnknownKIDEvery: time.Hour}})
	good := p.Token("dk-analyst")
	parts := strings.Split(good, ".")
	before := p.KeySetFetches.Load()
	const n = 2000
	var wg sync.WaitGroup
	var accepted sync.Map
	for i := range 20 {
		wg.Go(func() {
			for j := range n / 20 {
				header := `{"alg":"RS256","typ":"JWT","kid":"` + rand.Text() + `"}`
				tok := b64([]byte(header)) + "." + parts[1] + "." + parts[2]
				if _, err := v.Verify(tok); err == nil || !errors.Is(err, ErrInvalidToken) {
					accepted.Store(i*n+j, err)
				}
			}
		})
	}
	wg.Wait()
	accepted.Range(func(k, e any) bool { t.Errorf("made-up kid: err %v, want a refusal", e); return false })
	if got := p.KeySetFetches.Load() - before; got > 1 {
		t.Errorf("%d unknown kids caused %d key set fetches, want at most 1", n, got)
	}
	// A known kid is verified from the keys at hand: no fetch, no wait
	// on the refresh the flood was refused.
	before = p.KeySetFetches.Load()
	if _, err := v.Verify(good); err != nil {
		t.Errorf("known kid refused after the flood: %v", err)
	}
	if got := p.KeySetFetches.Load() - before; got != 0 {
		t.Errorf("a known kid after the flood caused %d key set fetches, want none", got)
	}
}

// TestProviderDown: keys loaded once keep verifying while the provider is
// down, and the service stays ready.
func TestProviderDown(t *testing.T) {
	p := oidctest.Start(t, dkAnalyst)
	v := providerVerifier(t, Config{Providers: []Provider{{Issuer: p.Issuer}},
		Remote: RemoteOptions{RefreshInterval: 50 * time.Millisecond}})
	tok := p.Token("dk-analyst")
	p.SetDown(true)
	fetches := p.KeySetFetches.Load()
	time.Sleep(300 * time.Millisecond) // several refreshes fail meanwhile
	if _, err := v.Verify(tok); err != nil {
		t.Errorf("token refused while the provider is down: %v", err)
	}
	if err := v.Ready(t.Context()); err != nil {
		t.Errorf("not ready while the provider is down with keys cached: %v", err)
	}
	if p.KeySetFetches.Load() != fetches {
		t.Error("a fetch reached the provider while it was down")
	}
}

// TestProviderColdStart: a provider that is down when the service starts
// leaves it unready and its tokens refused, until the provider answers.
func TestProviderColdStart(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String()
	ln.Close()
	v := providerVerifier(t, Config{Providers: []Provider{{Issuer: closed}}, Remote: RemoteOptions{HTTPTimeout: time.Second}})
	if err := v.Ready(t.Context()); err == nil {
		t.Error("ready although the provider never answered")
	}

	p := oidctest.Start(t, dkAnalyst)
	tok := p.Token("dk-analyst")
	p.SetDown(true)
	v = providerVerifier(t, Config{Providers: []Provider{{Issuer: p.Issuer}}})
	if err := v.Ready(t.Context()); err == nil {
		t.Error("ready although the provider is down")
	}
	if _, err := v.Verify(tok); err == nil {
		t.Error("token accepted before any key was loaded")
	}
	p.SetDown(false)
	deadline := time.Now().Add(10 * time.Second)
	for v.Ready(t.Context()) != nil {
		if time.Now().After(deadline) {
			t.Fatal("still not ready 10s after the provider came back")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if _, err := v.Verify(tok); err != nil {
		t.Errorf("token refused once the provider is back: %v", err)
	}
}

// TestSeveralProviders: each trusted issuer's tokens are checked with its
// own keys and audience, and the principal says which issuer vouched.
func TestSeveralProviders(t *testing.T) {
	ee := oidctest.Start(t, oidctest.Client{ID: "ee-1", Secret: "x", Audience: "itc-api", Claims: map[string]any{"role": "chair", "nation": "EE"}})
	lu := oidctest.Start(t, oidctest.Client{ID: "lu-1", Secret: "x", Audience: "api://itc", Claims: map[string]any{"role": "chair", "nation": "LU"}})
	v := providerVerifier(t, Config{Providers: []Provider{{Issuer: ee.Issuer}, {Issuer: lu.Issuer, Audience: "api://itc"}}})
	for _, tc := range []struct {
		p    *oidctest.Provider
		id   string
		want Principal
	}{
		{ee, "ee-1", Principal{Issuer: ee.Issuer, Sub: "ee-1", Role: "chair", Nation: "EE"}},
		{lu, "lu-1", Principal{Issuer: lu.Issuer, Sub: "lu-1", Role: "chair", Nation: "LU"}},
	} {
		got, err := v.Verify(tc.p.Token(tc.id))
		if err != nil || got != tc.want {
			t.Errorf("%s: got (%+v, %v), want %+v", tc.id, got, err, tc.want)
		}
	}
	// One provider's token passed off as the other's (iss rewritten) is
	// refused: its kid is looked up in the other issuer's key set only.
	tok := strings.Split(lu.Token("lu-1"), ".")
	payload, _ := base64.RawURLEncoding.DecodeString(tok[1])
	forged := strings.Replace(string(payload), lu.Issuer, ee.Issuer, 1)
	if _, err := v.Verify(tok[0] + "." + b64([]byte(forged)) + "." + tok[2]); err == nil {
		t.Error("a token of one provider passed off as the other's accepted")
	}
}

// Package oidctest runs a real OpenID provider for tests: zitadel/oidc's
// certified op package with its example in-memory storage, on 127.0.0.1,
// issuing JWT access tokens by the client credentials grant. Beside what
// the storage does, it can rotate its signing key, withdraw old keys, go
// down, and count the requests for its key set.
package oidctest

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/zitadel/oidc/v3/example/server/storage"
	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

// Provider is a running OpenID provider.
type Provider struct {
	// Issuer is the provider's issuer URL (http://127.0.0.1:port).
	Issuer string
	// KeySetFetches counts the requests for the key set.
	KeySetFetches atomic.Int64

	t      testing.TB
	srv    *httptest.Server
	store  *rotatingStorage
	down   atomic.Bool
	tokens string // token endpoint
}

// Client is a client of the provider: its tokens carry Claims beside the
// registered ones, and Audience as aud.
type Client struct {
	ID, Secret string
	Audience   string
	Claims     map[string]any
}

// Start runs a provider on a loopback port until the test ends.
func Start(t testing.TB, clients ...Client) *Provider {
	t.Helper()
	p := &Provider{t: t}
	p.srv = httptest.NewUnstartedServer(nil) // listens on 127.0.0.1 only
	p.Issuer = "http://" + p.srv.Listener.Addr().String()
	p.store = &rotatingStorage{
		Storage: storage.NewStorage(storage.NewUserStore(p.Issuer)),
		clients: map[string]Client{},
	}
	for _, c := range clients {
		p.store.clients[c.ID] = c
	}
	p.store.rotate()
	var cryptoKey [32]byte
	_, _ = rand.Read(cryptoKey[:])
	prov, err := op.NewOpenIDProvider(p.Issuer, &op.Config{CryptoKey: cryptoKey, CryptoKeyId: "crypto"}, p.store,
		op.WithAllowInsecure(), op.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatalf("openid provider: %v", err)
	}
	p.tokens = op.NewEndpoint("oauth/token").Absolute(p.Issuer)
	keysPath := "/" + strings.TrimPrefix(prov.Endpoints().JwksURI.Relative(), "/")
	p.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p.down.Load() {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		if r.URL.Path == keysPath {
			p.KeySetFetches.Add(1)
		}
		prov.ServeHTTP(w, r)
	})
	p.srv.Start()
	t.Cleanup(p.srv.Close)
	return p
}

// Token gets an access token for the client from the token endpoint.
func (p *Provider) Token(clientID string) string {
	p.t.Helper()
	c := p.store.clients[clientID]
	form := url.Values{"grant_type": {"client_credentials"}, "scope": {"openid"}}
	req, _ := http.NewRequest(http.MethodPost, p.tokens, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(url.QueryEscape(c.ID), url.QueryEscape(c.Secret))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		p.t.Fatalf("token request: %v", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var out struct {
		AccessToken string `json:"access_token"`
	}
	if resp.StatusCode != http.StatusOK || json.Unmarshal(body, &out) != nil || out.AccessToken == "" {
		p.t.Fatalf("token request: %d %s", resp.StatusCode, body)
	}
	return out.AccessToken
}

// Rotate makes a new signing key; the old one stays published.
func (p *Provider) Rotate() { p.store.rotate() }

// WithdrawOld stops publishing every key but the current signing key.
func (p *Provider) WithdrawOld() { p.store.withdrawOld() }

// SetDown makes the provider answer 503 to everything, or serve again.
func (p *Provider) SetDown(down bool) { p.down.Store(down) }

// rotatingStorage is the example storage with a key set that can rotate and
// with clients whose JWT access tokens carry the claims the test sets.
type rotatingStorage struct {
	*storage.Storage
	clients map[string]Client

	mu        sync.Mutex
	signing   *key
	published []*key
}

func (s *rotatingStorage) rotate() {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.signing = &key{id: rand.Text()[:12], priv: k}
	s.published = append([]*key{s.signing}, s.published...)
}

func (s *rotatingStorage) withdrawOld() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.published = []*key{s.signing}
}

func (s *rotatingStorage) SigningKey(context.Context) (op.SigningKey, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.signing, nil
}

func (s *rotatingStorage) SignatureAlgorithms(context.Context) ([]jose.SignatureAlgorithm, error) {
	return []jose.SignatureAlgorithm{jose.RS256}, nil
}

func (s *rotatingStorage) KeySet(context.Context) ([]op.Key, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]op.Key, len(s.published))
	for i, k := range s.published {
		out[i] = publicKey{k}
	}
	return out, nil
}

func (s *rotatingStorage) ClientCredentials(_ context.Context, id, secret string) (op.Client, error) {
	c, ok := s.clients[id]
	if !ok || c.Secret != secret {
		return nil, errors.New("wrong client or secret")
	}
	return client{c}, nil
}

func (s *rotatingStorage) ClientCredentialsTokenRequest(_ context.Context, id string, scopes []string) (op.TokenRequest, error) {
	c, ok := s.clients[id]
	if !ok {
		return nil, errors.New("unknown client")
	}
	return &oidc.JWTTokenRequest{Subject: c.ID, Audience: []string{c.Audience}, Scopes: scopes}, nil
}

func (s *rotatingStorage) GetPrivateClaimsFromScopes(_ context.Context, _, clientID string, _ []string) (map[string]any, error) {
	return s.clients[clientID].Claims, nil
}

type key struct {
	id   string
	priv *rsa.PrivateKey
}

func (k *key) SignatureAlgorithm() jose.SignatureAlgorithm { return jose.RS256 }
func (k *key) Key() any                                    { return k.priv }
func (k *key) ID() string                                  { return k.id }

type publicKey struct{ k *key }

func (p publicKey) ID() string                         { return p.k.id }
func (p publicKey) Algorithm() jose.SignatureAlgorithm { return jose.RS256 }
func (p publicKey) Use() string                        { return "sig" }
func (p publicKey) Key() any                           { return &p.k.priv.PublicKey }

// client is a confidential service client that gets JWT access tokens.
type client struct{ c Client }

func (c client) GetID() string                       { return c.c.ID }
func (c client) RedirectURIs() []string              { return nil }
func (c client) PostLogoutRedirectURIs() []string    { return nil }
func (c client) ApplicationType() op.ApplicationType { return op.ApplicationTypeWeb }
func (c client) AuthMethod() oidc.AuthMethod         { return oidc.AuthMethodBasic }
func (c client) ResponseTypes() []oidc.ResponseType  { return nil }
func (c client) GrantTypes() []oidc.GrantType {
	return []oidc.GrantType{oidc.GrantTypeClientCredentials}
}
func (c client) LoginURL(string) string               { return "" }
func (c client) AccessTokenType() op.AccessTokenType  { return op.AccessTokenTypeJWT }
func (c client) IDTokenLifetime() time.Duration       { return time.Hour }
func (c client) DevMode() bool                        { return false }
func (c client) IsScopeAllowed(string) bool           { return true }
func (c client) IDTokenUserinfoClaimsAssertion() bool { return false }
func (c client) ClockSkew() time.Duration             { return 0 }
func (c client) RestrictAdditionalIdTokenScopes() func([]string) []string {
	return func(s []string) []string { return s }
}
func (c client) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return func(s []string) []string { return s }
}

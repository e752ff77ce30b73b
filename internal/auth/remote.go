package auth

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/time/rate"
)

// RemoteOptions tune how the key sets of identity providers are fetched.
type RemoteOptions struct {
	// RefreshInterval is how often each key set is fetched in the
	// background; 0 means 5 minutes. A key the provider withdrew is refused
	// after at most this long.
	RefreshInterval time.Duration
	// UnknownKIDEvery is the least time between the fetches that tokens with
	// an unknown kid cause; 0 means 1 minute. A flood of made-up kids costs
	// the provider one request per interval, whatever its size.
	UnknownKIDEvery time.Duration
	// HTTPTimeout bounds one discovery or key set request; 0 means 5 seconds.
	HTTPTimeout time.Duration
}

func (o RemoteOptions) withDefaults() RemoteOptions {
	if o.RefreshInterval <= 0 {
		o.RefreshInterval = 5 * time.Minute
	}
	if o.UnknownKIDEvery <= 0 {
		o.UnknownKIDEvery = time.Minute
	}
	if o.HTTPTimeout <= 0 {
		o.HTTPTimeout = 5 * time.Second
	}
	return o
}

// maxRemoteBody bounds a discovery document or a key set.
const maxRemoteBody = 1 << 20

// remoteAlgs are the algorithms a provider's keys may use, each checked
// against the type of the key the kid names.
var remoteAlgs = []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}

// remoteKeys is the key set of one provider (found by OpenID Connect
// discovery) or of one configured JWKS URL. Keys are read through keyfunc
// and jwkset, which choose by kid, refresh in the background and on an
// unknown kid behind a rate limiter.
type remoteKeys struct {
	issuer string // discovery issuer; "" when jwksURL was configured
	opts   RemoteOptions
	client *http.Client
	log    *slog.Logger
	ctx    context.Context
	cancel context.CancelFunc
	done   chan struct{}

	store *watchedStore
	kf    atomic.Pointer[keyfunc.Keyfunc] // nil until the first key set arrived

	mu        sync.Mutex
	jwksURL   string
	lastErr   error
	stopStore context.CancelFunc // ends the key set's refresh (also ended by cancel)
}

func newRemoteKeys(issuer, jwksURL string, opts RemoteOptions, log *slog.Logger) (*remoteKeys, error) {
	for _, u := range []string{issuer, jwksURL} {
		if u != "" {
			if err := checkRemoteURL(u); err != nil {
				return nil, err
			}
		}
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.ResponseHeaderTimeout = opts.HTTPTimeout
	ctx, cancel := context.WithCancel(context.Background())
	r := &remoteKeys{
		issuer: issuer, jwksURL: jwksURL, opts: opts, log: log, ctx: ctx, cancel: cancel,
		client: &http.Client{Timeout: opts.HTTPTimeout, Transport: limitedBody{transport}},
		store:  &watchedStore{MemoryJWKSet: jwkset.NewMemoryStorage()},
	}
	return r, nil
}

// checkRemoteURL accepts https, and http only to a loopback address (a
// provider on the same machine, as in tests): keys fetched in clear text
// from elsewhere could be replaced on the way.
func checkRemoteURL(s string) error {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return fmt.Errorf("auth: %q is not an https URL without query", s)
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		host := u.Hostname()
		if ip := net.ParseIP(host); host == "localhost" || (ip != nil && ip.IsLoopback()) {
			return nil
		}
	}
	return fmt.Errorf("auth: %q must use https (http only to a loopback address)", s)
}

// start makes the first attempt, then keeps trying in the background until
// a key set arrived; from then on jwkset refreshes it.
func (r *remoteKeys) start() {
	r.done = make(chan struct{})
	if r.attempt() {
		close(r.done)
		return
	}
	go func() {
		defer close(r.done)
		wait := time.Second
		for {
			select {
			case <-r.ctx.Done():
				return
			case <-time.After(wait):
			}
			if r.attempt() {
				return
			}
			wait = min(2*wait, 30*time.Second, r.opts.RefreshInterval)
		}
	}()
}

// attempt discovers the key set's URL if needed and fetches it once; on
// success the refreshing key set is installed.
func (r *remoteKeys) attempt() bool {
	ctx, cancel := context.WithTimeout(r.ctx, r.opts.HTTPTimeout)
	defer cancel()
	r.mu.Lock()
	jwksURL := r.jwksURL
	r.mu.Unlock()
	if jwksURL == "" {
		u, err := discover(ctx, r.client, r.issuer)
		if err != nil {
			r.fail(err)
			return false
		}
		r.mu.Lock()
		r.jwksURL, jwksURL = u, u
		r.mu.Unlock()
	}
	// The storage's own context ends its refresh goroutine; a failed first
	// fetch must not leave one behind.
	sctx, scancel := context.WithCancel(r.ctx)
	st, err := jwkset.NewStorageFromHTTP(jwksURL, jwkset.HTTPClientStorageOptions{
		Client:          r.client,
		Ctx:             sctx,
		HTTPTimeout:     r.opts.HTTPTimeout,
		RefreshInterval: r.opts.RefreshInterval,
		RefreshErrorHandler: func(ctx context.Context, err error) {
			r.log.WarnContext(ctx, "key set refresh failed; keeping the keys already loaded", "url", jwksURL, "err", err)
		},
		Storage: r.store,
	})
	if err == nil && !r.store.filled.Load() {
		err = errors.New("the key set has no usable signing key")
	}
	if err != nil {
		scancel()
		r.fail(fmt.Errorf("fetch %s: %w", jwksURL, err))
		return false
	}
	client, err := jwkset.NewHTTPClient(jwkset.HTTPClientOptions{
		HTTPURLs: map[string]jwkset.Storage{jwksURL: st},
		// Requests that find an unknown kid wait for the limiter at most as
		// long as a fetch may take; beyond that they are refused at once.
		RateLimitWaitMax:  r.opts.HTTPTimeout,
		RefreshUnknownKID: rate.NewLimiter(rate.Every(r.opts.UnknownKIDEvery), 1),
	})
	if err == nil {
		var kf keyfunc.Keyfunc
		if kf, err = keyfunc.New(keyfunc.Options{Ctx: r.ctx, Storage: client}); err == nil {
			r.kf.Store(&kf)
			r.mu.Lock()
			r.lastErr, r.stopStore = nil, scancel
			r.mu.Unlock()
			return true
		}
	}
	scancel()
	r.fail(err)
	return false
}

func (r *remoteKeys) fail(err error) {
	r.mu.Lock()
	r.lastErr = err
	r.mu.Unlock()
	r.log.Warn("identity provider keys not loaded; its tokens are refused until they are", "issuer", r.issuer, "err", err)
}

func (r *remoteKeys) ready() error {
	if r.kf.Load() != nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	name := r.issuer
	if name == "" {
		name = r.jwksURL
	}
	return fmt.Errorf("keys of %s not loaded yet: %v", name, r.lastErr)
}

func (r *remoteKeys) close() {
	r.cancel()
	if r.done != nil { // nil when NewVerifier failed before starting it
		<-r.done
	}
}

func (r *remoteKeys) algs() []string { return remoteAlgs }

func (r *remoteKeys) key(t *jwt.Token, _ time.Time) (any, stamp, error) {
	kf := r.kf.Load()
	if kf == nil {
		return nil, stamp{}, errors.New("the provider's keys are not loaded yet")
	}
	// A kid is required: trying every key of a set would let one token cost
	// as many signature checks as the set has keys.
	if _, ok := t.Header["kid"].(string); !ok {
		return nil, stamp{}, errors.New("token from a key set has no kid")
	}
	st := stamp{gen: &r.store.gen, at: r.store.gen.Load()}
	ctx, cancel := context.WithTimeout(r.ctx, r.opts.HTTPTimeout)
	defer cancel()
	key, err := (*kf).KeyfuncCtx(ctx)(t)
	if err != nil {
		return nil, stamp{}, err
	}
	if !algFits(t.Method.Alg(), key) {
		return nil, stamp{}, fmt.Errorf("algorithm %s does not fit a %T key", t.Method.Alg(), key)
	}
	return key, st, nil
}

// algFits binds each key type to its algorithms (RFC 8725 §3.1), whatever
// the token's header or the key set's "alg" say.
func algFits(alg string, key any) bool {
	switch k := key.(type) {
	case *rsa.PublicKey:
		return strings.HasPrefix(alg, "RS") || strings.HasPrefix(alg, "PS")
	case *ecdsa.PublicKey:
		return alg == map[elliptic.Curve]string{elliptic.P256(): "ES256", elliptic.P384(): "ES384", elliptic.P521(): "ES512"}[k.Curve]
	case ed25519.PublicKey:
		return alg == "EdDSA"
	}
	return false
}

// usableKey keeps the keys a provider may sign tokens with: public keys
// meant for signatures, RSA of at least 2048 bits, the NIST curves and
// Ed25519. Symmetric keys, private keys and encryption keys are dropped.
func usableKey(j jwkset.JWK) bool {
	if use := j.Marshal().USE; use != "" && use != jwkset.UseSig {
		return false
	}
	switch k := j.Key().(type) {
	case *rsa.PublicKey:
		return k.N.BitLen() >= minRSABits
	case *ecdsa.PublicKey:
		return k.Curve == elliptic.P256() || k.Curve == elliptic.P384() || k.Curve == elliptic.P521()
	case ed25519.PublicKey:
		return true
	}
	return false
}

// watchedStore is the memory behind one key set: it drops unusable keys as
// they arrive and counts the changes of the set, so that tokens remembered
// as verified are checked again after a key is withdrawn.
type watchedStore struct {
	*jwkset.MemoryJWKSet
	gen    atomic.Uint64
	filled atomic.Bool
	mu     sync.Mutex
	last   string
}

func (s *watchedStore) KeyReplaceAll(ctx context.Context, given []jwkset.JWK) error {
	var keep []jwkset.JWK
	var names []string
	for _, j := range given {
		if usableKey(j) {
			keep = append(keep, j)
			b, _ := json.Marshal(j.Marshal())
			names = append(names, string(b))
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.MemoryJWKSet.KeyReplaceAll(ctx, keep); err != nil {
		return err
	}
	if sig := strings.Join(names, "\n"); sig != s.last {
		s.last = sig
		s.gen.Add(1)
	}
	if len(keep) > 0 {
		s.filled.Store(true)
	}
	return nil
}

// discover reads the issuer's OpenID Connect discovery document and returns
// its jwks_uri. The document must name the same issuer (OpenID Connect
// Discovery §4.3), so a document served elsewhere cannot redirect trust.
func discover(ctx context.Context, client *http.Client, issuer string) (string, error) {
	u := strings.TrimSuffix(issuer, "/") + "/.well-known/openid-configuration"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return "", err
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", fmt.Errorf("discovery: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("discovery %s: status %d", u, resp.StatusCode)
	}
	var doc struct {
		Issuer  string `json:"issuer"`
		JWKSURI string `json:"jwks_uri"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		return "", fmt.Errorf("discovery %s: %w", u, err)
	}
	if doc.Issuer != issuer {
		return "", fmt.Errorf("discovery %s names issuer %q, want %q", u, doc.Issuer, issuer)
	}
	if err := checkRemoteURL(doc.JWKSURI); err != nil {
		return "", fmt.Errorf("discovery %s: jwks_uri: %w", u, err)
	}
	// An https issuer may not send us to fetch keys in clear text, even from
	// this machine's loopback address.
	if strings.HasPrefix(issuer, "https://") && !strings.HasPrefix(doc.JWKSURI, "https://") {
		return "", fmt.Errorf("discovery %s: jwks_uri %q is not https", u, doc.JWKSURI)
	}
	return doc.JWKSURI, nil
}

// limitedBody cuts every response body at maxRemoteBody, so a provider (or
// whoever answers in its place) cannot make the server read without end.
type limitedBody struct{ next http.RoundTripper }

func (l limitedBody) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := l.next.RoundTrip(req)
	if err == nil {
		resp.Body = struct {
			io.Reader
			io.Closer
		}{io.LimitReader(resp.Body, maxRemoteBody), resp.Body}
	}
	return resp, err
}

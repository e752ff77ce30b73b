package auth

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Default claim values and clock tolerance used when Config leaves them zero.
const (
	DefaultIssuer   = "itc"
	DefaultAudience = "itc-api"
	DefaultLeeway   = 30 * time.Second
	// MaxLeeway bounds the clock skew an operator may allow: more would keep
	// expired tokens alive for longer than a coffee break.
	MaxLeeway = 5 * time.Minute
)

// Config selects the keys and the expected claims. Tokens of the issuer
// Issuer are checked with PublicKeyPath, Secret (setting both is an error)
// or the keys at JWKSURL; tokens of each Provider with the keys its
// discovery document names. With none of these, a dev key generated in
// DataDir is used.
type Config struct {
	Secret         []byte        // HS256 key; >= 32 bytes
	PublicKeyPath  string        // PEM public key: RSA (RS256), ECDSA P-256 (ES256) or Ed25519 (EdDSA)
	PrivateKeyPath string        // optional PEM private key, used only by Mint when PublicKeyPath is set
	Issuer         string        // expected and minted iss; "" means DefaultIssuer
	Audience       string        // expected and minted aud; "" means DefaultAudience
	DataDir        string        // where the dev key lives when no key or provider is configured
	Leeway         time.Duration // clock skew allowed on exp, nbf and iat; 0 means DefaultLeeway
	// Providers are OpenID Connect issuers trusted beside (or instead of)
	// Issuer, each with its own audience.
	Providers []Provider
	// JWKSURL, when set, supplies Issuer's keys from a JWK Set, without
	// discovery.
	JWKSURL string
	// Claims says where tokens carry the role and the nation.
	Claims ClaimMapping
	// Remote tunes how remote key sets are fetched; zero values are defaults.
	Remote RemoteOptions
	// Log receives key fetch failures; nil discards them.
	Log *slog.Logger
}

// Provider is an OpenID Connect issuer and the audience its tokens must
// carry ("" means Config.Audience).
type Provider struct {
	Issuer   string
	Audience string
}

// withDefaults fills zero fields so Verify and Mint agree on the same values.
func (c Config) withDefaults() (Config, error) {
	if c.Issuer == "" {
		c.Issuer = DefaultIssuer
	}
	if c.Audience == "" {
		c.Audience = DefaultAudience
	}
	if c.Leeway < 0 {
		return c, fmt.Errorf("auth: negative leeway %v", c.Leeway)
	}
	if c.Leeway > MaxLeeway {
		return c, fmt.Errorf("auth: leeway %v is above the most allowed, %v", c.Leeway, MaxLeeway)
	}
	if c.Leeway == 0 {
		c.Leeway = DefaultLeeway
	}
	if c.Log == nil {
		c.Log = slog.New(slog.DiscardHandler)
	}
	c.Remote = c.Remote.withDefaults()
	return c, nil
}

// remote reports whether any key comes from an identity provider; then no
// dev key is ever generated or trusted.
func (c Config) remote() bool { return len(c.Providers) > 0 || c.JWKSURL != "" }

// Verifier checks bearer tokens against the configured issuers' keys. It is
// safe for concurrent use; Close stops its background key refreshes.
type Verifier struct {
	trusts  map[string]*trust // by iss
	remotes []*remoteKeys
	parser  *jwt.Parser
	claims  ClaimMapping
	leeway  time.Duration
	now     func() time.Time // replaced in tests to pin the clock
	seen    seenTokens
}

// trust is one issuer: where its keys come from and what its tokens must say.
type trust struct {
	issuer    string
	keys      keySource
	validator *jwt.Validator
}

// keySource finds the key that verifies a token of one issuer.
type keySource interface {
	// key returns the key (or jwt.VerificationKeySet) for t, and the stamp
	// that a remembered verification must still match.
	key(t *jwt.Token, now time.Time) (any, stamp, error)
	// algs lists the algorithms this source may accept.
	algs() []string
}

// stamp ties a remembered verification to the key set that allowed it: a
// change of the set (a rotation, a withdrawn key) or the end of a grace
// period makes the token be checked again.
type stamp struct {
	gen     *atomic.Uint64 // nil: the key never changes
	at      uint64
	until   time.Time // zero: no end (the verifier's clock)
	recheck time.Time // zero: never (the real clock): when to look at the key again
}

func (s stamp) holds(now time.Time) bool {
	return (s.gen == nil || s.gen.Load() == s.at) && (s.until.IsZero() || now.Before(s.until)) &&
		(s.recheck.IsZero() || time.Now().Before(s.recheck))
}

// seenTokens remembers tokens already verified until they expire: a client
// sends the same token with every request, and its signature and claims need
// checking once. Keys are SHA-256 digests, so memory stays bounded whatever
// the tokens' length; the time claims and the key's stamp are checked again
// on every use.
type seenTokens struct {
	mu sync.Mutex
	m  map[[sha256.Size]byte]seenToken
}

type seenToken struct {
	p        Principal
	nbf, exp time.Time
	stamp    stamp
}

// maxSeenTokens bounds the cache; past it the cache starts afresh.
const maxSeenTokens = 4096

// NewVerifier loads the keys designated by cfg and starts fetching the
// providers' key sets. Configuration problems (short secret, unreadable or
// unsupported key, a provider URL that is not https) are returned here, at
// startup, rather than surfacing as every request failing; a provider that
// does not answer yet is not an error (Ready reports it).
func NewVerifier(cfg Config) (*Verifier, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if err := cfg.Claims.check(); err != nil {
		return nil, err
	}
	v := &Verifier{trusts: map[string]*trust{}, claims: cfg.Claims, leeway: cfg.Leeway, now: time.Now}
	v.seen.m = map[[sha256.Size]byte]seenToken{}
	ok := false
	defer func() {
		if !ok {
			v.Close()
		}
	}()
	add := func(issuer, audience string, keys keySource) error {
		if _, dup := v.trusts[issuer]; dup {
			return fmt.Errorf("auth: issuer %q is configured twice", issuer)
		}
		v.trusts[issuer] = &trust{issuer: issuer, keys: keys, validator: jwt.NewValidator(
			jwt.WithExpirationRequired(),
			jwt.WithIssuedAt(), // refuse tokens claiming to be issued in the future
			jwt.WithIssuer(issuer),
			jwt.WithAudience(audience),
			jwt.WithLeeway(cfg.Leeway),
			jwt.WithTimeFunc(func() time.Time { return v.now() }),
		)}
		return nil
	}
	local := cfg.Secret != nil || cfg.PublicKeyPath != "" || !cfg.remote()
	if local && cfg.JWKSURL != "" {
		return nil, errors.New("auth: a JWKS URL and a local key (secret or public key) both name the keys of the one issuer; configure one")
	}
	if local {
		keys, err := localKeys(cfg)
		if err != nil {
			return nil, err
		}
		if err := add(cfg.Issuer, cfg.Audience, keys); err != nil {
			return nil, err
		}
	}
	if cfg.JWKSURL != "" {
		r, err := newRemoteKeys("", cfg.JWKSURL, cfg.Remote, cfg.Log)
		if err != nil {
			return nil, err
		}
		v.remotes = append(v.remotes, r)
		if err := add(cfg.Issuer, cfg.Audience, r); err != nil {
			return nil, err
		}
	}
	for _, p := range cfg.Providers {
		r, err := newRemoteKeys(p.Issuer, "", cfg.Remote, cfg.Log)
		if err != nil {
			return nil, err
		}
		v.remotes = append(v.remotes, r)
		aud := p.Audience
		if aud == "" {
			aud = cfg.Audience
		}
		if err := add(p.Issuer, aud, r); err != nil {
			return nil, err
		}
	}
	var methods []string
	for _, t := range v.trusts {
		methods = append(methods, t.keys.algs()...)
	}
	slices.Sort(methods)
	v.parser = jwt.NewParser(
		// Only algorithms bound to a configured key type; this is what stops
		// "none" and HS256-signed-with-a-public-key confusion (RFC 8725 §2.1,
		// §3.1). Each source checks the pairing of key and algorithm again.
		jwt.WithValidMethods(slices.Compact(methods)),
		// Claims are validated afterwards by the issuer's own validator.
		jwt.WithoutClaimsValidation(),
		// Reject non-canonical base64 so each token has one accepted encoding.
		jwt.WithStrictDecoding(),
	)
	// The first fetch is made now, so a server whose providers answer is
	// ready as soon as it listens.
	var wg sync.WaitGroup
	for _, r := range v.remotes {
		wg.Go(r.start)
	}
	wg.Wait()
	ok = true
	return v, nil
}

// Ready reports whether every configured provider's keys have been loaded
// at least once; until then tokens of that provider are refused, so the
// service is not ready. Keys loaded once stay in use while the provider is
// down.
func (v *Verifier) Ready(context.Context) error {
	var errs []error
	for _, r := range v.remotes {
		errs = append(errs, r.ready())
	}
	return errors.Join(errs...)
}

// Close stops the background refresh of remote key sets.
func (v *Verifier) Close() {
	for _, r := range v.remotes {
		r.close()
	}
}

// errTooLong is built once so refusing an oversized token allocates nothing.
var errTooLong = fmt.Errorf("%w: longer than %d bytes", ErrInvalidToken, MaxTokenLength)

// errNotCompact is built once, like errTooLong.
var errNotCompact = fmt.Errorf("%w: not three dot-separated base64url segments", ErrInvalidToken)

// compactJWS reports whether raw is three non-empty base64url segments (no
// padding) joined by dots. Go's base64 decoder skips line breaks, so without
// this check a token with a newline inside would verify as the same token:
// each token must have exactly one accepted spelling.
func compactJWS(raw string) bool {
	dots, seg := 0, 0
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-', c == '_':
			seg++
		case c == '.':
			if seg == 0 {
				return false
			}
			dots, seg = dots+1, 0
		default:
			return false
		}
	}
	return dots == 2 && seg > 0
}

// Verify checks raw and returns the principal it names. Every error wraps
// ErrInvalidToken; its detail is for logs, not for the client.
func (v *Verifier) Verify(raw string) (Principal, error) {
	// Checked before any decoding so a huge token costs no memory or CPU.
	if len(raw) > MaxTokenLength {
		return Principal{}, errTooLong
	}
	if !compactJWS(raw) {
		return Principal{}, errNotCompact
	}
	digest := sha256.Sum256([]byte(raw))
	now := v.now()
	v.seen.mu.Lock()
	hit, ok := v.seen.m[digest]
	v.seen.mu.Unlock()
	if ok && now.Before(hit.exp.Add(v.leeway)) && !now.Before(hit.nbf.Add(-v.leeway)) && hit.stamp.holds(now) {
		return hit.p, nil
	}
	var (
		c      claimSet
		chosen *trust
		st     stamp
	)
	tok, err := v.parser.ParseWithClaims(raw, &c, func(t *jwt.Token) (any, error) {
		// The claims are decoded (not yet trusted) before the key is
		// chosen: iss names the issuer whose keys alone may verify.
		chosen = v.trusts[c.iss]
		if chosen == nil {
			return nil, fmt.Errorf("untrusted issuer %q", c.iss)
		}
		var key any
		var err error
		key, st, err = chosen.keys.key(t, now)
		return key, err
	})
	if err != nil {
		return Principal{}, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	if !tok.Valid {
		// Not reachable with a nil error in jwt v5; kept so a library change
		// cannot turn into an accepted token.
		return Principal{}, fmt.Errorf("%w: not valid", ErrInvalidToken)
	}
	if err := chosen.validator.Validate(&c); err != nil {
		return Principal{}, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	// RFC 7515 §4.1.11: a recipient that does not understand the extensions
	// listed in "crit" must reject the token; this one understands none.
	if _, ok := tok.Header["crit"]; ok {
		return Principal{}, fmt.Errorf("%w: unsupported crit header", ErrInvalidToken)
	}
	p, err := v.claims.principal(&c)
	if err != nil {
		return Principal{}, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	if err := validatePrincipal(p); err != nil {
		return Principal{}, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	entry := seenToken{p: p, exp: c.exp.Time, stamp: st}
	if c.nbf != nil {
		entry.nbf = c.nbf.Time
	}
	v.seen.mu.Lock()
	if len(v.seen.m) >= maxSeenTokens {
		clear(v.seen.m)
	}
	v.seen.m[digest] = entry
	v.seen.mu.Unlock()
	return p, nil
}

package auth

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Default claim values and clock tolerance used when Config leaves them zero.
const (
	DefaultIssuer   = "itc"
	DefaultAudience = "itc-api"
	DefaultLeeway   = 30 * time.Second
)

// Config selects the key and the expected claims. The key comes from
// PublicKeyPath or Secret (setting both is an error), else from a dev key
// generated in DataDir.
type Config struct {
	Secret         []byte        // HS256 key; >= 32 bytes
	PublicKeyPath  string        // PEM public key: RSA (RS256), ECDSA P-256 (ES256) or Ed25519 (EdDSA)
	PrivateKeyPath string        // optional PEM private key, used only by Mint when PublicKeyPath is set
	Issuer         string        // expected and minted iss; "" means DefaultIssuer
	Audience       string        // expected and minted aud; "" means DefaultAudience
	DataDir        string        // where the dev key lives when neither Secret nor PublicKeyPath is set
	Leeway         time.Duration // clock skew allowed on exp, nbf and iat; 0 means DefaultLeeway
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
	if c.Leeway == 0 {
		c.Leeway = DefaultLeeway
	}
	return c, nil
}

// tokenClaims is the wire form of the claims. Role and nation are plain
// strings so a token with another JSON type there fails to decode.
type tokenClaims struct {
	Role   string `json:"role"`
	Nation string `json:"nation,omitempty"`
	jwt.RegisteredClaims
}

// Verifier checks bearer tokens against one configured key. It is immutable
// after NewVerifier and safe for concurrent use.
type Verifier struct {
	key    keyMaterial
	parser *jwt.Parser
	leeway time.Duration
	now    func() time.Time // replaced in tests to pin the clock
	seen   seenTokens
}

// seenTokens remembers tokens already verified until they expire: a client
// sends the same token with every request, and its signature and claims need
// checking once. Keys are SHA-256 digests, so memory stays bounded whatever
// the tokens' length; the time claims are checked again on every use.
type seenTokens struct {
	mu sync.Mutex
	m  map[[sha256.Size]byte]seenToken
}

type seenToken struct {
	p        Principal
	nbf, exp time.Time
}

// maxSeenTokens bounds the cache; past it the cache starts afresh.
const maxSeenTokens = 4096

// NewVerifier loads the key designated by cfg. Configuration problems (short
// secret, unreadable or unsupported key) are returned here, at startup,
// rather than surfacing as every request failing.
func NewVerifier(cfg Config) (*Verifier, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	key, err := loadVerifyKey(cfg)
	if err != nil {
		return nil, err
	}
	v := &Verifier{key: key, leeway: cfg.Leeway, now: time.Now}
	v.seen.m = map[[sha256.Size]byte]seenToken{}
	v.parser = jwt.NewParser(
		// Only the algorithm bound to the key type; this is what stops "none"
		// and HS256-signed-with-the-public-key confusion (RFC 8725 §2.1, §3.1).
		jwt.WithValidMethods([]string{key.method.Alg()}),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(), // refuse tokens claiming to be issued in the future
		jwt.WithIssuer(cfg.Issuer),
		jwt.WithAudience(cfg.Audience),
		jwt.WithLeeway(cfg.Leeway),
		// Reject non-canonical base64 so each token has one accepted encoding.
		jwt.WithStrictDecoding(),
		jwt.WithTimeFunc(func() time.Time { return v.now() }),
	)
	return v, nil
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
	if ok && now.Before(hit.exp.Add(v.leeway)) && !now.Before(hit.nbf.Add(-v.leeway)) {
		return hit.p, nil
	}
	var c tokenClaims
	tok, err := v.parser.ParseWithClaims(raw, &c, v.keyFunc)
	if err != nil {
		return Principal{}, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	if !tok.Valid {
		// Not reachable with a nil error in jwt v5; kept so a library change
		// cannot turn into an accepted token.
		return Principal{}, fmt.Errorf("%w: not valid", ErrInvalidToken)
	}
	// RFC 7515 §4.1.11: a recipient that does not understand the extensions
	// listed in "crit" must reject the token; this one understands none.
	if _, ok := tok.Header["crit"]; ok {
		return Principal{}, fmt.Errorf("%w: unsupported crit header", ErrInvalidToken)
	}
	p := Principal{Sub: c.Subject, Role: c.Role, Nation: c.Nation}
	if err := validatePrincipal(p); err != nil {
		return Principal{}, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	entry := seenToken{p: p, exp: c.ExpiresAt.Time}
	if c.NotBefore != nil {
		entry.nbf = c.NotBefore.Time
	}
	v.seen.mu.Lock()
	if len(v.seen.m) >= maxSeenTokens {
		clear(v.seen.m)
	}
	v.seen.m[digest] = entry
	v.seen.mu.Unlock()
	return p, nil
}

// keyFunc always returns the configured key. Header fields such as kid, jku,
// x5u and jwk are never consulted: following them would let the token choose
// the key that verifies it (RFC 8725 §3.10).
func (v *Verifier) keyFunc(t *jwt.Token) (any, error) {
	// WithValidMethods already restricts alg by name; comparing the method
	// object too keeps the key/algorithm binding even if that option changed.
	if t.Method != v.key.method {
		return nil, errors.New("unexpected signing method")
	}
	return v.key.verify, nil
}

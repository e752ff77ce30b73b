package auth

import (
	"crypto"
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Mint signs a token for p that a Verifier built from the same cfg accepts:
// HS256 with the secret or dev key, or, when PublicKeyPath is set, RS256,
// ES256 or EdDSA (by key type) with the key at PrivateKeyPath. The token is
// issued at now and expires after ttl.
func Mint(cfg Config, p Principal, ttl time.Duration, now time.Time) (string, error) {
	if err := validatePrincipal(p); err != nil {
		return "", fmt.Errorf("auth: mint: %w", err)
	}
	if ttl <= 0 {
		return "", fmt.Errorf("auth: mint: ttl must be positive, got %v", ttl)
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return "", err
	}
	key, err := loadVerifyKey(cfg)
	if err != nil {
		return "", err
	}
	signKey := key.verify // HS256: the same shared secret signs and verifies
	if cfg.PublicKeyPath != "" {
		if cfg.PrivateKeyPath == "" {
			return "", errors.New("auth: mint: public key path is set, so a private key path is needed to sign tokens")
		}
		priv, err := readPrivateKey(cfg.PrivateKeyPath)
		if err != nil {
			return "", err
		}
		// Signing with a key that does not match the verifier's would hand out
		// tokens that are refused later, far from the cause.
		pub, ok := key.verify.(interface{ Equal(crypto.PublicKey) bool })
		if !ok || !pub.Equal(priv.Public()) {
			return "", fmt.Errorf("auth: mint: private key %s does not match public key %s", cfg.PrivateKeyPath, cfg.PublicKeyPath)
		}
		signKey = priv
	}
	c := tokenClaims{
		Role:   p.Role,
		Nation: p.Nation,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   p.Sub,
			Issuer:    cfg.Issuer,
			Audience:  jwt.ClaimStrings{cfg.Audience},
			IssuedAt:  jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(ttl)),
		},
	}
	tok := jwt.NewWithClaims(key.method, c)
	if cfg.UsesDevKey() {
		tok.Header["kid"] = devKeyID(key.verify.([]byte))
	}
	s, err := tok.SignedString(signKey)
	if err != nil {
		return "", fmt.Errorf("auth: mint: sign: %w", err)
	}
	return s, nil
}

// tokenClaims is the wire form of the claims Mint signs; Verify reads
// tokens through claimSet instead, which matches names exactly.
type tokenClaims struct {
	Role   string `json:"role"`
	Nation string `json:"nation,omitempty"`
	jwt.RegisteredClaims
}

package auth

import (
	"fmt"
	"strings"
	"time"
)

// Environment variables read by ConfigFromEnv.
const (
	EnvSecret      = "ITC_JWT_SECRET"
	EnvPublicKey   = "ITC_JWT_PUBLIC_KEY"
	EnvIssuer      = "ITC_JWT_ISSUER"
	EnvAudience    = "ITC_JWT_AUDIENCE"
	EnvLeeway      = "ITC_JWT_LEEWAY"
	EnvOIDCIssuer  = "ITC_OIDC_ISSUER"
	EnvJWKSURL     = "ITC_JWT_JWKS_URL"
	EnvRoleClaim   = "ITC_JWT_ROLE_CLAIM"
	EnvNationClaim = "ITC_JWT_NATION_CLAIM"
	EnvRolePrefix  = "ITC_JWT_ROLE_PREFIX"
	EnvRoleMap     = "ITC_JWT_ROLE_MAP"
)

// ConfigFromEnv builds a Config from the ITC_JWT_* and ITC_OIDC_ISSUER
// variables, with dataDir as the home of the dev key. getenv is passed in
// (usually os.Getenv) so callers and tests control the environment. A value
// that cannot be read is an error; the rest is validated by NewVerifier.
func ConfigFromEnv(getenv func(string) string, dataDir string) (Config, error) {
	var secret []byte
	if s := getenv(EnvSecret); s != "" {
		secret = []byte(s)
	}
	c := Config{
		Secret:        secret,
		PublicKeyPath: getenv(EnvPublicKey),
		Issuer:        getenv(EnvIssuer),
		Audience:      getenv(EnvAudience),
		DataDir:       dataDir,
		JWKSURL:       getenv(EnvJWKSURL),
		Claims: ClaimMapping{
			RoleClaim:   getenv(EnvRoleClaim),
			NationClaim: getenv(EnvNationClaim),
			RolePrefix:  getenv(EnvRolePrefix),
		},
	}
	var err error
	if s := getenv(EnvLeeway); s != "" {
		if c.Leeway, err = time.ParseDuration(s); err != nil {
			return c, fmt.Errorf("%s: %w", EnvLeeway, err)
		}
	}
	if c.Providers, err = ParseProviders(getenv(EnvOIDCIssuer)); err != nil {
		return c, err
	}
	if c.Claims.RoleMap, err = ParseRoleMap(getenv(EnvRoleMap)); err != nil {
		return c, err
	}
	return c, nil
}

// ParseProviders reads ITC_OIDC_ISSUER: issuers separated by commas, each
// optionally followed by "|" and the audience its tokens must carry
// ("https://id.example.org/realms/itc|itc-api"). A "|" cannot appear in a
// URL unescaped, so the split is unambiguous.
func ParseProviders(s string) ([]Provider, error) {
	var out []Provider
	for item := range strings.SplitSeq(s, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		iss, aud, _ := strings.Cut(item, "|")
		p := Provider{Issuer: strings.TrimSpace(iss), Audience: strings.TrimSpace(aud)}
		if err := checkRemoteURL(p.Issuer); err != nil {
			return nil, fmt.Errorf("%s: %w", EnvOIDCIssuer, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// ParseRoleMap reads ITC_JWT_ROLE_MAP: "value=role" pairs separated by
// commas ("itc-chair=chair,itc-member=member").
func ParseRoleMap(s string) (map[string]string, error) {
	var out map[string]string
	for item := range strings.SplitSeq(s, ",") {
		if item = strings.TrimSpace(item); item == "" {
			continue
		}
		from, to, ok := strings.Cut(item, "=")
		if !ok {
			return nil, fmt.Errorf("%s: %q is not value=role", EnvRoleMap, item)
		}
		if out == nil {
			out = map[string]string{}
		}
		out[strings.TrimSpace(from)] = strings.TrimSpace(to)
	}
	return out, nil
}

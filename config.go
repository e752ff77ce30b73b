package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/itcoalition/api/graph"
	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/coalition"
)

// envOr returns the variable's value, or def when it is unset or empty.
func envOr(getenv func(string) string, name, def string) string {
	if v := getenv(name); v != "" {
		return v
	}
	return def
}

// configFlags registers the configuration flags on fs, with defaults from
// the environment, and returns a function that completes the Config.
func configFlags(fs *flag.FlagSet, getenv func(string) string) func() (app.Config, error) {
	var c app.Config
	var secret string
	fs.StringVar(&c.Addr, "addr", envOr(getenv, "ITC_ADDR", ":8080"), "listen address (ITC_ADDR)")
	fs.StringVar(&c.MongoURI, "mongodb-uri", getenv("MONGODB_URI"), "MongoDB deployment; empty starts the embedded store (MONGODB_URI)")
	fs.StringVar(&c.DB, "db", envOr(getenv, "ITC_DB", "itc"), "database name (ITC_DB)")
	fs.StringVar(&c.DataDir, "data-dir", envOr(getenv, "ITC_DATA_DIR", "./data"), "embedded store files and dev signing key (ITC_DATA_DIR)")
	fs.StringVar(&c.PolicyDir, "policy-dir", envOr(getenv, "ITC_POLICY_DIR", "./policies"), "Casbin model and policy (ITC_POLICY_DIR)")
	fs.StringVar(&c.Seed, "seed", envOr(getenv, "ITC_SEED", "demo"), "demo seeds an empty database; none seeds nothing (ITC_SEED)")
	fs.StringVar(&secret, "jwt-secret", getenv(auth.EnvSecret), "HS256 key, at least 32 bytes (ITC_JWT_SECRET)")
	fs.StringVar(&c.Auth.PublicKeyPath, "jwt-public-key", getenv(auth.EnvPublicKey), "PEM public key; only its algorithm is accepted (ITC_JWT_PUBLIC_KEY)")
	fs.StringVar(&c.Auth.PrivateKeyPath, "jwt-private-key", getenv("ITC_JWT_PRIVATE_KEY"), "PEM private key the token command signs with when a public key is set (ITC_JWT_PRIVATE_KEY)")
	fs.StringVar(&c.Auth.Issuer, "jwt-issuer", envOr(getenv, auth.EnvIssuer, auth.DefaultIssuer), "required iss (ITC_JWT_ISSUER)")
	fs.StringVar(&c.Auth.Audience, "jwt-audience", envOr(getenv, auth.EnvAudience, auth.DefaultAudience), "required aud (ITC_JWT_AUDIENCE)")
	a := authFlags(fs, getenv)
	maxBody := intEnv(getenv, "ITC_MAX_BODY_BYTES", 1<<20)
	fs.Int64Var(&c.MaxBody, "max-body-bytes", int64(maxBody), "largest request body (ITC_MAX_BODY_BYTES)")
	fs.IntVar(&c.Limits.Complexity, "max-complexity", intEnv(getenv, "ITC_MAX_COMPLEXITY", graph.DefaultLimits.Complexity), "most a query may cost; lists cost their first (ITC_MAX_COMPLEXITY)")
	fs.IntVar(&c.Limits.ParserTokens, "max-tokens", intEnv(getenv, "ITC_MAX_TOKENS", graph.DefaultLimits.ParserTokens), "most lexical tokens in a query (ITC_MAX_TOKENS)")
	fs.IntVar(&c.Limits.Depth, "max-depth", intEnv(getenv, "ITC_MAX_DEPTH", graph.DefaultLimits.Depth), "deepest nesting of fields, fragments included (ITC_MAX_DEPTH)")
	fs.IntVar(&c.Limits.Aliases, "max-aliases", intEnv(getenv, "ITC_MAX_ALIASES", graph.DefaultLimits.Aliases), "most aliased fields in an operation (ITC_MAX_ALIASES)")
	fs.IntVar(&c.Limits.SelectionSet, "max-selection-set", intEnv(getenv, "ITC_MAX_SELECTION_SET", graph.DefaultLimits.SelectionSet), "most selections in one selection set, its inline fragments included (ITC_MAX_SELECTION_SET)")
	fs.IntVar(&c.Limits.Selections, "max-selections", intEnv(getenv, "ITC_MAX_SELECTIONS", graph.DefaultLimits.Selections), "most selections in a query, a fragment counted for each operation that spreads it (ITC_MAX_SELECTIONS)")
	fs.IntVar(&c.Limits.Errors, "max-errors", intEnv(getenv, "ITC_MAX_ERRORS", graph.DefaultLimits.Errors), "most errors listed in one response (ITC_MAX_ERRORS)")
	timeout, _ := time.ParseDuration(envOr(getenv, "ITC_REQUEST_TIMEOUT", "10s"))
	fs.DurationVar(&c.Timeout, "request-timeout", timeout, "deadline of one /query request, store calls included (ITC_REQUEST_TIMEOUT)")
	readHeader, _ := time.ParseDuration(envOr(getenv, "ITC_READ_HEADER_TIMEOUT", "5s"))
	fs.DurationVar(&c.ReadHeaderTimeout, "read-header-timeout", readHeader, "time a client has to send its request headers (ITC_READ_HEADER_TIMEOUT)")
	idle, _ := time.ParseDuration(envOr(getenv, "ITC_IDLE_TIMEOUT", "120s"))
	fs.DurationVar(&c.IdleTimeout, "idle-timeout", idle, "how long an idle keep-alive connection stays open (ITC_IDLE_TIMEOUT)")
	var origins string
	fs.StringVar(&origins, "cors-origins", getenv("ITC_CORS_ORIGINS"), "comma-separated origins (https://app.example.org) whose pages may call /query; empty allows none (ITC_CORS_ORIGINS)")
	fs.StringVar(&c.OIDCClientID, "oidc-client-id", getenv("ITC_OIDC_CLIENT_ID"), "the web app's client id at the OpenID Connect issuers: sign-in by authorisation code with PKCE (ITC_OIDC_CLIENT_ID)")
	fs.StringVar(&c.OIDCScope, "oidc-scope", envOr(getenv, "ITC_OIDC_SCOPE", "openid"), "scopes the web app asks for, space-separated (ITC_OIDC_SCOPE)")
	fs.StringVar(&c.TrustedDocuments, "trusted-documents", envOr(getenv, "ITC_TRUSTED_DOCUMENTS", "allow"), "enforce runs only the web app's documents (by documentId); allow runs those and any other (ITC_TRUSTED_DOCUMENTS)")
	var fx string
	fs.StringVar(&fx, "fx-tolerance", envOr(getenv, "ITC_FX_TOLERANCE", coalition.DefaultFXTolerance.String()), "how far a receipt's EUR may be from amount x rate: EUR, percent or both, e.g. 1.00,0.1% (ITC_FX_TOLERANCE)")
	return func() (app.Config, error) {
		tol, err := coalition.ParseFXTolerance(fx)
		if err != nil {
			return c, fmt.Errorf("ITC_FX_TOLERANCE: %w", err)
		}
		c.FXTolerance = &tol
		if secret != "" {
			c.Auth.Secret = []byte(secret)
		}
		c.Auth.DataDir = c.DataDir
		if err = a.complete(&c.Auth); err != nil {
			return c, err
		}
		if c.CORSOrigins, err = parseOrigins(origins); err != nil {
			return c, err
		}
		switch {
		case c.Seed != "demo" && c.Seed != "none":
			return c, fmt.Errorf("ITC_SEED must be demo or none, not %q", c.Seed)
		case c.TrustedDocuments != "allow" && c.TrustedDocuments != "enforce":
			return c, fmt.Errorf("ITC_TRUSTED_DOCUMENTS must be allow or enforce, not %q", c.TrustedDocuments)
		case c.MaxBody < 1024:
			return c, errors.New("max body must be at least 1024 bytes")
		case c.Timeout <= 0:
			return c, errors.New("request timeout must be positive")
		case c.Limits.Complexity < 1 || c.Limits.ParserTokens < 1 || c.Limits.Depth < 1 || c.Limits.Aliases < 1 || c.Limits.Errors < 1 ||
			c.Limits.SelectionSet < 1 || c.Limits.Selections < 1:
			return c, errors.New("limits must be positive")
		case c.ReadHeaderTimeout <= 0 || c.IdleTimeout <= 0:
			return c, errors.New("read-header and idle timeouts must be positive")
		}
		return c, nil
	}
}

// authOptions are the flags of OpenID Connect, JWKS, claim mapping and
// leeway, kept as text until complete parses them.
type authOptions struct {
	providers, jwks, roleClaim, nationClaim, rolePrefix, roleMap, leeway string
}

func authFlags(fs *flag.FlagSet, getenv func(string) string) *authOptions {
	var a authOptions
	str := func(p *string, name, env, def, usage string) {
		fs.StringVar(p, name, envOr(getenv, env, def), usage+" ("+env+")")
	}
	str(&a.providers, "oidc-issuer", auth.EnvOIDCIssuer, "", "OpenID Connect issuers, comma-separated, each optionally |audience; keys from discovery and JWKS")
	str(&a.jwks, "jwt-jwks-url", auth.EnvJWKSURL, "", "JWK Set URL with the keys of the issuer -jwt-issuer, without discovery")
	str(&a.roleClaim, "jwt-role-claim", auth.EnvRoleClaim, auth.DefaultRoleClaim, "dotted path of the role claim, e.g. realm_access.roles")
	str(&a.nationClaim, "jwt-nation-claim", auth.EnvNationClaim, auth.DefaultNationClaim, "dotted path of the nation claim")
	str(&a.rolePrefix, "jwt-role-prefix", auth.EnvRolePrefix, "", "take the role from the values with this prefix, e.g. itc-")
	str(&a.roleMap, "jwt-role-map", auth.EnvRoleMap, "", "provider values to roles, e.g. itc-chair=chair,itc-member=member")
	str(&a.leeway, "jwt-leeway", auth.EnvLeeway, auth.DefaultLeeway.String(), "clock skew allowed on exp, nbf and iat, at most 5m")
	return &a
}

func (a *authOptions) complete(cfg *auth.Config) error {
	cfg.JWKSURL, cfg.Claims.RoleClaim, cfg.Claims.NationClaim, cfg.Claims.RolePrefix = a.jwks, a.roleClaim, a.nationClaim, a.rolePrefix
	var err error
	if cfg.Providers, err = auth.ParseProviders(a.providers); err != nil {
		return err
	}
	if cfg.Claims.RoleMap, err = auth.ParseRoleMap(a.roleMap); err != nil {
		return err
	}
	if cfg.Leeway, err = time.ParseDuration(a.leeway); err != nil {
		return fmt.Errorf("%s: %w", auth.EnvLeeway, err)
	}
	if cfg.Leeway <= 0 || cfg.Leeway > auth.MaxLeeway {
		return fmt.Errorf("%s must be above 0 and at most %v, not %v", auth.EnvLeeway, auth.MaxLeeway, cfg.Leeway)
	}
	return nil
}

// parseOrigins reads a comma-separated list of origins, each a scheme and
// a host with no path; "*" is refused, since only named sites may call.
func parseOrigins(s string) ([]string, error) {
	var out []string
	for o := range strings.SplitSeq(s, ",") {
		if o = strings.TrimSpace(o); o == "" {
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
			return nil, fmt.Errorf("ITC_CORS_ORIGINS: %q is not an origin like https://app.example.org", o)
		}
		out = append(out, u.Scheme+"://"+u.Host)
	}
	return out, nil
}

func intEnv(getenv func(string) string, name string, def int) int {
	if v, err := strconv.Atoi(getenv(name)); err == nil {
		return v
	}
	return def
}

func parseConfig(name string, args []string, getenv func(string) string, stderr io.Writer) (app.Config, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	done := configFlags(fs, getenv)
	if err := fs.Parse(args); err != nil {
		return app.Config{}, err
	}
	if fs.NArg() > 0 {
		return app.Config{}, fmt.Errorf("unknown command %q (want token, key, policy or bench; -h lists them)", fs.Arg(0))
	}
	return done()
}

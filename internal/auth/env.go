package auth

// Environment variables read by ConfigFromEnv.
const (
	EnvSecret    = "ITC_JWT_SECRET"
	EnvPublicKey = "ITC_JWT_PUBLIC_KEY"
	EnvIssuer    = "ITC_JWT_ISSUER"
	EnvAudience  = "ITC_JWT_AUDIENCE"
)

// ConfigFromEnv builds a Config from the ITC_JWT_* variables, with dataDir as
// the home of the dev key. getenv is passed in (usually os.Getenv) so callers
// and tests control the environment. Validation happens in NewVerifier.
func ConfigFromEnv(getenv func(string) string, dataDir string) Config {
	var secret []byte
	if s := getenv(EnvSecret); s != "" {
		secret = []byte(s)
	}
	return Config{
		Secret:        secret,
		PublicKeyPath: getenv(EnvPublicKey),
		Issuer:        getenv(EnvIssuer),
		Audience:      getenv(EnvAudience),
		DataDir:       dataDir,
	}
}

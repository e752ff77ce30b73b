package auth

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// t0 is the pinned "now" of every test verifier, so tokens built with fixed
// timestamps (including the committed fuzz seeds) never expire.
var t0 = time.Unix(1_760_000_000, 0)

var testSecret = []byte("test-secret-0123456789-abcdefghijklmnopqrstuvwxyz")

func newTestVerifier(t testing.TB, cfg Config) *Verifier {
	t.Helper()
	v, err := NewVerifier(cfg)
	if err != nil {
		t.Fatalf("NewVerifier: %v", err)
	}
	v.now = func() time.Time { return t0 }
	return v
}

// b64 is the JWS segment encoding, written out here rather than borrowed
// from golang-jwt so the test signer is independent of the code under test.
const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// hs256Sign is a minimal independent HS256 JWS signer (crypto/hmac,
// encoding/base64, encoding/json only).
func hs256Sign(t testing.TB, key []byte, header, claims map[string]any) string {
	t.Helper()
	input := b64(mustJSON(t, header)) + "." + b64(mustJSON(t, claims))
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(input))
	return input + "." + b64(mac.Sum(nil))
}

// unsigned builds a token with the given header and an arbitrary signature.
func unsigned(t testing.TB, header, claims map[string]any, sig string) string {
	t.Helper()
	return b64(mustJSON(t, header)) + "." + b64(mustJSON(t, claims)) + "." + sig
}

func hsHeader() map[string]any { return map[string]any{"alg": "HS256", "typ": "JWT"} }

func baseClaims() map[string]any {
	return map[string]any{
		"sub":    "user-42",
		"role":   "member",
		"nation": "UA",
		"iss":    DefaultIssuer,
		"aud":    DefaultAudience,
		"iat":    t0.Unix(),
		"exp":    t0.Add(time.Hour).Unix(),
	}
}

// with returns a copy of m with k set to v, or deleted when v is nil.
func with(m map[string]any, kv ...any) map[string]any {
	out := maps.Clone(m)
	for i := 0; i < len(kv); i += 2 {
		k := kv[i].(string)
		if kv[i+1] == nil {
			delete(out, k)
		} else {
			out[k] = kv[i+1]
		}
	}
	return out
}

func TestVerifyHS256(t *testing.T) {
	cfg := Config{Secret: testSecret}
	v := newTestVerifier(t, cfg)
	want := Principal{Issuer: DefaultIssuer, Sub: "user-42", Role: "member", Nation: "UA"}

	minted, err := Mint(cfg, want, time.Hour, t0)
	if err != nil {
		t.Fatalf("Mint: %v", err)
	}
	parts := strings.Split(minted, ".")
	tamperedPayload := parts[0] + "." + b64(mustJSON(t, with(baseClaims(), "role", "chair"))) + "." + parts[2]
	sig := []byte(parts[2])
	sig[5] ^= 'A' ^ 'B'
	if sig[5] == parts[2][5] {
		t.Fatal("tamper did not change the signature")
	}
	tamperedSig := parts[0] + "." + parts[1] + "." + string(sig)
	// A 32-byte HMAC encodes to 43 characters whose last one carries two
	// unused bits; setting them yields the same bytes under lenient decoding.
	last := strings.IndexByte(b64Alphabet, parts[2][len(parts[2])-1])
	nonCanonicalSig := parts[0] + "." + parts[1] + "." + parts[2][:len(parts[2])-1] + string(b64Alphabet[last|3])
	if last|3 == last {
		nonCanonicalSig = parts[0] + "." + parts[1] + "." + parts[2][:len(parts[2])-1] + string(b64Alphabet[last&^3])
	}

	sign := func(claims map[string]any) string { return hs256Sign(t, testSecret, hsHeader(), claims) }
	redirectHeader := with(hsHeader(),
		"kid", "attacker-key",
		"jku", "https://attacker.example/jwks.json",
		"x5u", "https://attacker.example/cert.pem",
		"jwk", map[string]any{"kty": "oct", "k": b64([]byte("attacker-secret-0123456789abcdefghij"))},
	)
	attackerKey := []byte("attacker-secret-0123456789abcdefghij")

	tests := []struct {
		name  string
		token string
		want  Principal // zero means an error is expected
	}{
		{"minted by Mint", minted, want},
		{"independent HS256 signer", sign(baseClaims()), want},
		{"aud as array with extra entries", sign(with(baseClaims(), "aud", []string{"other", DefaultAudience})), want},
		{"nation absent", sign(with(baseClaims(), "nation", nil)), Principal{}},
		{"expired within leeway", sign(with(baseClaims(), "exp", t0.Add(-10*time.Second).Unix())), want},
		{"nbf within leeway", sign(with(baseClaims(), "nbf", t0.Add(10*time.Second).Unix())), want},
		{"nbf in the past", sign(with(baseClaims(), "nbf", t0.Add(-time.Minute).Unix())), want},
		{"kid/jku/x5u/jwk headers ignored, configured key used", hs256Sign(t, testSecret, redirectHeader, baseClaims()), want},

		{"no token", "", Principal{}},
		{"kid/jku/x5u/jwk headers with attacker's key", hs256Sign(t, attackerKey, redirectHeader, baseClaims()), Principal{}},
		{"signed with another key", hs256Sign(t, attackerKey, hsHeader(), baseClaims()), Principal{}},
		{"expired", sign(with(baseClaims(), "iat", t0.Add(-2*time.Hour).Unix(), "exp", t0.Add(-time.Hour).Unix())), Principal{}},
		{"exp missing", sign(with(baseClaims(), "exp", nil)), Principal{}},
		{"exp not a number", sign(with(baseClaims(), "exp", "tomorrow")), Principal{}},
		{"wrong aud", sign(with(baseClaims(), "aud", "other-api")), Principal{}},
		{"aud missing", sign(with(baseClaims(), "aud", nil)), Principal{}},
		{"wrong iss", sign(with(baseClaims(), "iss", "evil")), Principal{}},
		{"iss missing", sign(with(baseClaims(), "iss", nil)), Principal{}},
		{"alg none, empty signature", unsigned(t, map[string]any{"alg": "none", "typ": "JWT"}, baseClaims(), ""), Principal{}},
		{"alg none, with signature", unsigned(t, map[string]any{"alg": "none"}, baseClaims(), parts[2]), Principal{}},
		{"alg missing", unsigned(t, map[string]any{"typ": "JWT"}, baseClaims(), parts[2]), Principal{}},
		{"HS512 with the same key", func() string {
			s, err := jwt.NewWithClaims(jwt.SigningMethodHS512, jwt.MapClaims(baseClaims())).SignedString(testSecret)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}(), Principal{}},
		{"future nbf", sign(with(baseClaims(), "nbf", t0.Add(5*time.Minute).Unix())), Principal{}},
		{"future iat", sign(with(baseClaims(), "iat", t0.Add(5*time.Minute).Unix())), Principal{}},
		{"unknown role", sign(with(baseClaims(), "role", "admin")), Principal{}},
		{"role wrong case", sign(with(baseClaims(), "role", "Chair")), Principal{}},
		{"role missing", sign(with(baseClaims(), "role", nil)), Principal{}},
		{"role not a string", sign(with(baseClaims(), "role", 1)), Principal{}},
		{"lowercase nation", sign(with(baseClaims(), "nation", "ua")), Principal{}},
		{"three-letter nation", sign(with(baseClaims(), "nation", "UKR")), Principal{}},
		{"non-letter nation", sign(with(baseClaims(), "nation", "U1")), Principal{}},
		{"non-ASCII nation", sign(with(baseClaims(), "nation", "ÜA")), Principal{}},
		{"sub missing", sign(with(baseClaims(), "sub", nil)), Principal{}},
		{"sub empty", sign(with(baseClaims(), "sub", "")), Principal{}},
		{"crit header", hs256Sign(t, testSecret, with(hsHeader(), "crit", []string{"exp"}), baseClaims()), Principal{}},
		{"tampered payload", tamperedPayload, Principal{}},
		{"tampered signature", tamperedSig, Principal{}},
		{"non-canonical signature encoding", nonCanonicalSig, Principal{}},
		{"two segments", parts[0] + "." + parts[1], Principal{}},
		{"four segments", minted + ".x", Principal{}},
		{"padded segments", parts[0] + "=." + parts[1] + "." + parts[2], Principal{}},
		{"garbage", "not a token", Principal{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := v.Verify(tc.token)
			if tc.want == (Principal{}) {
				if err == nil {
					t.Fatalf("Verify accepted the token as %+v, want an error", got)
				}
				if !errors.Is(err, ErrInvalidToken) {
					t.Errorf("error %v does not wrap ErrInvalidToken", err)
				}
				if got != (Principal{}) {
					t.Errorf("got principal %+v alongside an error, want zero", got)
				}
				return
			}
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestVerifyOversizedToken(t *testing.T) {
	v := newTestVerifier(t, Config{Secret: testSecret})
	// Shaped like a JWT so only the length check can be what refuses it.
	huge := strings.Repeat("a", 4<<20) + "." + strings.Repeat("b", 4<<20-3) + ".c"
	if got, want := len(huge), 8<<20; got != want {
		t.Fatalf("test token is %d bytes, want %d", got, want)
	}
	_, err := v.Verify(huge)
	if !errors.Is(err, ErrInvalidToken) {
		t.Fatalf("got error %v, want ErrInvalidToken", err)
	}
	// Zero allocations proves it was refused before any decoding.
	if got := testing.AllocsPerRun(20, func() { _, _ = v.Verify(huge) }); got != 0 {
		t.Errorf("got %v allocations per call, want 0", got)
	}
	// The boundary: one byte over the limit is refused the same way.
	if _, err := v.Verify(strings.Repeat("a", MaxTokenLength+1)); err != errTooLong {
		t.Errorf("got %v for MaxTokenLength+1, want the length error", err)
	}

	h := http.Header{}
	h.Set("Authorization", "Bearer "+huge)
	if _, err := BearerToken(h); !errors.Is(err, ErrInvalidToken) {
		t.Errorf("BearerToken: got %v, want ErrInvalidToken", err)
	}
}

// keys used by the asymmetric tests, generated once per test binary.
type testKeys struct {
	rsa1, rsa2 *rsa.PrivateKey
	ec1, ec2   *ecdsa.PrivateKey
	ed1, ed2   ed25519.PrivateKey
}

var (
	keysOnce sync.Once
	keys     testKeys
	keysErr  error
)

func getKeys(t *testing.T) testKeys {
	t.Helper()
	keysOnce.Do(func() {
		var errs [6]error
		keys.rsa1, errs[0] = rsa.GenerateKey(rand.Reader, 2048)
		keys.rsa2, errs[1] = rsa.GenerateKey(rand.Reader, 2048)
		keys.ec1, errs[2] = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		keys.ec2, errs[3] = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		_, keys.ed1, errs[4] = ed25519.GenerateKey(rand.Reader)
		_, keys.ed2, errs[5] = ed25519.GenerateKey(rand.Reader)
		keysErr = errors.Join(errs[:]...)
	})
	if keysErr != nil {
		t.Fatalf("generate keys: %v", keysErr)
	}
	return keys
}

func writePEM(t *testing.T, dir, name, typ string, der []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func writePublic(t *testing.T, dir string, pub crypto.PublicKey) string {
	t.Helper()
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return writePEM(t, dir, "pub.pem", "PUBLIC KEY", der)
}

func writePrivate(t *testing.T, dir, name string, priv crypto.PrivateKey) string {
	t.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return writePEM(t, dir, name, "PRIVATE KEY", der)
}

func jwtSign(t *testing.T, m jwt.SigningMethod, key any, claims map[string]any) string {
	t.Helper()
	s, err := jwt.NewWithClaims(m, jwt.MapClaims(claims)).SignedString(key)
	if err != nil {
		t.Fatalf("sign %s: %v", m.Alg(), err)
	}
	return s
}

func TestVerifyAsymmetric(t *testing.T) {
	k := getKeys(t)
	type signer struct {
		method jwt.SigningMethod
		key    crypto.Signer
	}
	// Every algorithm the library could verify with these key types, signed
	// with the configured key where the type allows it, so a refusal can only
	// come from the algorithm binding.
	all := []signer{
		{jwt.SigningMethodRS256, k.rsa1},
		{jwt.SigningMethodPS256, k.rsa1},
		{jwt.SigningMethodRS512, k.rsa1},
		{jwt.SigningMethodES256, k.ec1},
		{jwt.SigningMethodEdDSA, k.ed1},
	}
	tests := []struct {
		name      string
		alg       string
		priv      crypto.Signer
		otherPriv crypto.Signer // same type and algorithm, different key
	}{
		{"RSA", "RS256", k.rsa1, k.rsa2},
		{"ECDSA P-256", "ES256", k.ec1, k.ec2},
		{"Ed25519", "EdDSA", k.ed1, k.ed2},
	}
	p := Principal{Issuer: DefaultIssuer, Sub: "user-7", Role: "chair", Nation: "PL"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			pubPath := writePublic(t, dir, tc.priv.Public())
			cfg := Config{PublicKeyPath: pubPath, PrivateKeyPath: writePrivate(t, dir, "priv.pem", tc.priv)}
			v := newTestVerifier(t, cfg)

			minted, err := Mint(cfg, p, time.Hour, t0)
			if err != nil {
				t.Fatalf("Mint: %v", err)
			}
			tok, _, err := jwt.NewParser().ParseUnverified(minted, jwt.MapClaims{})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := tok.Header["alg"], tc.alg; got != want {
				t.Errorf("minted alg: got %v, want %v", got, want)
			}
			got, err := v.Verify(minted)
			if err != nil {
				t.Fatalf("Verify minted token: %v", err)
			}
			if got != p {
				t.Errorf("got %+v, want %+v", got, p)
			}

			// Same algorithm, signed by the library directly: accepted.
			for _, s := range all {
				if s.method.Alg() != tc.alg {
					continue
				}
				if _, err := v.Verify(jwtSign(t, s.method, tc.priv, baseClaims())); err != nil {
					t.Errorf("%s with the configured key: got %v, want accepted", tc.alg, err)
				}
			}

			pemBytes, err := os.ReadFile(pubPath)
			if err != nil {
				t.Fatal(err)
			}
			der, _ := x509.MarshalPKIXPublicKey(tc.priv.Public())
			refused := map[string]string{
				"HS256 keyed with the public key PEM": hs256Sign(t, pemBytes, hsHeader(), baseClaims()),
				"HS256 keyed with the public key DER": hs256Sign(t, der, hsHeader(), baseClaims()),
				"alg none":                            unsigned(t, map[string]any{"alg": "none"}, baseClaims(), ""),
				tc.alg + " with another key":          jwtSign(t, jwt.GetSigningMethod(tc.alg), tc.otherPriv, baseClaims()),
			}
			for _, s := range all {
				if s.method.Alg() != tc.alg {
					refused[s.method.Alg()] = jwtSign(t, s.method, s.key, baseClaims())
				}
			}
			for name, token := range refused {
				if got, err := v.Verify(token); err == nil {
					t.Errorf("%s: accepted as %+v, want refused", name, got)
				} else if !errors.Is(err, ErrInvalidToken) {
					t.Errorf("%s: error %v does not wrap ErrInvalidToken", name, err)
				}
			}
		})
	}
}

func TestPKCS1AndSEC1Keys(t *testing.T) {
	k := getKeys(t)
	dir := t.TempDir()
	cfg := Config{
		PublicKeyPath:  writePEM(t, dir, "rsa.pub", "RSA PUBLIC KEY", x509.MarshalPKCS1PublicKey(&k.rsa1.PublicKey)),
		PrivateKeyPath: writePEM(t, dir, "rsa.key", "RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(k.rsa1)),
	}
	ecDER, err := x509.MarshalECPrivateKey(k.ec1)
	if err != nil {
		t.Fatal(err)
	}
	ecDir := t.TempDir()
	ecCfg := Config{PublicKeyPath: writePublic(t, ecDir, k.ec1.Public()), PrivateKeyPath: writePEM(t, ecDir, "ec.key", "EC PRIVATE KEY", ecDER)}
	for _, c := range []Config{cfg, ecCfg} {
		tok, err := Mint(c, Principal{Sub: "s", Role: "mod", Nation: "UA"}, time.Minute, t0)
		if err != nil {
			t.Fatalf("Mint: %v", err)
		}
		if _, err := newTestVerifier(t, c).Verify(tok); err != nil {
			t.Errorf("Verify: %v", err)
		}
	}
}

func TestNewVerifierConfigErrors(t *testing.T) {
	k := getKeys(t)
	dir := t.TempDir()
	p384, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	small, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	p384DER, _ := x509.MarshalPKIXPublicKey(p384.Public())
	smallDER, _ := x509.MarshalPKIXPublicKey(small.Public())
	okPub := writePublic(t, dir, k.ed1.Public())
	notPEM := filepath.Join(dir, "not.pem")
	if err := os.WriteFile(notPEM, []byte("hello"), 0o600); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name    string
		cfg     Config
		wantErr string // substring; "" means success
	}{
		{"32-byte secret", Config{Secret: []byte(strings.Repeat("k", 32))}, ""},
		{"short secret", Config{Secret: []byte(strings.Repeat("k", 31))}, "need at least 32"},
		{"secret and public key", Config{Secret: testSecret, PublicKeyPath: okPub}, "configure only one"},
		{"missing public key file", Config{PublicKeyPath: filepath.Join(dir, "nope.pem")}, "read key"},
		{"not PEM", Config{PublicKeyPath: notPEM}, "no PEM block"},
		{"private key given as public", Config{PublicKeyPath: writePrivate(t, dir, "p.pem", k.ed1)}, "want a public key"},
		{"P-384 key", Config{PublicKeyPath: writePEM(t, dir, "p384.pem", "PUBLIC KEY", p384DER)}, "only P-256"},
		{"1024-bit RSA", Config{PublicKeyPath: writePEM(t, dir, "small.pem", "PUBLIC KEY", smallDER)}, "need at least 2048"},
		{"no key source", Config{}, "no key configured"},
		{"negative leeway", Config{Secret: testSecret, Leeway: -time.Second}, "negative leeway"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := NewVerifier(tc.cfg)
			if tc.wantErr == "" {
				if err != nil || v == nil {
					t.Fatalf("got (%v, %v), want a verifier", v, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("got a verifier, want error containing %q", tc.wantErr)
			}
			if got := err.Error(); !strings.Contains(got, tc.wantErr) {
				t.Errorf("got error %q, want it to contain %q", got, tc.wantErr)
			}
		})
	}
}

func TestMintErrors(t *testing.T) {
	k := getKeys(t)
	dir := t.TempDir()
	pub := writePublic(t, dir, k.ec1.Public())
	wrongPriv := writePrivate(t, dir, "other.pem", k.ec2)
	good := Principal{Issuer: DefaultIssuer, Sub: "s", Role: "observer", Nation: "DE"}
	hs := Config{Secret: testSecret}

	tests := []struct {
		name    string
		cfg     Config
		p       Principal
		ttl     time.Duration
		wantErr string
	}{
		{"valid", hs, good, time.Minute, ""},
		{"unknown role", hs, Principal{Sub: "s", Role: "root"}, time.Minute, "unknown role"},
		{"empty role", hs, Principal{Sub: "s"}, time.Minute, "unknown role"},
		{"lowercase nation", hs, Principal{Sub: "s", Role: "member", Nation: "de"}, time.Minute, "malformed nation"},
		{"empty sub", hs, Principal{Role: "member"}, time.Minute, "missing sub"},
		{"zero ttl", hs, good, 0, "ttl must be positive"},
		{"negative ttl", hs, good, -time.Minute, "ttl must be positive"},
		{"short secret", Config{Secret: []byte("short")}, good, time.Minute, "need at least 32"},
		{"public key without private key", Config{PublicKeyPath: pub}, good, time.Minute, "private key path is needed"},
		{"mismatched private key", Config{PublicKeyPath: pub, PrivateKeyPath: wrongPriv}, good, time.Minute, "does not match"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tok, err := Mint(tc.cfg, tc.p, tc.ttl, t0)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("Mint: %v", err)
				}
				got, err := newTestVerifier(t, tc.cfg).Verify(tok)
				if err != nil || got != tc.p {
					t.Errorf("got (%+v, %v), want (%+v, nil)", got, err, tc.p)
				}
				return
			}
			if err == nil {
				t.Fatalf("got token %q, want error containing %q", tok, tc.wantErr)
			}
			if got := err.Error(); !strings.Contains(got, tc.wantErr) {
				t.Errorf("got error %q, want it to contain %q", got, tc.wantErr)
			}
		})
	}
}

func TestMintHonoursConfig(t *testing.T) {
	cfg := Config{Secret: testSecret, Issuer: "iss-x", Audience: "aud-y"}
	tok, err := Mint(cfg, Principal{Sub: "s", Role: "mod", Nation: "UA"}, time.Minute, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newTestVerifier(t, cfg).Verify(tok); err != nil {
		t.Errorf("same config: got %v, want accepted", err)
	}
	if _, err := newTestVerifier(t, Config{Secret: testSecret}).Verify(tok); err == nil {
		t.Error("default iss/aud verifier accepted a token for iss-x/aud-y")
	}
	// ttl is honoured: the token is dead once ttl plus leeway has passed.
	v := newTestVerifier(t, cfg)
	v.now = func() time.Time { return t0.Add(time.Minute + DefaultLeeway + time.Second) }
	if _, err := v.Verify(tok); err == nil {
		t.Error("token accepted after ttl and leeway elapsed")
	}
}

func TestDevKey(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "nested")
	cfg := Config{DataDir: dir}
	v1 := newTestVerifier(t, cfg)

	keyPath := filepath.Join(dir, DevKeyFile)
	info, err := os.Stat(keyPath)
	if err != nil {
		t.Fatalf("dev key not created: %v", err)
	}
	if got, want := info.Mode().Perm(), os.FileMode(0o600); got != want {
		t.Errorf("key file mode: got %v, want %v", got, want)
	}
	dinfo, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := dinfo.Mode().Perm(), os.FileMode(0o700); got != want {
		t.Errorf("data dir mode: got %v, want %v", got, want)
	}
	first, err := os.ReadFile(keyPath)
	if err != nil {
		t.Fatal(err)
	}

	p := Principal{Issuer: DefaultIssuer, Sub: "dev", Role: "chair", Nation: "UA"}
	tok, err := Mint(cfg, p, time.Hour, t0)
	if err != nil {
		t.Fatalf("Mint: %v", err)
	}
	if _, err := v1.Verify(tok); err != nil {
		t.Errorf("first verifier: %v", err)
	}
	v2 := newTestVerifier(t, cfg)
	if got, err := v2.Verify(tok); err != nil || got != p {
		t.Errorf("second verifier: got (%+v, %v), want (%+v, nil)", got, err, p)
	}
	second, err := os.ReadFile(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	if string(second) != string(first) {
		t.Error("dev key file was rewritten on second start")
	}
	// A different data dir has a different key, so the token is refused.
	if _, err := newTestVerifier(t, Config{DataDir: t.TempDir()}).Verify(tok); err == nil {
		t.Error("verifier with another data dir accepted the token")
	}
	// An explicit secret takes over from the dev key.
	if _, err := newTestVerifier(t, Config{Secret: testSecret, DataDir: dir}).Verify(tok); err == nil {
		t.Error("verifier with an explicit secret accepted a dev-key token")
	}
}

func TestDevKeyRefusesBadFiles(t *testing.T) {
	tests := []struct {
		name    string
		content string
		mode    os.FileMode
		wantErr string
	}{
		{"readable by others", strings.Repeat("ab", 32), 0o644, "chmod 600"},
		{"not hex", "zz", 0o600, "not hex"},
		{"too short", "abcd", 0o600, "need at least 32"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, DevKeyFile)
			if err := os.WriteFile(path, []byte(tc.content), tc.mode); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, tc.mode); err != nil { // undo umask
				t.Fatal(err)
			}
			_, err := NewVerifier(Config{DataDir: dir})
			if err == nil {
				t.Fatalf("got a verifier, want error containing %q", tc.wantErr)
			}
			if got := err.Error(); !strings.Contains(got, tc.wantErr) {
				t.Errorf("got error %q, want it to contain %q", got, tc.wantErr)
			}
		})
	}
}

func TestDevKeyConcurrentCreation(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "d")
	const n = 16
	got := make([][]byte, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { got[i], errs[i] = loadOrCreateDevKey(dir) })
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("caller %d: %v", i, errs[i])
		}
		if string(got[i]) != string(got[0]) {
			t.Fatalf("caller %d got a different key than caller 0", i)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(entries), 1; got != want {
		t.Errorf("got %d files in data dir (temp files left behind?), want %d", got, want)
	}
}

func TestBearerToken(t *testing.T) {
	tests := []struct {
		name    string
		values  []string
		want    string
		wantErr error
	}{
		{"missing", nil, "", ErrNoToken},
		{"bearer", []string{"Bearer abc.def.ghi"}, "abc.def.ghi", nil},
		{"lowercase scheme", []string{"bearer abc"}, "abc", nil},
		{"uppercase scheme", []string{"BEARER abc"}, "abc", nil},
		{"extra spaces", []string{"Bearer   abc"}, "abc", nil},
		{"padding", []string{"Bearer abc=="}, "abc==", nil},
		{"other scheme", []string{"Basic dXNlcjpwYXNz"}, "", ErrInvalidToken},
		{"scheme only", []string{"Bearer"}, "", ErrInvalidToken},
		{"empty token", []string{"Bearer "}, "", ErrInvalidToken},
		{"empty header", []string{""}, "", ErrInvalidToken},
		{"no space", []string{"Bearerabc"}, "", ErrInvalidToken},
		{"tab separator", []string{"Bearer\tabc"}, "", ErrInvalidToken},
		{"two tokens", []string{"Bearer abc def"}, "", ErrInvalidToken},
		{"only padding", []string{"Bearer =="}, "", ErrInvalidToken},
		{"bad character", []string{"Bearer abc;def"}, "", ErrInvalidToken},
		{"two headers", []string{"Bearer abc", "Bearer def"}, "", ErrInvalidToken},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{}
			for _, v := range tc.values {
				h.Add("Authorization", v)
			}
			got, err := BearerToken(h)
			if !errors.Is(err, tc.wantErr) || (err != nil) != (tc.wantErr != nil) {
				t.Fatalf("got error %v, want %v", err, tc.wantErr)
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPrincipalContext(t *testing.T) {
	if got, ok := PrincipalFrom(context.Background()); ok {
		t.Errorf("empty context: got (%+v, true), want (zero, false)", got)
	}
	want := Principal{Sub: "s", Role: "mod", Nation: "UA"}
	got, ok := PrincipalFrom(WithPrincipal(context.Background(), want))
	if !ok || got != want {
		t.Errorf("got (%+v, %v), want (%+v, true)", got, ok, want)
	}
	// A value stored under another key type must not be mistaken for ours.
	type otherKey struct{}
	ctx := context.WithValue(context.Background(), otherKey{}, want)
	if _, ok := PrincipalFrom(ctx); ok {
		t.Error("PrincipalFrom found a principal stored under another key")
	}
}

func TestRolesMutationDoesNotWidenChecks(t *testing.T) {
	saved := Roles[0]
	t.Cleanup(func() { Roles[0] = saved })
	Roles[0] = "root"
	if _, err := Mint(Config{Secret: testSecret}, Principal{Sub: "s", Role: "root"}, time.Minute, t0); err == nil {
		t.Error("Mint accepted a role added by mutating Roles")
	}
	if got, want := strings.Join(knownRoles, ","), "chair,member,mod,observer"; got != want {
		t.Errorf("knownRoles: got %s, want %s", got, want)
	}
}

func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{
		EnvSecret:    "s3cret",
		EnvPublicKey: "/k.pem",
		EnvIssuer:    "i",
		EnvAudience:  "a",
	}
	got, err := ConfigFromEnv(func(k string) string { return env[k] }, "/data")
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Secret) != "s3cret" || got.PublicKeyPath != "/k.pem" || got.Issuer != "i" || got.Audience != "a" || got.DataDir != "/data" {
		t.Errorf("got %+v, want the env values", got)
	}
	if got, _ := ConfigFromEnv(func(string) string { return "" }, "/d"); got.Secret != nil {
		t.Errorf("unset secret: got %q, want nil so the dev key is used", got.Secret)
	}
}

package auth

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const (
	// MinSecretLength is the shortest HS256 key accepted: RFC 7518 §3.2
	// requires a key at least as long as the hash output (256 bits).
	MinSecretLength = 32

	// DevKeyFile is the name of the generated HS256 key inside Config.DataDir.
	DevKeyFile = "jwt.key"

	// minRSABits follows RFC 7518 §3.3, which requires 2048-bit RSA keys.
	minRSABits = 2048

	// maxKeyFileSize bounds how much of a key file is read, so a wrong path
	// (a log file, a device) cannot make startup read without limit.
	maxKeyFileSize = 1 << 20
)

// keyMaterial is the single key a Verifier trusts and the one algorithm bound
// to it (RFC 8725 §3.1): the algorithm comes from the key type, never from
// the token header.
type keyMaterial struct {
	method jwt.SigningMethod
	verify any // []byte, *rsa.PublicKey, *ecdsa.PublicKey or ed25519.PublicKey
}

// loadVerifyKey resolves which local key cfg designates. An explicit public
// key and an explicit secret together are refused rather than one silently
// winning, because an operator who set both would not know which is in use.
// The dev key is created when missing.
func loadVerifyKey(cfg Config) (keyMaterial, error) {
	switch {
	case cfg.PublicKeyPath != "" && len(cfg.Secret) > 0:
		return keyMaterial{}, errors.New("auth: both a secret and a public key path are set; configure only one")
	case cfg.PublicKeyPath != "":
		pub, err := readPublicKey(cfg.PublicKeyPath)
		if err != nil {
			return keyMaterial{}, err
		}
		return publicKeyMaterial(pub, cfg.PublicKeyPath)
	case len(cfg.Secret) > 0:
		if len(cfg.Secret) < MinSecretLength {
			return keyMaterial{}, fmt.Errorf("auth: secret is %d bytes, need at least %d", len(cfg.Secret), MinSecretLength)
		}
		// Copy so a caller reusing its buffer cannot change the key later.
		return keyMaterial{method: jwt.SigningMethodHS256, verify: append([]byte(nil), cfg.Secret...)}, nil
	case cfg.remote():
		return keyMaterial{}, errors.New("auth: tokens come from the identity provider; no local key is configured")
	default:
		key, err := loadOrCreateDevKey(cfg.DataDir)
		if err != nil {
			return keyMaterial{}, err
		}
		return keyMaterial{method: jwt.SigningMethodHS256, verify: key}, nil
	}
}

// localKeys is the key source of Config.Issuer when no JWKS is configured:
// the public key or the secret, or else the dev key with its rotation.
func localKeys(cfg Config) (keySource, error) {
	if cfg.UsesDevKey() {
		return openDevKeys(cfg.DataDir)
	}
	key, err := loadVerifyKey(cfg)
	if err != nil {
		return nil, err
	}
	return staticKey(key), nil
}

// UsesDevKey reports whether cfg names no key and no provider, so that the
// generated dev key signs and verifies.
func (c Config) UsesDevKey() bool {
	return c.PublicKeyPath == "" && len(c.Secret) == 0 && !c.remote()
}

// staticKey is one configured key. Header fields such as kid, jku, x5u and
// jwk are never consulted: following them would let the token choose the
// key that verifies it (RFC 8725 §3.10).
type staticKey keyMaterial

func (k staticKey) key(t *jwt.Token, _ time.Time) (any, stamp, error) {
	// WithValidMethods already restricts alg by name; comparing the method
	// object too keeps the key/algorithm binding even if that option changed.
	if t.Method != k.method {
		return nil, stamp{}, errors.New("unexpected signing method")
	}
	return k.verify, stamp{}, nil
}

func (k staticKey) algs() []string { return []string{k.method.Alg()} }

// publicKeyMaterial binds a parsed public key to its one algorithm and
// refuses key types or sizes outside the contract.
func publicKeyMaterial(pub crypto.PublicKey, path string) (keyMaterial, error) {
	switch k := pub.(type) {
	case *rsa.PublicKey:
		if k.N.BitLen() < minRSABits {
			return keyMaterial{}, fmt.Errorf("auth: rsa key %s is %d bits, need at least %d", path, k.N.BitLen(), minRSABits)
		}
		return keyMaterial{method: jwt.SigningMethodRS256, verify: k}, nil
	case *ecdsa.PublicKey:
		if k.Curve != elliptic.P256() {
			return keyMaterial{}, fmt.Errorf("auth: ecdsa key %s uses curve %s, only P-256 (ES256) is supported", path, k.Curve.Params().Name)
		}
		return keyMaterial{method: jwt.SigningMethodES256, verify: k}, nil
	case ed25519.PublicKey:
		return keyMaterial{method: jwt.SigningMethodEdDSA, verify: k}, nil
	default:
		return keyMaterial{}, fmt.Errorf("auth: unsupported public key type %T in %s (want RSA, ECDSA P-256 or Ed25519)", pub, path)
	}
}

// readPEM returns the first PEM block of a key file.
func readPEM(path string) (*pem.Block, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("auth: read key: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxKeyFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("auth: read key %s: %w", path, err)
	}
	if len(data) > maxKeyFileSize {
		return nil, fmt.Errorf("auth: key file %s is larger than %d bytes", path, maxKeyFileSize)
	}
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, fmt.Errorf("auth: no PEM block in %s", path)
	}
	return block, nil
}

func readPublicKey(path string) (crypto.PublicKey, error) {
	block, err := readPEM(path)
	if err != nil {
		return nil, err
	}
	var pub crypto.PublicKey
	switch block.Type {
	case "PUBLIC KEY":
		pub, err = x509.ParsePKIXPublicKey(block.Bytes)
	case "RSA PUBLIC KEY":
		pub, err = x509.ParsePKCS1PublicKey(block.Bytes)
	default:
		return nil, fmt.Errorf("auth: %s holds a %q PEM block, want a public key", path, block.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("auth: parse public key %s: %w", path, err)
	}
	return pub, nil
}

func readPrivateKey(path string) (crypto.Signer, error) {
	block, err := readPEM(path)
	if err != nil {
		return nil, err
	}
	var key any
	switch block.Type {
	case "PRIVATE KEY":
		key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	case "RSA PRIVATE KEY":
		key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "EC PRIVATE KEY":
		key, err = x509.ParseECPrivateKey(block.Bytes)
	default:
		return nil, fmt.Errorf("auth: %s holds a %q PEM block, want a private key", path, block.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("auth: parse private key %s: %w", path, err)
	}
	signer, ok := key.(crypto.Signer)
	if !ok {
		return nil, fmt.Errorf("auth: unsupported private key type %T in %s", key, path)
	}
	return signer, nil
}

// loadOrCreateDevKey returns the HS256 key kept in dir, generating it on first
// use so a development server and the token subcommand agree on a key without
// any configuration.
func loadOrCreateDevKey(dir string) ([]byte, error) {
	if dir == "" {
		return nil, errors.New("auth: no key configured: set a secret, a public key path or a data dir")
	}
	path := filepath.Join(dir, DevKeyFile)
	key, err := readDevKey(path)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return key, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("auth: create data dir: %w", err)
	}
	key = make([]byte, MinSecretLength)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("auth: generate dev key: %w", err)
	}
	// Write to a private temp file and hard-link it into place: the link
	// either publishes a complete file or fails because another process (the
	// server and the token subcommand may start together) won the race, in
	// which case its key is used. A reader never sees a half-written key.
	tmp, err := os.CreateTemp(dir, "."+DevKeyFile+".*") // CreateTemp uses mode 0600
	if err != nil {
		return nil, fmt.Errorf("auth: create dev key: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.WriteString(hex.EncodeToString(key) + "\n")
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		return nil, fmt.Errorf("auth: write dev key: %w", err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return readDevKey(path)
		}
		return nil, fmt.Errorf("auth: install dev key: %w", err)
	}
	return key, nil
}

// readDevKey loads an existing dev key. A corrupt file is an error rather than
// being regenerated, since replacing it would silently invalidate every token
// issued so far.
func readDevKey(path string) ([]byte, error) {
	data, err := readKeyFile(path)
	if err != nil {
		return nil, err
	}
	return decodeDevKey(path, strings.TrimSpace(data))
}

// readKeyFile reads a small private key file; a missing file is an error
// wrapping fs.ErrNotExist.
func readKeyFile(path string) (string, error) {
	info, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		return "", fmt.Errorf("auth: dev key: %w", err)
	}
	if !info.Mode().IsRegular() {
		return "", fmt.Errorf("auth: dev key %s is not a regular file", path)
	}
	// Anyone who can read the key can mint tokens for any role. Windows has no
	// meaningful permission bits here, so the check is skipped there.
	if runtime.GOOS != "windows" && info.Mode().Perm()&0o077 != 0 {
		return "", fmt.Errorf("auth: dev key %s has mode %#o; it must not be accessible to group or others (chmod 600)", path, info.Mode().Perm())
	}
	if info.Size() > 1024 {
		return "", fmt.Errorf("auth: dev key %s is too large to be a key", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("auth: dev key: %w", err)
	}
	return string(data), nil
}

func decodeDevKey(path, text string) ([]byte, error) {
	key, err := hex.DecodeString(text)
	if err != nil {
		return nil, fmt.Errorf("auth: dev key %s is not hex: %w", path, err)
	}
	if len(key) < MinSecretLength {
		return nil, fmt.Errorf("auth: dev key %s is %d bytes, need at least %d", path, len(key), MinSecretLength)
	}
	return key, nil
}

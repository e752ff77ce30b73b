package auth

import (
	"bufio"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fuzzKey is fixed so the committed seed corpus stays signed with it.
var fuzzKey = []byte("fuzz-key-0123456789-abcdefghijklmnop")

// FuzzVerify checks that Verify never panics, that every failure wraps
// ErrInvalidToken, and that anything accepted carries a genuine HMAC of its
// own content under the configured key in canonical encoding, i.e. was minted
// with the key rather than forged or malleated.
func FuzzVerify(f *testing.F) {
	valid, err := Mint(Config{Secret: fuzzKey}, Principal{Sub: "u", Role: "member", Nation: "UA"}, time.Hour, t0)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	f.Add(hs256Sign(f, fuzzKey, hsHeader(), baseClaims()))
	f.Add(hs256Sign(f, fuzzKey, with(hsHeader(), "kid", "x", "jku", "https://e.example/k"), baseClaims()))
	f.Add(hs256Sign(f, fuzzKey, hsHeader(), with(baseClaims(), "exp", nil)))
	f.Add(hs256Sign(f, []byte("another-key-0123456789-abcdefghijklm"), hsHeader(), baseClaims()))
	f.Add(unsigned(f, map[string]any{"alg": "none"}, baseClaims(), ""))
	f.Add("")
	f.Add("..")
	f.Add("a.b.c")

	v := newTestVerifier(f, Config{Secret: fuzzKey})
	f.Fuzz(func(t *testing.T, raw string) {
		p, err := v.Verify(raw)
		if err != nil {
			if !errors.Is(err, ErrInvalidToken) {
				t.Fatalf("error %v does not wrap ErrInvalidToken", err)
			}
			if p != (Principal{}) {
				t.Fatalf("non-zero principal %+v with error", p)
			}
			return
		}
		if len(raw) > MaxTokenLength {
			t.Fatalf("accepted a %d-byte token", len(raw))
		}
		parts := strings.Split(raw, ".")
		if len(parts) != 3 {
			t.Fatalf("accepted a token with %d segments", len(parts))
		}
		mac := hmac.New(sha256.New, fuzzKey)
		mac.Write([]byte(parts[0] + "." + parts[1]))
		if got, want := parts[2], base64.RawURLEncoding.EncodeToString(mac.Sum(nil)); got != want {
			t.Fatalf("accepted signature %q, want the key's HMAC %q", got, want)
		}
		payload, err := base64.RawURLEncoding.Strict().DecodeString(parts[1])
		if err != nil {
			t.Fatalf("accepted non-canonical payload: %v", err)
		}
		// A map keeps the names as written: claim names are case-sensitive.
		var c map[string]any
		if err := json.Unmarshal(payload, &c); err != nil {
			t.Fatalf("accepted undecodable payload: %v", err)
		}
		str := func(k string) string { s, _ := c[k].(string); return s }
		if got, want := p, (Principal{Issuer: str("iss"), Sub: str("sub"), Role: str("role"), Nation: str("nation")}); got != want {
			t.Fatalf("got principal %+v, payload says %+v", got, want)
		}
	})
}

// TestFuzzSeedCorpusLabels keeps the committed seeds honest: files named
// valid-* must be accepted and invalid-* refused, so the corpus keeps
// exercising both paths if fuzzKey, t0 or the rules change.
func TestFuzzSeedCorpusLabels(t *testing.T) {
	v := newTestVerifier(t, Config{Secret: fuzzKey})
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzVerify", "*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no committed seed corpus")
	}
	for _, path := range files {
		name := filepath.Base(path)
		wantValid := strings.HasPrefix(name, "valid-")
		if !wantValid && !strings.HasPrefix(name, "invalid-") {
			continue // e.g. a crasher saved by the fuzzer; FuzzVerify replays it
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		var lines []string
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		f.Close()
		if len(lines) != 2 || lines[0] != "go test fuzz v1" || !strings.HasPrefix(lines[1], "string(") || !strings.HasSuffix(lines[1], ")") {
			t.Fatalf("%s: unexpected corpus format", name)
		}
		raw, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "string("), ")"))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		_, err = v.Verify(raw)
		if got, want := err == nil, wantValid; got != want {
			t.Errorf("%s: accepted = %v, want %v (err: %v)", name, got, want, err)
		}
	}
}

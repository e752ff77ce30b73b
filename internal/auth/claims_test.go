package auth

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
)

// rawClaims signs a payload given as JSON text, so a test can write what
// encoding/json would never produce from a map: repeated or differently
// cased names, numbers out of range.
func rawClaims(t testing.TB, key []byte, payload string) string {
	t.Helper()
	input := b64(mustJSON(t, hsHeader())) + "." + base64.RawURLEncoding.EncodeToString([]byte(payload))
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(input))
	return input + "." + b64(mac.Sum(nil))
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// TestClaimsReadStrictly: claim names are case-sensitive (RFC 7519 §4),
// a name appears once, and exp, nbf and iat are JSON numbers in range; any
// other token is refused, never read leniently (issue 10, point 3).
func TestClaimsReadStrictly(t *testing.T) {
	v := newTestVerifier(t, Config{Secret: testSecret})
	const rest = `"iss":"itc","aud":"itc-api"`
	iat, exp := t0.Unix(), t0.Add(time.Hour).Unix()
	times := func(s string) string { return strings.NewReplacer("IAT", itoa(iat), "EXP", itoa(exp)).Replace(s) }
	tests := []struct {
		name    string
		payload string
		want    Principal // zero: refused
	}{
		{"plain", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"iat":IAT,"exp":EXP}`,
			Principal{Issuer: DefaultIssuer, Sub: "dk-1", Role: "member", Nation: "DK"}},
		{"capitalised role and nation beside the real ones are other claims",
			`{"sub":"dk-1","role":"member","nation":"DK","Role":"chair","Nation":"EE",` + rest + `,"iat":IAT,"exp":EXP}`,
			Principal{Issuer: DefaultIssuer, Sub: "dk-1", Role: "member", Nation: "DK"}},
		{"capitalised Sub beside sub is another claim",
			`{"sub":"dk-1","Sub":"ee-chair","role":"member","nation":"DK",` + rest + `,"iat":IAT,"exp":EXP}`,
			Principal{Issuer: DefaultIssuer, Sub: "dk-1", Role: "member", Nation: "DK"}},
		{"only capitalised names", `{"Sub":"dk-1","Role":"member","Nation":"DK",` + rest + `,"iat":IAT,"exp":EXP}`, Principal{}},
		{"EXP for exp", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"iat":IAT,"EXP":EXP}`, Principal{}},
		{"a repeated name", `{"sub":"dk-1","role":"member","role":"chair","nation":"DK",` + rest + `,"iat":IAT,"exp":EXP}`, Principal{}},
		{"exp as a string", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"iat":IAT,"exp":"EXP"}`, Principal{}},
		{"iat as a string", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"iat":"IAT","exp":EXP}`, Principal{}},
		{"nbf as a string", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"nbf":"IAT","iat":IAT,"exp":EXP}`, Principal{}},
		{"exp as a boolean", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"iat":IAT,"exp":true}`, Principal{}},
		{"nbf of 1e19 does not wrap into the past", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"nbf":1e19,"iat":IAT,"exp":EXP}`, Principal{}},
		{"iat of 1e19 does not wrap into the past", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"iat":1e19,"exp":EXP}`, Principal{}},
		{"exp of 1e300", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"iat":IAT,"exp":1e300}`, Principal{}},
		{"negative nbf", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"nbf":-1e19,"iat":IAT,"exp":EXP}`, Principal{}},
		{"iat in the future beyond the leeway", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"iat":` + itoa(iat+120) + `,"exp":EXP}`, Principal{}},
		{"iat in the future within the leeway", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"iat":` + itoa(iat+10) + `,"exp":EXP}`,
			Principal{Issuer: DefaultIssuer, Sub: "dk-1", Role: "member", Nation: "DK"}},
		{"sub as a number", `{"sub":7,"role":"member","nation":"DK",` + rest + `,"iat":IAT,"exp":EXP}`, Principal{}},
		{"not an object", `["sub"]`, Principal{}},
		{"trailing data", `{"sub":"dk-1","role":"member","nation":"DK",` + rest + `,"iat":IAT,"exp":EXP}{}`, Principal{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := v.Verify(rawClaims(t, testSecret, times(tc.payload)))
			if tc.want == (Principal{}) {
				if err == nil {
					t.Fatalf("accepted as %+v, want refused", got)
				}
				if !errors.Is(err, ErrInvalidToken) {
					t.Fatalf("error %v does not wrap ErrInvalidToken", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("refused: %v", err)
			}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

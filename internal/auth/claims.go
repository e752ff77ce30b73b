package auth

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// maxNumericDate is 9999-12-31T23:59:59Z: a time claim beyond it is refused
// rather than converted, so no value can overflow into the past.
const maxNumericDate = 253402300799

// claimSet is a token's payload read strictly: names match exactly (RFC 7519
// §4: claim names are case-sensitive, while encoding/json matches struct
// fields case-insensitively), each name appears once, and exp, nbf and iat
// are JSON numbers between 0 and maxNumericDate. Other claims are kept raw
// and decoded only when a claim path asks for them.
type claimSet struct {
	raw           map[string]json.RawMessage
	sub, iss      string
	aud           jwt.ClaimStrings
	exp, nbf, iat *jwt.NumericDate
}

// UnmarshalJSON is called by the JWT parser with the decoded payload.
func (c *claimSet) UnmarshalJSON(b []byte) error {
	raw, err := uniqueObject(b)
	if err != nil {
		return err
	}
	c.raw = raw
	for name, dst := range map[string]*string{"sub": &c.sub, "iss": &c.iss} {
		if v, ok := raw[name]; ok {
			if err := json.Unmarshal(v, dst); err != nil || v[0] != '"' {
				return fmt.Errorf("claim %s is not a string", name)
			}
		}
	}
	if v, ok := raw["aud"]; ok {
		if err := json.Unmarshal(v, &c.aud); err != nil {
			return fmt.Errorf("claim aud: %w", err)
		}
	}
	for name, dst := range map[string]**jwt.NumericDate{"exp": &c.exp, "nbf": &c.nbf, "iat": &c.iat} {
		if v, ok := raw[name]; ok {
			if *dst, err = numericDate(v); err != nil {
				return fmt.Errorf("claim %s: %w", name, err)
			}
		}
	}
	return nil
}

// uniqueObject splits a JSON object into its members, refusing anything
// else, a repeated name (RFC 7519 §4 allows refusing; taking the last one
// would let a second "role" hide behind the first), and trailing data.
func uniqueObject(b []byte) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, errors.New("claims are not a JSON object")
	}
	out := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		name, _ := tok.(string)
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("claim %q appears twice", name)
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("claim %q: %w", name, err)
		}
		out[name] = v
	}
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	if _, err := dec.Token(); err == nil {
		return nil, errors.New("claims: data after the object")
	}
	return out, nil
}

// numericDate reads a NumericDate (RFC 7519 §2): a JSON number, not a
// string holding one, of seconds since the epoch within range.
func numericDate(v json.RawMessage) (*jwt.NumericDate, error) {
	if len(v) == 0 || (v[0] != '-' && (v[0] < '0' || v[0] > '9')) {
		return nil, errors.New("not a JSON number")
	}
	f, err := strconv.ParseFloat(string(v), 64)
	if err != nil || math.IsNaN(f) || f < 0 || f > maxNumericDate {
		return nil, fmt.Errorf("%s is not a time between 1970 and 9999", v)
	}
	sec, frac := math.Modf(f)
	return jwt.NewNumericDate(time.Unix(int64(sec), int64(frac*1e9))), nil
}

// jwt.Claims, read by the validator.
func (c *claimSet) GetExpirationTime() (*jwt.NumericDate, error) { return c.exp, nil }
func (c *claimSet) GetIssuedAt() (*jwt.NumericDate, error)       { return c.iat, nil }
func (c *claimSet) GetNotBefore() (*jwt.NumericDate, error)      { return c.nbf, nil }
func (c *claimSet) GetIssuer() (string, error)                   { return c.iss, nil }
func (c *claimSet) GetSubject() (string, error)                  { return c.sub, nil }
func (c *claimSet) GetAudience() (jwt.ClaimStrings, error)       { return c.aud, nil }

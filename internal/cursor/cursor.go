// Package cursor encodes a list's position for its next page, in the one
// format every store issues, so that a cursor keeps its meaning when a
// coalition moves from one store to another.
package cursor

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"

	"github.com/itcoalition/api/internal/coalition"
)

// Kind is the type of one value of a list's order.
type Kind int

// Kinds of order values.
const (
	String Kind = iota
	Int
	Bool
	Time
	// ID is 24 hex digits (the ObjectID format).
	ID
)

// ErrBad is returned for a cursor no store issued for this list.
var ErrBad = coalition.Invalid("after", "not a cursor from this list")

// maxLen bounds what a client can make the decoder read.
const maxLen = 512

// Encode makes the cursor after an item with the order values vals: strings
// (ids as hex), int64, bool and time.Time. A cursor is base64url(JSON array),
// times in RFC 3339; it is opaque to clients.
func Encode(vals []any) string {
	raw := make([]any, len(vals))
	for i, v := range vals {
		if t, ok := v.(time.Time); ok {
			raw[i] = t.UTC().Format(time.RFC3339Nano)
		} else {
			raw[i] = v
		}
	}
	b, _ := json.Marshal(raw)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Decode reads a cursor of a list whose order has kinds: one value of each
// kind (string, int64, bool, time.Time, and for ID a lower-case hex string).
// A value of another JSON type fails with ErrBad instead of becoming an
// operator or a field name.
func Decode(s string, kinds []Kind) ([]any, error) {
	if len(s) > maxLen {
		return nil, ErrBad
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, ErrBad
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil || len(raw) != len(kinds) {
		return nil, ErrBad
	}
	out := make([]any, len(kinds))
	for i, k := range kinds {
		switch k {
		case String:
			out[i], err = as[string](raw[i])
		case Int:
			out[i], err = as[int64](raw[i])
		case Bool:
			out[i], err = as[bool](raw[i])
		case Time:
			var text string
			if text, err = as[string](raw[i]); err == nil {
				out[i], err = time.Parse(time.RFC3339Nano, text)
			}
		case ID:
			var text string
			if text, err = as[string](raw[i]); err == nil {
				var ok bool
				if out[i], ok = NormID(text); !ok {
					err = ErrBad
				}
			}
		default:
			err = ErrBad
		}
		if err != nil {
			return nil, ErrBad
		}
	}
	return out, nil
}

func as[T any](raw json.RawMessage) (T, error) {
	var v T
	err := json.Unmarshal(raw, &v)
	return v, err
}

// NormID returns id in lower case if it is 24 hex digits.
func NormID(id string) (string, bool) {
	if len(id) != 24 {
		return "", false
	}
	if _, err := hex.DecodeString(id); err != nil {
		return "", false
	}
	return strings.ToLower(id), true
}

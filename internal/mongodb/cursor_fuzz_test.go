package mongodb

import (
	"errors"
	"testing"
	"time"
	"unicode/utf8"

	"go.mongodb.org/mongo-driver/v2/bson"
)

// cursorKeySets are the sort orders of every list the store pages.
var cursorKeySets = map[string][]sortKey{
	"nations": nationKeys, "requests": requestKeys, "audit": auditKeys,
	"contributions": contributionKeys, "orders": orderKeys,
}

// FuzzDecodeCursor checks that a cursor from a client, whatever it holds,
// never panics the decoder, fails only with ErrBadCursor, and on success
// yields exactly one typed value per sort key (never a document, so never
// an operator) that encodes back to a cursor decoding to the same values.
func FuzzDecodeCursor(f *testing.F) {
	oid := bson.NewObjectIDFromTimestamp(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	at := time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	f.Add(encodeCursor([]any{"EE"}))
	f.Add(encodeCursor([]any{int64(1), false, int64(3), oid}))
	f.Add(encodeCursor([]any{at, oid}))
	f.Add(`eyIkbmUiOm51bGx9`) // {"$ne":null}
	f.Add(`WyJFRSJd`)         // ["EE"]
	f.Add(`W3siJGd0IjoiIn1d`) // [{"$gt":""}]
	f.Add(`WzEsdHJ1ZSwyLCIwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAiXQ`)
	f.Add("")
	f.Add("!!!")
	f.Add("W10")
	f.Fuzz(func(t *testing.T, s string) {
		for name, keys := range cursorKeySets {
			vals, err := decodeCursor(s, keys)
			if err != nil {
				if !errors.Is(err, ErrBadCursor) {
					t.Fatalf("%s: decodeCursor(%q) error %v, want ErrBadCursor", name, s, err)
				}
				continue
			}
			checkTyped(t, name, keys, vals)
			again, err := decodeCursor(encodeCursor(vals), keys)
			if err != nil {
				t.Fatalf("%s: re-encoded cursor of %q refused: %v", name, s, err)
			}
			if !sameValues(vals, again) {
				t.Fatalf("%s: %q decoded to %v, re-encoded to %v", name, s, vals, again)
			}
		}
	})
}

// FuzzCursorRoundTrip checks that every cursor the store issues decodes to
// the values it was made from, or (only past the decoder's size cap) is
// refused with ErrBadCursor.
func FuzzCursorRoundTrip(f *testing.F) {
	f.Add("EE", int64(1), true, int64(1767323045), uint32(6), []byte("0123456789ab"))
	f.Add("", int64(-1), false, int64(0), uint32(0), []byte{})
	f.Add("\"$ne\":null}", int64(1<<62), false, int64(-62135596800), uint32(999999999), []byte{0xff, 0, 1})
	f.Fuzz(func(t *testing.T, str string, n int64, b bool, sec int64, nsec uint32, id []byte) {
		if !utf8.ValidString(str) {
			return // JSON would replace the bad bytes; no sort key holds such a string
		}
		// RFC 3339 spans years 0000 to 9999.
		const first, span = -62167219200, 315537897600
		sec = first + (sec%span+span)%span
		var oid bson.ObjectID
		copy(oid[:], id)
		keys := []sortKey{{kind: keyString}, {kind: keyInt}, {kind: keyBool}, {kind: keyTime}, {kind: keyObjectID}}
		vals := []any{str, n, b, time.Unix(sec, int64(nsec%1e9)).UTC(), oid}
		c := encodeCursor(vals)
		got, err := decodeCursor(c, keys)
		if len(c) > 512 {
			if !errors.Is(err, ErrBadCursor) {
				t.Fatalf("a %d-byte cursor: error %v, want ErrBadCursor", len(c), err)
			}
			return
		}
		if err != nil {
			t.Fatalf("decodeCursor(encodeCursor(%v)): %v", vals, err)
		}
		if !sameValues(vals, got) {
			t.Fatalf("round trip of %v gave %v", vals, got)
		}
	})
}

func checkTyped(t *testing.T, name string, keys []sortKey, vals []any) {
	t.Helper()
	if len(vals) != len(keys) {
		t.Fatalf("%s: %d values for %d keys", name, len(vals), len(keys))
	}
	for i, k := range keys {
		var ok bool
		switch k.kind {
		case keyString:
			_, ok = vals[i].(string)
		case keyInt:
			_, ok = vals[i].(int64)
		case keyBool:
			_, ok = vals[i].(bool)
		case keyTime:
			_, ok = vals[i].(time.Time)
		case keyObjectID:
			_, ok = vals[i].(bson.ObjectID)
		}
		if !ok {
			t.Fatalf("%s: value %d is %T, not of its key's kind", name, i, vals[i])
		}
	}
}

func sameValues(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if ta, ok := a[i].(time.Time); ok {
			tb, ok := b[i].(time.Time)
			if !ok || !ta.Equal(tb) {
				return false
			}
			continue
		}
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

package mongodb

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/itcoalition/api/internal/coalition"
)

// sortKey is one field of a list's total order.
type sortKey struct {
	field string
	desc  bool
	kind  keyKind
}

type keyKind int

const (
	keyString keyKind = iota
	keyInt
	keyTime
	keyBool
	keyObjectID
)

// ErrBadCursor is returned for a cursor this store did not issue.
var ErrBadCursor = coalition.Invalid("after", "not a cursor from this list")

// A cursor is base64url(JSON array of the last item's sort values). It is
// opaque to clients; it is decoded into typed values only, never into
// operators or field names.
func encodeCursor(vals []any) string {
	raw := make([]any, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case time.Time:
			raw[i] = x.UTC().Format(time.RFC3339Nano)
		case bson.ObjectID:
			raw[i] = x.Hex()
		default:
			raw[i] = x
		}
	}
	b, _ := json.Marshal(raw)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string, keys []sortKey) ([]any, error) {
	if len(s) > 512 {
		return nil, ErrBadCursor
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, ErrBadCursor
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil || len(raw) != len(keys) {
		return nil, ErrBadCursor
	}
	out := make([]any, len(keys))
	for i, k := range keys {
		var v any
		switch k.kind {
		case keyString:
			v, err = jsonAs[string](raw[i])
		case keyInt:
			v, err = jsonAs[int64](raw[i])
		case keyBool:
			v, err = jsonAs[bool](raw[i])
		case keyTime:
			var text string
			if text, err = jsonAs[string](raw[i]); err == nil {
				v, err = time.Parse(time.RFC3339Nano, text)
			}
		case keyObjectID:
			var text string
			if text, err = jsonAs[string](raw[i]); err == nil {
				v, err = bson.ObjectIDFromHex(text)
			}
		}
		if err != nil {
			return nil, ErrBadCursor
		}
		out[i] = v
	}
	return out, nil
}

// jsonAs decodes one cursor value as exactly T: a value of another JSON
// type fails instead of becoming an operator or a field name.
func jsonAs[T any](raw json.RawMessage) (T, error) {
	var v T
	err := json.Unmarshal(raw, &v)
	return v, err
}

// afterFilter is the keyset condition "strictly after vals in keys' order":
// (k1 > v1) or (k1 = v1 and k2 > v2) or ...
func afterFilter(keys []sortKey, vals []any) bson.D {
	var or bson.A
	for i := range keys {
		cond := bson.D{}
		for j := 0; j < i; j++ {
			cond = append(cond, bson.E{Key: keys[j].field, Value: vals[j]})
		}
		op := "$gt"
		if keys[i].desc {
			op = "$lt"
		}
		cond = append(cond, bson.E{Key: keys[i].field, Value: bson.D{{Key: op, Value: vals[i]}}})
		or = append(or, cond)
	}
	return bson.D{{Key: "$or", Value: or}}
}

func sortSpec(keys []sortKey) bson.D {
	d := bson.D{}
	for _, k := range keys {
		dir := 1
		if k.desc {
			dir = -1
		}
		d = append(d, bson.E{Key: k.field, Value: dir})
	}
	return d
}

// listPage reads one page of col in keys' order, and the total count of
// filter. The services validate page.First; the store clamps it again so
// that no caller can ask for an unbounded read.
func listPage[D any, T any](ctx context.Context, col *mongo.Collection, filter bson.D, keys []sortKey, page coalition.Page,
	toDomain func(*D) T, keyVals func(*D) []any) (coalition.List[T], error) {
	var out coalition.List[T]
	limit := min(max(page.First, 0), coalition.MaxFirst)
	find := filter
	if page.After != "" {
		vals, err := decodeCursor(page.After, keys)
		if err != nil {
			return out, err
		}
		find = bson.D{{Key: "$and", Value: bson.A{filter, afterFilter(keys, vals)}}}
	}
	if !page.SkipCount {
		total, err := col.CountDocuments(ctx, filter)
		if err != nil {
			return out, fmt.Errorf("count %s: %w", col.Name(), err)
		}
		out.Total = int(total)
	}
	if limit == 0 {
		return out, nil
	}
	cur, err := col.Find(ctx, find, options.Find().SetSort(sortSpec(keys)).SetLimit(int64(limit+1)).SetBatchSize(batchFor(limit+1)))
	if err != nil {
		return out, fmt.Errorf("find %s: %w", col.Name(), err)
	}
	var docs []D
	if err := cur.All(ctx, &docs); err != nil {
		return out, fmt.Errorf("read %s: %w", col.Name(), err)
	}
	if len(docs) > limit {
		out.HasNext = true
		docs = docs[:limit]
	}
	out.Items = make([]T, len(docs))
	out.Cursors = make([]string, len(docs))
	for i := range docs {
		out.Items[i] = toDomain(&docs[i])
		out.Cursors[i] = encodeCursor(keyVals(&docs[i]))
	}
	return out, nil
}

package mongodb

import (
	"context"
	"fmt"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
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
var ErrBadCursor = cursor.ErrBad

// kinds maps each sort key to the shared cursor format's kinds.
var kinds = map[keyKind]cursor.Kind{
	keyString: cursor.String, keyInt: cursor.Int, keyTime: cursor.Time, keyBool: cursor.Bool, keyObjectID: cursor.ID,
}

// encodeCursor writes the last item's sort values in the format every store
// shares (package cursor), ObjectIDs as hex.
func encodeCursor(vals []any) string {
	raw := make([]any, len(vals))
	for i, v := range vals {
		if id, ok := v.(bson.ObjectID); ok {
			raw[i] = id.Hex()
		} else {
			raw[i] = v
		}
	}
	return cursor.Encode(raw)
}

// decodeCursor reads typed values only, never operators or field names.
func decodeCursor(s string, keys []sortKey) ([]any, error) {
	ks := make([]cursor.Kind, len(keys))
	for i, k := range keys {
		ks[i] = kinds[k.kind]
	}
	vals, err := cursor.Decode(s, ks)
	if err != nil {
		return nil, err
	}
	for i, k := range keys {
		if k.kind == keyObjectID {
			id, err := bson.ObjectIDFromHex(vals[i].(string))
			if err != nil {
				return nil, ErrBadCursor
			}
			vals[i] = id
		}
	}
	return vals, nil
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

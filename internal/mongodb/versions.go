package mongodb

import (
	"context"
	"fmt"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"github.com/itcoalition/api/internal/coalition"
)

// replaceIfVersion writes doc over document id only if its status is still
// from and its version still read (the one its editor saw); doc carries
// the version one up. A single-document conditional write, so of two edits of the same version
// only one lands. Documents written before versions count as version 1.
// Stores write a version of at least 1 on insert.
func replaceIfVersion(ctx context.Context, col *mongo.Collection, id bson.ObjectID, from string, read int, doc any, what string) error {
	match := any(read)
	if read <= 1 {
		match = bson.D{{Key: "$in", Value: bson.A{0, 1, nil}}}
	}
	res, err := col.ReplaceOne(ctx, bson.D{{Key: "_id", Value: id}, {Key: "status", Value: from}, {Key: "version", Value: match}}, doc)
	if err != nil {
		return fmt.Errorf("update %s %s: %w", what, id.Hex(), err)
	}
	if res.MatchedCount == 0 {
		return coalition.Conflict("%s %s changed meanwhile: it is no longer %s at version %d", what, id.Hex(), from, read)
	}
	return nil
}

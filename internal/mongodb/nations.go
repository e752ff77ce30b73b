package mongodb

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/itcoalition/api/internal/coalition"
)

type nationDoc struct {
	Code            string    `bson:"_id"`
	Name            string    `bson:"name"`
	Role            string    `bson:"role"`
	Status          string    `bson:"status"`
	JoinedAt        time.Time `bson:"joinedAt"`
	SuspendedReason *string   `bson:"suspendedReason,omitempty"`
}

func (d *nationDoc) domain() coalition.Nation {
	return coalition.Nation{
		Code:            d.Code,
		Name:            d.Name,
		Role:            coalition.NationRole(d.Role),
		Status:          coalition.NationStatus(d.Status),
		JoinedAt:        d.JoinedAt.UTC(),
		SuspendedReason: d.SuspendedReason,
	}
}

func nationToDoc(n coalition.Nation) nationDoc {
	return nationDoc{
		Code:            n.Code,
		Name:            n.Name,
		Role:            string(n.Role),
		Status:          string(n.Status),
		JoinedAt:        n.JoinedAt.UTC(),
		SuspendedReason: n.SuspendedReason,
	}
}

var nationKeys = []sortKey{{field: "_id", kind: keyString}}

// NationStore reads and writes the nation registry.
type NationStore struct{ s *Store }

// Nations returns the store's nation registry.
func (s *Store) Nations() *NationStore { return &NationStore{s} }

func (n *NationStore) col() *mongo.Collection { return n.s.db.Collection(colNations) }

// Get returns the nation with code; coalition.ErrNotFound when there is none.
func (n *NationStore) Get(ctx context.Context, code string) (coalition.Nation, error) {
	var d nationDoc
	err := n.col().FindOne(ctx, bson.D{{Key: "_id", Value: code}}).Decode(&d)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return coalition.Nation{}, coalition.NotFound("nation", code)
	}
	if err != nil {
		return coalition.Nation{}, fmt.Errorf("get nation %s: %w", code, err)
	}
	return d.domain(), nil
}

// GetMany returns the nations with codes, in the order of codes; a missing
// one is the zero Nation.
func (n *NationStore) GetMany(ctx context.Context, codes []string) ([]coalition.Nation, error) {
	cur, err := n.col().Find(ctx, bson.D{{Key: "_id", Value: bson.D{{Key: "$in", Value: codes}}}},
		options.Find().SetBatchSize(batchFor(len(codes))))
	if err != nil {
		return nil, fmt.Errorf("get nations: %w", err)
	}
	var docs []nationDoc
	if err := cur.All(ctx, &docs); err != nil {
		return nil, fmt.Errorf("read nations: %w", err)
	}
	byCode := make(map[string]coalition.Nation, len(docs))
	for i := range docs {
		byCode[docs[i].Code] = docs[i].domain()
	}
	out := make([]coalition.Nation, len(codes))
	for i, c := range codes {
		out[i] = byCode[c]
	}
	return out, nil
}

// List returns a page of nations in code order.
func (n *NationStore) List(ctx context.Context, f coalition.NationFilter, page coalition.Page) (coalition.List[coalition.Nation], error) {
	filter := bson.D{}
	if f.Role != nil {
		filter = append(filter, bson.E{Key: "role", Value: string(*f.Role)})
	}
	if f.Status != nil {
		filter = append(filter, bson.E{Key: "status", Value: string(*f.Status)})
	}
	return listPage(ctx, n.col(), filter, nationKeys, page,
		(*nationDoc).domain, func(d *nationDoc) []any { return []any{d.Code} })
}

// Insert adds a nation; coalition.ErrConflict when its code exists.
func (n *NationStore) Insert(ctx context.Context, nat coalition.Nation) error {
	_, err := n.col().InsertOne(ctx, nationToDoc(nat))
	if mongo.IsDuplicateKeyError(err) {
		return coalition.Conflict("nation %s is already in the registry", nat.Code)
	}
	if err != nil {
		return fmt.Errorf("insert nation %s: %w", nat.Code, err)
	}
	return nil
}

// Replace writes nat over the stored nation if it still has role and
// status from; coalition.ErrConflict when it changed meanwhile.
func (n *NationStore) Replace(ctx context.Context, from, nat coalition.Nation) error {
	filter := bson.D{{Key: "_id", Value: from.Code}, {Key: "role", Value: string(from.Role)}, {Key: "status", Value: string(from.Status)}}
	res, err := n.col().ReplaceOne(ctx, filter, nationToDoc(nat))
	if err != nil {
		return fmt.Errorf("replace nation %s: %w", nat.Code, err)
	}
	if res.MatchedCount == 0 {
		return coalition.Conflict("nation %s changed meanwhile; try again", nat.Code)
	}
	return nil
}

// CountActive counts active nations with role.
func (n *NationStore) CountActive(ctx context.Context, role coalition.NationRole) (int, error) {
	c, err := n.col().CountDocuments(ctx, bson.D{{Key: "role", Value: string(role)}, {Key: "status", Value: string(coalition.NationActive)}})
	if err != nil {
		return 0, fmt.Errorf("count nations: %w", err)
	}
	return int(c), nil
}

package mongodb

import (
	"context"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// LeaseStore hands out named leases: short-lived exclusive locks held in
// one document each, so that API processes sharing one MongoDB take turns
// at the changes whose rules span several documents. Each step is a
// single-document write, which MongoDB applies atomically.
type LeaseStore struct{ s *Store }

// Leases returns the store's leases.
func (s *Store) Leases() *LeaseStore { return &LeaseStore{s} }

func (l *LeaseStore) col() *mongo.Collection { return l.s.db.Collection(colLeases) }

type leaseDoc struct {
	Name   string    `bson:"_id"`
	Holder string    `bson:"holder"`
	Until  time.Time `bson:"until"`
}

// TryAcquire takes lease name for holder until now+ttl, taking it over if
// the previous holder let it expire (a crashed process). It reports false
// while another holder has it.
func (l *LeaseStore) TryAcquire(ctx context.Context, name, holder string, now time.Time, ttl time.Duration) (bool, error) {
	until := now.Add(ttl)
	res, err := l.col().UpdateOne(ctx,
		bson.D{{Key: "_id", Value: name}, {Key: "until", Value: bson.D{{Key: "$lt", Value: now}}}},
		bson.D{{Key: "$set", Value: bson.D{{Key: "holder", Value: holder}, {Key: "until", Value: until}}}})
	if err != nil {
		return false, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	if res.MatchedCount == 1 {
		return true, nil
	}
	_, err = l.col().InsertOne(ctx, leaseDoc{Name: name, Holder: holder, Until: until})
	if mongo.IsDuplicateKeyError(err) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("acquire lease %s: %w", name, err)
	}
	return true, nil
}

// Release gives lease name back if holder still has it.
func (l *LeaseStore) Release(ctx context.Context, name, holder string) error {
	if _, err := l.col().DeleteOne(ctx, bson.D{{Key: "_id", Value: name}, {Key: "holder", Value: holder}}); err != nil {
		return fmt.Errorf("release lease %s: %w", name, err)
	}
	return nil
}

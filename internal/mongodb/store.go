// Package mongodb stores the coalition in MongoDB (or the embedded
// FerretDB): BSON documents, queries, indexes and cursors.
package mongodb

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"go.mongodb.org/mongo-driver/v2/mongo/readpref"
	"go.mongodb.org/mongo-driver/v2/mongo/writeconcern"

	"github.com/itcoalition/api/internal/coalition"
)

// Collection names.
const (
	colNations       = "nations"
	colContributions = "contributions"
	colRequests      = "requests"
	colOrders        = "orders"
	colAudit         = "audit"
	colLeases        = "leases"
)

// Store is the coalition's data in one database.
type Store struct {
	client *mongo.Client
	db     *mongo.Database
}

// Connect builds a client for uri. Writes are acknowledged only once they
// are journaled on a majority, so an acknowledged write survives a crash.
func Connect(ctx context.Context, uri string, opts ...*options.ClientOptions) (*mongo.Client, error) {
	o := options.Client().ApplyURI(uri).
		SetWriteConcern(writeconcern.Majority()).
		SetServerSelectionTimeout(5 * time.Second).
		SetAppName("itc-api")
	all := append([]*options.ClientOptions{o}, opts...)
	client, err := mongo.Connect(options.MergeClientOptions(all...))
	if err != nil {
		return nil, fmt.Errorf("connect to store: %w", err)
	}
	return client, nil
}

// New wraps database name of client.
func New(client *mongo.Client, name string) *Store {
	return &Store{client: client, db: client.Database(name)}
}

// Ping reports whether the store answers.
func (s *Store) Ping(ctx context.Context) error {
	return s.client.Ping(ctx, readpref.Primary())
}

// EnsureIndexes creates every index the queries use. It is the one place
// indexes are declared; creating an existing index is a no-op.
func (s *Store) EnsureIndexes(ctx context.Context) error {
	specs := map[string][]mongo.IndexModel{
		colNations: {
			{Keys: bson.D{{Key: "role", Value: 1}, {Key: "_id", Value: 1}}},
			{Keys: bson.D{{Key: "status", Value: 1}, {Key: "_id", Value: 1}}},
		},
		colContributions: {
			{Keys: bson.D{{Key: "pledgedAt", Value: -1}, {Key: "_id", Value: -1}}},
			{Keys: bson.D{{Key: "nation", Value: 1}, {Key: "pledgedAt", Value: -1}, {Key: "_id", Value: -1}}},
			{Keys: bson.D{{Key: "status", Value: 1}, {Key: "kind", Value: 1}}},
			{Keys: bson.D{{Key: "earmark", Value: 1}, {Key: "pledgedAt", Value: -1}, {Key: "_id", Value: -1}}},
		},
		colRequests: {
			{Keys: bson.D{{Key: "phase", Value: 1}, {Key: "closed", Value: 1}, {Key: "priority", Value: 1}, {Key: "_id", Value: 1}}},
			{Keys: bson.D{{Key: "status", Value: 1}, {Key: "phase", Value: 1}}},
			{Keys: bson.D{{Key: "area", Value: 1}}},
		},
		colOrders: {
			{Keys: bson.D{{Key: "draftedAt", Value: -1}, {Key: "_id", Value: -1}}},
			{Keys: bson.D{{Key: "requestId", Value: 1}, {Key: "draftedAt", Value: -1}}},
			{Keys: bson.D{{Key: "status", Value: 1}, {Key: "draftedAt", Value: -1}, {Key: "_id", Value: -1}}},
		},
		colPeople: {
			{Keys: bson.D{{Key: "issuer", Value: 1}, {Key: "sub", Value: 1}}},
			{Keys: bson.D{{Key: "nation", Value: 1}, {Key: "issuer", Value: 1}, {Key: "sub", Value: 1}}},
		},
		colAudit: {
			{Keys: bson.D{{Key: "at", Value: -1}, {Key: "_id", Value: -1}}},
			{Keys: bson.D{{Key: "nations", Value: 1}, {Key: "at", Value: -1}}},
			{Keys: bson.D{{Key: "targetType", Value: 1}, {Key: "at", Value: -1}}},
			{Keys: bson.D{{Key: "action", Value: 1}, {Key: "at", Value: -1}}},
			{Keys: bson.D{{Key: "target", Value: 1}, {Key: "at", Value: -1}}},
			// The log's filters (issue 13), each ending in the log's order.
			{Keys: bson.D{{Key: "actor.sub", Value: 1}, {Key: "at", Value: -1}, {Key: "_id", Value: -1}}},
			{Keys: bson.D{{Key: "actor.nation", Value: 1}, {Key: "at", Value: -1}, {Key: "_id", Value: -1}}},
			{Keys: bson.D{{Key: "outcome", Value: 1}, {Key: "at", Value: -1}, {Key: "_id", Value: -1}}},
		},
		colLedgerEntries: {
			{Keys: bson.D{{Key: "orderId", Value: 1}, {Key: "_id", Value: 1}}},
			{Keys: bson.D{{Key: "receiptId", Value: 1}, {Key: "_id", Value: 1}}},
			{Keys: bson.D{{Key: "contributionId", Value: 1}, {Key: "_id", Value: 1}}},
		},
		colReceipts: {
			{Keys: bson.D{{Key: "contributionId", Value: 1}, {Key: "recordedAt", Value: 1}}},
			{Keys: bson.D{{Key: "recordedAt", Value: 1}, {Key: "_id", Value: 1}}},
		},
	}
	// Procurement (issue 13): the supplier registry, listed newest first;
	// one company (its key) is registered once.
	specs[colSuppliers] = []mongo.IndexModel{
		{Keys: bson.D{{Key: "registeredAt", Value: -1}, {Key: "_id", Value: -1}}},
		{Keys: bson.D{{Key: "key", Value: 1}}},
	}
	// Procurement (issue 13): an order's deliveries and amendments, oldest first.
	specs[colDeliveries] = []mongo.IndexModel{{Keys: bson.D{{Key: "orderId", Value: 1}, {Key: "recordedAt", Value: 1}, {Key: "_id", Value: 1}}}}
	specs[colAmendments] = []mongo.IndexModel{{Keys: bson.D{{Key: "orderId", Value: 1}, {Key: "proposedAt", Value: 1}, {Key: "_id", Value: 1}}}}
	unique := map[string]bool{colSuppliers + ".key_1": true}
	for col, models := range specs {
		iv := s.db.Collection(col).Indexes()
		existing, err := iv.ListSpecifications(ctx)
		if err != nil {
			return fmt.Errorf("list indexes on %s: %w", col, err)
		}
		have := map[string]bool{}
		for _, e := range existing {
			have[e.Name] = true
		}
		var missing []mongo.IndexModel
		for _, m := range models {
			name := indexName(m.Keys.(bson.D))
			m.Options = options.Index().SetName(name)
			if unique[col+"."+name] {
				m.Options.SetUnique(true)
			}
			if !have[name] {
				missing = append(missing, m)
			}
		}
		// Only missing indexes are created: FerretDB v1 fails on a
		// createIndexes that names indexes it already has.
		if len(missing) == 0 {
			continue
		}
		if _, err := iv.CreateMany(ctx, missing); err != nil {
			return fmt.Errorf("ensure indexes on %s: %w", col, err)
		}
	}
	return nil
}

// indexName is the name MongoDB would give keys ("a_1_b_-1").
func indexName(keys bson.D) string {
	name := ""
	for i, k := range keys {
		if i > 0 {
			name += "_"
		}
		name += fmt.Sprintf("%s_%v", k.Key, k.Value)
	}
	return name
}

// Empty reports whether the database holds no nations yet.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	n, err := s.db.Collection(colNations).CountDocuments(ctx, bson.D{}, options.Count().SetLimit(1))
	if err != nil {
		return false, fmt.Errorf("count nations: %w", err)
	}
	return n == 0, nil
}

// Database is the underlying database, for tools and tests that read it raw.
func (s *Store) Database() *mongo.Database { return s.db }

// insertOne adds doc to col; what names it in errors.
func insertOne(ctx context.Context, col *mongo.Collection, doc any, what string) error {
	if _, err := col.InsertOne(ctx, doc); err != nil {
		return fmt.Errorf("insert %s: %w", what, err)
	}
	return nil
}

// replaceIfStatus writes doc over document id only if its status is still
// from: a single-document conditional write, so a status change applies at
// most once however many callers race for it.
func replaceIfStatus(ctx context.Context, col *mongo.Collection, id bson.ObjectID, from string, doc any, what string) error {
	res, err := col.ReplaceOne(ctx, bson.D{{Key: "_id", Value: id}, {Key: "status", Value: from}}, doc)
	if err != nil {
		return fmt.Errorf("update %s %s: %w", what, id.Hex(), err)
	}
	if res.MatchedCount == 0 {
		return coalition.Conflict("%s %s is no longer %s", what, id.Hex(), from)
	}
	return nil
}

// statusIn matches documents in one of statuses; which statuses count for
// what is the domain's rule, not the store's.
func statusIn[S ~string](statuses []S) bson.D {
	in := bson.A{}
	for _, st := range statuses {
		in = append(in, string(st))
	}
	return bson.D{{Key: "status", Value: bson.D{{Key: "$in", Value: in}}}}
}

const colMeta = "meta"

// SeedState is the demo seed's marker: "" when no seed ever started,
// "started" while one runs (or if one was interrupted), "done" after.
func (s *Store) SeedState(ctx context.Context) (string, error) {
	var d struct {
		State string `bson:"state"`
	}
	err := s.db.Collection(colMeta).FindOne(ctx, bson.D{{Key: "_id", Value: "seed"}}).Decode(&d)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read seed marker: %w", err)
	}
	return d.State, nil
}

// SetSeedState records the demo seed's progress.
func (s *Store) SetSeedState(ctx context.Context, state string) error {
	_, err := s.db.Collection(colMeta).UpdateOne(ctx, bson.D{{Key: "_id", Value: "seed"}},
		bson.D{{Key: "$set", Value: bson.D{{Key: "state", Value: state}}}}, options.UpdateOne().SetUpsert(true))
	if err != nil {
		return fmt.Errorf("write seed marker: %w", err)
	}
	return nil
}

// ClearSeeded removes what an interrupted demo seed wrote. Only called while
// the marker says a seed started and never finished: the service has not
// served from this database yet, so nothing else can be in it.
func (s *Store) ClearSeeded(ctx context.Context) error {
	for _, col := range []string{colNations, colContributions, colRequests, colOrders, colAudit, colReceipts, colCommitments, colLedgerEntries, colLedgerAccounts, colSuppliers, colDeliveries, colAmendments, colInKind} {
		if _, err := s.db.Collection(col).DeleteMany(ctx, bson.D{}); err != nil {
			return fmt.Errorf("clear %s: %w", col, err)
		}
	}
	return nil
}

package mongodb

import (
	"context"
	"fmt"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/itcoalition/api/internal/coalition"
)

// bulkChunk bounds one insertMany: far below the 48 MB message limit, and
// large enough that seeding ten thousand orders takes a handful of commits.
const bulkChunk = 1000

// insertChunks writes docs in unordered batches of bulkChunk.
func insertChunks[D any](ctx context.Context, col *mongo.Collection, docs []D) error {
	for start := 0; start < len(docs); start += bulkChunk {
		end := min(start+bulkChunk, len(docs))
		batch := make([]any, 0, end-start)
		for i := start; i < end; i++ {
			batch = append(batch, docs[i])
		}
		if _, err := col.InsertMany(ctx, batch, options.InsertMany().SetOrdered(false)); err != nil {
			return fmt.Errorf("insert into %s: %w", col.Name(), err)
		}
	}
	return nil
}

// InsertMany adds requests in few round trips, with the documents Insert
// writes. It is for seeding large data sets (benchmarks, tests): it keeps
// none of the service's rules, such as gap-free priorities.
func (r *RequestStore) InsertMany(ctx context.Context, reqs []coalition.Request) error {
	docs := make([]requestDoc, len(reqs))
	for i, req := range reqs {
		d, err := requestToDoc(req)
		if err != nil {
			return err
		}
		docs[i] = d
	}
	return insertChunks(ctx, r.col(), docs)
}

// InsertMany adds orders in few round trips, with the documents Insert
// writes; like RequestStore.InsertMany it is for seeding.
func (o *OrderStore) InsertMany(ctx context.Context, ords []coalition.Order) error {
	docs := make([]orderDoc, len(ords))
	for i, ord := range ords {
		d, err := orderToDoc(ord)
		if err != nil {
			return err
		}
		docs[i] = d
	}
	return insertChunks(ctx, o.col(), docs)
}

// InsertMany adds contributions in few round trips, with the documents
// Insert writes; like RequestStore.InsertMany it is for seeding.
func (c *ContributionStore) InsertMany(ctx context.Context, cons []coalition.Contribution) error {
	docs := make([]contributionDoc, len(cons))
	for i, con := range cons {
		d, err := contributionToDoc(con)
		if err != nil {
			return err
		}
		docs[i] = d
	}
	return insertChunks(ctx, c.col(), docs)
}

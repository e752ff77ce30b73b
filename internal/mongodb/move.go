package mongodb

import (
	"context"
	"fmt"

	"go.mongodb.org/mongo-driver/v2/bson"

	"github.com/itcoalition/api/internal/coalition"
)

// What moving a coalition into or out of this store needs beyond the
// service's calls: the ledger page by page, documents written as another
// store holds them, and counts of the documents no list counts.

// EntriesAfter lists at most n entries numbered above after, in booking
// order.
func (b *BookStore) EntriesAfter(ctx context.Context, after int64, n int) ([]coalition.Entry, error) {
	return b.entries(ctx, bson.D{{Key: "_id", Value: bson.D{{Key: "$gt", Value: after}}}}, int64(n))
}

// ImportEntries appends entries another store booked, keeping their
// numbers; it changes no balance (SetBalances copies those).
func (b *BookStore) ImportEntries(ctx context.Context, es []coalition.Entry) error {
	docs := make([]entryDoc, len(es))
	for i, e := range es {
		docs[i] = entryToDoc(e)
	}
	return insertChunks(ctx, b.s.db.Collection(colLedgerEntries), docs)
}

// ImportReceipts inserts receipts as another store holds them, at their
// versions.
func (b *BookStore) ImportReceipts(ctx context.Context, rs []coalition.Receipt) error {
	docs := make([]receiptDoc, len(rs))
	for i, r := range rs {
		docs[i] = receiptToDoc(r)
	}
	return insertChunks(ctx, b.s.db.Collection(colReceipts), docs)
}

// CountRows counts the documents of the kinds the service has no list of:
// "commitments", "in-kind details", "deliveries", "amendments" and
// "ledger entries".
func (s *Store) CountRows(ctx context.Context) (map[string]int, error) {
	out := map[string]int{}
	for kind, col := range map[string]string{"commitments": colCommitments, "in-kind details": colInKind,
		"deliveries": colDeliveries, "amendments": colAmendments, "ledger entries": colLedgerEntries} {
		n, err := s.db.Collection(col).CountDocuments(ctx, bson.D{})
		if err != nil {
			return nil, fmt.Errorf("count %s: %w", kind, err)
		}
		out[kind] = int(n)
	}
	return out, nil
}

package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/itcoalition/api/internal/coalition"
)

// What moving a coalition into or out of this store needs beyond the
// service's calls: the ledger page by page, rows written as another store
// holds them, and counts of the rows no list counts.

// EntriesAfter lists at most n entries numbered above after, in booking
// order.
func (b *BookStore) EntriesAfter(ctx context.Context, after int64, n int) ([]coalition.Entry, error) {
	return all(ctx, b.s.read(ctx), "ledger entries", "SELECT "+entryCols+" FROM ledger_entries WHERE id > ? ORDER BY id LIMIT ?",
		[]any{after, n}, scanEntry)
}

// ImportEntries appends entries another store booked, keeping their
// numbers; it changes no balance (SetBalances copies those).
func (b *BookStore) ImportEntries(ctx context.Context, es []coalition.Entry) error {
	return b.s.write(ctx, func(q querier) error { return appendEntries(ctx, q, es) })
}

// ImportReceipts inserts receipts as another store holds them, at their
// versions.
func (b *BookStore) ImportReceipts(ctx context.Context, rs []coalition.Receipt) error {
	return b.s.write(ctx, func(q querier) error {
		for _, x := range rs {
			row := receiptRow(x)
			if _, err := q.ExecContext(ctx, "INSERT INTO receipts ("+receiptCols+") VALUES (?"+strings.Repeat(", ?", len(row)-1)+")", row...); err != nil {
				return fmt.Errorf("import receipt %s: %w", x.ID, err)
			}
		}
		return nil
	})
}

// CountRows counts the rows of the kinds the service has no list of:
// "commitments", "in-kind details", "deliveries", "amendments" and
// "ledger entries".
func (s *Store) CountRows(ctx context.Context) (map[string]int, error) {
	out := map[string]int{}
	err := s.snapshot(ctx, func(q querier) error {
		for kind, table := range map[string]string{"commitments": "commitments", "in-kind details": "in_kind",
			"deliveries": "deliveries", "amendments": "order_amendments", "ledger entries": "ledger_entries"} {
			var n int
			if err := q.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
				return fmt.Errorf("count %s: %w", kind, err)
			}
			out[kind] = n
		}
		return nil
	})
	return out, err
}

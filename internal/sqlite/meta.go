package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Empty reports whether the store holds no nations yet.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var any int
	err := s.read(ctx).QueryRowContext(ctx, "SELECT 1 FROM nations LIMIT 1").Scan(&any)
	if errors.Is(err, sql.ErrNoRows) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("count nations: %w", err)
	}
	return false, nil
}

// SeedState is the demo seed's marker: "" when no seed ever started,
// "started" while one runs (or if one was interrupted), "done" after.
func (s *Store) SeedState(ctx context.Context) (string, error) {
	var state string
	err := s.read(ctx).QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'seed'").Scan(&state)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read seed marker: %w", err)
	}
	return state, nil
}

// SetSeedState records the demo seed's progress.
func (s *Store) SetSeedState(ctx context.Context, state string) error {
	return s.write(ctx, func(q querier) error {
		if _, err := q.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES ('seed', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", state); err != nil {
			return fmt.Errorf("write seed marker: %w", err)
		}
		return nil
	})
}

// ClearSeeded removes what an interrupted demo seed wrote. Only called while
// the marker says a seed started and never finished: nothing else can be in
// the store yet.
func (s *Store) ClearSeeded(ctx context.Context) error {
	return s.write(ctx, func(q querier) error {
		// Books opened from a half seed go with it: the append-only guard
		// is lifted for this one statement and put back in the same
		// transaction.
		if _, err := q.ExecContext(ctx, "DROP TRIGGER ledger_entries_no_delete"); err != nil {
			return fmt.Errorf("clear ledger: %w", err)
		}
		if _, err := q.ExecContext(ctx, "DELETE FROM ledger_entries"); err != nil {
			return fmt.Errorf("clear ledger: %w", err)
		}
		if _, err := q.ExecContext(ctx, "CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END"); err != nil {
			return fmt.Errorf("clear ledger: %w", err)
		}
		for _, table := range []string{"ledger_accounts", "receipts", "commitments", "in_kind", "order_draws", "deliveries", "order_amendments", "orders", "requests", "contributions", "audit_nations", "audit_events", "nations", "suppliers"} {
			if _, err := q.ExecContext(ctx, "DELETE FROM "+table); err != nil {
				return fmt.Errorf("clear %s: %w", table, err)
			}
		}
		return nil
	})
}

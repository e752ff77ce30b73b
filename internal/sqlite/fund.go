package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/itcoalition/api/internal/coalition"
)

// Pool is the money of one pool: an area's earmarked money, or unearmarked
// money. Figures are EUR cents.
type Pool struct {
	// Pledged is financial money promised and not yet received.
	Pledged coalition.Money
	// Received is financial money received (as booked at receipt).
	Received coalition.Money
	// Committed is what placed and delivered orders drew from the pool.
	Committed coalition.Money
	// InKind is the value of equipment given, pledged or received.
	InKind coalition.Money
	// Givers counts the nations with a pledged or received contribution.
	Givers int
}

// Ledger is the fund as the contributions and orders make it up: the same
// figures the service computes from Money and Committing, summed in SQL.
type Ledger struct {
	// Pools is keyed by area; "" is unearmarked money. A pool nobody gave
	// to and nothing drew from is absent.
	Pools map[coalition.CapabilityArea]Pool
	// Contributors counts the nations with a pledged or received contribution.
	Contributors int
}

// Ledger sums the fund in one snapshot, reading only the indexes
// contributions_fund and orders_status with order_draws.
func (s *Store) Ledger(ctx context.Context) (Ledger, error) {
	l := Ledger{Pools: map[coalition.CapabilityArea]Pool{}}
	err := s.snapshot(ctx, func(q querier) error {
		pools, err := all(ctx, q, "fund", `SELECT earmark,
				SUM(CASE WHEN kind = ? THEN eur_cents ELSE 0 END),
				SUM(CASE WHEN kind <> ? AND status = ? THEN COALESCE(received_eur_cents, 0) ELSE 0 END),
				SUM(CASE WHEN kind <> ? AND status = ? THEN eur_cents ELSE 0 END),
				COUNT(DISTINCT nation)
			FROM contributions WHERE status IN (?, ?) GROUP BY earmark`,
			[]any{string(coalition.InKind), string(coalition.InKind), string(coalition.Received), string(coalition.InKind),
				string(coalition.Pledged), string(coalition.Pledged), string(coalition.Received)},
			func(r *sql.Rows) (struct {
				area string
				Pool
			}, error) {
				var p struct {
					area string
					Pool
				}
				return p, r.Scan(&p.area, &p.InKind, &p.Received, &p.Pledged, &p.Givers)
			})
		if err != nil {
			return err
		}
		for _, p := range pools {
			l.Pools[coalition.CapabilityArea(p.area)] = p.Pool
		}
		if err := q.QueryRowContext(ctx, "SELECT COUNT(DISTINCT nation) FROM contributions WHERE status IN (?, ?)",
			string(coalition.Pledged), string(coalition.Received)).Scan(&l.Contributors); err != nil {
			return fmt.Errorf("read fund: %w", err)
		}
		rows, err := q.QueryContext(ctx, `SELECT d.area, SUM(d.cents) FROM orders o JOIN order_draws d ON d.order_id = o.id
			WHERE o.status IN (?, ?) GROUP BY d.area`, string(coalition.Placed), string(coalition.Delivered))
		if err != nil {
			return fmt.Errorf("read fund: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var a string
			var cents coalition.Money
			if err := rows.Scan(&a, &cents); err != nil {
				return fmt.Errorf("read fund: %w", err)
			}
			p := l.Pools[coalition.CapabilityArea(a)]
			p.Committed = cents
			l.Pools[coalition.CapabilityArea(a)] = p
		}
		return rows.Err()
	})
	return l, err
}

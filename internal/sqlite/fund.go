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

// Ledger reads the fund as the triggers keep it (fund_pools, fund_givers),
// in one snapshot: its cost does not grow with the coalition.
func (s *Store) Ledger(ctx context.Context) (Ledger, error) {
	l := Ledger{Pools: map[coalition.CapabilityArea]Pool{}}
	err := s.snapshot(ctx, func(q querier) error {
		pools, err := all(ctx, q, "fund", `SELECT p.pool, p.pledged, p.received, p.in_kind, p.committed,
				(SELECT COUNT(*) FROM fund_givers g WHERE g.pool = p.pool)
			FROM fund_pools p`, nil,
			func(r *sql.Rows) (struct {
				area string
				Pool
			}, error) {
				var p struct {
					area string
					Pool
				}
				return p, r.Scan(&p.area, &p.Pledged, &p.Received, &p.InKind, &p.Committed, &p.Givers)
			})
		if err != nil {
			return err
		}
		for _, p := range pools {
			if p.Pool != (Pool{}) {
				l.Pools[coalition.CapabilityArea(p.area)] = p.Pool
			}
		}
		if err := q.QueryRowContext(ctx, "SELECT COUNT(DISTINCT nation) FROM fund_givers").Scan(&l.Contributors); err != nil {
			return fmt.Errorf("read fund: %w", err)
		}
		return nil
	})
	return l, err
}

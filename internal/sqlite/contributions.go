package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
)

// ContributionStore reads and writes contributions.
type ContributionStore struct{ s *Store }

// Contributions returns the store's contributions.
func (s *Store) Contributions() *ContributionStore { return &ContributionStore{s} }

const contributionCols = "id, nation, kind, amount_cents, currency, eur_cents, received_eur_cents, rate, earmark, status, pledged_at, received_at, pledged_by, version"

var contributionKeys = []key{{"pledged_at", cursor.Time}, {"id", cursor.ID}}

func scanContribution(r interface{ Scan(...any) error }) (coalition.Contribution, error) {
	var c coalition.Contribution
	var receivedEur, receivedAt sql.NullInt64
	var rate sql.NullString
	var earmark string
	var pledgedAt int64
	if err := r.Scan(&c.ID, &c.NationCode, &c.Kind, &c.Amount, &c.Currency, &c.EurAmount, &receivedEur, &rate,
		&earmark, &c.Status, &pledgedAt, &receivedAt, &c.PledgedBy, &c.Version); err != nil {
		return c, err
	}
	if receivedEur.Valid {
		m := coalition.Money(receivedEur.Int64)
		c.ReceivedEur = &m
	}
	c.Rate, c.Earmark, c.PledgedAt, c.ReceivedAt = strPtr(rate), area(earmark), fromMs(pledgedAt), timePtr(receivedAt)
	return c, nil
}

// contributionRow is con as the columns of contributionCols, id first.
func contributionRow(con coalition.Contribution) ([]any, error) {
	id, err := rowID(con.ID)
	if err != nil {
		return nil, err
	}
	var receivedEur sql.NullInt64
	if con.ReceivedEur != nil {
		receivedEur = sql.NullInt64{Int64: int64(*con.ReceivedEur), Valid: true}
	}
	return []any{id, con.NationCode, string(con.Kind), int64(con.Amount), con.Currency, int64(con.EurAmount), receivedEur,
		nullStr(con.Rate), pool(con.Earmark), string(con.Status), ms(con.PledgedAt), msPtr(con.ReceivedAt), con.PledgedBy, max(con.Version, 1)}, nil
}

func contributionFilter(f coalition.ContributionFilter) where {
	var w where
	if f.Nations != nil {
		in(&w, "nation", f.Nations)
	}
	if f.Status != nil {
		w.eq("status", string(*f.Status))
	}
	if f.Earmark != nil {
		w.eq("earmark", string(*f.Earmark))
	}
	if f.Kind != nil {
		w.eq("kind", string(*f.Kind))
	}
	return w
}

func contributionListing(f coalition.ContributionFilter) listing {
	return listing{from: "contributions", cols: contributionCols, filter: contributionFilter(f), keys: contributionKeys, desc: true}
}

// List returns a page of contributions matching f, newest first.
func (c *ContributionStore) List(ctx context.Context, f coalition.ContributionFilter, pg coalition.Page) (coalition.List[coalition.Contribution], error) {
	return page(ctx, c.s.read(ctx), contributionListing(f), pg, func(r *sql.Rows) (coalition.Contribution, []any, error) {
		con, err := scanContribution(r)
		return con, []any{con.PledgedAt, con.ID}, err
	})
}

// Get returns the contribution id if it also matches f (the viewer's
// scope); coalition.ErrNotFound otherwise, alike for hidden and missing.
func (c *ContributionStore) Get(ctx context.Context, id string, f coalition.ContributionFilter) (coalition.Contribution, error) {
	nid, ok := cursor.NormID(id)
	if !ok {
		return coalition.Contribution{}, coalition.NotFound("contribution", id)
	}
	w := contributionFilter(f)
	w.eq("id", nid)
	con, err := scanContribution(c.s.read(ctx).QueryRowContext(ctx, "SELECT "+contributionCols+" FROM contributions"+w.sql(), w.args()...))
	if errors.Is(err, sql.ErrNoRows) {
		return con, coalition.NotFound("contribution", id)
	}
	if err != nil {
		return con, fmt.Errorf("get contribution %s: %w", id, err)
	}
	return con, nil
}

// Insert adds a contribution.
func (c *ContributionStore) Insert(ctx context.Context, con coalition.Contribution) error {
	row, err := contributionRow(con)
	if err != nil {
		return err
	}
	return c.s.insert(ctx, "contributions", contributionCols, row, nil)
}

// Transition writes con over the stored contribution if its status is
// still from and its version still con.Version (the one read), and counts
// the version up; coalition.ErrConflict when it is not.
func (c *ContributionStore) Transition(ctx context.Context, from coalition.ContributionStatus, con coalition.Contribution) error {
	row, err := contributionRow(con)
	if err != nil {
		return err
	}
	return c.s.transitionVersion(ctx, "contributions", "contribution", contributionCols, row, string(from), nil)
}

// Givers returns one contribution for each pool, nation, kind and status
// among those in coalition.CountedContributionStatuses, with no amount
// (a received one with a received amount of zero): who gave what, as the
// fund's disclosure control needs it. It reads fund_giving, kept by
// trigger, so its cost does not grow with the contributions.
func (c *ContributionStore) Givers(ctx context.Context) ([]coalition.Contribution, error) {
	return all(ctx, c.s.read(ctx), "fund givers",
		"SELECT pool, nation, kind, status FROM fund_giving", nil,
		func(r *sql.Rows) (coalition.Contribution, error) {
			var g coalition.Contribution
			var pool string
			if err := r.Scan(&pool, &g.NationCode, &g.Kind, &g.Status); err != nil {
				return g, err
			}
			return coalition.GiverOf(pool, g.NationCode, g.Kind, g.Status), nil
		})
}

// GetMany returns the contributions ids that also match f (the viewer's
// scope), in the order of ids, nil for one missing or hidden.
func (c *ContributionStore) GetMany(ctx context.Context, ids []string, f coalition.ContributionFilter) ([]*coalition.Contribution, error) {
	var nids []string
	for _, id := range ids {
		if nid, ok := cursor.NormID(id); ok {
			nids = append(nids, nid)
		}
	}
	out := make([]*coalition.Contribution, len(ids))
	if len(nids) == 0 {
		return out, nil
	}
	w := contributionFilter(f)
	in(&w, "id", nids)
	found, err := all(ctx, c.s.read(ctx), "contributions", "SELECT "+contributionCols+" FROM contributions"+w.sql(), w.args(),
		func(r *sql.Rows) (coalition.Contribution, error) { return scanContribution(r) })
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*coalition.Contribution, len(found))
	for i := range found {
		byID[found[i].ID] = &found[i]
	}
	for i, id := range ids {
		if nid, ok := cursor.NormID(id); ok {
			out[i] = byID[nid]
		}
	}
	return out, nil
}

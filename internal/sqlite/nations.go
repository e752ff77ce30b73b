package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
)

// NationStore reads and writes the nation registry.
type NationStore struct{ s *Store }

// Nations returns the store's nation registry.
func (s *Store) Nations() *NationStore { return &NationStore{s} }

const nationCols = "code, name, role, status, joined_at, suspended_reason"

var nationKeys = []key{{"code", cursor.String}}

func scanNation(r interface{ Scan(...any) error }) (coalition.Nation, error) {
	var n coalition.Nation
	var joined int64
	var reason sql.NullString
	if err := r.Scan(&n.Code, &n.Name, &n.Role, &n.Status, &joined, &reason); err != nil {
		return n, err
	}
	n.JoinedAt, n.SuspendedReason = fromMs(joined), strPtr(reason)
	return n, nil
}

// Get returns the nation with code; coalition.ErrNotFound when there is none.
func (n *NationStore) Get(ctx context.Context, code string) (coalition.Nation, error) {
	nat, err := scanNation(n.s.read(ctx).QueryRowContext(ctx, "SELECT "+nationCols+" FROM nations WHERE code = ?", code))
	if errors.Is(err, sql.ErrNoRows) {
		return nat, coalition.NotFound("nation", code)
	}
	if err != nil {
		return nat, fmt.Errorf("get nation %s: %w", code, err)
	}
	return nat, nil
}

// GetMany returns the nations with codes, in the order of codes; a missing
// one is the zero Nation.
func (n *NationStore) GetMany(ctx context.Context, codes []string) ([]coalition.Nation, error) {
	var w where
	in(&w, "code", codes)
	found, err := all(ctx, n.s.read(ctx), "nations", "SELECT "+nationCols+" FROM nations"+w.sql(), w.args(),
		func(r *sql.Rows) (coalition.Nation, error) { return scanNation(r) })
	if err != nil {
		return nil, err
	}
	byCode := make(map[string]coalition.Nation, len(found))
	for _, nat := range found {
		byCode[nat.Code] = nat
	}
	out := make([]coalition.Nation, len(codes))
	for i, c := range codes {
		out[i] = byCode[c]
	}
	return out, nil
}

func nationListing(f coalition.NationFilter) listing {
	l := listing{from: "nations", cols: nationCols, keys: nationKeys}
	if f.Role != nil {
		l.filter.eq("role", string(*f.Role))
	}
	if f.Status != nil {
		l.filter.eq("status", string(*f.Status))
	}
	return l
}

// List returns a page of nations in code order.
func (n *NationStore) List(ctx context.Context, f coalition.NationFilter, pg coalition.Page) (coalition.List[coalition.Nation], error) {
	return page(ctx, n.s.read(ctx), nationListing(f), pg, func(r *sql.Rows) (coalition.Nation, []any, error) {
		nat, err := scanNation(r)
		return nat, []any{nat.Code}, err
	})
}

// Insert adds a nation; coalition.ErrConflict when its code exists.
func (n *NationStore) Insert(ctx context.Context, nat coalition.Nation) error {
	return n.s.write(ctx, func(q querier) error {
		res, err := q.ExecContext(ctx, "INSERT INTO nations ("+nationCols+") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
			nat.Code, nat.Name, string(nat.Role), string(nat.Status), ms(nat.JoinedAt), nullStr(nat.SuspendedReason))
		if err != nil {
			return fmt.Errorf("insert nation %s: %w", nat.Code, err)
		}
		return affected(res, coalition.Conflict("nation %s is already in the registry", nat.Code))
	})
}

// Replace writes nat over the stored nation if it still has role and
// status from; coalition.ErrConflict when it changed meanwhile.
func (n *NationStore) Replace(ctx context.Context, from, nat coalition.Nation) error {
	return n.s.write(ctx, func(q querier) error {
		res, err := q.ExecContext(ctx, `UPDATE nations SET name = ?, role = ?, status = ?, joined_at = ?, suspended_reason = ?
			WHERE code = ? AND role = ? AND status = ?`,
			nat.Name, string(nat.Role), string(nat.Status), ms(nat.JoinedAt), nullStr(nat.SuspendedReason),
			from.Code, string(from.Role), string(from.Status))
		if err != nil {
			return fmt.Errorf("replace nation %s: %w", nat.Code, err)
		}
		return affected(res, coalition.Conflict("nation %s changed meanwhile; try again", nat.Code))
	})
}

// CountActive counts active nations with role.
func (n *NationStore) CountActive(ctx context.Context, role coalition.NationRole) (int, error) {
	var c int
	err := n.s.read(ctx).QueryRowContext(ctx, "SELECT COUNT(*) FROM nations WHERE role = ? AND status = ?",
		string(role), string(coalition.NationActive)).Scan(&c)
	if err != nil {
		return 0, fmt.Errorf("count nations: %w", err)
	}
	return c, nil
}

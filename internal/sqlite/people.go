package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
)

// PersonStore records the people who use the API.
type PersonStore struct{ s *Store }

// People returns the store's people.
func (s *Store) People() *PersonStore { return &PersonStore{s} }

const personCols = "issuer, sub, nation, role, status, first_seen, last_seen, reason"

var personKeys = []key{{"issuer", cursor.String}, {"sub", cursor.String}}

func scanPerson(r interface{ Scan(...any) error }) (coalition.Person, error) {
	var p coalition.Person
	var first, last int64
	var reason sql.NullString
	if err := r.Scan(&p.Issuer, &p.Sub, &p.Nation, &p.Role, &p.Status, &first, &last, &reason); err != nil {
		return p, err
	}
	p.FirstSeen, p.LastSeen, p.Reason = fromMs(first), fromMs(last), strPtr(reason)
	return p, nil
}

// Get returns the person issuer and sub; coalition.ErrNotFound when they
// never used the API.
func (ps *PersonStore) Get(ctx context.Context, issuer, sub string) (coalition.Person, error) {
	p, err := scanPerson(ps.s.read(ctx).QueryRowContext(ctx, "SELECT "+personCols+" FROM people WHERE issuer = ? AND sub = ?", issuer, sub))
	if errors.Is(err, sql.ErrNoRows) {
		return p, coalition.NotFound("person", sub)
	}
	if err != nil {
		return p, fmt.Errorf("get person: %w", err)
	}
	return p, nil
}

// List returns a page of people in the order of issuer and subject.
func (ps *PersonStore) List(ctx context.Context, f coalition.PersonFilter, pg coalition.Page) (coalition.List[coalition.Person], error) {
	l := listing{from: "people", cols: personCols, keys: personKeys}
	if f.Nations != nil {
		in(&l.filter, "nation", f.Nations)
	}
	return page(ctx, ps.s.read(ctx), l, pg, func(r *sql.Rows) (coalition.Person, []any, error) {
		p, err := scanPerson(r)
		return p, []any{p.Issuer, p.Sub}, err
	})
}

// Seen records a request by p: a new person is inserted as p is; a known
// one gets p's nation, role and last use, never its status, so that a
// suspension made meanwhile stands.
func (ps *PersonStore) Seen(ctx context.Context, p coalition.Person) error {
	return ps.s.write(ctx, func(q querier) error {
		_, err := q.ExecContext(ctx, "INSERT INTO people ("+personCols+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (issuer, sub) DO UPDATE SET nation = excluded.nation, role = excluded.role,
			last_seen = MAX(last_seen, excluded.last_seen)`,
			p.Issuer, p.Sub, p.Nation, p.Role, string(p.Status), ms(p.FirstSeen), ms(p.LastSeen), nullStr(p.Reason))
		if err != nil {
			return fmt.Errorf("record person: %w", err)
		}
		return nil
	})
}

// Transition writes p's status and reason if its status is still from;
// coalition.ErrConflict when it changed meanwhile.
func (ps *PersonStore) Transition(ctx context.Context, from coalition.PersonStatus, p coalition.Person) error {
	return ps.s.write(ctx, func(q querier) error {
		res, err := q.ExecContext(ctx, "UPDATE people SET status = ?, reason = ? WHERE issuer = ? AND sub = ? AND status = ?",
			string(p.Status), nullStr(p.Reason), p.Issuer, p.Sub, string(from))
		if err != nil {
			return fmt.Errorf("update person: %w", err)
		}
		return affected(res, coalition.Conflict("this person is no longer %s", from))
	})
}

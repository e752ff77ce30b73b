package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
)

// RequestStore reads and writes priority requests.
type RequestStore struct{ s *Store }

// Requests returns the store's priority requests.
func (s *Store) Requests() *RequestStore { return &RequestStore{s} }

const requestCols = "id, title, description, area, phase, priority, closed, estimated_cost_cents, status, reject_reason, created_at, updated_at, version"

// Open requests come first in their phase, by priority; closed ones follow.
var requestKeys = []key{{"phase", cursor.Int}, {"closed", cursor.Bool}, {"priority", cursor.Int}, {"id", cursor.ID}}

// scanRequest returns the request and its order values.
func scanRequest(r interface{ Scan(...any) error }) (coalition.Request, []any, error) {
	var req coalition.Request
	var closed bool
	var reason sql.NullString
	var created, updated int64
	if err := r.Scan(&req.ID, &req.Title, &req.Description, &req.Area, &req.Phase, &req.Priority, &closed,
		&req.EstimatedCost, &req.Status, &reason, &created, &updated, &req.Version); err != nil {
		return req, nil, err
	}
	req.RejectReason, req.CreatedAt, req.UpdatedAt = strPtr(reason), fromMs(created), fromMs(updated)
	return req, []any{int64(req.Phase), closed, int64(req.Priority), req.ID}, nil
}

func scanRequestOnly(r *sql.Rows) (coalition.Request, error) {
	req, _, err := scanRequest(r)
	return req, err
}

func requestRow(r coalition.Request) ([]any, error) {
	id, err := rowID(r.ID)
	if err != nil {
		return nil, err
	}
	return []any{id, r.Title, r.Description, string(r.Area), r.Phase, r.Priority, boolInt(!r.Status.Open()),
		int64(r.EstimatedCost), string(r.Status), nullStr(r.RejectReason), ms(r.CreatedAt), ms(r.UpdatedAt), max(r.Version, 1)}, nil
}

func requestFilter(f coalition.RequestFilter) where {
	var w where
	if f.Statuses != nil {
		in(&w, "status", f.Statuses)
	}
	if f.Area != nil {
		w.eq("area", string(*f.Area))
	}
	if f.Phase != nil {
		w.eq("phase", *f.Phase)
	}
	return w
}

func requestListing(f coalition.RequestFilter) listing {
	l := listing{from: "requests", cols: requestCols, filter: requestFilter(f), keys: requestKeys}
	if f.Area == nil && f.Phase == nil {
		l.counted = &tally{table: "requests"}
		if f.Statuses != nil {
			l.counted.keys = make([]string, len(f.Statuses))
			for i, st := range f.Statuses {
				l.counted.keys[i] = string(st)
			}
		}
	}
	return l
}

// List returns a page of requests matching f, by phase then priority.
func (r *RequestStore) List(ctx context.Context, f coalition.RequestFilter, pg coalition.Page) (coalition.List[coalition.Request], error) {
	return page(ctx, r.s.read(ctx), requestListing(f), pg, func(rows *sql.Rows) (coalition.Request, []any, error) { return scanRequest(rows) })
}

// Get returns request id if it matches f; coalition.ErrNotFound otherwise.
func (r *RequestStore) Get(ctx context.Context, id string, f coalition.RequestFilter) (coalition.Request, error) {
	nid, ok := cursor.NormID(id)
	if !ok {
		return coalition.Request{}, coalition.NotFound("request", id)
	}
	w := requestFilter(f)
	w.eq("id", nid)
	req, _, err := scanRequest(r.s.read(ctx).QueryRowContext(ctx, "SELECT "+requestCols+" FROM requests"+w.sql(), w.args()...))
	if errors.Is(err, sql.ErrNoRows) {
		return req, coalition.NotFound("request", id)
	}
	if err != nil {
		return req, fmt.Errorf("get request %s: %w", id, err)
	}
	return req, nil
}

// GetMany returns the requests with ids that match f, in the order of ids;
// a missing or hidden one is nil.
func (r *RequestStore) GetMany(ctx context.Context, ids []string, f coalition.RequestFilter) ([]*coalition.Request, error) {
	w := requestFilter(f)
	in(&w, "id", ids)
	found, err := all(ctx, r.s.read(ctx), "requests", "SELECT "+requestCols+" FROM requests"+w.sql(), w.args(), scanRequestOnly)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*coalition.Request, len(found))
	for i := range found {
		byID[found[i].ID] = &found[i]
	}
	out := make([]*coalition.Request, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
	}
	return out, nil
}

// Insert adds a request.
func (r *RequestStore) Insert(ctx context.Context, req coalition.Request) error {
	row, err := requestRow(req)
	if err != nil {
		return err
	}
	return r.s.insert(ctx, "requests", requestCols, row, nil)
}

// Transition writes req over the stored request if its status is still
// from; coalition.ErrConflict when it is not.
func (r *RequestStore) Transition(ctx context.Context, from coalition.RequestStatus, req coalition.Request) error {
	row, err := requestRow(req)
	if err != nil {
		return err
	}
	return r.s.transitionVersion(ctx, "requests", "request", requestCols, row, string(from), nil)
}

// OpenInPhase returns the phase's open requests by priority (then the most
// recently changed first, so that a renumbering after an interrupted change
// is deterministic).
func (r *RequestStore) OpenInPhase(ctx context.Context, phase int) ([]coalition.Request, error) {
	return all(ctx, r.s.read(ctx), "requests",
		"SELECT "+requestCols+" FROM requests WHERE phase = ? AND closed = 0 ORDER BY priority, updated_at DESC, id",
		[]any{phase}, scanRequestOnly)
}

// SetPriority sets request id's priority; a missing request is left alone.
func (r *RequestStore) SetPriority(ctx context.Context, id string, priority int) error {
	nid, ok := cursor.NormID(id)
	if !ok {
		return coalition.NotFound("request", id)
	}
	return r.s.write(ctx, func(q querier) error {
		if _, err := q.ExecContext(ctx, "UPDATE requests SET priority = ?, version = version + 1 WHERE id = ?", priority, nid); err != nil {
			return fmt.Errorf("set priority of %s: %w", id, err)
		}
		return nil
	})
}

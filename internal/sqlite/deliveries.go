package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
)

// Procurement (issue 13): an order's approvals (a JSON column of orders),
// its deliveries and its amendments.

type approvalJSON struct {
	Issuer string `json:"issuer"`
	Sub    string `json:"sub"`
	Nation string `json:"nation"`
	At     int64  `json:"at"`
}

func approvalsJSON(as []coalition.Approval) string {
	out := make([]approvalJSON, len(as))
	for i, a := range as {
		out[i] = approvalJSON{Issuer: a.By.Issuer, Sub: a.By.Sub, Nation: a.By.Nation, At: ms(a.At)}
	}
	return jsonList(out)
}

func approvalsFrom(s string) ([]coalition.Approval, error) {
	var in []approvalJSON
	if err := json.Unmarshal([]byte(s), &in); err != nil {
		return nil, fmt.Errorf("read approvals: %w", err)
	}
	var out []coalition.Approval
	for _, a := range in {
		out = append(out, coalition.Approval{By: coalition.Signer{Issuer: a.Issuer, Sub: a.Sub, Nation: a.Nation}, At: fromMs(a.At)})
	}
	return out, nil
}

type drawJSON struct {
	Area  string `json:"area"`
	Cents int64  `json:"cents"`
}

func drawsJSON(ds []coalition.Draw) string {
	out := make([]drawJSON, len(ds))
	for i, d := range ds {
		out[i] = drawJSON{Area: pool(d.Area), Cents: int64(d.Amount)}
	}
	return jsonList(out)
}

func drawsFrom(s string) ([]coalition.Draw, error) {
	var in []drawJSON
	if err := json.Unmarshal([]byte(s), &in); err != nil {
		return nil, fmt.Errorf("read draws: %w", err)
	}
	var out []coalition.Draw
	for _, d := range in {
		out = append(out, coalition.Draw{Area: area(d.Area), Amount: coalition.Money(d.Cents)})
	}
	return out, nil
}

// DeliveryStore reads and writes the deliveries recorded against orders.
type DeliveryStore struct{ s *Store }

// Deliveries returns the store's deliveries.
func (s *Store) Deliveries() *DeliveryStore { return &DeliveryStore{s} }

const deliveryCols = "id, order_id, value_cents, day, reference, status, whole, recorded_issuer, recorded_sub, recorded_nation, recorded_at, " +
	"decided_issuer, decided_sub, decided_nation, decided_at, reject_reason, version"

func scanDelivery(r interface{ Scan(...any) error }) (coalition.Delivery, error) {
	var d coalition.Delivery
	var day, recorded int64
	var whole int64
	var iss, sub, nation, reason sql.NullString
	var decided sql.NullInt64
	err := r.Scan(&d.ID, &d.OrderID, &d.Value, &day, &d.Reference, &d.Status, &whole,
		&d.RecordedBy.Issuer, &d.RecordedBy.Sub, &d.RecordedBy.Nation, &recorded,
		&iss, &sub, &nation, &decided, &reason, &d.Version)
	d.Date, d.RecordedAt, d.Whole = fromMs(day), fromMs(recorded), whole == 1
	if sub.Valid {
		d.DecidedBy = &coalition.Signer{Issuer: iss.String, Sub: sub.String, Nation: nation.String}
	}
	d.DecidedAt, d.RejectReason = timePtr(decided), strPtr(reason)
	return d, err
}

func deliveryRow(d coalition.Delivery) ([]any, error) {
	id, err := rowID(d.ID)
	if err != nil {
		return nil, err
	}
	var iss, sub, nation sql.NullString
	if d.DecidedBy != nil {
		iss, sub, nation = sql.NullString{String: d.DecidedBy.Issuer, Valid: true}, sql.NullString{String: d.DecidedBy.Sub, Valid: true},
			sql.NullString{String: d.DecidedBy.Nation, Valid: true}
	}
	return []any{id, d.OrderID, int64(d.Value), ms(d.Date), d.Reference, string(d.Status), boolInt(d.Whole),
		d.RecordedBy.Issuer, d.RecordedBy.Sub, d.RecordedBy.Nation, ms(d.RecordedAt),
		iss, sub, nation, msPtr(d.DecidedAt), nullStr(d.RejectReason), max(d.Version, 1)}, nil
}

// ByOrders returns the deliveries of each of orderIDs, in that order,
// oldest recorded first, in one query.
func (st *DeliveryStore) ByOrders(ctx context.Context, orderIDs []string) ([][]coalition.Delivery, error) {
	ds, err := all(ctx, st.s.read(ctx), "deliveries",
		"SELECT "+deliveryCols+" FROM deliveries WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY order_id, recorded_at, id",
		[]any{jsonList(orderIDs)}, func(r *sql.Rows) (coalition.Delivery, error) { return scanDelivery(r) })
	if err != nil {
		return nil, err
	}
	return byOrder(orderIDs, ds, func(d coalition.Delivery) string { return d.OrderID }), nil
}

// Get returns delivery id; coalition.ErrNotFound when there is none.
func (st *DeliveryStore) Get(ctx context.Context, id string) (coalition.Delivery, error) {
	return one(ctx, st.s, "delivery", "SELECT "+deliveryCols+" FROM deliveries WHERE id = ?", id, scanDelivery)
}

// Insert adds a delivery at version 1.
func (st *DeliveryStore) Insert(ctx context.Context, d coalition.Delivery) error {
	row, err := deliveryRow(d)
	if err != nil {
		return err
	}
	return st.s.insert(ctx, "deliveries", deliveryCols, row, nil)
}

// Replace writes d over the stored delivery if that is still at the
// version before d's; coalition.ErrConflict when it changed meanwhile.
func (st *DeliveryStore) Replace(ctx context.Context, d coalition.Delivery) error {
	row, err := deliveryRow(d)
	if err != nil {
		return err
	}
	return replaceVersioned(ctx, st.s, "deliveries", "delivery", deliveryCols, row, d.Version)
}

// AmendmentStore reads and writes the amendments of orders' amounts.
type AmendmentStore struct{ s *Store }

// Amendments returns the store's order amendments.
func (s *Store) Amendments() *AmendmentStore { return &AmendmentStore{s} }

const amendmentCols = "id, order_id, from_cents, to_cents, reason, justification, status, proposed_issuer, proposed_sub, proposed_nation, proposed_at, " +
	"approvals, draws, applied_at, version"

func scanAmendment(r interface{ Scan(...any) error }) (coalition.Amendment, error) {
	var a coalition.Amendment
	var proposed int64
	var approvals, draws string
	var applied sql.NullInt64
	if err := r.Scan(&a.ID, &a.OrderID, &a.From, &a.To, &a.Reason, &a.Justification, &a.Status,
		&a.ProposedBy.Issuer, &a.ProposedBy.Sub, &a.ProposedBy.Nation, &proposed, &approvals, &draws, &applied, &a.Version); err != nil {
		return a, err
	}
	a.ProposedAt, a.AppliedAt = fromMs(proposed), timePtr(applied)
	var err error
	if a.Approvals, err = approvalsFrom(approvals); err != nil {
		return a, err
	}
	a.Draws, err = drawsFrom(draws)
	return a, err
}

func amendmentRow(a coalition.Amendment) ([]any, error) {
	id, err := rowID(a.ID)
	if err != nil {
		return nil, err
	}
	return []any{id, a.OrderID, int64(a.From), int64(a.To), a.Reason, a.Justification, string(a.Status),
		a.ProposedBy.Issuer, a.ProposedBy.Sub, a.ProposedBy.Nation, ms(a.ProposedAt),
		approvalsJSON(a.Approvals), drawsJSON(a.Draws), msPtr(a.AppliedAt), max(a.Version, 1)}, nil
}

// ByOrders returns the amendments of each of orderIDs, in that order,
// oldest proposal first, in one query.
func (st *AmendmentStore) ByOrders(ctx context.Context, orderIDs []string) ([][]coalition.Amendment, error) {
	as, err := all(ctx, st.s.read(ctx), "amendments",
		"SELECT "+amendmentCols+" FROM order_amendments WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY order_id, proposed_at, id",
		[]any{jsonList(orderIDs)}, func(r *sql.Rows) (coalition.Amendment, error) { return scanAmendment(r) })
	if err != nil {
		return nil, err
	}
	return byOrder(orderIDs, as, func(a coalition.Amendment) string { return a.OrderID }), nil
}

// Get returns amendment id; coalition.ErrNotFound when there is none.
func (st *AmendmentStore) Get(ctx context.Context, id string) (coalition.Amendment, error) {
	return one(ctx, st.s, "amendment", "SELECT "+amendmentCols+" FROM order_amendments WHERE id = ?", id, scanAmendment)
}

// Insert adds an amendment at version 1.
func (st *AmendmentStore) Insert(ctx context.Context, a coalition.Amendment) error {
	row, err := amendmentRow(a)
	if err != nil {
		return err
	}
	return st.s.insert(ctx, "order_amendments", amendmentCols, row, nil)
}

// Replace writes a over the stored amendment if that is still at the
// version before a's; coalition.ErrConflict when it changed meanwhile.
func (st *AmendmentStore) Replace(ctx context.Context, a coalition.Amendment) error {
	row, err := amendmentRow(a)
	if err != nil {
		return err
	}
	return replaceVersioned(ctx, st.s, "order_amendments", "amendment", amendmentCols, row, a.Version)
}

// byOrder groups rows by their order, in the order of ids.
func byOrder[T any](ids []string, rows []T, order func(T) string) [][]T {
	idx := make(map[string]int, len(ids))
	for i, id := range ids {
		idx[id] = i
	}
	out := make([][]T, len(ids))
	for _, r := range rows {
		if j, ok := idx[order(r)]; ok {
			out[j] = append(out[j], r)
		}
	}
	return out
}

// one reads the row of query with id; coalition.ErrNotFound when there is
// none (or the id is not in the store's format).
func one[T any](ctx context.Context, s *Store, what, query, id string, scan func(interface{ Scan(...any) error }) (T, error)) (T, error) {
	var zero T
	nid, ok := cursor.NormID(id)
	if !ok {
		return zero, coalition.NotFound(what, id)
	}
	v, err := scan(s.read(ctx).QueryRowContext(ctx, query, nid))
	if errors.Is(err, sql.ErrNoRows) {
		return zero, coalition.NotFound(what, id)
	}
	if err != nil {
		return zero, fmt.Errorf("get %s %s: %w", what, id, err)
	}
	return v, nil
}

// replaceVersioned writes row (the values of cols, id first, version last)
// over the row with that id if it is still at version-1.
func replaceVersioned(ctx context.Context, s *Store, table, what, cols string, row []any, version int) error {
	set := strings.Split(cols, ", ")[1:]
	return s.write(ctx, func(q querier) error {
		res, err := q.ExecContext(ctx, "UPDATE "+table+" SET "+strings.Join(set, " = ?, ")+" = ? WHERE id = ? AND version = ?",
			append(row[1:len(row):len(row)], row[0], version-1)...)
		if err != nil {
			return fmt.Errorf("update %s %s: %w", what, row[0], err)
		}
		return affected(res, coalition.Conflict("%s %s changed meanwhile", what, row[0]))
	})
}

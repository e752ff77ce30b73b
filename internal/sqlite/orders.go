package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
)

// OrderStore reads and writes procurement orders.
type OrderStore struct{ s *Store }

// Orders returns the store's orders.
func (s *Store) Orders() *OrderStore { return &OrderStore{s} }

const orderCols = "id, request_id, area, supplier, amount_cents, status, drafted_by, approved_by, drafted_at, placed_at, delivered_at, cancelled_at, " +
	"supplier_id, agent_kind, agent_country, agent_name, contract_reference, justification, drafter_issuer, approvals, version"

var orderKeys = []key{{"drafted_at", cursor.Time}, {"id", cursor.ID}}

func scanOrder(r interface{ Scan(...any) error }) (coalition.Order, error) {
	var o coalition.Order
	var approvedBy sql.NullString
	var drafted int64
	var placed, delivered, cancelled sql.NullInt64
	var approvals string
	if err := r.Scan(&o.ID, &o.RequestID, &o.Area, &o.Supplier, &o.Amount, &o.Status, &o.DraftedBy, &approvedBy,
		&drafted, &placed, &delivered, &cancelled,
		&o.SupplierID, &o.Agent.Kind, &o.Agent.Country, &o.Agent.Name, &o.ContractReference, &o.Justification, &o.DrafterIssuer, &approvals, &o.Version); err != nil {
		return o, err
	}
	var err error
	if o.Approvals, err = approvalsFrom(approvals); err != nil {
		return o, err
	}
	o.ApprovedBy, o.DraftedAt = strPtr(approvedBy), fromMs(drafted)
	o.PlacedAt, o.DeliveredAt, o.CancelledAt = timePtr(placed), timePtr(delivered), timePtr(cancelled)
	return o, nil
}

func scanOrderRows(r *sql.Rows) (coalition.Order, error) { return scanOrder(r) }

func orderRow(o coalition.Order) ([]any, error) {
	id, err := rowID(o.ID)
	if err != nil {
		return nil, err
	}
	return []any{id, o.RequestID, string(o.Area), o.Supplier, int64(o.Amount), string(o.Status), o.DraftedBy,
		nullStr(o.ApprovedBy), ms(o.DraftedAt), msPtr(o.PlacedAt), msPtr(o.DeliveredAt), msPtr(o.CancelledAt),
		o.SupplierID, string(o.Agent.Kind), o.Agent.Country, o.Agent.Name, o.ContractReference, o.Justification, o.DrafterIssuer, approvalsJSON(o.Approvals), max(o.Version, 1)}, nil
}

// withDraws fills in the draws of orders (one query for all of them).
func withDraws(ctx context.Context, q querier, orders []coalition.Order) error {
	if len(orders) == 0 {
		return nil
	}
	idx := make(map[string]int, len(orders))
	ids := make([]string, len(orders))
	for i, o := range orders {
		idx[o.ID], ids[i] = i, o.ID
	}
	var w where
	in(&w, "order_id", ids)
	type draw struct {
		order string
		coalition.Draw
	}
	draws, err := all(ctx, q, "order draws", "SELECT order_id, area, cents FROM order_draws"+w.sql()+" ORDER BY order_id, seq", w.args(),
		func(r *sql.Rows) (draw, error) {
			var d draw
			var p string
			err := r.Scan(&d.order, &p, &d.Amount)
			d.Area = area(p)
			return d, err
		})
	if err != nil {
		return err
	}
	for _, d := range draws {
		i := idx[d.order]
		orders[i].Draws = append(orders[i].Draws, d.Draw)
	}
	return nil
}

// writeDraws replaces the draws of order o, marked committed while o is.
func writeDraws(ctx context.Context, q querier, id string, o coalition.Order) error {
	if _, err := q.ExecContext(ctx, "DELETE FROM order_draws WHERE order_id = ?", id); err != nil {
		return fmt.Errorf("write draws of order %s: %w", id, err)
	}
	committed := boolInt(o.Status.Commits())
	for i, d := range o.Draws {
		if _, err := q.ExecContext(ctx, "INSERT INTO order_draws (order_id, seq, area, cents, committed) VALUES (?, ?, ?, ?, ?)",
			id, i, pool(d.Area), int64(d.Amount), committed); err != nil {
			return fmt.Errorf("write draws of order %s: %w", id, err)
		}
	}
	return nil
}

func orderFilter(f coalition.OrderFilter) where {
	var w where
	if f.Status != nil {
		w.eq("status", string(*f.Status))
	}
	if f.RequestIDs != nil {
		in(&w, "request_id", f.RequestIDs)
	}
	return w
}

func orderListing(f coalition.OrderFilter) listing {
	l := listing{from: "orders", cols: orderCols, filter: orderFilter(f), keys: orderKeys, desc: true}
	if f.RequestIDs == nil {
		l.counted = &tally{table: "orders"}
		if f.Status != nil {
			l.counted.keys = []string{string(*f.Status)}
		}
	}
	return l
}

// List returns a page of orders matching f, newest draft first.
func (o *OrderStore) List(ctx context.Context, f coalition.OrderFilter, pg coalition.Page) (coalition.List[coalition.Order], error) {
	l := orderListing(f)
	var out coalition.List[coalition.Order]
	err := o.s.snapshot(ctx, func(q querier) (err error) {
		out, err = page(ctx, q, l, pg, func(r *sql.Rows) (coalition.Order, []any, error) {
			ord, err := scanOrder(r)
			return ord, []any{ord.DraftedAt, ord.ID}, err
		})
		if err != nil {
			return err
		}
		return withDraws(ctx, q, out.Items)
	})
	return out, err
}

// Get returns order id; coalition.ErrNotFound when there is none.
func (o *OrderStore) Get(ctx context.Context, id string) (coalition.Order, error) {
	nid, ok := cursor.NormID(id)
	if !ok {
		return coalition.Order{}, coalition.NotFound("order", id)
	}
	one := make([]coalition.Order, 1)
	err := o.s.snapshot(ctx, func(q querier) (err error) {
		one[0], err = scanOrder(q.QueryRowContext(ctx, "SELECT "+orderCols+" FROM orders WHERE id = ?", nid))
		if errors.Is(err, sql.ErrNoRows) {
			return coalition.NotFound("order", id)
		}
		if err != nil {
			return fmt.Errorf("get order %s: %w", id, err)
		}
		return withDraws(ctx, q, one)
	})
	return one[0], err
}

// ByRequests returns the orders of each of requestIDs, in that order,
// newest draft first, in one query.
func (o *OrderStore) ByRequests(ctx context.Context, requestIDs []string) ([][]coalition.Order, error) {
	var w where
	in(&w, "request_id", requestIDs)
	orders, err := o.many(ctx, " FROM orders"+w.sql()+" ORDER BY drafted_at DESC, id DESC", w.args())
	if err != nil {
		return nil, fmt.Errorf("orders of requests: %w", err)
	}
	idx := make(map[string]int, len(requestIDs))
	for i, id := range requestIDs {
		idx[id] = i
	}
	out := make([][]coalition.Order, len(requestIDs))
	for _, ord := range orders {
		if j, ok := idx[ord.RequestID]; ok {
			out[j] = append(out[j], ord)
		}
	}
	return out, nil
}

// Insert adds an order with its draws.
func (o *OrderStore) Insert(ctx context.Context, ord coalition.Order) error {
	row, err := orderRow(ord)
	if err != nil {
		return err
	}
	return o.s.insert(ctx, "orders", orderCols, row, func(q querier) error { return writeDraws(ctx, q, row[0].(string), ord) })
}

// Transition writes ord and its draws over the stored order if its status
// is still from; coalition.ErrConflict when it is not.
func (o *OrderStore) Transition(ctx context.Context, from coalition.OrderStatus, ord coalition.Order) error {
	row, err := orderRow(ord)
	if err != nil {
		return err
	}
	return o.s.transitionVersion(ctx, "orders", "order", orderCols, row, string(from), func(q querier) error {
		return writeDraws(ctx, q, row[0].(string), ord)
	})
}

// Committing returns the orders whose money is committed: those in
// coalition.CommittingOrderStatuses.
func (o *OrderStore) Committing(ctx context.Context) ([]coalition.Order, error) {
	orders, err := o.many(ctx, " FROM orders WHERE status IN (SELECT value FROM json_each(?))", []any{jsonList(coalition.CommittingOrderStatuses)})
	if err != nil {
		return nil, fmt.Errorf("committed orders: %w", err)
	}
	return orders, nil
}

// many reads the orders of "FROM ... WHERE ..." rest with their draws, in
// one snapshot.
func (o *OrderStore) many(ctx context.Context, rest string, args []any) (orders []coalition.Order, err error) {
	err = o.s.snapshot(ctx, func(q querier) error {
		if orders, err = all(ctx, q, "orders", "SELECT "+orderCols+rest, args, scanOrderRows); err != nil {
			return err
		}
		return withDraws(ctx, q, orders)
	})
	return orders, err
}

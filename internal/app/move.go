package app

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/mongodb"
	"github.com/itcoalition/api/internal/seed"
	"github.com/itcoalition/api/internal/service"
	"github.com/itcoalition/api/internal/sqlite"
)

// Endpoint is one store opened for moving a coalition: its parts, its seed
// marker, how it takes audit events with their ids, and how it groups a
// batch of inserts.
type Endpoint struct {
	Name   string
	Stores service.Stores
	Marker seed.Marker
	// ImportAudit writes events keeping their ids.
	ImportAudit func(ctx context.Context, evs []coalition.AuditEvent) error
	// Batch runs fn so that the inserts it makes are written together
	// (one transaction on SQLite); nil runs fn as is.
	Batch func(ctx context.Context, fn func(ctx context.Context) error) error
	// bulk inserts, where the store has them
	requests      func(ctx context.Context, rs []coalition.Request) error
	orders        func(ctx context.Context, os []coalition.Order) error
	contributions func(ctx context.Context, cs []coalition.Contribution) error
	// the ledger as another store holds it, and the rows no list counts
	ledger    ledger
	countRows func(ctx context.Context) (map[string]int, error)
	close     func()
}

// ledger is what both stores' books offer for moving them: entries page
// by page and written with their numbers, receipts at their versions.
type ledger interface {
	EntriesAfter(ctx context.Context, after int64, n int) ([]coalition.Entry, error)
	ImportEntries(ctx context.Context, es []coalition.Entry) error
	ImportReceipts(ctx context.Context, rs []coalition.Receipt) error
}

// Close releases the store.
func (e *Endpoint) Close() {
	if e.close != nil {
		e.close()
		e.close = nil
	}
}

// OpenSQLiteEndpoint opens the embedded store in dataDir (itc.db) for
// moving data; it fails with sqlite.ErrLocked while a server has it open.
func OpenSQLiteEndpoint(ctx context.Context, dataDir string) (*Endpoint, error) {
	st, err := sqlite.Open(ctx, filepath.Join(dataDir, "itc.db"))
	if err != nil {
		return nil, err
	}
	return &Endpoint{
		Name: "SQLite " + st.Path(),
		Stores: service.Stores{Nations: st.Nations(), Contributions: st.Contributions(), Requests: st.Requests(),
			Orders: st.Orders(), Suppliers: st.Suppliers(), Audit: st.Audit(), People: st.People(), Books: st.Books(),
			Deliveries: st.Deliveries(), Amendments: st.Amendments(), NewID: sqlite.NewID, Tx: st},
		Marker:      st,
		ImportAudit: st.Audit().Import,
		ledger:      st.Books(),
		countRows:   st.CountRows,
		Batch: func(ctx context.Context, fn func(ctx context.Context) error) error {
			return st.Atomically(ctx, "import", fn)
		},
		close: func() { _ = st.Close() },
	}, nil
}

// OpenMongoEndpoint connects to the MongoDB deployment at uri, database db,
// and makes sure its indexes exist.
func OpenMongoEndpoint(ctx context.Context, uri, db string) (*Endpoint, error) {
	client, err := mongodb.Connect(ctx, uri)
	if err != nil {
		return nil, err
	}
	st := mongodb.New(client, db)
	closeClient := func() {
		cctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = client.Disconnect(cctx)
	}
	if err := st.EnsureIndexes(ctx); err != nil {
		closeClient()
		return nil, err
	}
	return &Endpoint{
		Name: "MongoDB database " + db,
		Stores: service.Stores{Nations: st.Nations(), Contributions: st.Contributions(), Requests: st.Requests(),
			Orders: st.Orders(), Suppliers: st.Suppliers(), Audit: st.Audit(), People: st.People(), Books: st.Books(),
			Deliveries: st.Deliveries(), Amendments: st.Amendments(), NewID: mongodb.NewID, Tx: st.Turns(true)},
		Marker:        st,
		ImportAudit:   st.Audit().Import,
		requests:      st.Requests().InsertMany,
		orders:        st.Orders().InsertMany,
		contributions: st.Contributions().InsertMany,
		ledger:        st.Books(),
		countRows:     st.CountRows,
		close:         closeClient,
	}, nil
}

// Moved counts what Move copied, kind by kind.
type Moved struct {
	Nations, People, Suppliers, Requests, Orders, Deliveries, Amendments int
	Contributions, Commitments, InKind, Receipts, Entries, Audit         int
}

// Move copies the whole coalition in from into to, which must be empty:
// every nation, person, supplier, request, order (with its approvals),
// delivery, amendment, contribution, commitment, in-kind detail, receipt,
// ledger entry and balance, and audit event, with its id, times and
// version, in an order that puts what a row refers to before it, so that
// ids and cursors mean the same on both stores. Neither
// store may be served meanwhile. It counts each kind on both sides after
// and fails if they differ (and if the balances do). progress, when set, hears each kind's count as
// the copy goes.
func Move(ctx context.Context, from, to *Endpoint, progress func(kind string, n int)) (Moved, error) {
	if progress == nil {
		progress = func(string, int) {}
	}
	var m Moved
	if err := mustBeEmpty(ctx, to); err != nil {
		return m, err
	}
	state, err := from.Marker.SeedState(ctx)
	if err != nil {
		return m, err
	}
	src, dst := from.Stores, to.Stores
	batch := func(ins func(ctx context.Context) error) error {
		if to.Batch == nil {
			return ins(ctx)
		}
		return to.Batch(ctx, ins)
	}
	steps := []struct {
		kind string
		n    *int
		run  func(progress func(int)) (int, error)
	}{
		{"nations", &m.Nations, func(p func(int)) (int, error) {
			return copyAll(ctx, p, src.Nations.List, coalition.NationFilter{}, bulk(batch, nil, dst.Nations.Insert))
		}},
		{"people", &m.People, func(p func(int)) (int, error) {
			return copyAll(ctx, p, src.People.List, coalition.PersonFilter{}, bulk(batch, nil, func(ctx context.Context, x coalition.Person) error {
				// Seen inserts a person; the reason of a suspension needs
				// the transition.
				if err := dst.People.Seen(ctx, x); err != nil || x.Reason == nil {
					return err
				}
				return dst.People.Transition(ctx, x.Status, x)
			}))
		}},
		{"suppliers", &m.Suppliers, func(p func(int)) (int, error) {
			list := func(ctx context.Context, _ struct{}, pg coalition.Page) (coalition.List[coalition.Supplier], error) {
				return src.Suppliers.List(ctx, pg)
			}
			return copyAll(ctx, p, list, struct{}{}, bulk(batch, nil, dst.Suppliers.Insert))
		}},
		{"requests", &m.Requests, func(p func(int)) (int, error) {
			return copyAll(ctx, p, src.Requests.List, coalition.RequestFilter{}, bulk(batch, to.requests, dst.Requests.Insert))
		}},
		{"orders", &m.Orders, func(p func(int)) (int, error) {
			return copyAll(ctx, p, src.Orders.List, coalition.OrderFilter{}, bulk(batch, to.orders, dst.Orders.Insert))
		}},
		{"deliveries", &m.Deliveries, func(p func(int)) (int, error) {
			return copyAbout(ctx, p, src.Orders.List, coalition.OrderFilter{}, orderID, flat(src.Deliveries.ByOrders), bulk(batch, nil, dst.Deliveries.Insert))
		}},
		{"amendments", &m.Amendments, func(p func(int)) (int, error) {
			return copyAbout(ctx, p, src.Orders.List, coalition.OrderFilter{}, orderID, flat(src.Amendments.ByOrders), bulk(batch, nil, dst.Amendments.Insert))
		}},
		{"contributions", &m.Contributions, func(p func(int)) (int, error) {
			return copyAll(ctx, p, src.Contributions.List, coalition.ContributionFilter{}, bulk(batch, to.contributions, dst.Contributions.Insert))
		}},
		{"commitments", &m.Commitments, func(p func(int)) (int, error) {
			return copyAbout(ctx, p, src.Contributions.List, coalition.ContributionFilter{}, contributionID, src.Books.Commitments, bulk(batch, nil, dst.Books.PutCommitment))
		}},
		{"in-kind details", &m.InKind, func(p func(int)) (int, error) {
			return copyAbout(ctx, p, src.Contributions.List, coalition.ContributionFilter{}, contributionID, src.Books.InKind, bulk(batch, nil, dst.Books.PutInKind))
		}},
		{"receipts", &m.Receipts, func(p func(int)) (int, error) {
			return copyAll(ctx, p, src.Books.ListReceipts, coalition.ReceiptFilter{}, to.ledger.ImportReceipts)
		}},
		{"ledger entries", &m.Entries, func(p func(int)) (int, error) {
			return copyLedger(ctx, p, from, to, batch)
		}},
		{"audit events", &m.Audit, func(p func(int)) (int, error) {
			return copyAll(ctx, p, src.Audit.List, coalition.AuditFilter{}, to.ImportAudit)
		}},
	}
	for _, s := range steps {
		n, err := s.run(func(n int) { progress(s.kind, n) })
		*s.n = n
		if err != nil {
			return m, fmt.Errorf("copy %s: %w", s.kind, err)
		}
	}
	if state == "" {
		state = "done"
	}
	if err := to.Marker.SetSeedState(ctx, state); err != nil {
		return m, err
	}
	for _, e := range []*Endpoint{from, to} {
		got, err := Count(ctx, e)
		if err != nil {
			return m, err
		}
		if got != m {
			return m, fmt.Errorf("%s holds %+v, the copy moved %+v", e.Name, got, m)
		}
	}
	return m, nil
}

func orderID(o coalition.Order) string               { return o.ID }
func contributionID(c coalition.Contribution) string { return c.ID }

// flat makes a look-up by ids that answers a list per id into one that
// answers one list.
func flat[T any](byIDs func(context.Context, []string) ([][]T, error)) func(context.Context, []string) ([]T, error) {
	return func(ctx context.Context, ids []string) ([]T, error) {
		per, err := byIDs(ctx, ids)
		return slices.Concat(per...), err
	}
}

// copyAbout copies the rows about a list's items (the deliveries of
// orders, say): it pages through the list and inserts, page by page,
// what about finds of its items' ids. It counts the rows it copied.
func copyAbout[P, F, T any](ctx context.Context, progress func(int), list func(context.Context, F, coalition.Page) (coalition.List[P], error), f F,
	id func(P) string, about func(context.Context, []string) ([]T, error), insert func(context.Context, []T) error) (int, error) {
	n := 0
	_, err := copyAll(ctx, func(int) { progress(n) }, list, f, func(ctx context.Context, items []P) error {
		ids := make([]string, len(items))
		for i, it := range items {
			ids[i] = id(it)
		}
		rows, err := about(ctx, ids)
		if err != nil || len(rows) == 0 {
			return err
		}
		if err := insert(ctx, rows); err != nil {
			return err
		}
		n += len(rows)
		return nil
	})
	return n, err
}

// copyLedger copies the ledger's entries with their numbers, in booking
// order and a thousand at a time, then every account's balance, and
// checks that the balances read back as the source holds them.
func copyLedger(ctx context.Context, progress func(int), from, to *Endpoint, batch func(func(context.Context) error) error) (int, error) {
	n, after := 0, int64(0)
	for {
		es, err := from.ledger.EntriesAfter(ctx, after, coalition.MaxFirst)
		if err != nil {
			return n, err
		}
		if len(es) == 0 {
			break
		}
		if err := batch(func(ctx context.Context) error { return to.ledger.ImportEntries(ctx, es) }); err != nil {
			return n, err
		}
		n, after = n+len(es), es[len(es)-1].ID
		progress(n)
	}
	bal, err := from.Stores.Books.Balances(ctx)
	if err != nil {
		return n, err
	}
	if err := batch(func(ctx context.Context) error { return to.Stores.Books.SetBalances(ctx, bal) }); err != nil {
		return n, err
	}
	got, err := to.Stores.Books.Balances(ctx)
	if err != nil {
		return n, err
	}
	if !maps.Equal(got, bal) {
		return n, fmt.Errorf("the copy's balances %v differ from the source's %v", got, bal)
	}
	return n, nil
}

// bulk inserts a page: with the store's bulk insert when it has one, else
// one insert per item, all in one batch.
func bulk[T any](batch func(func(context.Context) error) error, many func(context.Context, []T) error, one func(context.Context, T) error) func(context.Context, []T) error {
	return func(ctx context.Context, items []T) error {
		if many != nil {
			return many(ctx, items)
		}
		return batch(func(ctx context.Context) error {
			for _, it := range items {
				if err := one(ctx, it); err != nil {
					return err
				}
			}
			return nil
		})
	}
}

// copyAll pages through a list in its own order, a thousand at a time,
// and inserts each page.
func copyAll[T, F any](ctx context.Context, progress func(int), list func(context.Context, F, coalition.Page) (coalition.List[T], error), f F, insert func(context.Context, []T) error) (int, error) {
	n, after := 0, ""
	for {
		l, err := list(ctx, f, coalition.Page{First: coalition.MaxFirst, After: after, SkipCount: true})
		if err != nil {
			return n, err
		}
		if len(l.Items) > 0 {
			if err := insert(ctx, l.Items); err != nil {
				return n, err
			}
		}
		n += len(l.Items)
		progress(n)
		if !l.HasNext || len(l.Items) == 0 {
			return n, nil
		}
		after = l.Cursors[len(l.Cursors)-1]
	}
}

// Count counts every kind of row in a store.
func Count(ctx context.Context, e *Endpoint) (Moved, error) {
	one := coalition.Page{First: 1}
	var m Moved
	var errs []error
	count := func(total int, err error) int { errs = append(errs, err); return total }
	m.Nations = count(total(e.Stores.Nations.List(ctx, coalition.NationFilter{}, one)))
	m.Requests = count(total(e.Stores.Requests.List(ctx, coalition.RequestFilter{}, one)))
	m.Orders = count(total(e.Stores.Orders.List(ctx, coalition.OrderFilter{}, one)))
	m.Contributions = count(total(e.Stores.Contributions.List(ctx, coalition.ContributionFilter{}, one)))
	m.Audit = count(total(e.Stores.Audit.List(ctx, coalition.AuditFilter{}, one)))
	m.People = count(total(e.Stores.People.List(ctx, coalition.PersonFilter{}, one)))
	m.Suppliers = count(total(e.Stores.Suppliers.List(ctx, one)))
	m.Receipts = count(total(e.Stores.Books.ListReceipts(ctx, coalition.ReceiptFilter{}, one)))
	rows, err := e.countRows(ctx)
	errs = append(errs, err)
	m.Commitments, m.InKind, m.Deliveries = rows["commitments"], rows["in-kind details"], rows["deliveries"]
	m.Amendments, m.Entries = rows["amendments"], rows["ledger entries"]
	return m, errors.Join(errs...)
}

func total[T any](l coalition.List[T], err error) (int, error) { return l.Total, err }

// mustBeEmpty refuses a target that holds anything or was ever seeded.
func mustBeEmpty(ctx context.Context, e *Endpoint) error {
	state, err := e.Marker.SeedState(ctx)
	if err != nil {
		return err
	}
	m, err := Count(ctx, e)
	if err != nil {
		return err
	}
	if state != "" || m != (Moved{}) {
		return fmt.Errorf("%s is not empty (%+v, seed %q): move into an empty store only", e.Name, m, state)
	}
	return nil
}

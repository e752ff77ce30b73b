package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
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
	close         func()
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
			Orders: st.Orders(), Audit: st.Audit(), NewID: sqlite.NewID, Tx: st},
		Marker:      st,
		ImportAudit: st.Audit().Import,
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
			Orders: st.Orders(), Audit: st.Audit(), NewID: mongodb.NewID, Tx: st.Turns(true)},
		Marker:        st,
		ImportAudit:   st.Audit().Import,
		requests:      st.Requests().InsertMany,
		orders:        st.Orders().InsertMany,
		contributions: st.Contributions().InsertMany,
		close:         closeClient,
	}, nil
}

// Moved counts what Move copied, kind by kind.
type Moved struct {
	Nations, Requests, Orders, Contributions, Audit int
}

// Move copies the whole coalition in from into to, which must be empty:
// every nation, request, order, contribution and audit event, with its id
// and times, so that ids and cursors mean the same on both stores. Neither
// store may be served meanwhile. It counts each kind on both sides after
// and fails if they differ. progress, when set, hears each kind's count as
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
		{"requests", &m.Requests, func(p func(int)) (int, error) {
			return copyAll(ctx, p, src.Requests.List, coalition.RequestFilter{}, bulk(batch, to.requests, dst.Requests.Insert))
		}},
		{"orders", &m.Orders, func(p func(int)) (int, error) {
			return copyAll(ctx, p, src.Orders.List, coalition.OrderFilter{}, bulk(batch, to.orders, dst.Orders.Insert))
		}},
		{"contributions", &m.Contributions, func(p func(int)) (int, error) {
			return copyAll(ctx, p, src.Contributions.List, coalition.ContributionFilter{}, bulk(batch, to.contributions, dst.Contributions.Insert))
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
	got, err := Count(ctx, to)
	if err != nil {
		return m, err
	}
	if got != m {
		return m, fmt.Errorf("the copy holds %+v, the source %+v", got, m)
	}
	return m, nil
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

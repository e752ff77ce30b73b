package graph

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// loaderWait is how long a loader gathers keys that no page announced (a
// single order's request) before its one query.
const loaderWait = 500 * time.Microsecond

// loaders batch the relations between types so that a nested query costs a
// number of store round trips that depends on its depth, not its width.
type loaders struct {
	nations  *relation[*coalition.Nation]
	requests *relation[*coalition.Request]
	orders   *relation[[]coalition.Order]
	// Procurement (issue 13): an order's deliveries and amendments.
	deliveries *relation[[]coalition.Delivery]
	amendments *relation[[]coalition.Amendment]
	// books: receipts, allocations and funding (graph/receipts.go).
	books *bookLoaders
}

// relation loads one relation (a contribution's nation, an order's
// request, a request's orders) for one operation. A page announces the keys
// its rows will load with expect; the first load of any of them fetches
// them all in one query. This does not depend on how the executor schedules
// the rows' resolvers, which a timed batch does: on a busy machine a
// hundred resolvers do not all start within a millisecond. Keys no page
// announced fall back to a dataloader that waits loaderWait.
type relation[V any] struct {
	fetch  func(ctx context.Context, keys []string) ([]V, error)
	loader *dataloadgen.Loader[string, V]
	mu     sync.Mutex
	pages  map[string][]*keyPage
}

// keyPage is the keys of one announced page; its query runs at most once.
type keyPage struct {
	keys []string
	once sync.Once
	err  error
}

func newRelation[V any](fetch func(ctx context.Context, keys []string) ([]V, error)) *relation[V] {
	return &relation[V]{
		fetch: fetch,
		loader: dataloadgen.NewLoader(func(ctx context.Context, keys []string) ([]V, []error) {
			return fanOut(fetch(ctx, keys))
		}, dataloadgen.WithWait(loaderWait)),
		pages: map[string][]*keyPage{},
	}
}

// expect announces the keys that the rows of a page may load.
func (r *relation[V]) expect(keys []string) {
	p := &keyPage{keys: slices.Compact(slices.Sorted(slices.Values(keys)))}
	if len(p.keys) == 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, k := range p.keys {
		r.pages[k] = append(r.pages[k], p)
	}
}

// load returns key's value; the pages that announced key are fetched
// whole first, once each.
func (r *relation[V]) load(ctx context.Context, key string) (V, error) {
	r.mu.Lock()
	pages := r.pages[key]
	r.mu.Unlock()
	for _, p := range pages {
		p.once.Do(func() {
			vals, err := r.fetch(ctx, p.keys)
			if err != nil {
				p.err = err
				return
			}
			for i, k := range p.keys {
				r.loader.Prime(k, vals[i])
			}
		})
		if p.err != nil {
			var zero V
			return zero, p.err
		}
	}
	return r.loader.Load(ctx, key)
}

type loadersKey struct{}

// lazyLoaders builds a request's loaders on first use, so an operation with
// no relation (most point reads) pays nothing for them.
type lazyLoaders struct {
	svc  *service.Service
	once sync.Once
	l    *loaders
}

// withLoaders returns ctx with fresh loaders for one operation over svc's
// batch look-ups; they see what the viewer in ctx may see.
func withLoaders(ctx context.Context, svc *service.Service) context.Context {
	return context.WithValue(ctx, loadersKey{}, &lazyLoaders{svc: svc})
}

func newLoaders(svc *service.Service) *loaders {
	l := &loaders{
		nations:  newRelation(svc.NationsByCode),
		requests: newRelation(svc.RequestsByID),
		// Procurement (issue 13).
		deliveries: newRelation(svc.DeliveriesByOrder),
		amendments: newRelation(svc.AmendmentsByOrder),
		books:      newBookLoaders(svc),
	}
	l.orders = newRelation(func(ctx context.Context, ids []string) ([][]coalition.Order, error) {
		lists, err := svc.OrdersByRequest(ctx, ids)
		var reqs []string
		for _, list := range lists {
			for _, o := range list {
				reqs = append(reqs, o.RequestID)
			}
		}
		l.requests.expect(reqs)
		return lists, err
	})
	return l
}

func fanOut[T any](vals []T, err error) ([]T, []error) {
	if err != nil {
		return nil, []error{err}
	}
	return vals, nil
}

// loadersFrom returns the operation's loaders; the GraphQL server puts them
// in every operation's context.
func loadersFrom(ctx context.Context) *loaders {
	lazy := ctx.Value(loadersKey{}).(*lazyLoaders)
	lazy.once.Do(func() { lazy.l = newLoaders(lazy.svc) })
	return lazy.l
}

// keysOf lists key(item) for every item of a page.
func keysOf[T any](items []T, key func(*T) string) []string {
	out := make([]string, len(items))
	for i := range items {
		out[i] = key(&items[i])
	}
	return out
}

package service

import (
	"context"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/itcoalition/api/internal/coalition"
)

// loaderWait is how long a loader gathers keys before its one query.
const loaderWait = 500 * time.Microsecond

// loaders batch the relations between types so that a nested query costs a
// number of store round trips that depends on its depth, not its width.
type loaders struct {
	nations  *dataloadgen.Loader[string, *coalition.Nation]
	requests *dataloadgen.Loader[string, *coalition.Request]
	orders   *dataloadgen.Loader[string, []coalition.Order]
}

type loadersKey struct{}

// WithLoaders returns ctx with fresh loaders for one request; they see what
// the viewer in ctx may see.
func (s *Service) WithLoaders(ctx context.Context) context.Context {
	l := &loaders{
		nations: dataloadgen.NewLoader(func(ctx context.Context, codes []string) ([]*coalition.Nation, []error) {
			return fanOut(s.NationsByCode(ctx, codes))
		}, dataloadgen.WithWait(loaderWait)),
		requests: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*coalition.Request, []error) {
			return fanOut(s.RequestsByID(ctx, ids))
		}, dataloadgen.WithWait(loaderWait)),
		orders: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]coalition.Order, []error) {
			return fanOut(s.OrdersByRequest(ctx, ids))
		}, dataloadgen.WithWait(loaderWait)),
	}
	return context.WithValue(ctx, loadersKey{}, l)
}

func fanOut[T any](vals []T, err error) ([]T, []error) {
	if err != nil {
		return nil, []error{err}
	}
	return vals, nil
}

func loadersFrom(ctx context.Context, s *Service) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	// Outside a request (tests, tools): a loader for this call only.
	return s.WithLoaders(ctx).Value(loadersKey{}).(*loaders)
}

// NationOf returns the nation with code, batched with its siblings.
func (s *Service) NationOf(ctx context.Context, code string) (*coalition.Nation, error) {
	return loadersFrom(ctx, s).nations.Load(ctx, code)
}

// RequestOf returns request id if the viewer may see it, else nil.
func (s *Service) RequestOf(ctx context.Context, id string) (*coalition.Request, error) {
	return loadersFrom(ctx, s).requests.Load(ctx, id)
}

// OrdersOf returns request id's orders.
func (s *Service) OrdersOf(ctx context.Context, id string) ([]coalition.Order, error) {
	return loadersFrom(ctx, s).orders.Load(ctx, id)
}

package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/itcoalition/api/graph/model"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// pageInfo builds the connection's page info from a store page.
func pageInfo[T any](l coalition.List[T]) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: l.HasNext}
	if n := len(l.Cursors); n > 0 {
		pi.EndCursor = &l.Cursors[n-1]
	}
	return pi
}

// edges turns a page into edges of type E.
func edges[T any, E any](l coalition.List[T], mk func(cursor string, node *T) E) []E {
	out := make([]E, len(l.Items))
	for i := range l.Items {
		out[i] = mk(l.Cursors[i], &l.Items[i])
	}
	return out
}

func nationConnection(l coalition.List[coalition.Nation]) *model.NationConnection {
	return &model.NationConnection{TotalCount: l.Total, PageInfo: pageInfo(l),
		Edges: edges(l, func(c string, n *coalition.Nation) *model.NationEdge { return &model.NationEdge{Cursor: c, Node: n} })}
}

// contributionConnection also announces the nations its rows will load.
func contributionConnection(ctx context.Context, l coalition.List[coalition.Contribution]) *model.ContributionConnection {
	loadersFrom(ctx).nations.expect(keysOf(l.Items, func(c *coalition.Contribution) string { return c.NationCode }))
	loadersFrom(ctx).books.expectContributions(keysOf(l.Items, func(c *coalition.Contribution) string { return c.ID }))
	return &model.ContributionConnection{TotalCount: l.Total, PageInfo: pageInfo(l),
		Edges: edges(l, func(c string, n *coalition.Contribution) *model.ContributionEdge {
			return &model.ContributionEdge{Cursor: c, Node: n}
		})}
}

// requestConnection also announces the requests whose orders its rows will load.
func requestConnection(ctx context.Context, l coalition.List[coalition.Request]) *model.RequestConnection {
	loadersFrom(ctx).orders.expect(keysOf(l.Items, func(r *coalition.Request) string { return r.ID }))
	return &model.RequestConnection{TotalCount: l.Total, PageInfo: pageInfo(l),
		Edges: edges(l, func(c string, n *coalition.Request) *model.RequestEdge { return &model.RequestEdge{Cursor: c, Node: n} })}
}

// orderConnection also announces the requests its rows will load.
func orderConnection(ctx context.Context, l coalition.List[coalition.Order]) *model.OrderConnection {
	loadersFrom(ctx).requests.expect(keysOf(l.Items, func(o *coalition.Order) string { return o.RequestID }))
	loadersFrom(ctx).books.funding.expect(keysOf(l.Items, func(o *coalition.Order) string { return o.ID }))
	return &model.OrderConnection{TotalCount: l.Total, PageInfo: pageInfo(l),
		Edges: edges(l, func(c string, n *coalition.Order) *model.OrderEdge { return &model.OrderEdge{Cursor: c, Node: n} })}
}

func auditConnection(l coalition.List[coalition.AuditEvent]) *model.AuditEventConnection {
	return &model.AuditEventConnection{TotalCount: l.Total, PageInfo: pageInfo(l),
		Edges: edges(l, func(c string, n *coalition.AuditEvent) *model.AuditEventEdge {
			return &model.AuditEventEdge{Cursor: c, Node: n}
		})}
}

// pageArgs passes a connection's arguments on, with whether the client
// selected totalCount (a count can cost a pass over the collection).
func pageArgs(ctx context.Context, first *int, after *string) service.PageArgs {
	skip := true
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name == "totalCount" {
			skip = false
		}
	}
	return service.PageArgs{First: first, After: after, SkipCount: skip}
}

func pointers[T any](xs []T) []*T {
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}

package graph

import (
	"context"
	"time"

	"github.com/itcoalition/api/graph/model"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// bookLoaders batch what the books add to contributions and orders: a
// page of contributions reads its receipts in one query, and traces the
// ledger once for its allocations; a page of orders once for its funding.
type bookLoaders struct {
	receipts    *relation[[]coalition.Receipt]
	allocations *relation[[]coalition.Allocation]
	funding     *relation[[]coalition.PoolFunding]
	inKind      *relation[*coalition.InKindDetails]
	// contributions: a receipt's contribution.
	contributions *relation[*coalition.Contribution]
}

func newBookLoaders(svc *service.Service) *bookLoaders {
	return &bookLoaders{
		receipts:      newRelation(svc.ReceiptsOf),
		allocations:   newRelation(svc.AllocationsOf),
		funding:       newRelation(svc.FundingOf),
		inKind:        newRelation(svc.InKindOf),
		contributions: newRelation(svc.ContributionsByID),
	}
}

// expectContributions announces the contributions whose receipts and
// allocations a page's rows may load.
func (b *bookLoaders) expectContributions(ids []string) {
	b.receipts.expect(ids)
	b.allocations.expect(ids)
	b.inKind.expect(ids)
}

// receiptConnection also announces the contributions its rows will load.
func receiptConnection(ctx context.Context, l coalition.List[coalition.Receipt]) *model.ReceiptConnection {
	loadersFrom(ctx).books.contributions.expect(keysOf(l.Items, func(r *coalition.Receipt) string { return r.ContributionID }))
	return &model.ReceiptConnection{TotalCount: l.Total, PageInfo: pageInfo(l),
		Edges: edges(l, func(c string, n *coalition.Receipt) *model.ReceiptEdge { return &model.ReceiptEdge{Cursor: c, Node: n} })}
}

// subOf is a person's subject, as the API names people elsewhere.
func subOf(p *coalition.PersonRef) *string {
	if p == nil {
		return nil
	}
	return &p.Sub
}

// loadedPointers turns a loaded list into the pointers gqlgen wants; on an
// error the field is null.
func loadedPointers[T any](xs []T, err error) ([]*T, error) {
	if err != nil {
		return nil, err
	}
	out := pointers(xs)
	if out == nil {
		out = []*T{}
	}
	return out, nil
}

// receiptFilter is the receipts query's arguments as a filter.
func receiptFilter(contribution *string, status *coalition.ReceiptStatus, nation *string) coalition.ReceiptFilter {
	f := coalition.ReceiptFilter{Status: status}
	if contribution != nil {
		f.Contributions = []string{*contribution}
	}
	if nation != nil {
		f.Nations = []string{*nation}
	}
	return f
}

// orNow is t, or the present when t is nil.
func orNow(t *time.Time) time.Time {
	if t == nil {
		return time.Now().UTC()
	}
	return *t
}

// valuationOf is a pledge's valuation, when it states one.
func valuationOf(in model.PledgeInput) *service.Valuation {
	if in.ValuationBasis == nil && in.Description == nil {
		return nil
	}
	v := &service.Valuation{}
	if in.ValuationBasis != nil {
		v.Basis = *in.ValuationBasis
	}
	if in.Description != nil {
		v.Description = *in.Description
	}
	return v
}

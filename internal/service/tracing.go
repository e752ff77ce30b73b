package service

import (
	"context"
	"fmt"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// What money bought is traced from the ledger's entries by
// coalition.Trace (first received, first spent within a pool), never
// stored. A member reads the allocations of its own nation's contributions
// only: where an order drew on other nations' money, it sees the pool's
// amount and its own share, never another nation's.

// trace derives every allocation from the entries.
func (s *Service) trace(ctx context.Context) ([]coalition.Allocation, error) {
	es, err := s.st.Books.Entries(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	return coalition.Trace(es), nil
}

// visibleContributions reports which of the contributions ids belong to
// the nations (nil: all) : a contribution that paid for anything has a
// receipt, so the receipts' list, filtered by nation inside the store's
// query, says whose they are.
func (s *Service) visibleContributions(ctx context.Context, nations, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	if nations == nil {
		for _, id := range ids {
			out[id] = true
		}
		return out, nil
	}
	if len(ids) == 0 || len(nations) == 0 {
		return out, nil
	}
	rs, err := allPages(func(pg coalition.Page) (coalition.List[coalition.Receipt], error) {
		return s.st.Books.ListReceipts(ctx, coalition.ReceiptFilter{Nations: nations, Contributions: ids}, pg)
	})
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		out[r.ContributionID] = true
	}
	return out, nil
}

// AllocationsOf returns, for each contribution of ids in their order, the
// orders its money paid for and how much, as far as the viewer may read
// them (chairs all, members their own nation's; FORBIDDEN otherwise).
func (s *Service) AllocationsOf(ctx context.Context, ids []string) ([][]coalition.Allocation, error) {
	nations, err := s.receiptScope(ctx, authz.AllocationRead)
	if err != nil {
		return nil, err
	}
	shown, err := s.visibleContributions(ctx, nations, ids)
	if err != nil {
		return nil, err
	}
	allocs, err := s.trace(ctx)
	if err != nil {
		return nil, err
	}
	out := make([][]coalition.Allocation, len(ids))
	for i, id := range ids {
		out[i] = []coalition.Allocation{}
		if shown[id] {
			out[i] = append(out[i], coalition.ContributionAllocations(allocs, id)...)
		}
	}
	return out, nil
}

// FundingOf returns, for each order of ids in their order, the pools it
// drew on with their amounts and, within each, the contributions whose
// money paid that the viewer may read: chairs all, members their own
// nation's, others none (the pools' amounts stay whole).
func (s *Service) FundingOf(ctx context.Context, ids []string) ([][]coalition.PoolFunding, error) {
	allocs, err := s.trace(ctx)
	if err != nil {
		return nil, err
	}
	var contributions []string
	for _, a := range allocs {
		contributions = append(contributions, a.ContributionID)
	}
	shown := map[string]bool{}
	if sc := s.ask(ctx, authz.AllocationRead); sc.Granted {
		if shown, err = s.visibleContributions(ctx, contributionScope(sc, viewer(ctx)), contributions); err != nil {
			return nil, err
		}
	}
	out := make([][]coalition.PoolFunding, len(ids))
	for i, id := range ids {
		out[i] = coalition.FundingByPool(coalition.OrderFunding(allocs, id), func(a coalition.Allocation) bool { return shown[a.ContributionID] })
	}
	return out, nil
}

// FundHistory returns each pool's figures at the end of every month from
// from to to, by value date, from the ledger's entries. Per-pool figures of
// past months cannot be checked against the disclosure rule of today, so
// the policy grants it to chairs only by default.
func (s *Service) FundHistory(ctx context.Context, from, to time.Time) ([]coalition.PoolHistory, error) {
	if _, err := s.scope(ctx, authz.FundHistory, ""); err != nil {
		return nil, err
	}
	es, err := s.st.Books.Entries(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("fund history: %w", err)
	}
	return coalition.History(es, from, to)
}

package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/sqlite"
)

// chunks runs write(i) for i in [0, n) in transactions of 2,000 rows.
func chunks(s *sqlite.Store, n int, write func(ctx context.Context, i int) error) error {
	for start := 0; start < n; start += 2000 {
		err := s.Atomically(context.Background(), "", func(ctx context.Context) error {
			for i := start; i < min(start+2000, n); i++ {
				if err := write(ctx, i); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// fill writes a coalition of orders orders, with requests, contributions
// and audit events in the proportions of the measurements
// (requests = orders/5, contributions = orders/10, events = orders).
func fill(b *testing.B, s *sqlite.Store, orders int) []string {
	nations := []string{"EE", "LU", "BE", "DK", "IS", "IT", "JP", "LV", "LT", "NL"}
	statuses := coalition.RequestStatuses
	reqIDs := make([]string, orders/5)
	for i := range reqIDs {
		reqIDs[i] = sqlite.NewID()
	}
	err := errors.Join(
		chunks(s, orders/10, func(ctx context.Context, i int) error {
			c := coalition.Contribution{ID: sqlite.NewID(), NationCode: nations[i%len(nations)], Kind: coalition.Financial, Amount: 100, Currency: "EUR",
				EurAmount: 100, Status: coalition.Received, ReceivedEur: ptr(coalition.Money(100)), PledgedAt: joined.Add(time.Duration(i) * time.Second), PledgedBy: "x"}
			if i%3 == 0 {
				c.Earmark = &coalition.Areas[i%4]
			}
			return s.Contributions().Insert(ctx, c)
		}),
		chunks(s, orders/5, func(ctx context.Context, i int) error {
			r := coalition.Request{ID: reqIDs[i], Title: "t", Description: "d", Area: coalition.Areas[i%4], Phase: 1 + i%5, Priority: i,
				EstimatedCost: 1, Status: statuses[i%len(statuses)], CreatedAt: joined, UpdatedAt: joined}
			return s.Requests().Insert(ctx, r)
		}),
		chunks(s, orders, func(ctx context.Context, i int) error {
			o := coalition.Order{ID: sqlite.NewID(), RequestID: reqIDs[i%len(reqIDs)], Supplier: "S", Amount: 10, Status: coalition.OrderStatuses[i%4],
				DraftedBy: "a", Area: coalition.Areas[i%4], DraftedAt: joined.Add(time.Duration(i) * time.Second)}
			if o.Status == coalition.Placed || o.Status == coalition.Delivered {
				o.Draws = []coalition.Draw{{Area: &o.Area, Amount: 10}}
			}
			if err := s.Orders().Insert(ctx, o); err != nil {
				return err
			}
			return s.Audit().Append(ctx, coalition.AuditEvent{At: o.DraftedAt, Action: "draftOrder", Target: o.ID, TargetType: "Order",
				Nations: []string{nations[i%len(nations)]}, Outcome: coalition.OutcomeOK})
		}))
	if err != nil {
		b.Fatal(err)
	}
	return reqIDs
}

// BenchmarkQueries times the service's queries at 1k and 100k orders;
// compare each query's ns/op across sizes (go test -bench . -run ^$).
func BenchmarkQueries(b *testing.B) {
	ctx := context.Background()
	for _, size := range []int{1_000, 100_000} {
		s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "itc.db"))
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		reqs := fill(b, s, size)
		b.Logf("%d orders written in %v", size, time.Since(start).Round(time.Millisecond))
		first := coalition.Page{First: 20, SkipCount: true}
		counted := coalition.Page{First: 20}
		mid, err := s.Orders().List(ctx, coalition.OrderFilter{}, coalition.Page{First: size / 2, SkipCount: true})
		if err != nil {
			b.Fatal(err)
		}
		deep := coalition.Page{First: 20, After: mid.Cursors[len(mid.Cursors)-1], SkipCount: true}
		cases := []struct {
			name string
			run  func() error
		}{
			{"orders/first", func() error { _, err := s.Orders().List(ctx, coalition.OrderFilter{}, first); return err }},
			{"orders/deep", func() error { _, err := s.Orders().List(ctx, coalition.OrderFilter{}, deep); return err }},
			{"orders/counted", func() error { _, err := s.Orders().List(ctx, coalition.OrderFilter{}, counted); return err }},
			{"orders/point", func() error { _, err := s.Orders().Get(ctx, mid.Items[len(mid.Items)/3].ID); return err }},
			{"requests/visible", func() error {
				_, err := s.Requests().List(ctx, coalition.RequestFilter{Statuses: []coalition.RequestStatus{coalition.Approved, coalition.InProcurement, coalition.Fulfilled}}, first)
				return err
			}},
			{"requests/orders", func() error { _, err := s.Orders().ByRequests(ctx, reqs[len(reqs)/2:len(reqs)/2+20]); return err }},
			{"contributions/nation", func() error {
				_, err := s.Contributions().List(ctx, coalition.ContributionFilter{Nations: []string{"DK"}}, first)
				return err
			}},
			{"audit/first", func() error { _, err := s.Audit().List(ctx, coalition.AuditFilter{}, first); return err }},
			{"audit/nation", func() error {
				_, err := s.Audit().List(ctx, coalition.AuditFilter{Nations: []string{"LV"}}, first)
				return err
			}},
			{"audit/ministry", func() error {
				_, err := s.Audit().List(ctx, coalition.AuditFilter{TargetTypes: []string{"PriorityRequest", "Order"}}, first)
				return err
			}},
			{"fund/balances", func() error { _, err := s.Books().Balances(ctx); return err }},
			{"fund/givers", func() error { _, err := s.Contributions().Givers(ctx); return err }},
		}
		for _, c := range cases {
			b.Run(fmt.Sprintf("%s/%dk", c.name, size/1000), func(b *testing.B) {
				for b.Loop() {
					if err := c.run(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		_ = s.Close()
	}
}

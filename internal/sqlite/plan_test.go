package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/itcoalition/api/internal/coalition"
)

func ptr[T any](v T) *T { return &v }

// TestPagesReadTheirOwnRows asks SQLite how it runs every list's page, for
// every filter the service can pass, with and without a cursor: each must
// read a table only through an index, and sort nothing but the page's own
// rows (an index gives the order; a merge of a few index-ordered arms, each
// cut at the page size, is sorted at most page size times arms).
func TestPagesReadTheirOwnRows(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "itc.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	area, one, some := ptr(coalition.Cybersecurity), []string{"EE"}, []string{"EE", "LU", "DE"}
	statuses := []coalition.RequestStatus{coalition.Approved, coalition.InProcurement, coalition.Fulfilled}
	lists := map[string]listing{
		"nations":                    nationListing(coalition.NationFilter{}),
		"nations by role and status": nationListing(coalition.NationFilter{Role: ptr(coalition.NationChair), Status: ptr(coalition.NationActive)}),
		"nations by status":          nationListing(coalition.NationFilter{Status: ptr(coalition.NationActive)}),
		"contributions":              contributionListing(coalition.ContributionFilter{}),
		"contributions of a nation":  contributionListing(coalition.ContributionFilter{Nations: one}),
		"contributions of nations":   contributionListing(coalition.ContributionFilter{Nations: some, Status: ptr(coalition.Pledged)}),
		"contributions by status":    contributionListing(coalition.ContributionFilter{Status: ptr(coalition.Received)}),
		"contributions by earmark":   contributionListing(coalition.ContributionFilter{Earmark: area, Kind: ptr(coalition.Financial)}),
		"contributions by kind":      contributionListing(coalition.ContributionFilter{Kind: ptr(coalition.InKind)}),
		"requests":                   requestListing(coalition.RequestFilter{}),
		"requests by statuses":       requestListing(coalition.RequestFilter{Statuses: statuses}),
		"requests by area":           requestListing(coalition.RequestFilter{Area: area, Statuses: statuses}),
		"requests of a phase":        requestListing(coalition.RequestFilter{Phase: ptr(2), Statuses: statuses}),
		"orders":                     orderListing(coalition.OrderFilter{}),
		"orders by status":           orderListing(coalition.OrderFilter{Status: ptr(coalition.Placed)}),
		"orders of requests":         orderListing(coalition.OrderFilter{RequestIDs: []string{NewID(), NewID()}}),
		"audit":                      auditListing(coalition.AuditFilter{}),
		"audit by target types":      auditListing(coalition.AuditFilter{TargetTypes: []string{"Order", "PriorityRequest"}}),
		"audit by action":            auditListing(coalition.AuditFilter{Action: ptr("approveOrder")}),
		"audit by target":            auditListing(coalition.AuditFilter{Target: ptr("x")}),
		"audit about a nation":       auditListing(coalition.AuditFilter{Nations: one, Action: ptr("approveOrder")}),
		"audit about nations":        auditListing(coalition.AuditFilter{Nations: some}),
	}
	for name, f := range auditFilters() {
		lists[name] = auditListing(f)
	}
	for name, l := range lists {
		for _, after := range []bool{false, true} {
			plan := pagePlan(t, s, name, l, after)
			text := strings.Join(plan, "\n")
			for i, line := range plan {
				if strings.HasPrefix(line, "SCAN ") && !strings.Contains(line, "INDEX") && !strings.HasPrefix(line, "SCAN (subquery") {
					t.Errorf("%s (after %v) reads a whole table:\n%s", name, after, text)
				}
				// Sorting an arm's output sorts at most a page of rows;
				// sorting a table's rows sorts all that match.
				if strings.Contains(line, "TEMP B-TREE") && (i == 0 || !strings.HasPrefix(plan[i-1], "SCAN (subquery")) {
					t.Errorf("%s (after %v) sorts what its filter matches:\n%s", name, after, text)
				}
			}
		}
	}
}

// TestLedgerLookupsUseIndexes: the entries about an order, a receipt or a
// contribution are read through the partial index of their column, never
// by a scan of the ledger, which grows with every booking (an approval at
// 100k orders scanned some 200k entries before the col <> ” terms).
func TestLedgerLookupsUseIndexes(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "itc.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ids := []string{NewID()}
	byOrder, orderArgs := entriesAbout(ids, nil)
	byReceipt, receiptArgs := entriesAbout(nil, ids)
	byBoth, bothArgs := entriesAbout(ids, ids)
	for _, tc := range []struct {
		name, query string
		args        []any
		indexes     []string
	}{
		{"about an order", byOrder, orderArgs, []string{"ledger_entries_order"}},
		{"about a receipt", byReceipt, receiptArgs, []string{"ledger_entries_receipt"}},
		{"about an order or a receipt", byBoth, bothArgs, []string{"ledger_entries_order", "ledger_entries_receipt"}},
		{"of contributions", entriesOfContributions, []any{jsonList(ids)}, []string{"ledger_entries_contribution"}},
	} {
		plan := queryPlan(t, s, tc.name, tc.query, tc.args)
		text := strings.Join(plan, "\n")
		if strings.Contains(text, "SCAN ledger_entries") {
			t.Errorf("%s reads the whole ledger:\n%s", tc.name, text)
		}
		for _, ix := range tc.indexes {
			if !strings.Contains(text, "USING INDEX "+ix+" ") {
				t.Errorf("%s does not use %s:\n%s", tc.name, ix, text)
			}
		}
	}
}

package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/coalition"
)

// auditFilters are the audit log's filters (issue 13) as the service
// passes them, alone and within the scopes of a member (its nation) and of
// the Ministry (requests and orders); TestPagesReadTheirOwnRows checks
// that none reads a whole table or sorts what it matches.
func auditFilters() map[string]coalition.AuditFilter {
	from, to := ptr(time.Unix(1e9, 0)), ptr(time.Unix(2e9, 0))
	ok := ptr(coalition.OutcomeOK)
	ministry := []string{"Order", "PriorityRequest"}
	return map[string]coalition.AuditFilter{
		"audit from":                       {From: from},
		"audit to":                         {To: to},
		"audit in a time range":            {From: from, To: to},
		"audit by actor":                   {ActorSub: ptr("kadri")},
		"audit by person":                  {ActorSub: ptr("kadri"), ActorIssuer: ptr("itc")},
		"audit by actor nation":            {ActorNation: ptr("LU")},
		"audit by outcome":                 {Outcome: ok},
		"audit by target type":             {TargetType: ptr("Order")},
		"audit by outcome in a range":      {Outcome: ok, From: from, To: to},
		"audit of a member in a range":     {Nations: []string{"EE"}, From: from, To: to},
		"audit of a member by actor":       {Nations: []string{"EE"}, ActorSub: ptr("kadri"), Outcome: ok},
		"audit of a member by target type": {Nations: []string{"EE"}, TargetType: ptr("Order")},
		"audit of the Ministry by outcome": {TargetTypes: ministry, Outcome: ok, From: from},
		"audit of the Ministry by type":    {TargetTypes: ministry, TargetType: ptr("Order")},
		"audit of the Ministry by nation":  {TargetTypes: ministry, ActorNation: ptr("UA"), To: to},
	}
}

// TestAuditFiltersUseTheirIndex: each filter of the audit log, alone, is
// read from the index made for it (migration 0007 and 0001), so a page
// costs its own rows however many events other filters would match.
func TestAuditFiltersUseTheirIndex(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "itc.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	from, to := ptr(time.Unix(1e9, 0)), ptr(time.Unix(2e9, 0))
	for _, tc := range []struct {
		name string
		f    coalition.AuditFilter
		// index is the index's name and the start of its conditions.
		index string
	}{
		{"time range", coalition.AuditFilter{From: from, To: to}, "audit_order (at>?"},
		{"from", coalition.AuditFilter{From: from}, "audit_order (at>?"},
		{"actor", coalition.AuditFilter{ActorSub: ptr("kadri")}, "audit_actor (actor_sub=?"},
		{"person", coalition.AuditFilter{ActorSub: ptr("kadri"), ActorIssuer: ptr("itc")}, "audit_actor (actor_sub=?"},
		{"actor in a range", coalition.AuditFilter{ActorSub: ptr("kadri"), From: from}, "audit_actor (actor_sub=? AND at>?"},
		{"actor nation", coalition.AuditFilter{ActorNation: ptr("LU")}, "audit_actor_nation (actor_nation=?"},
		{"outcome", coalition.AuditFilter{Outcome: ptr(coalition.OutcomeDenied)}, "audit_outcome (outcome=?"},
		{"target type", coalition.AuditFilter{TargetType: ptr("Order")}, "audit_target_type (target_type=?"},
		{"a member's range", coalition.AuditFilter{Nations: []string{"EE"}, From: from, To: to}, "audit_nations_nation (nation=? AND event_at>?"},
	} {
		for _, after := range []bool{false, true} {
			plan := strings.Join(pagePlan(t, s, tc.name, auditListing(tc.f), after), "\n")
			if !strings.Contains(plan, "USING INDEX "+tc.index) && !strings.Contains(plan, "USING COVERING INDEX "+tc.index) {
				t.Errorf("%s (after %v) does not read %s:\n%s", tc.name, after, tc.index, plan)
			}
		}
	}
}

// pagePlan is SQLite's plan of a page of l (after a cursor, when after).
func pagePlan(t *testing.T, s *Store, name string, l listing, after bool) []string {
	t.Helper()
	find := l.filter.clone()
	cols := make([]string, len(l.keys))
	for i, k := range l.keys {
		cols[i] = k.col
	}
	if after {
		find.add("("+strings.Join(cols, ", ")+") > ("+strings.Repeat("?, ", len(cols)-1)+"?)", make([]any, len(cols))...)
	}
	query, args := l.pageSQL(find, cols, 21)
	return queryPlan(t, s, name, query, args)
}

// queryPlan asks SQLite how it would run query: one detail line per step.
func queryPlan(t *testing.T, s *Store, name, query string, args []any) []string {
	t.Helper()
	rows, err := s.reader.Query("EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	return plan
}

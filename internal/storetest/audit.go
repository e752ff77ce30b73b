package storetest

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// The audit log that tells what changed (issue 13): events keep their
// changes, reason and target row, and every filter, alone and combined
// with the scopes, reads the right events in keyset pages.

// testAuditChanges: an event keeps its changes (unset values too, and the
// money flag), its reason and its target's nation and status.
func testAuditChanges(t *testing.T, st service.Stores) {
	before, after, reason := "DRAFT", "REJECTED", "out of scope"
	ev := event(0)
	ev.Changes = []coalition.FieldChange{
		{Field: "status", Before: &before, After: &after},
		{Field: "rejectReason", After: &reason},
		{Field: "estimatedCost", Before: ptr("1250.00"), Money: true},
	}
	ev.Reason, ev.TargetNation, ev.TargetStatus = reason, "EE", after
	must(t, st.Audit.Append(ctx, ev))
	got, err := st.Audit.List(ctx, coalition.AuditFilter{}, coalition.Page{First: 10})
	must(t, err)
	equal(t, withoutID(got.Items), []coalition.AuditEvent{ev}, "an event with its changes")
}

// auditEvent is event i of the filter suite: actors, nations, outcomes,
// target types and times vary with i at different periods, so that each
// filter and each combination matches a different set.
func auditEvent(i int) coalition.AuditEvent {
	ev := event(i)
	ev.At = base.Add(time.Duration(i/2) * time.Minute)
	ev.Actor = coalition.Actor{Issuer: []string{"itc", "other"}[i%5/4], Sub: fmt.Sprintf("sub%d", i%3),
		Role: "chair", Nation: []string{"EE", "LU", "DK", "LU"}[i%4]}
	ev.TargetType = []string{"Nation", "Contribution", "PriorityRequest", "Order", "Supplier"}[i%5]
	ev.Outcome = []coalition.AuditOutcome{coalition.OutcomeOK, coalition.OutcomeOK, coalition.OutcomeDenied, coalition.OutcomeFailed}[i%4]
	return ev
}

// matches is what a store must return for f: the scope (nations or target
// types, either) and every filter of the reader's.
func matches(f coalition.AuditFilter, e coalition.AuditEvent) bool {
	scoped := f.Nations == nil && f.TargetTypes == nil ||
		f.Nations != nil && slices.ContainsFunc(e.Nations, func(n string) bool { return slices.Contains(f.Nations, n) }) ||
		f.TargetTypes != nil && slices.Contains(f.TargetTypes, e.TargetType)
	eq := func(want *string, got string) bool { return want == nil || *want == got }
	return scoped && eq(f.Action, e.Action) && eq(f.Target, e.Target) && eq(f.TargetType, e.TargetType) &&
		eq(f.ActorSub, e.Actor.Sub) && eq(f.ActorIssuer, e.Actor.Issuer) && eq(f.ActorNation, e.Actor.Nation) &&
		(f.Outcome == nil || *f.Outcome == e.Outcome) &&
		(f.From == nil || !e.At.Before(*f.From)) && (f.To == nil || e.At.Before(*f.To))
}

// appendEvents appends events 0..n-1 of gen and returns the whole log as
// the store reads it back, after checking it holds them, newest first.
func appendEvents(t *testing.T, st service.Stores, n int, gen func(int) coalition.AuditEvent) []coalition.AuditEvent {
	t.Helper()
	var want []coalition.AuditEvent
	for i := range n {
		ev := gen(i)
		must(t, st.Audit.Append(ctx, ev))
		want = append(want, ev)
	}
	// Newest first; events of one time come latest appended first, since
	// ids grow.
	slices.Reverse(want)
	all := walk(t, 1000, func(p coalition.Page) (coalition.List[coalition.AuditEvent], error) {
		return st.Audit.List(ctx, coalition.AuditFilter{}, p)
	})
	equal(t, withoutID(all), want, "the whole log")
	return all
}

func testAuditFilters(t *testing.T, st service.Stores) {
	all := appendEvents(t, st, 40, auditEvent)

	ok, failed := coalition.OutcomeOK, coalition.OutcomeFailed
	from, to := base.Add(3*time.Minute), base.Add(14*time.Minute)
	member := []string{"EE"}                         // a member's scope: events about its nation
	ministry := []string{"PriorityRequest", "Order"} // the Ministry's: events about requests and orders
	filters := []coalition.AuditFilter{
		{From: &from},
		{To: &to},
		{From: &from, To: &to},
		{From: &from, To: &from},
		{ActorSub: ptr("sub1")},
		{ActorSub: ptr("sub1"), ActorIssuer: ptr("other")},
		{ActorNation: ptr("LU")},
		{Outcome: &ok},
		{Outcome: &failed},
		{TargetType: ptr("Order")},
		{TargetType: ptr("Nowhere")},
		{ActorNation: ptr("LU"), Outcome: &ok, From: &from},
		{ActorSub: ptr("sub2"), TargetType: ptr("Contribution"), To: &to},
		{Action: ptr("approveOrder"), Outcome: &failed, From: &from, To: &to},
		{Target: ptr("t1"), ActorNation: ptr("EE")},
		// The scopes combine with every filter.
		{Nations: member, From: &from, To: &to},
		{Nations: member, ActorSub: ptr("sub0")},
		{Nations: member, ActorNation: ptr("DK"), Outcome: &ok},
		{Nations: member, TargetType: ptr("Order")},
		{Nations: []string{"LU", "DE"}, Outcome: &ok, From: &from},
		{TargetTypes: ministry, From: &from},
		{TargetTypes: ministry, ActorNation: ptr("LU"), Outcome: &failed},
		{TargetTypes: ministry, TargetType: ptr("Order"), To: &to},
		{TargetTypes: ministry, TargetType: ptr("Nation")},
		{Nations: member, TargetTypes: ministry, ActorSub: ptr("sub1"), From: &from},
		{Nations: []string{}, Outcome: &ok},
	}
	for _, f := range filters {
		match := filterItems(all, func(e coalition.AuditEvent) bool { return matches(f, e) })
		checkList(t, fmt.Sprintf("audit %s", describeFilter(f)), match, func(p coalition.Page) (coalition.List[coalition.AuditEvent], error) {
			return st.Audit.List(ctx, f, p)
		})
	}
	// The suite must be able to fail: the filters do narrow.
	if n := len(filterItems(all, func(e coalition.AuditEvent) bool { return matches(filters[2], e) })); n == 0 || n == len(all) {
		t.Fatalf("a time range matches %d of %d events", n, len(all))
	}
}

// describeFilter names f's set fields for failure messages.
func describeFilter(f coalition.AuditFilter) string {
	s := fmt.Sprintf("nations %v types %v", f.Nations, f.TargetTypes)
	for name, v := range map[string]*string{"action": f.Action, "target": f.Target, "type": f.TargetType, "sub": f.ActorSub, "issuer": f.ActorIssuer, "nation": f.ActorNation, "outcome": (*string)(f.Outcome)} {
		if v != nil {
			s += " " + name + "=" + *v
		}
	}
	if f.From != nil {
		s += " from " + f.From.Format(time.TimeOnly)
	}
	if f.To != nil {
		s += " to " + f.To.Format(time.TimeOnly)
	}
	return s
}

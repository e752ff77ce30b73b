// Package storetest holds every store to the same behaviour: one
// conformance suite, written against the service's store interfaces, that
// each store's tests run on a fresh store of their own.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// Factory builds a fresh, empty store for one test.
type Factory func(t *testing.T) service.Stores

// Run runs the suite on stores built by fresh.
func Run(t *testing.T, fresh Factory) {
	for _, tc := range []struct {
		name string
		run  func(*testing.T, service.Stores)
	}{
		{"Nations", testNations},
		{"NationPages", testNationPages},
		{"Contributions", testContributions},
		{"ContributionPages", testContributionPages},
		{"Requests", testRequests},
		{"RequestPages", testRequestPages},
		{"Orders", testOrders},
		{"OrderPages", testOrderPages},
		{"Audit", testAudit},
		{"AuditPages", testAuditPages},
		{"AuditChanges", testAuditChanges},
		{"AuditFilters", testAuditFilters},
		{"Cursors", testCursors},
		{"People", testPeople},
		{"Books", testBooks},
		{"Suppliers", testSuppliers},
		{"SupplierPages", testSupplierPages},
		{"Versions", testVersions},
		{"Approvals", testApprovals},
		{"Deliveries", testDeliveries},
		{"Amendments", testAmendments},
		{"ReceiptLists", testReceiptLists},
		{"InKind", testInKind},
		{"MoveBooks", testMoveBooks},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, fresh(t)) })
	}
}

// base is a time at the millisecond, the precision every store keeps.
var base = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

func at(minutes int) time.Time { return base.Add(time.Duration(minutes) * time.Minute) }

func ptr[T any](v T) *T { return &v }

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func wantCode(t *testing.T, err error, want coalition.Code, what string) {
	t.Helper()
	if got := coalition.ErrorCode(err); got != want {
		t.Fatalf("%s: got error %v (code %q), want code %q", what, err, got, want)
	}
}

func equal[T any](t *testing.T, got, want T, what string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s:\n got  %+v\n want %+v", what, got, want)
	}
}

// walk reads a list to its end in pages of size, checking what every page
// says about the whole, and returns every item in order.
func walk[T any](t *testing.T, size int, list func(coalition.Page) (coalition.List[T], error)) []T {
	t.Helper()
	counted, err := list(coalition.Page{First: 0})
	must(t, err)
	if len(counted.Items) != 0 || counted.HasNext {
		t.Fatalf("first: 0 returned %d items, hasNext %v", len(counted.Items), counted.HasNext)
	}
	var out []T
	after := ""
	for pages := 0; ; pages++ {
		if pages > 1000 {
			t.Fatal("pages never end")
		}
		withCount, err := list(coalition.Page{First: size, After: after})
		must(t, err)
		if withCount.Total != counted.Total {
			t.Fatalf("page %d: total %d, first page said %d", pages, withCount.Total, counted.Total)
		}
		skipped, err := list(coalition.Page{First: size, After: after, SkipCount: true})
		must(t, err)
		if skipped.Total != 0 {
			t.Fatalf("SkipCount still counted %d", skipped.Total)
		}
		equal(t, skipped.Items, withCount.Items, "page without count")
		p := withCount
		if len(p.Cursors) != len(p.Items) {
			t.Fatalf("%d cursors for %d items", len(p.Cursors), len(p.Items))
		}
		if len(p.Items) > size {
			t.Fatalf("page of %d items, asked for %d", len(p.Items), size)
		}
		out = append(out, p.Items...)
		if !p.HasNext {
			break
		}
		if len(p.Items) != size {
			t.Fatalf("short page of %d (size %d) says there is more", len(p.Items), size)
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
	if len(out) != counted.Total {
		t.Fatalf("walked %d items, total says %d", len(out), counted.Total)
	}
	return out
}

// checkList walks list in pages of 1, 2 and 1000 and wants exactly want.
func checkList[T any](t *testing.T, what string, want []T, list func(coalition.Page) (coalition.List[T], error)) {
	t.Helper()
	for _, size := range []int{1, 2, 1000} {
		got := walk(t, size, list)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		equal(t, got, want, fmt.Sprintf("%s in pages of %d", what, size))
	}
}

func filterItems[T any](items []T, keep func(T) bool) []T {
	out := []T{}
	for _, x := range items {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, x := range items {
		out[i] = id(x)
	}
	return out
}

var ctx = context.Background()

func testNations(t *testing.T, st service.Stores) {
	ns := st.Nations
	ee := coalition.Nation{Code: "EE", Name: "Estonia", Role: coalition.NationChair, Status: coalition.NationActive, JoinedAt: at(0)}
	lu := coalition.Nation{Code: "LU", Name: "Luxembourg", Role: coalition.NationMember, Status: coalition.NationSuspended, JoinedAt: at(1), SuspendedReason: ptr("arrears")}
	must(t, ns.Insert(ctx, ee))
	must(t, ns.Insert(ctx, lu))
	wantCode(t, ns.Insert(ctx, ee), coalition.CodeConflict, "insert of an existing code")

	got, err := ns.Get(ctx, "LU")
	must(t, err)
	equal(t, got, lu, "get")
	_, err = ns.Get(ctx, "FR")
	wantCode(t, err, coalition.CodeNotFound, "get of a missing nation")

	many, err := ns.GetMany(ctx, []string{"LU", "FR", "EE", "LU"})
	must(t, err)
	equal(t, many, []coalition.Nation{lu, {}, ee, lu}, "get many, in key order")

	n, err := ns.CountActive(ctx, coalition.NationChair)
	must(t, err)
	equal(t, n, 1, "active chairs")
	n, err = ns.CountActive(ctx, coalition.NationMember)
	must(t, err)
	equal(t, n, 0, "active members (LU is suspended)")

	// Replace is conditional on the role and status the caller read.
	back := lu
	back.Status, back.SuspendedReason = coalition.NationActive, nil
	must(t, ns.Replace(ctx, lu, back))
	wantCode(t, ns.Replace(ctx, lu, back), coalition.CodeConflict, "replace from a stale status")
	stale := back
	stale.Role = coalition.NationChair
	wantCode(t, ns.Replace(ctx, stale, back), coalition.CodeConflict, "replace from a stale role")
	got, err = ns.Get(ctx, "LU")
	must(t, err)
	equal(t, got, back, "after replace")
	n, err = ns.CountActive(ctx, coalition.NationMember)
	must(t, err)
	equal(t, n, 1, "active members after reinstating LU")
}

func testNationPages(t *testing.T, st service.Stores) {
	codes := []string{"UA", "DE", "EE", "LU", "FR", "NL", "PL", "BE"}
	var all []coalition.Nation
	for i, c := range codes {
		n := coalition.Nation{Code: c, Name: "N" + c, Role: []coalition.NationRole{coalition.NationChair, coalition.NationMember, coalition.NationObserver}[i%3],
			Status: coalition.NationActive, JoinedAt: at(i)}
		if i%4 == 3 {
			n.Status = coalition.NationSuspended
		}
		must(t, st.Nations.Insert(ctx, n))
		all = append(all, n)
	}
	slices.SortFunc(all, func(a, b coalition.Nation) int { return cmpStr(a.Code, b.Code) })
	for _, f := range []coalition.NationFilter{
		{},
		{Role: ptr(coalition.NationMember)},
		{Status: ptr(coalition.NationSuspended)},
		{Role: ptr(coalition.NationChair), Status: ptr(coalition.NationActive)},
		{Role: ptr(coalition.NationBeneficiary)},
	} {
		want := filterItems(all, func(n coalition.Nation) bool {
			return (f.Role == nil || n.Role == *f.Role) && (f.Status == nil || n.Status == *f.Status)
		})
		checkList(t, fmt.Sprintf("nations %+v", f), want, func(p coalition.Page) (coalition.List[coalition.Nation], error) {
			return st.Nations.List(ctx, f, p)
		})
	}
}

// newestFirst sorts items as newest-first lists do: by time, then the
// greater id first.
func newestFirst[T any](items []T, key func(T) (time.Time, string)) {
	slices.SortFunc(items, func(a, b T) int {
		ta, ia := key(a)
		tb, ib := key(b)
		if c := tb.Compare(ta); c != 0 {
			return c
		}
		return cmpStr(ib, ia)
	})
}

func cmpStr(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func contribution(st service.Stores, nation string, kind coalition.ContributionKind, status coalition.ContributionStatus, earmark *coalition.CapabilityArea, eur coalition.Money, when time.Time) coalition.Contribution {
	c := coalition.Contribution{ID: st.NewID(), NationCode: nation, Kind: kind, Amount: eur * 2, Currency: "EUR", EurAmount: eur,
		Earmark: earmark, Status: status, PledgedAt: when, PledgedBy: "sub-" + nation, Version: 1}
	if status == coalition.Received {
		c.ReceivedEur, c.Rate, c.ReceivedAt = ptr(eur-1), ptr("1.000000"), ptr(when.Add(time.Hour))
	}
	return c
}

func testContributions(t *testing.T, st service.Stores) {
	cs := st.Contributions
	comms := ptr(coalition.Communications)
	pledged := contribution(st, "EE", coalition.Financial, coalition.Pledged, comms, 1000, at(0))
	received := contribution(st, "LU", coalition.Financial, coalition.Received, nil, 2000, at(1))
	cancelled := contribution(st, "EE", coalition.Financial, coalition.Cancelled, nil, 3000, at(2))
	inKind := contribution(st, "DE", coalition.InKind, coalition.Pledged, comms, 4000, at(3))
	for _, c := range []coalition.Contribution{pledged, received, cancelled, inKind} {
		must(t, cs.Insert(ctx, c))
	}
	got, err := cs.Get(ctx, received.ID, coalition.ContributionFilter{})
	must(t, err)
	equal(t, got, received, "get keeps every field")

	_, err = cs.Get(ctx, received.ID, coalition.ContributionFilter{Nations: []string{"EE"}})
	wantCode(t, err, coalition.CodeNotFound, "get of a contribution outside the filter")
	_, err = cs.Get(ctx, received.ID, coalition.ContributionFilter{Nations: []string{}})
	wantCode(t, err, coalition.CodeNotFound, "get with an empty nation scope")
	_, err = cs.Get(ctx, st.NewID(), coalition.ContributionFilter{})
	wantCode(t, err, coalition.CodeNotFound, "get of a missing contribution")
	_, err = cs.Get(ctx, "not-an-id", coalition.ContributionFilter{})
	wantCode(t, err, coalition.CodeNotFound, "get of a malformed id")
	got, err = cs.Get(ctx, pledged.ID, coalition.ContributionFilter{Nations: []string{"LU", "EE"}, Status: ptr(coalition.Pledged), Earmark: comms, Kind: ptr(coalition.Financial)})
	must(t, err)
	equal(t, got, pledged, "get inside every filter")

	// Givers: one row per pool, nation, kind and status among the counted
	// contributions, whatever their number.
	twin := contribution(st, "EE", coalition.Financial, coalition.Pledged, comms, 500, at(4))
	must(t, cs.Insert(ctx, twin))
	checkGivers(t, st, []coalition.Contribution{pledged, received, inKind, twin}, "givers")
	// Transition is conditional on the status the caller read.
	rec := pledged
	rec.Status, rec.ReceivedEur, rec.Rate, rec.ReceivedAt = coalition.Received, ptr(coalition.Money(999)), ptr("1.1"), ptr(at(10))
	must(t, cs.Transition(ctx, coalition.Pledged, rec))
	wantCode(t, cs.Transition(ctx, coalition.Pledged, rec), coalition.CodeConflict, "transition from a stale status")
	missing := rec
	missing.ID = st.NewID()
	wantCode(t, cs.Transition(ctx, coalition.Received, missing), coalition.CodeConflict, "transition of a missing contribution")
	// ... and on the version it read: the write counts the version up.
	wantCode(t, cs.Transition(ctx, coalition.Received, rec), coalition.CodeConflict, "transition at a stale version")
	got, err = cs.Get(ctx, pledged.ID, coalition.ContributionFilter{})
	must(t, err)
	rec.Version = 2
	equal(t, got, rec, "after transition")
	checkGivers(t, st, []coalition.Contribution{rec, received, inKind, twin}, "givers after one of two pledges is received")
	cancelled2 := twin
	cancelled2.Status = coalition.Cancelled
	must(t, cs.Transition(ctx, coalition.Pledged, cancelled2))
	checkGivers(t, st, []coalition.Contribution{rec, received, inKind}, "givers after the other is cancelled")
}

// checkGivers compares the store's givers with those of the counted
// contributions among counted.
func checkGivers(t *testing.T, st service.Stores, counted []coalition.Contribution, what string) {
	t.Helper()
	key := func(c coalition.Contribution) string {
		pool := ""
		if c.Earmark != nil {
			pool = string(*c.Earmark)
		}
		return fmt.Sprintf("%s/%s/%s/%s/received=%t", pool, c.NationCode, c.Kind, c.Status, c.ReceivedEur != nil)
	}
	var want []string
	for _, c := range counted {
		earmark := ""
		if c.Earmark != nil {
			earmark = string(*c.Earmark)
		}
		if k := key(coalition.GiverOf(earmark, c.NationCode, c.Kind, c.Status)); !slices.Contains(want, k) {
			want = append(want, k)
		}
	}
	got, err := st.Contributions.Givers(ctx)
	must(t, err)
	keys := ids(got, key)
	slices.Sort(keys)
	slices.Sort(want)
	equal(t, keys, want, what)
}

func testContributionPages(t *testing.T, st service.Stores) {
	var all []coalition.Contribution
	nations := []string{"EE", "LU", "DE"}
	statuses := []coalition.ContributionStatus{coalition.Pledged, coalition.Received, coalition.Cancelled}
	for i := range 14 {
		var earmark *coalition.CapabilityArea
		if i%3 > 0 {
			earmark = &coalition.Areas[i%len(coalition.Areas)]
		}
		kind := coalition.Financial
		if i%5 == 4 {
			kind = coalition.InKind
		}
		// Pairs share a time: the id breaks the tie.
		c := contribution(st, nations[i%3], kind, statuses[i%len(statuses)], earmark, coalition.Money(100+i), at(i/2))
		must(t, st.Contributions.Insert(ctx, c))
		all = append(all, c)
	}
	newestFirst(all, func(c coalition.Contribution) (time.Time, string) { return c.PledgedAt, c.ID })
	for _, f := range []coalition.ContributionFilter{
		{},
		{Nations: []string{"EE"}},
		{Nations: []string{"EE", "DE"}, Status: ptr(coalition.Pledged)},
		{Nations: []string{}},
		{Earmark: ptr(coalition.DataCentres)},
		{Kind: ptr(coalition.InKind)},
		{Status: ptr(coalition.Received), Kind: ptr(coalition.Financial)},
	} {
		want := filterItems(all, func(c coalition.Contribution) bool {
			return (f.Nations == nil || slices.Contains(f.Nations, c.NationCode)) && (f.Status == nil || c.Status == *f.Status) &&
				(f.Earmark == nil || (c.Earmark != nil && *c.Earmark == *f.Earmark)) && (f.Kind == nil || c.Kind == *f.Kind)
		})
		checkList(t, fmt.Sprintf("contributions %+v", f), want, func(p coalition.Page) (coalition.List[coalition.Contribution], error) {
			return st.Contributions.List(ctx, f, p)
		})
	}
}

func request(st service.Stores, phase, priority int, status coalition.RequestStatus, area coalition.CapabilityArea, when time.Time) coalition.Request {
	return coalition.Request{ID: st.NewID(), Version: 1, Title: fmt.Sprintf("R%d.%d", phase, priority), Description: "d", Area: area, Phase: phase,
		Priority: priority, EstimatedCost: 12345, Status: status, CreatedAt: when, UpdatedAt: when}
}

func testRequests(t *testing.T, st service.Stores) {
	rs := st.Requests
	a := request(st, 1, 1, coalition.Submitted, coalition.Cybersecurity, at(0))
	b := request(st, 1, 2, coalition.Approved, coalition.DataCentres, at(1))
	c := request(st, 1, 0, coalition.Draft, coalition.DataCentres, at(2))
	d := request(st, 2, 1, coalition.InProcurement, coalition.Cybersecurity, at(3))
	for _, r := range []coalition.Request{a, b, c, d} {
		must(t, rs.Insert(ctx, r))
	}
	got, err := rs.Get(ctx, b.ID, coalition.RequestFilter{})
	must(t, err)
	equal(t, got, b, "get keeps every field")
	_, err = rs.Get(ctx, c.ID, coalition.RequestFilter{Statuses: []coalition.RequestStatus{coalition.Submitted, coalition.Approved}})
	wantCode(t, err, coalition.CodeNotFound, "get of a request outside the filter")
	_, err = rs.Get(ctx, st.NewID(), coalition.RequestFilter{})
	wantCode(t, err, coalition.CodeNotFound, "get of a missing request")
	_, err = rs.Get(ctx, "zz", coalition.RequestFilter{})
	wantCode(t, err, coalition.CodeNotFound, "get of a malformed id")

	missing := st.NewID()
	many, err := rs.GetMany(ctx, []string{d.ID, missing, c.ID, "bad", a.ID}, coalition.RequestFilter{Statuses: []coalition.RequestStatus{coalition.Submitted, coalition.InProcurement}})
	must(t, err)
	equal(t, many, []*coalition.Request{&d, nil, nil, nil, &a}, "get many in key order, hidden and missing nil")

	open, err := rs.OpenInPhase(ctx, 1)
	must(t, err)
	equal(t, ids(open, func(r coalition.Request) string { return r.ID }), []string{a.ID, b.ID}, "open in phase 1, by priority")

	must(t, rs.SetPriority(ctx, a.ID, 3))
	must(t, rs.SetPriority(ctx, st.NewID(), 3)) // a missing request is left alone
	wantCode(t, rs.SetPriority(ctx, "bad", 1), coalition.CodeNotFound, "set priority of a malformed id")
	open, err = rs.OpenInPhase(ctx, 1)
	must(t, err)
	equal(t, ids(open, func(r coalition.Request) string { return r.ID }), []string{b.ID, a.ID}, "open in phase 1 after reprioritising")

	// A request that leaves the open statuses leaves its phase's order.
	withdrawn := b
	withdrawn.Status, withdrawn.UpdatedAt, withdrawn.RejectReason = coalition.Withdrawn, at(20), ptr("no longer needed")
	must(t, rs.Transition(ctx, coalition.Approved, withdrawn))
	wantCode(t, rs.Transition(ctx, coalition.Approved, withdrawn), coalition.CodeConflict, "transition from a stale status")
	open, err = rs.OpenInPhase(ctx, 1)
	must(t, err)
	equal(t, ids(open, func(r coalition.Request) string { return r.ID }), []string{a.ID}, "open in phase 1 after withdrawing")
	got, err = rs.Get(ctx, b.ID, coalition.RequestFilter{})
	must(t, err)
	withdrawn.Version++ // every change counts up the version
	equal(t, got, withdrawn, "after transition")

	// Ties on priority: the most recently changed first.
	e := request(st, 3, 1, coalition.Submitted, coalition.Communications, at(0))
	f := request(st, 3, 1, coalition.Submitted, coalition.Communications, at(5))
	must(t, rs.Insert(ctx, e))
	must(t, rs.Insert(ctx, f))
	open, err = rs.OpenInPhase(ctx, 3)
	must(t, err)
	equal(t, ids(open, func(r coalition.Request) string { return r.ID }), []string{f.ID, e.ID}, "open in phase 3, a tie on priority")
}

func testRequestPages(t *testing.T, st service.Stores) {
	var all []coalition.Request
	statuses := coalition.RequestStatuses
	for i := range 15 {
		r := request(st, 1+i%3, 1+i%4, statuses[i%len(statuses)], coalition.Areas[i%len(coalition.Areas)], at(i))
		must(t, st.Requests.Insert(ctx, r))
		all = append(all, r)
	}
	// By phase, open before closed, priority, id.
	closed := func(r coalition.Request) int {
		if r.Status.Open() {
			return 0
		}
		return 1
	}
	slices.SortFunc(all, func(a, b coalition.Request) int {
		for _, c := range []int{a.Phase - b.Phase, closed(a) - closed(b), a.Priority - b.Priority} {
			if c != 0 {
				return c
			}
		}
		return cmpStr(a.ID, b.ID)
	})
	for _, f := range []coalition.RequestFilter{
		{},
		{Statuses: []coalition.RequestStatus{coalition.Approved, coalition.InProcurement, coalition.Fulfilled}},
		{Statuses: []coalition.RequestStatus{}},
		{Area: ptr(coalition.Cybersecurity)},
		{Phase: ptr(2)},
		{Phase: ptr(1), Area: ptr(coalition.Communications), Statuses: []coalition.RequestStatus{coalition.Draft, coalition.Submitted}},
	} {
		want := filterItems(all, func(r coalition.Request) bool {
			return (f.Statuses == nil || slices.Contains(f.Statuses, r.Status)) && (f.Area == nil || r.Area == *f.Area) && (f.Phase == nil || r.Phase == *f.Phase)
		})
		checkList(t, fmt.Sprintf("requests %+v", f), want, func(p coalition.Page) (coalition.List[coalition.Request], error) {
			return st.Requests.List(ctx, f, p)
		})
	}
}

func order(st service.Stores, requestID string, status coalition.OrderStatus, when time.Time) coalition.Order {
	return coalition.Order{ID: st.NewID(), Version: 1, RequestID: requestID, Supplier: "Supplier", Amount: 500, Status: status, DraftedBy: "chair-a",
		Area: coalition.Communications, DraftedAt: when}
}

func testOrders(t *testing.T, st service.Stores) {
	ords := st.Orders
	r1, r2, r3 := st.NewID(), st.NewID(), st.NewID()
	draft := order(st, r1, coalition.PendingApproval, at(0))
	placed := order(st, r1, coalition.Placed, at(1))
	placed.ApprovedBy, placed.PlacedAt = ptr("chair-b"), ptr(at(2))
	placed.Draws = []coalition.Draw{{Area: ptr(coalition.Communications), Amount: 300}, {Amount: 200}}
	delivered := order(st, r2, coalition.Delivered, at(3))
	delivered.ApprovedBy, delivered.PlacedAt, delivered.DeliveredAt = ptr("chair-b"), ptr(at(4)), ptr(at(5))
	delivered.Draws = []coalition.Draw{{Amount: 500}}
	cancelled := order(st, r2, coalition.OrderCancelled, at(6))
	cancelled.CancelledAt = ptr(at(7))
	for _, o := range []coalition.Order{draft, placed, delivered, cancelled} {
		must(t, ords.Insert(ctx, o))
	}
	got, err := ords.Get(ctx, placed.ID)
	must(t, err)
	equal(t, got, placed, "get keeps every field and the draws in order")
	got, err = ords.Get(ctx, draft.ID)
	must(t, err)
	equal(t, got, draft, "get of an order without draws")
	_, err = ords.Get(ctx, st.NewID())
	wantCode(t, err, coalition.CodeNotFound, "get of a missing order")
	_, err = ords.Get(ctx, "nope")
	wantCode(t, err, coalition.CodeNotFound, "get of a malformed id")

	by, err := ords.ByRequests(ctx, []string{r2, r3, r1})
	must(t, err)
	equal(t, by, [][]coalition.Order{{cancelled, delivered}, nil, {placed, draft}}, "by requests, in key order, newest first")

	committing, err := ords.Committing(ctx)
	must(t, err)
	slices.SortFunc(committing, func(a, b coalition.Order) int { return cmpStr(a.ID, b.ID) })
	// Committing promises what the fund needs: id, amount, status, draws.
	fund := func(os []coalition.Order) []coalition.Order {
		out := make([]coalition.Order, len(os))
		for i, o := range os {
			out[i] = coalition.Order{ID: o.ID, Amount: o.Amount, Status: o.Status, Draws: o.Draws}
		}
		return out
	}
	equal(t, fund(committing), fund([]coalition.Order{placed, delivered}), "committing: placed and delivered, with draws")

	approved := draft
	approved.Status, approved.ApprovedBy, approved.PlacedAt = coalition.Placed, ptr("chair-c"), ptr(at(9))
	approved.Draws = []coalition.Draw{{Area: ptr(coalition.Communications), Amount: 500}}
	must(t, ords.Transition(ctx, coalition.PendingApproval, approved))
	wantCode(t, ords.Transition(ctx, coalition.PendingApproval, approved), coalition.CodeConflict, "transition from a stale status")
	got, err = ords.Get(ctx, draft.ID)
	must(t, err)
	approved.Version++ // every change counts up the version
	equal(t, got, approved, "after transition, draws too")
	// A failed transition leaves the draws alone.
	other := approved
	other.Draws = []coalition.Draw{{Amount: 1}}
	wantCode(t, ords.Transition(ctx, coalition.PendingApproval, other), coalition.CodeConflict, "transition from a stale status")
	got, err = ords.Get(ctx, draft.ID)
	must(t, err)
	equal(t, got, approved, "after a failed transition")
}

func testOrderPages(t *testing.T, st service.Stores) {
	var all []coalition.Order
	reqs := []string{st.NewID(), st.NewID(), st.NewID()}
	for i := range 13 {
		o := order(st, reqs[i%3], coalition.OrderStatuses[i%len(coalition.OrderStatuses)], at(i/2))
		if o.Status == coalition.Placed {
			o.Draws = []coalition.Draw{{Amount: o.Amount}}
		}
		must(t, st.Orders.Insert(ctx, o))
		all = append(all, o)
	}
	newestFirst(all, func(o coalition.Order) (time.Time, string) { return o.DraftedAt, o.ID })
	for _, f := range []coalition.OrderFilter{
		{},
		{Status: ptr(coalition.Placed)},
		{RequestIDs: []string{reqs[0], reqs[2]}},
		{RequestIDs: []string{}},
		{Status: ptr(coalition.PendingApproval), RequestIDs: []string{reqs[1]}},
	} {
		want := filterItems(all, func(o coalition.Order) bool {
			return (f.Status == nil || o.Status == *f.Status) && (f.RequestIDs == nil || slices.Contains(f.RequestIDs, o.RequestID))
		})
		checkList(t, fmt.Sprintf("orders %+v", f), want, func(p coalition.Page) (coalition.List[coalition.Order], error) {
			return st.Orders.List(ctx, f, p)
		})
	}
}

func event(i int) coalition.AuditEvent {
	types := []string{"Nation", "Contribution", "PriorityRequest", "Order"}
	nations := [][]string{{"EE"}, {"LU", "EE"}, {}, {"DE"}}
	return coalition.AuditEvent{
		At:         at(i / 2),
		Actor:      coalition.Actor{Sub: fmt.Sprintf("sub%d", i%3), Role: "chair", Nation: "EE"},
		Action:     []string{"approveOrder", "pledgeContribution", "admitNation"}[i%3],
		Target:     fmt.Sprintf("t%d", i%4),
		TargetType: types[i%len(types)],
		Nations:    nations[i%len(nations)],
		Outcome:    []coalition.AuditOutcome{coalition.OutcomeOK, coalition.OutcomeDenied, coalition.OutcomeFailed}[i%3],
		Detail:     fmt.Sprintf("event %d", i),
	}
}

// withoutID blanks the store-given id of events, to compare the rest.
func withoutID(evs []coalition.AuditEvent) []coalition.AuditEvent {
	out := slices.Clone(evs)
	for i := range out {
		out[i].ID = ""
	}
	return out
}

func testAudit(t *testing.T, st service.Stores) {
	ev := event(1)
	must(t, st.Audit.Append(ctx, ev))
	noNations := event(2)
	noNations.Nations = nil
	must(t, st.Audit.Append(ctx, noNations))
	got, err := st.Audit.List(ctx, coalition.AuditFilter{}, coalition.Page{First: 10})
	must(t, err)
	if len(got.Items) != 2 || got.Items[0].ID == "" || got.Items[1].ID == "" || got.Items[0].ID == got.Items[1].ID {
		t.Fatalf("appended events need fresh ids: %+v", got.Items)
	}
	noNations.Nations = []string{}
	equal(t, withoutID(got.Items), []coalition.AuditEvent{noNations, ev}, "events keep every field, newest first")
}

func testAuditPages(t *testing.T, st service.Stores) {
	all := appendEvents(t, st, 16, event)
	for _, f := range []coalition.AuditFilter{
		{},
		{Nations: []string{"EE"}},
		{Nations: []string{"LU", "DE"}},
		{Nations: []string{}},
		{TargetTypes: []string{"PriorityRequest", "Order"}},
		{Nations: []string{"DE"}, TargetTypes: []string{"Nation"}},
		{Nations: []string{}, TargetTypes: []string{}},
		{Action: ptr("approveOrder")},
		{Target: ptr("t1")},
		{Nations: []string{"EE"}, Action: ptr("pledgeContribution"), Target: ptr("t1")},
	} {
		match := filterItems(all, func(e coalition.AuditEvent) bool { return matches(f, e) })
		checkList(t, fmt.Sprintf("audit %+v", f), match, func(p coalition.Page) (coalition.List[coalition.AuditEvent], error) {
			return st.Audit.List(ctx, f, p)
		})
	}
}

// testCursors: a cursor from another list, or made up, is refused as bad
// input; a first page past the cap is clamped.
func testCursors(t *testing.T, st service.Stores) {
	for i := range 3 {
		must(t, st.Nations.Insert(ctx, coalition.Nation{Code: []string{"EE", "LU", "DE"}[i], Name: "n", Role: coalition.NationMember, Status: coalition.NationActive, JoinedAt: at(i)}))
		must(t, st.Orders.Insert(ctx, order(st, st.NewID(), coalition.Placed, at(i))))
	}
	nations, err := st.Nations.List(ctx, coalition.NationFilter{}, coalition.Page{First: 1})
	must(t, err)
	orders, err := st.Orders.List(ctx, coalition.OrderFilter{}, coalition.Page{First: 1})
	must(t, err)
	for _, bad := range []string{"%%%", "bm90IGpzb24", nations.Cursors[0], "W3siJGd0IjoxfSwiYSJd", string(make([]byte, 600))} {
		_, err := st.Orders.List(ctx, coalition.OrderFilter{}, coalition.Page{First: 5, After: bad})
		wantCode(t, err, coalition.CodeInvalid, fmt.Sprintf("orders after %q", bad))
		if !errors.Is(err, coalition.ErrInvalid) {
			t.Fatalf("bad cursor error is not ErrInvalid: %v", err)
		}
	}
	_, err = st.Nations.List(ctx, coalition.NationFilter{}, coalition.Page{First: 5, After: orders.Cursors[0]})
	wantCode(t, err, coalition.CodeInvalid, "nations after an order's cursor")
	big, err := st.Nations.List(ctx, coalition.NationFilter{}, coalition.Page{First: coalition.MaxFirst * 10})
	must(t, err)
	equal(t, len(big.Items), 3, "a page past the cap")
}

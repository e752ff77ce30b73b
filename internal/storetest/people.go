package storetest

import (
	"testing"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

func person(issuer, sub, nation string, seen int) coalition.Person {
	p, _ := coalition.Person{Issuer: issuer, Sub: sub}.Seen(nation, "member", at(seen))
	return p
}

func testPeople(t *testing.T, st service.Stores) {
	ps := st.People
	_, err := ps.Get(ctx, "idp-ee", "anna")
	wantCode(t, err, coalition.CodeNotFound, "a person never seen")

	anna := person("idp-ee", "anna", "EE", 0)
	must(t, ps.Seen(ctx, anna))
	got, err := ps.Get(ctx, "idp-ee", "anna")
	must(t, err)
	equal(t, got, anna, "a new person")

	// The same sub from another issuer is another person.
	other := person("idp-lu", "anna", "LU", 1)
	must(t, ps.Seen(ctx, other))
	got, err = ps.Get(ctx, "idp-ee", "anna")
	must(t, err)
	equal(t, got, anna, "a person beside another issuer's same sub")

	// A later request moves nation, role and last use, never first use.
	later, _ := anna.Seen("LV", "chair", at(5))
	must(t, ps.Seen(ctx, later))
	got, err = ps.Get(ctx, "idp-ee", "anna")
	must(t, err)
	equal(t, got, later, "a person seen again")
	if !got.FirstSeen.Equal(at(0)) {
		t.Fatalf("first use moved to %v", got.FirstSeen)
	}
	// A request recorded late does not take the last use back.
	stale := later
	stale.LastSeen = at(2)
	must(t, ps.Seen(ctx, stale))
	got, err = ps.Get(ctx, "idp-ee", "anna")
	must(t, err)
	equal(t, got.LastSeen, at(5), "last use after a late record")

	// Suspension is conditional on the status read, and Seen keeps it.
	suspended, err := got.Suspend("lost laptop")
	must(t, err)
	must(t, ps.Transition(ctx, coalition.PersonActive, suspended))
	wantCode(t, ps.Transition(ctx, coalition.PersonActive, suspended), coalition.CodeConflict, "a second suspension from ACTIVE")
	again, _ := suspended.Seen("LV", "chair", at(9))
	again.Status = coalition.PersonActive // what a racing request read before the suspension
	must(t, ps.Seen(ctx, again))
	got, err = ps.Get(ctx, "idp-ee", "anna")
	must(t, err)
	if got.Status != coalition.PersonSuspended || got.Reason == nil || *got.Reason != "lost laptop" {
		t.Fatalf("after a request, the suspension is %s (%v)", got.Status, got.Reason)
	}
	wantCode(t, ps.Transition(ctx, coalition.PersonActive, person("idp-ee", "nobody", "EE", 0)), coalition.CodeConflict, "a change of a person never seen")

	// Lists in issuer and subject order, narrowed by nation.
	bob := person("idp-ee", "bob", "EE", 3)
	must(t, ps.Seen(ctx, bob))
	got, err = ps.Get(ctx, "idp-ee", "anna")
	must(t, err)
	all := []coalition.Person{got, bob, other}
	list := func(f coalition.PersonFilter) func(coalition.Page) (coalition.List[coalition.Person], error) {
		return func(pg coalition.Page) (coalition.List[coalition.Person], error) { return ps.List(ctx, f, pg) }
	}
	checkList(t, "every person", all, list(coalition.PersonFilter{}))
	checkList(t, "people of EE", []coalition.Person{bob}, list(coalition.PersonFilter{Nations: []string{"EE"}}))
	checkList(t, "people of LV and LU", []coalition.Person{got, other}, list(coalition.PersonFilter{Nations: []string{"LV", "LU"}}))
	checkList(t, "people of no nation", []coalition.Person{}, list(coalition.PersonFilter{Nations: []string{}}))
}

package storetest

import (
	"fmt"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// Procurement (issue 13): the supplier registry and an order's terms.

func supplier(t *testing.T, st service.Stores, i int, when time.Time) coalition.Supplier {
	t.Helper()
	v, err := coalition.NewSupplier(st.NewID(), fmt.Sprintf("Supplier %d", i), "LT", coalition.SupplierNational, fmt.Sprintf("LT-%03d", i),
		coalition.Signer{Issuer: "itc", Sub: "chair-a", Nation: "EE"}, when)
	must(t, err)
	return v
}

func testSuppliers(t *testing.T, st service.Stores) {
	a := supplier(t, st, 1, at(0))
	must(t, st.Suppliers.Insert(ctx, a))
	got, err := st.Suppliers.Get(ctx, a.ID)
	must(t, err)
	equal(t, got, a, "get keeps every field")
	got, err = st.Suppliers.ByKey(ctx, a.Key())
	must(t, err)
	equal(t, got, a, "by key")
	_, err = st.Suppliers.ByKey(ctx, "NATIONAL:LT:NOPE")
	wantCode(t, err, coalition.CodeNotFound, "by a missing key")
	_, err = st.Suppliers.Get(ctx, st.NewID())
	wantCode(t, err, coalition.CodeNotFound, "get of a missing supplier")
	_, err = st.Suppliers.Get(ctx, "nope")
	wantCode(t, err, coalition.CodeNotFound, "get of a malformed id")

	// The key is unique whatever the caller checked first.
	twin := supplier(t, st, 1, at(1))
	if err := st.Suppliers.Insert(ctx, twin); err == nil {
		t.Error("a second supplier under the same key was stored")
	}

	// An order keeps its terms.
	o := order(st, st.NewID(), coalition.PendingApproval, at(2))
	o.OrderTerms = coalition.OrderTerms{SupplierID: a.ID, ContractReference: "NSPA-1", Justification: "why",
		Agent: coalition.ProcurementAgent{Kind: coalition.AgentNational, Country: "LT", Name: "Agency"}}
	must(t, st.Orders.Insert(ctx, o))
	gotOrder, err := st.Orders.Get(ctx, o.ID)
	must(t, err)
	equal(t, gotOrder, o, "an order's terms")
}

func testSupplierPages(t *testing.T, st service.Stores) {
	var all []coalition.Supplier
	for i := range 11 {
		v := supplier(t, st, i, at(i/2))
		must(t, st.Suppliers.Insert(ctx, v))
		all = append(all, v)
	}
	newestFirst(all, func(v coalition.Supplier) (time.Time, string) { return v.RegisteredAt, v.ID })
	checkList(t, "suppliers", all, func(p coalition.Page) (coalition.List[coalition.Supplier], error) {
		return st.Suppliers.List(ctx, p)
	})
}

// Versions: a change is written only on the version its editor read, and
// counts the version up; renumbering a priority counts too.
func testVersions(t *testing.T, st service.Stores) {
	r := request(st, 1, 1, coalition.Submitted, coalition.Communications, at(0))
	must(t, st.Requests.Insert(ctx, r))
	edited := r
	edited.Title = "first edit"
	must(t, st.Requests.Transition(ctx, coalition.Submitted, edited))
	stale := r
	stale.Title = "second edit, of the version before"
	wantCode(t, st.Requests.Transition(ctx, coalition.Submitted, stale), coalition.CodeConflict, "an edit of a stale version")
	got, err := st.Requests.Get(ctx, r.ID, coalition.RequestFilter{})
	must(t, err)
	equal(t, [2]any{got.Title, got.Version}, [2]any{"first edit", 2}, "the first edit stands, at version 2")
	must(t, st.Requests.SetPriority(ctx, r.ID, 2))
	got, err = st.Requests.Get(ctx, r.ID, coalition.RequestFilter{})
	must(t, err)
	equal(t, got.Version, 3, "a new priority counts up the version")

	o := order(st, r.ID, coalition.PendingApproval, at(1))
	must(t, st.Orders.Insert(ctx, o))
	placed := o
	placed.Status, placed.Draws = coalition.Placed, []coalition.Draw{{Amount: o.Amount}}
	must(t, st.Orders.Transition(ctx, coalition.PendingApproval, placed))
	cancelled := placed
	cancelled.Status = coalition.OrderCancelled
	cancelled.Version = 7
	wantCode(t, st.Orders.Transition(ctx, coalition.Placed, cancelled), coalition.CodeConflict, "a change of a version never stored")
	cancelled.Version = 2
	must(t, st.Orders.Transition(ctx, coalition.Placed, cancelled))
	gotOrder, err := st.Orders.Get(ctx, o.ID)
	must(t, err)
	equal(t, [2]any{gotOrder.Status, gotOrder.Version}, [2]any{coalition.OrderCancelled, 3}, "the order after two changes")
}

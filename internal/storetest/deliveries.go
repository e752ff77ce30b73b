package storetest

import (
	"testing"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// Procurement (issue 13): an order's approvals, its deliveries and its
// amendments.

var (
	chairEE = coalition.Signer{Issuer: "itc", Sub: "chair-ee", Nation: "EE"}
	chairLU = coalition.Signer{Issuer: "itc", Sub: "chair-lu", Nation: "LU"}
	modA    = coalition.Signer{Issuer: "itc", Sub: "mod-a", Nation: "UA"}
	modB    = coalition.Signer{Issuer: "idp", Sub: "mod-b", Nation: "UA"}
)

// An order keeps its approvals, written with it on the version read; a
// partly delivered order's money counts as committed.
func testApprovals(t *testing.T, st service.Stores) {
	o := order(st, st.NewID(), coalition.PendingApproval, at(0))
	must(t, st.Orders.Insert(ctx, o))
	got, err := st.Orders.Get(ctx, o.ID)
	must(t, err)
	equal(t, got.Approvals, nil, "a new order has no approvals")

	first := o
	first.Approvals = []coalition.Approval{{By: chairEE, At: at(1)}}
	must(t, st.Orders.Transition(ctx, coalition.PendingApproval, first))
	stale := o
	stale.Approvals = []coalition.Approval{{By: chairLU, At: at(1)}}
	wantCode(t, st.Orders.Transition(ctx, coalition.PendingApproval, stale), coalition.CodeConflict, "an approval on a stale version")
	got, err = st.Orders.Get(ctx, o.ID)
	must(t, err)
	first.Version = 2
	equal(t, got, first, "the first approval stands")

	placed := got
	placed.Approvals = append(placed.Approvals, coalition.Approval{By: chairLU, At: at(2)})
	placed.Status, placed.ApprovedBy, placed.PlacedAt = coalition.PartlyDelivered, ptr("chair-lu"), ptr(at(2))
	placed.Draws = []coalition.Draw{{Amount: 500}}
	must(t, st.Orders.Transition(ctx, coalition.PendingApproval, placed))
	got, err = st.Orders.Get(ctx, o.ID)
	must(t, err)
	placed.Version = 3
	equal(t, got, placed, "two approvals, partly delivered")
	committing, err := st.Orders.Committing(ctx)
	must(t, err)
	if len(committing) != 1 || committing[0].ID != o.ID {
		t.Errorf("committing orders %+v, want the partly delivered one", committing)
	}
}

func newDelivery(st service.Stores, orderID string, value coalition.Money, ref string, minutes int) coalition.Delivery {
	return coalition.Delivery{ID: st.NewID(), OrderID: orderID, Value: value, Date: at(0).Truncate(24 * 60 * 60 * 1e9), Reference: ref,
		Status: coalition.DeliveryRecorded, RecordedBy: modA, RecordedAt: at(minutes), Version: 1}
}

// Deliveries are listed per order, oldest first, and a decision is written
// only on the version read.
func testDeliveries(t *testing.T, st service.Stores) {
	a, b, none := order(st, st.NewID(), coalition.Placed, at(0)), order(st, st.NewID(), coalition.Placed, at(0)), order(st, st.NewID(), coalition.Placed, at(0))
	for _, o := range []coalition.Order{a, b, none} {
		must(t, st.Orders.Insert(ctx, o))
	}
	a2 := newDelivery(st, a.ID, 200, "DN-2", 5)
	a1 := newDelivery(st, a.ID, 100, "DN-1", 1)
	b1 := newDelivery(st, b.ID, 300, "DN-1", 2)
	b1.Whole, b1.Status, b1.DecidedBy, b1.DecidedAt = true, coalition.DeliveryAccepted, &modA, ptr(at(2))
	for _, d := range []coalition.Delivery{a2, a1, b1} {
		must(t, st.Deliveries.Insert(ctx, d))
	}
	got, err := st.Deliveries.ByOrders(ctx, []string{b.ID, none.ID, a.ID})
	must(t, err)
	equal(t, got, [][]coalition.Delivery{{b1}, nil, {a1, a2}}, "deliveries by order, oldest first")

	rejected := a1
	rejected.Status, rejected.DecidedBy, rejected.DecidedAt, rejected.RejectReason, rejected.Version = coalition.DeliveryRejected, &modB, ptr(at(6)), ptr("broken"), 2
	must(t, st.Deliveries.Replace(ctx, rejected))
	accepted := a1
	accepted.Status, accepted.DecidedBy, accepted.DecidedAt, accepted.Version = coalition.DeliveryAccepted, &modB, ptr(at(6)), 2
	wantCode(t, st.Deliveries.Replace(ctx, accepted), coalition.CodeConflict, "a decision on a stale version")
	one, err := st.Deliveries.Get(ctx, a1.ID)
	must(t, err)
	equal(t, one, rejected, "the first decision stands, with every field")
	_, err = st.Deliveries.Get(ctx, st.NewID())
	wantCode(t, err, coalition.CodeNotFound, "a missing delivery")
	_, err = st.Deliveries.Get(ctx, "nope")
	wantCode(t, err, coalition.CodeNotFound, "a malformed id")
}

// Amendments are listed per order with their approvals and draws, and
// written only on the version read.
func testAmendments(t *testing.T, st service.Stores) {
	o := order(st, st.NewID(), coalition.Placed, at(0))
	must(t, st.Orders.Insert(ctx, o))
	dec := coalition.Amendment{ID: st.NewID(), OrderID: o.ID, From: 500, To: 400, Reason: "cheaper", Status: coalition.AmendmentApplied,
		ProposedBy: chairEE, ProposedAt: at(1), AppliedAt: ptr(at(1)), Draws: []coalition.Draw{{Amount: 100}}, Version: 1}
	inc := coalition.Amendment{ID: st.NewID(), OrderID: o.ID, From: 400, To: 900, Reason: "more", Justification: "why",
		Status: coalition.AmendmentPending, ProposedBy: chairEE, ProposedAt: at(2), Version: 1}
	must(t, st.Amendments.Insert(ctx, inc))
	must(t, st.Amendments.Insert(ctx, dec))
	got, err := st.Amendments.ByOrders(ctx, []string{st.NewID(), o.ID})
	must(t, err)
	equal(t, got, [][]coalition.Amendment{nil, {dec, inc}}, "amendments by order, oldest first")

	applied := inc
	applied.Approvals = []coalition.Approval{{By: chairLU, At: at(3)}}
	applied.Status, applied.AppliedAt, applied.Version = coalition.AmendmentApplied, ptr(at(3)), 2
	applied.Draws = []coalition.Draw{{Area: ptr(coalition.Communications), Amount: 300}, {Amount: 200}}
	must(t, st.Amendments.Replace(ctx, applied))
	withdrawn := inc
	withdrawn.Status, withdrawn.Version = coalition.AmendmentWithdrawn, 2
	wantCode(t, st.Amendments.Replace(ctx, withdrawn), coalition.CodeConflict, "a change on a stale version")
	one, err := st.Amendments.Get(ctx, inc.ID)
	must(t, err)
	equal(t, one, applied, "the approval stands, with its draws")
	_, err = st.Amendments.Get(ctx, "nope")
	wantCode(t, err, coalition.CodeNotFound, "a malformed id")
}

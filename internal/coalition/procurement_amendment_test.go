package coalition

import (
	"reflect"
	"testing"
)

func TestProposeAmendment(t *testing.T) {
	cyber := Cybersecurity
	placed := Order{ID: "o1", RequestID: "r1", Area: Cybersecurity, Amount: 1_000, Status: Placed,
		Draws: []Draw{{Area: &cyber, Amount: 600}, {Amount: 400}}}
	partly := placed
	partly.Status = PartlyDelivered
	req := Request{ID: "r1", EstimatedCost: 1_500, Status: InProcurement}
	in := NewAmendment{ID: "a1", To: 1_200, Reason: " price of switches rose ", By: annaEE, At: procNow}
	with := func(f func(*NewAmendment)) NewAmendment { a := in; f(&a); return a }
	to := func(m Money) NewAmendment { return with(func(a *NewAmendment) { a.To = m }) }
	tests := []struct {
		name         string
		order        Order
		others       []Order
		ds           []Delivery
		amendments   []Amendment
		in           NewAmendment
		wantCode     Code
		wantField    string
		wantStatus   AmendmentStatus
		wantOrder    OrderStatus
		wantAmount   Money
		wantReleased []Draw
		wantKept     []Draw
	}{
		{"an increase awaits approval", placed, nil, nil, nil, in, "", "", AmendmentPending, Placed, 1_000, nil, placed.Draws},
		{"an increase of a partly delivered order", partly, nil, []Delivery{delivery("d1", 100, DeliveryAccepted, olena)}, nil, in, "", "", AmendmentPending, PartlyDelivered, 1_000, nil, placed.Draws},
		{"an increase above the estimate without a word", placed, nil, nil, nil, to(1_501), CodeInvalid, "justification", "", Placed, 1_000, nil, placed.Draws},
		{"an increase above the estimate with one", placed, nil, nil, nil, with(func(a *NewAmendment) { a.To = 1_501; a.Justification = "more sites" }), "", "", AmendmentPending, Placed, 1_000, nil, placed.Draws},
		{"the order itself among the others counts once", placed, []Order{placed}, nil, nil, to(1_500), "", "", AmendmentPending, Placed, 1_000, nil, placed.Draws},
		{"the request's other orders count", placed, []Order{placed, {ID: "o2", Amount: 400, Status: Placed}}, nil, nil, to(1_200), CodeInvalid, "justification", "", Placed, 1_000, nil, placed.Draws},
		{"a decrease releases unearmarked money first", placed, nil, nil, nil, to(700), "", "", AmendmentApplied, Placed, 700,
			[]Draw{{Amount: 300}}, []Draw{{Area: &cyber, Amount: 600}, {Amount: 100}}},
		{"a deep decrease releases earmarked money too", placed, nil, nil, nil, to(500), "", "", AmendmentApplied, Placed, 500,
			[]Draw{{Amount: 400}, {Area: &cyber, Amount: 100}}, []Draw{{Area: &cyber, Amount: 500}}},
		{"a decrease to what was accepted delivers the order", partly, nil, []Delivery{delivery("d1", 800, DeliveryAccepted, olena)}, nil, to(800), "", "", AmendmentApplied, Delivered, 800,
			[]Draw{{Amount: 200}}, []Draw{{Area: &cyber, Amount: 600}, {Amount: 200}}},
		{"a decrease below what was accepted", partly, nil, []Delivery{delivery("d1", 800, DeliveryAccepted, olena)}, nil, to(799), CodeConflict, "", "", PartlyDelivered, 1_000, nil, placed.Draws},
		{"a decrease below what awaits a decision", placed, nil, []Delivery{delivery("d1", 800, DeliveryRecorded, olena)}, nil, to(799), CodeConflict, "", "", Placed, 1_000, nil, placed.Draws},
		{"a rejected delivery does not hold the amount up", placed, nil, []Delivery{delivery("d1", 800, DeliveryRejected, olena)}, nil, to(799), "", "", AmendmentApplied, Placed, 799,
			[]Draw{{Amount: 201}}, []Draw{{Area: &cyber, Amount: 600}, {Amount: 199}}},
		{"to zero", placed, nil, nil, nil, to(0), CodeInvalid, "amount", "", Placed, 1_000, nil, placed.Draws},
		{"no change", placed, nil, nil, nil, to(1_000), CodeInvalid, "amount", "", Placed, 1_000, nil, placed.Draws},
		{"without a reason", placed, nil, nil, nil, with(func(a *NewAmendment) { a.Reason = "" }), CodeInvalid, "reason", "", Placed, 1_000, nil, placed.Draws},
		{"while another awaits approval", placed, nil, nil, []Amendment{{ID: "a0", Status: AmendmentPending}}, in, CodeConflict, "", "", Placed, 1_000, nil, placed.Draws},
		{"after others were applied or withdrawn", placed, nil, nil, []Amendment{{ID: "a0", Status: AmendmentApplied}, {ID: "a00", Status: AmendmentWithdrawn}}, in, "", "", AmendmentPending, Placed, 1_000, nil, placed.Draws},
		{"a pending order", Order{ID: "o1", Amount: 1_000, Status: PendingApproval}, nil, nil, nil, in, CodeConflict, "", "", PendingApproval, 1_000, nil, nil},
		{"a delivered order", Order{ID: "o1", Amount: 1_000, Status: Delivered}, nil, nil, nil, to(900), CodeConflict, "", "", Delivered, 1_000, nil, nil},
		{"a cancelled order", Order{ID: "o1", Amount: 1_000, Status: OrderCancelled}, nil, nil, nil, in, CodeConflict, "", "", OrderCancelled, 1_000, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			drawsBefore := append([]Draw(nil), tt.order.Draws...)
			a, o, err := ProposeAmendment(tt.order, req, tt.others, tt.ds, tt.amendments, tt.in)
			wantCode(t, err, tt.wantCode, tt.wantField)
			if o.Status != tt.wantOrder || o.Amount != tt.wantAmount || !reflect.DeepEqual(o.Draws, tt.wantKept) {
				t.Errorf("order = %s %s %v, want %s %s %v", o.Status, o.Amount, o.Draws, tt.wantOrder, tt.wantAmount, tt.wantKept)
			}
			if !reflect.DeepEqual(tt.order.Draws, drawsBefore) {
				t.Errorf("the order's draws changed in place to %v", tt.order.Draws)
			}
			if err != nil {
				return
			}
			if a.Status != tt.wantStatus || a.From != tt.order.Amount || a.To != tt.in.To || a.Reason != "price of switches rose" ||
				a.ProposedBy != annaEE || !reflect.DeepEqual(a.Draws, tt.wantReleased) || (a.AppliedAt != nil) != (tt.wantStatus == AmendmentApplied) {
				t.Errorf("amendment = %+v, want %s from %s to %s releasing %v", a, tt.wantStatus, tt.order.Amount, tt.in.To, tt.wantReleased)
			}
		})
	}
}

func TestApproveAmendment(t *testing.T) {
	cyber := Cybersecurity
	placed := Order{ID: "o1", Area: Cybersecurity, Amount: 1_000, Status: Placed, Draws: []Draw{{Area: &cyber, Amount: 1_000}}}
	pending := Amendment{ID: "a1", OrderID: "o1", From: 1_000, To: 1_500, Reason: "more", Status: AmendmentPending, ProposedBy: annaEE, Version: 1}
	funds := ProcurementFunds{Earmarked: map[CapabilityArea]Money{Cybersecurity: 200}, Unearmarked: 1_000}
	short := ProcurementFunds{Earmarked: map[CapabilityArea]Money{Cybersecurity: 200}, Unearmarked: 299}
	two := ApprovalRule{TwoNationsAbove: money(1_200)}
	withA := func(f func(*Amendment)) Amendment { a := pending; f(&a); return a }
	tests := []struct {
		name       string
		order      Order
		a          Amendment
		rule       ApprovalRule
		next       Signer
		funds      ProcurementFunds
		wantCode   Code
		wantMsg    string
		wantStatus AmendmentStatus
		wantAmount Money
		wantDraws  []Draw
	}{
		{"applied by a second chair", placed, pending, ApprovalRule{}, ottoEE, funds, "", "", AmendmentApplied, 1_500,
			[]Draw{{Area: &cyber, Amount: 1_200}, {Amount: 300}}},
		{"the new amount crosses the threshold: awaits a second nation", placed, pending, two, ottoEE, funds, "", "", AmendmentPending, 1_000, placed.Draws},
		{"the second nation applies it", placed, withA(func(a *Amendment) { a.Approvals = []Approval{approval(ottoEE)} }), two, luc, funds, "", "", AmendmentApplied, 1_500,
			[]Draw{{Area: &cyber, Amount: 1_200}, {Amount: 300}}},
		{"the cap looks at the increase only", placed, pending, ApprovalRule{MaxPerApproval: money(500)}, ottoEE, funds, "", "", AmendmentApplied, 1_500,
			[]Draw{{Area: &cyber, Amount: 1_200}, {Amount: 300}}},
		{"an increase above the cap", placed, pending, ApprovalRule{MaxPerApproval: money(499)}, ottoEE, funds, CodeForbidden, "one approval may commit", AmendmentPending, 1_000, placed.Draws},
		{"money short", placed, pending, ApprovalRule{}, ottoEE, short, CodeConflict, "insufficient funds", AmendmentPending, 1_000, placed.Draws},
		{"by its proposer", placed, pending, ApprovalRule{}, annaEE, funds, CodeForbidden, "cannot approve", AmendmentPending, 1_000, placed.Draws},
		{"by the same person twice", placed, withA(func(a *Amendment) { a.Approvals = []Approval{approval(ottoEE)} }), two, ottoEE, funds, CodeConflict, "already approved", AmendmentPending, 1_000, placed.Draws},
		{"a withdrawn amendment", placed, withA(func(a *Amendment) { a.Status = AmendmentWithdrawn }), ApprovalRule{}, ottoEE, funds, CodeConflict, "WITHDRAWN", AmendmentWithdrawn, 1_000, placed.Draws},
		{"an order changed since", Order{ID: "o1", Area: Cybersecurity, Amount: 900, Status: Placed}, pending, ApprovalRule{}, ottoEE, funds, CodeConflict, "propose it again", AmendmentPending, 900, nil},
		{"an order delivered since", Order{ID: "o1", Amount: 1_000, Status: Delivered}, pending, ApprovalRule{}, ottoEE, funds, CodeConflict, "DELIVERED", AmendmentPending, 1_000, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, a, d, err := ApproveAmendment(tt.order, tt.a, tt.rule, approval(tt.next), tt.funds)
			wantCode(t, err, tt.wantCode, tt.wantMsg)
			if a.Status != tt.wantStatus || o.Amount != tt.wantAmount || !reflect.DeepEqual(o.Draws, tt.wantDraws) {
				t.Errorf("amendment %s, order %s %v; want %s, %s %v", a.Status, o.Amount, o.Draws, tt.wantStatus, tt.wantAmount, tt.wantDraws)
			}
			if err != nil {
				if !reflect.DeepEqual(a, tt.a) {
					t.Errorf("a refused approval changed the amendment to %+v", a)
				}
				return
			}
			if len(a.Approvals) != len(tt.a.Approvals)+1 || a.Version != tt.a.Version+1 || d.Complete != (tt.wantStatus == AmendmentApplied) {
				t.Errorf("amendment = %+v, decision %+v: want one more approval and version", a, d)
			}
			if tt.wantStatus == AmendmentApplied && !reflect.DeepEqual(a.Draws, []Draw{{Area: &cyber, Amount: 200}, {Amount: 300}}) {
				t.Errorf("amendment draws = %v, want 200 from the area then 300 unearmarked", a.Draws)
			}
		})
	}
}

func TestWithdrawAmendment(t *testing.T) {
	tests := []struct {
		status   AmendmentStatus
		wantCode Code
	}{
		{AmendmentPending, ""},
		{AmendmentApplied, CodeConflict},
		{AmendmentWithdrawn, CodeConflict},
	}
	for _, tt := range tests {
		a, err := WithdrawAmendment(Amendment{ID: "a1", Status: tt.status, Version: 3})
		wantCode(t, err, tt.wantCode)
		if err == nil && (a.Status != AmendmentWithdrawn || a.Version != 4) {
			t.Errorf("withdrawn = %+v, want WITHDRAWN at version 4", a)
		}
	}
}

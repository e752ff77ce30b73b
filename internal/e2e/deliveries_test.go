package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
)

// Procurement (issue 13): approvals under the policy's thresholds,
// deliveries decided by a second person of the Ministry, amendments.

const orderState = `query($id: ID!) { order(id: $id) { status amount version awaiting approvals { by nation }
  deliveries { id value status reference rejectReason recordedBy decidedBy whole }
  amendments { from to status reason approvals { by } } } }`

// orderOf reads an order with its approvals, deliveries and amendments,
// as a chair of EE sees it.
func orderOf(t *testing.T, s *apptest.Server, id string) map[string]any {
	t.Helper()
	var d map[string]any
	s.MustQuery(s.Token("chair", "EE"), orderState, map[string]any{"id": id}, &d)
	return d["order"].(map[string]any)
}

// unchanged runs check, then fails when order id (with its deliveries and
// amendments) changed.
func unchanged(t *testing.T, s *apptest.Server, id string, steps func()) {
	t.Helper()
	before := fmt.Sprint(orderOf(t, s, id))
	steps()
	if after := fmt.Sprint(orderOf(t, s, id)); after != before {
		t.Errorf("a refused change changed order %s:\n before %s\n after  %s", id, before, after)
	}
}

// placedOrder drafts an order of amount for a new approved request in area
// (as chair-ee-a) and has chair-ee-b approve it; the order is below the
// policy's threshold, so one approval places it.
func placedOrder(t *testing.T, s *apptest.Server, area, cost, amount string) (request, order string) {
	t.Helper()
	request = approvedRequest(t, s, area, cost)
	var d struct{ DraftOrder struct{ ID string } }
	s.MustQuery(s.TokenFor("chair-ee-a", "chair", "EE"), `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`,
		map[string]any{"in": draftInput(request, registerSupplier(t, s), amount)}, &d)
	var a struct{ ApproveOrder struct{ Status string } }
	s.MustQuery(s.TokenFor("chair-ee-b", "chair", "EE"), `mutation($id: ID!) { approveOrder(id: $id) { status } }`, map[string]any{"id": d.DraftOrder.ID}, &a)
	if a.ApproveOrder.Status != "PLACED" {
		t.Fatalf("an order of %s is %s after one approval, want PLACED", amount, a.ApproveOrder.Status)
	}
	return request, d.DraftOrder.ID
}

const (
	record = `mutation($o: ID!, $v: Money!, $d: String!, $r: String!, $ev: Int) {
  recordDelivery(order: $o, value: $v, date: $d, reference: $r, expectedVersion: $ev) { id status value reference recordedBy version } }`
	accept = `mutation($id: ID!, $ev: Int) { acceptDelivery(id: $id, expectedVersion: $ev) { id status decidedBy version order { status deliveredAt } } }`
	reject = `mutation($id: ID!, $why: String!) { rejectDelivery(id: $id, reason: $why) { id status rejectReason decidedBy order { status } } }`
)

func delivery(order, value, date, ref string) map[string]any {
	return map[string]any{"o": order, "v": value, "d": date, "r": ref}
}

// A partial delivery and its acceptance make the order PARTLY_DELIVERED,
// the rest DELIVERED; a rejection says why; nobody decides on their own
// recording; the request is fulfilled only once goods arrived and no order
// is open.
func TestDeliveries(t *testing.T) {
	s := apptest.Start(t)
	modA, modB := s.TokenFor("mod-ua-a", "mod", "UA"), s.TokenFor("mod-ua-b", "mod", "UA")
	ee, gb := s.Token("chair", "EE"), s.Token("observer", "GB")
	reqID, ord := placedOrder(t, s, "COMMUNICATIONS", "1000.00", "600.00")
	today := time.Now().UTC().Format(time.DateOnly)
	fulfil := `mutation($id: ID!) { fulfillRequest(id: $id) { status } }`
	var first, second, third string
	walk(t, s, []step{
		{name: "a chair may not record a delivery", token: ee, query: record, vars: delivery(ord, "200.00", today, "DN-1"), wantCode: "FORBIDDEN"},
		{name: "the Ministry records a part", token: modA, query: record, vars: delivery(ord, "200.00", today, "DN-1"), check: func(t *testing.T, d map[string]any) {
			want(t, d, "RECORDED", "recordDelivery", "status")
			want(t, d, "200.00", "recordDelivery", "value")
			want(t, d, "mod-ua-a", "recordDelivery", "recordedBy")
			first = fmt.Sprint(field(d, "recordDelivery", "id"))
		}},
	})
	walk(t, s, []step{
		{name: "the recorder may not accept it", token: modA, query: accept, vars: map[string]any{"id": first}, wantCode: "FORBIDDEN"},
		{name: "nor reject it", token: modA, query: reject, vars: map[string]any{"id": first, "why": "mine"}, wantCode: "FORBIDDEN"},
		{name: "the same reference twice", token: modA, query: record, vars: delivery(ord, "1.00", today, "dn-1"), wantCode: "CONFLICT"},
		{name: "a second person accepts it", token: modB, query: accept, vars: map[string]any{"id": first}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "ACCEPTED", "acceptDelivery", "status")
			want(t, d, "mod-ua-b", "acceptDelivery", "decidedBy")
			want(t, d, "PARTLY_DELIVERED", "acceptDelivery", "order", "status")
			want(t, d, nil, "acceptDelivery", "order", "deliveredAt")
		}},
		{name: "accepted twice", token: modB, query: accept, vars: map[string]any{"id": first}, wantCode: "CONFLICT"},
		{name: "more than is left", token: modA, query: record, vars: delivery(ord, "400.01", today, "DN-2"), wantCode: "CONFLICT"},
		{name: "a part that is refused", token: modA, query: record, vars: delivery(ord, "100.00", today, "DN-2"), check: func(t *testing.T, d map[string]any) {
			second = fmt.Sprint(field(d, "recordDelivery", "id"))
		}},
	})
	walk(t, s, []step{
		{name: "a rejection needs a reason", token: modB, query: reject, vars: map[string]any{"id": second, "why": "  "}, wantCode: "BAD_USER_INPUT"},
		{name: "rejected with a reason", token: modB, query: reject, vars: map[string]any{"id": second, "why": "two routers arrived broken"}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "REJECTED", "rejectDelivery", "status")
			want(t, d, "two routers arrived broken", "rejectDelivery", "rejectReason")
			want(t, d, "PARTLY_DELIVERED", "rejectDelivery", "order", "status")
		}},
		{name: "a request with a partly delivered order is not fulfilled", token: modA, query: fulfil, vars: map[string]any{"id": reqID}, wantCode: "CONFLICT"},
		{name: "a partly delivered order is not cancelled", token: ee, query: `mutation($id: ID!) { cancelOrder(id: $id) { status } }`, vars: map[string]any{"id": ord}, wantCode: "CONFLICT"},
		{name: "the rest, with the rejected value again", token: modA, query: record, vars: delivery(ord, "400.00", today, "DN-3"), check: func(t *testing.T, d map[string]any) {
			third = fmt.Sprint(field(d, "recordDelivery", "id"))
		}},
	})
	walk(t, s, []step{
		{name: "an acceptance of a stale version", token: modB, query: accept, vars: map[string]any{"id": third, "ev": 7}, wantCode: "CONFLICT"},
		{name: "the rest accepted", token: modB, query: accept, vars: map[string]any{"id": third, "ev": 1}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "DELIVERED", "acceptDelivery", "order", "status")
			want(t, d, 2, "acceptDelivery", "version")
		}},
		{name: "nothing is recorded against a delivered order", token: modA, query: record, vars: delivery(ord, "1.00", today, "DN-4"), wantCode: "CONFLICT"},
		{name: "fulfilled once the goods arrived", token: modA, query: fulfil, vars: map[string]any{"id": reqID}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "FULFILLED", "fulfillRequest", "status")
		}},
	})
	o := orderOf(t, s, ord)
	var got []string
	for _, d := range o["deliveries"].([]any) {
		d := d.(map[string]any)
		got = append(got, fmt.Sprintf("%v %v %v", d["reference"], d["value"], d["status"]))
	}
	if want := "[DN-1 200.00 ACCEPTED DN-2 100.00 REJECTED DN-3 400.00 ACCEPTED]"; fmt.Sprint(got) != want {
		t.Errorf("deliveries %v, want %s", got, want)
	}

	// The stale acceptance said which version the delivery is at.
	r := s.Query(modB, accept, map[string]any{"id": first, "ev": 1})
	if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, "version 2") {
		t.Errorf("a stale acceptance: %s, want CONFLICT saying version 2", r.Body)
	}

	// Observers see the deliveries, not what they are worth.
	r = s.Query(gb, `query($id: ID!) { order(id: $id) { deliveries { status value } } }`, map[string]any{"id": ord})
	if len(r.Errors) != 1 || r.Errors[0].Code() != "FORBIDDEN" || fmt.Sprint(r.Errors[0].Extensions["field"]) != "Delivery.value" ||
		!strings.Contains(string(r.Body), `"value":null`) || !strings.Contains(string(r.Body), `"status":"ACCEPTED"`) {
		t.Errorf("an observer's deliveries: %s", r.Body)
	}

	// The events are about the order, so the Ministry reads them.
	var log struct {
		AuditLog struct {
			Edges []struct {
				Node struct {
					Action, Outcome, Target, Reason string
					Changes                         []struct{ Field, Before, After *string }
				}
			}
		}
	}
	s.MustQuery(modA, `{ auditLog(first: 100) { edges { node { action outcome target reason changes { field before after } } } } }`, nil, &log)
	seen := map[string]bool{}
	for _, e := range log.AuditLog.Edges {
		if e.Node.Target == ord && e.Node.Outcome == "OK" {
			seen[e.Node.Action] = true
			// What changed, and why: every delivery event says it.
			if len(e.Node.Changes) == 0 {
				t.Errorf("the %s event about order %s lists no change", e.Node.Action, ord)
			}
			if e.Node.Action == "rejectDelivery" && e.Node.Reason != "two routers arrived broken" {
				t.Errorf("the rejectDelivery event's reason is %q", e.Node.Reason)
			}
		}
	}
	for _, a := range []string{"recordDelivery", "acceptDelivery", "rejectDelivery"} {
		if !seen[a] {
			t.Errorf("the Ministry reads no OK %s event about order %s", a, ord)
		}
	}
}

// confirmDelivery keeps working: it records and accepts what is left.
func TestConfirmDeliveryRecordsTheRest(t *testing.T) {
	s := apptest.Start(t)
	modA, modB := s.TokenFor("mod-ua-a", "mod", "UA"), s.TokenFor("mod-ua-b", "mod", "UA")
	_, ord := placedOrder(t, s, "CYBERSECURITY", "1000.00", "900.00")
	today := time.Now().UTC().Format(time.DateOnly)
	var d struct{ RecordDelivery struct{ ID string } }
	s.MustQuery(modA, record, delivery(ord, "300.00", today, "DN-1"), &d)
	confirm := `mutation($id: ID!) { confirmDelivery(id: $id) { status } }`
	walk(t, s, []step{
		{name: "not while a delivery awaits a decision", token: modA, query: confirm, vars: map[string]any{"id": ord}, wantCode: "CONFLICT"},
	})
	s.MustQuery(modB, accept, map[string]any{"id": d.RecordDelivery.ID}, nil)
	walk(t, s, []step{
		{name: "the rest at once", token: modA, query: confirm, vars: map[string]any{"id": ord}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "DELIVERED", "confirmDelivery", "status")
		}},
	})
	ds := orderOf(t, s, ord)["deliveries"].([]any)
	if len(ds) != 2 || field(ds[1], "value") != "600.00" || field(ds[1], "whole") != true || field(ds[1], "status") != "ACCEPTED" {
		t.Errorf("deliveries after confirmDelivery: %v", ds)
	}
}

// Bad input is refused with BAD_USER_INPUT and changes nothing.
func TestDeliveryBadInput(t *testing.T) {
	s := apptest.Start(t)
	modA := s.TokenFor("mod-ua-a", "mod", "UA")
	_, ord := placedOrder(t, s, "IT_ARCHITECTURE", "1000.00", "500.00")
	today := time.Now().UTC().Format(time.DateOnly)
	future := time.Now().UTC().AddDate(0, 0, 3).Format(time.DateOnly)
	unchanged(t, s, ord, func() {
		walk(t, s, []step{
			{name: "a value of nothing", token: modA, query: record, vars: delivery(ord, "0.00", today, "DN-1"), wantCode: "BAD_USER_INPUT"},
			{name: "a negative value", token: modA, query: record, vars: delivery(ord, "-5.00", today, "DN-1"), wantCode: "BAD_USER_INPUT", notRun: true},
			{name: "a date that is no day", token: modA, query: record, vars: delivery(ord, "5.00", "yesterday", "DN-1"), wantCode: "BAD_USER_INPUT"},
			{name: "a future date", token: modA, query: record, vars: delivery(ord, "5.00", future, "DN-1"), wantCode: "BAD_USER_INPUT"},
			{name: "no reference", token: modA, query: record, vars: delivery(ord, "5.00", today, " "), wantCode: "BAD_USER_INPUT"},
			{name: "a stale order version", token: modA, query: record, vars: map[string]any{"o": ord, "v": "5.00", "d": today, "r": "DN-1", "ev": 9}, wantCode: "CONFLICT"},
			{name: "an unknown order", token: modA, query: record, vars: delivery("0123456789abcdef01234567", "5.00", today, "DN-1"), wantCode: "NOT_FOUND"},
			{name: "an unknown delivery", token: modA, query: accept, vars: map[string]any{"id": "0123456789abcdef01234567"}, wantCode: "NOT_FOUND"},
		})
	})
}

const (
	amend = `mutation($id: ID!, $a: Money!, $why: String!, $j: String, $ev: Int) {
  amendOrder(id: $id, amount: $a, reason: $why, justification: $j, expectedVersion: $ev) { amount version amendments { from to status reason } } }`
	approveAmendment  = `mutation($id: ID!) { approveAmendment(id: $id) { amount version amendments { status approvals { by nation } } } }`
	withdrawAmendment = `mutation($id: ID!) { withdrawAmendment(id: $id) { amount amendments { status } } }`
)

// An increase is approved like a new commitment, by someone other than its
// proposer and with the money there; a decrease releases money at once and
// the fund shows it; a stale edit is CONFLICT saying the current version.
func TestAmendments(t *testing.T) {
	s := apptest.Start(t)
	eeA, eeB := s.TokenFor("chair-ee-a", "chair", "EE"), s.TokenFor("chair-ee-b", "chair", "EE")
	lu, dk := s.TokenFor("chair-lu-a", "chair", "LU"), s.Token("member", "DK")
	_, ord := placedOrder(t, s, "COMMUNICATIONS", "100000.00", "1000.00")
	committed := func() int64 {
		var total int64
		for _, a := range fundByArea(t, s) {
			total += money(t, a.Committed)
		}
		return total
	}
	before := committed()
	byID := map[string]any{"id": ord}
	amendTo := func(amount string, version any) map[string]any {
		return map[string]any{"id": ord, "a": amount, "why": "the supplier's revised quote", "ev": version}
	}
	walk(t, s, []step{
		{name: "a member may not amend", token: dk, query: amend, vars: amendTo("1500.00", nil), wantCode: "FORBIDDEN"},
		{name: "a stale version", token: eeA, query: amend, vars: amendTo("1500.00", 1), wantCode: "CONFLICT"},
		{name: "an amount of nothing", token: eeA, query: amend, vars: amendTo("0.00", nil), wantCode: "BAD_USER_INPUT"},
		{name: "no change", token: eeA, query: amend, vars: amendTo("1000.00", nil), wantCode: "BAD_USER_INPUT"},
		{name: "no reason", token: eeA, query: amend, vars: map[string]any{"id": ord, "a": "1500.00", "why": " "}, wantCode: "BAD_USER_INPUT"},
		{name: "an increase awaits approval", token: eeA, query: amend, vars: amendTo("1500.00", 2), check: func(t *testing.T, d map[string]any) {
			want(t, d, "1000.00", "amendOrder", "amount")
			want(t, d, 3, "amendOrder", "version")
			want(t, d, "[map[from:1000.00 reason:the supplier's revised quote status:PENDING_APPROVAL to:1500.00]]", "amendOrder", "amendments")
		}},
		{name: "one increase at a time", token: eeA, query: amend, vars: amendTo("2000.00", nil), wantCode: "CONFLICT"},
		{name: "the proposer may not approve it", token: eeA, query: approveAmendment, vars: byID, wantCode: "FORBIDDEN"},
		{name: "a member may not approve it", token: dk, query: approveAmendment, vars: byID, wantCode: "FORBIDDEN"},
		{name: "a second chair approves it", token: eeB, query: approveAmendment, vars: byID, check: func(t *testing.T, d map[string]any) {
			want(t, d, "1500.00", "approveAmendment", "amount")
			want(t, d, "[map[approvals:[map[by:chair-ee-b nation:EE]] status:APPLIED]]", "approveAmendment", "amendments")
		}},
	})
	if got := committed() - before; got != 500_00 {
		t.Errorf("the increase committed %d cents, want 50000", got)
	}
	// A stale edit says the version it is at.
	r := s.Query(eeA, amend, amendTo("1200.00", 3))
	if len(r.Errors) != 1 || r.Errors[0].Code() != "CONFLICT" || !strings.Contains(r.Errors[0].Message, "version 4") {
		t.Errorf("a stale amendment: %s, want CONFLICT saying version 4", r.Body)
	}

	// An increase the money cannot cover: refused at the approval, and
	// withdrawn.
	var available int64
	for _, a := range fundByArea(t, s) {
		available += money(t, a.Available)
	}
	huge := fmt.Sprintf("%d.00", (available+1500_00)/100+1)
	walk(t, s, []step{
		{name: "a large increase needs a justification", token: eeA, query: amend, vars: amendTo(huge, nil), wantCode: "BAD_USER_INPUT"},
		{name: "a large increase is proposed", token: eeA, query: amend, vars: func() map[string]any {
			v := amendTo(huge, nil)
			v["j"] = "the network grew"
			return v
		}(), check: func(t *testing.T, _ map[string]any) {
			var got struct {
				Order struct{ Amendments []struct{ Awaiting *string } }
			}
			s.MustQuery(eeA, `query($id: ID!) { order(id: $id) { amendments { awaiting } } }`, byID, &got)
			if as := got.Order.Amendments; len(as) != 2 || as[0].Awaiting != nil || as[1].Awaiting == nil || !strings.Contains(*as[1].Awaiting, "another nation") {
				t.Errorf("what the amendments await: %+v", as)
			}
		}},
		{name: "its approval finds no money", token: eeB, query: approveAmendment, vars: byID, wantCode: "CONFLICT"},
		{name: "nor does another nation's", token: lu, query: approveAmendment, vars: byID, wantCode: "CONFLICT"},
		{name: "withdrawn", token: eeA, query: withdrawAmendment, vars: byID, check: func(t *testing.T, d map[string]any) {
			want(t, d, "1500.00", "withdrawAmendment", "amount")
			want(t, d, "[map[status:APPLIED] map[status:WITHDRAWN]]", "withdrawAmendment", "amendments")
		}},
		{name: "nothing left to approve", token: eeB, query: approveAmendment, vars: byID, wantCode: "CONFLICT"},
	})

	// A decrease releases money at once.
	walk(t, s, []step{
		{name: "a decrease applies at once", token: eeA, query: amend, vars: amendTo("800.00", nil), check: func(t *testing.T, d map[string]any) {
			want(t, d, "800.00", "amendOrder", "amount")
			if a := fmt.Sprint(field(d, "amendOrder", "amendments")); !strings.HasSuffix(a, "map[from:1500.00 reason:the supplier's revised quote status:APPLIED to:800.00]]") {
				t.Errorf("amendments %s, want the decrease APPLIED last", a)
			}
		}},
	})
	if got := committed() - before; got != -200_00 {
		t.Errorf("after the decrease the order commits %d cents more than before it was placed, want -20000 (800.00 of 1000.00)", got)
	}
}

// Above the policy's threshold (two-nations-above:1000000.00) an order
// needs approvals from chairs of two nations: a second Estonian approval
// awaits Luxembourg's, and nothing is committed until it comes.
func TestApprovalThreshold(t *testing.T) {
	s := apptest.Start(t)
	eeA, eeB := s.TokenFor("chair-ee-a", "chair", "EE"), s.TokenFor("chair-ee-b", "chair", "EE")
	lu := s.TokenFor("chair-lu-a", "chair", "LU")
	reqID := approvedRequest(t, s, "DATA_CENTRES", "2000000.00")
	var d struct{ DraftOrder struct{ ID string } }
	s.MustQuery(eeA, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`,
		map[string]any{"in": draftInput(reqID, registerSupplier(t, s), "1500000.00")}, &d)
	ord := d.DraftOrder.ID
	if w := fmt.Sprint(orderOf(t, s, ord)["awaiting"]); !strings.Contains(w, "another nation") {
		t.Errorf("a new order above the threshold awaits %q", w)
	}
	approve := `mutation($id: ID!) { approveOrder(id: $id) { status approvedBy awaiting approvals { by nation } } }`
	byID := map[string]any{"id": ord}
	committed := func() int64 {
		return money(t, fundByArea(t, s)["DATA_CENTRES"].Committed) + money(t, fundByArea(t, s)[""].Committed)
	}
	before := committed()
	walk(t, s, []step{
		{name: "the drafter never approves", token: eeA, query: approve, vars: byID, wantCode: "FORBIDDEN"},
		{name: "a second Estonian chair", token: eeB, query: approve, vars: byID, check: func(t *testing.T, d map[string]any) {
			want(t, d, "PENDING_APPROVAL", "approveOrder", "status")
			want(t, d, "[map[by:chair-ee-b nation:EE]]", "approveOrder", "approvals")
			if w := fmt.Sprint(field(d, "approveOrder", "awaiting")); !strings.Contains(w, "other than EE") {
				t.Errorf("awaiting %q, want a chair of a nation other than EE", w)
			}
		}},
		{name: "the same chair again", token: eeB, query: approve, vars: byID, wantCode: "CONFLICT"},
	})
	if got := committed(); got != before {
		t.Errorf("one nation's approval committed %d cents", got-before)
	}
	walk(t, s, []step{
		{name: "Luxembourg's chair completes it", token: lu, query: approve, vars: byID, check: func(t *testing.T, d map[string]any) {
			want(t, d, "PLACED", "approveOrder", "status")
			want(t, d, "chair-lu-a", "approveOrder", "approvedBy")
			want(t, d, nil, "approveOrder", "awaiting")
			want(t, d, "[map[by:chair-ee-b nation:EE] map[by:chair-lu-a nation:LU]]", "approveOrder", "approvals")
		}},
	})
	if got := committed() - before; got != 1_500_000_00 {
		t.Errorf("the placed order committed %d cents, want 150000000", got)
	}
}

// A policy line max-per-approval caps what one approval commits, with a
// clear refusal.
func TestMaxPerApproval(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"model.conf", "policy.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "policies", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "policy.csv" {
			b = append(b, "\np, chair, Order, approve, max-per-approval:1000.00\n"...)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s := apptest.Start(t, apptest.WithPolicyDir(dir))
	reqID := approvedRequest(t, s, "CYBERSECURITY", "5000.00")
	var d struct{ DraftOrder struct{ ID string } }
	s.MustQuery(s.TokenFor("chair-ee-a", "chair", "EE"), `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`,
		map[string]any{"in": draftInput(reqID, registerSupplier(t, s), "1500.00")}, &d)
	r := s.Query(s.TokenFor("chair-lu-a", "chair", "LU"), `mutation($id: ID!) { approveOrder(id: $id) { status } }`, map[string]any{"id": d.DraftOrder.ID})
	if len(r.Errors) != 1 || r.Errors[0].Code() != "FORBIDDEN" || !strings.Contains(r.Errors[0].Message, "above the 1000.00 one approval may commit") {
		t.Errorf("an approval above the cap: %s", r.Body)
	}
	if st := orderOf(t, s, d.DraftOrder.ID)["status"]; st != "PENDING_APPROVAL" {
		t.Errorf("order is %v after a refused approval", st)
	}
}

// TestRacingThresholdApprovals: chairs of two nations approve one order
// above the threshold at once, and the Ministry records deliveries worth
// more than the order at once, on each store. Every approval that answered
// OK is stored and audited once, the order is placed once and commits its
// amount once; the accepted recordings never exceed the order.
func TestRacingThresholdApprovals(t *testing.T) {
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			s := apptest.Start(t, st.opts...)
			reqID := approvedRequest(t, s, "DATA_CENTRES", "2000000.00")
			var d struct{ DraftOrder struct{ ID string } }
			s.MustQuery(s.TokenFor("chair-ee-a", "chair", "EE"), `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`,
				map[string]any{"in": draftInput(reqID, registerSupplier(t, s), "1200000.00")}, &d)
			ord := d.DraftOrder.ID
			before := committedWithinReceived(t, s.App.Service)
			var tokens []string
			for i := range 3 {
				tokens = append(tokens, s.TokenFor(fmt.Sprintf("chair-ee-%d", i), "chair", "EE"), s.TokenFor(fmt.Sprintf("chair-lu-%d", i), "chair", "LU"))
			}
			answers := race(tokens, func(_ int, tok string) apptest.Response {
				return s.Query(tok, `mutation($id: ID!) { approveOrder(id: $id) { status } }`, map[string]any{"id": ord})
			})
			ok := 0
			for _, a := range answers {
				switch a {
				case "OK":
					ok++
				case "CONFLICT":
				default:
					t.Errorf("an approval answered %s", a)
				}
			}
			o := orderOf(t, s, ord)
			if o["status"] != "PLACED" || len(o["approvals"].([]any)) != ok {
				t.Errorf("after %d OK approvals the order is %v with approvals %v", ok, o["status"], o["approvals"])
			}
			if got := committedWithinReceived(t, s.App.Service) - before; got != 1_200_000_00 {
				t.Errorf("racing approvals committed %s, want 1200000.00", got)
			}
			events, err := s.App.Stores.Audit.List(context.Background(), coalition.AuditFilter{Action: ptr("approveOrder"), Target: &ord}, coalition.Page{First: 100})
			if err != nil {
				t.Fatal(err)
			}
			okEvents := 0
			for _, e := range events.Items {
				if e.Outcome == coalition.OutcomeOK {
					okEvents++
				}
			}
			if okEvents != ok {
				t.Errorf("%d OK approval events, want %d", okEvents, ok)
			}

			// Six recordings of 300000.00 against 1200000.00: four fit.
			today := time.Now().UTC().Format(time.DateOnly)
			var mods []string
			for i := range 6 {
				mods = append(mods, s.TokenFor(fmt.Sprintf("mod-ua-%d", i), "mod", "UA"))
			}
			answers = race(mods, func(i int, tok string) apptest.Response {
				return s.Query(tok, record, delivery(ord, "300000.00", today, fmt.Sprintf("DN-%d", i)))
			})
			recorded := 0
			for _, a := range answers {
				if a == "OK" {
					recorded++
				} else if a != "CONFLICT" {
					t.Errorf("a recording answered %s", a)
				}
			}
			if ds := orderOf(t, s, ord)["deliveries"].([]any); recorded != 4 || len(ds) != 4 {
				t.Errorf("%d recordings answered OK and %d are stored, want 4 of each", recorded, len(ds))
			}
		})
	}
}

// race runs call for each token at once and returns the answers: "OK" or
// the one error's code.
func race(tokens []string, call func(i int, token string) apptest.Response) []string {
	answers := make([]string, len(tokens))
	var wg sync.WaitGroup
	for i, tok := range tokens {
		wg.Go(func() {
			answers[i] = answer(call(i, tok))
		})
	}
	wg.Wait()
	return answers
}

// TestRepairDeliveryStatus: on MongoDB an acceptance writes the delivery,
// then the order; after a crash between the two, Repair at the next start
// brings the order's status up to date with its accepted deliveries.
func TestRepairDeliveryStatus(t *testing.T) {
	s := apptest.Start(t, apptest.WithFerretDB())
	_, ord := placedOrder(t, s, "COMMUNICATIONS", "1000.00", "500.00")
	today := time.Now().UTC().Format(time.DateOnly)
	ctx := context.Background()
	var ids []string
	for i, v := range []string{"200.00", "300.00"} {
		var d struct{ RecordDelivery struct{ ID string } }
		s.MustQuery(s.TokenFor("mod-ua-a", "mod", "UA"), record, delivery(ord, v, today, fmt.Sprintf("DN-%d", i)), &d)
		ids = append(ids, d.RecordDelivery.ID)
	}
	// The acceptances' first writes, as a crash leaves them.
	accept := func(id string) {
		d, err := s.App.Stores.Deliveries.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		by, at := coalition.Signer{Issuer: "itc", Sub: "mod-ua-b", Nation: "UA"}, time.Now().UTC()
		d.Status, d.DecidedBy, d.DecidedAt, d.Version = coalition.DeliveryAccepted, &by, &at, d.Version+1
		if err := s.App.Stores.Deliveries.Replace(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []struct{ delivery, status string }{{ids[0], "PARTLY_DELIVERED"}, {ids[1], "DELIVERED"}} {
		accept(want.delivery)
		if err := s.App.Service.Repair(ctx); err != nil {
			t.Fatal(err)
		}
		if got := orderOf(t, s, ord)["status"]; got != want.status {
			t.Errorf("after repair the order is %v, want %s", got, want.status)
		}
	}
}

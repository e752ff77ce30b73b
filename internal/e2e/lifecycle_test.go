package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
)

// snapshot is every row of the coalition's stores but the audit log, read
// through the store, so a test can prove that a refused change changed
// nothing.
func snapshot(t *testing.T, s *apptest.Server) string {
	t.Helper()
	ctx, st := context.Background(), s.App.Stores
	all := coalition.Page{First: coalition.MaxFirst}
	nations, err1 := st.Nations.List(ctx, coalition.NationFilter{}, all)
	cons, err2 := st.Contributions.List(ctx, coalition.ContributionFilter{}, all)
	reqs, err3 := st.Requests.List(ctx, coalition.RequestFilter{}, all)
	orders, err4 := st.Orders.List(ctx, coalition.OrderFilter{}, all)
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		t.Fatal(err)
	}
	if nations.HasNext || cons.HasNext || reqs.HasNext || orders.HasNext {
		t.Fatal("snapshot: more rows than one page")
	}
	b, err := json.Marshal(map[string]any{"nations": nations.Items, "contributions": cons.Items, "requests": reqs.Items, "orders": orders.Items})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func want(t *testing.T, data map[string]any, value any, keys ...string) {
	t.Helper()
	if got := field(data, keys...); fmt.Sprint(got) != fmt.Sprint(value) {
		t.Errorf("%v = %v, want %v", keys, got, value)
	}
}

func TestNationLifecycle(t *testing.T) {
	s := apptest.Start(t)
	ee, lu, dk := s.Token("chair", "EE"), s.Token("chair", "LU"), s.Token("member", "DK")
	admit := `mutation($in: AdmitNationInput!) { admitNation(input: $in) { code name role status } }`
	setRole := `mutation($c: String!, $r: NationRole!) { setNationRole(code: $c, role: $r) { code role } }`
	suspend := `mutation($c: String!, $why: String!) { suspendNation(code: $c, reason: $why) { code status suspendedReason } }`
	reinstate := `mutation($c: String!) { reinstateNation(code: $c) { code status } }`
	in := func(code, name, role string) map[string]any {
		return map[string]any{"in": map[string]any{"code": code, "name": name, "role": role}}
	}
	walk(t, s, []step{
		{name: "member may not admit", token: dk, query: admit, vars: in("FR", "France", "MEMBER"), wantCode: "FORBIDDEN"},
		{name: "unknown country code", token: ee, query: admit, vars: in("XX", "Nowhere", "MEMBER"), wantCode: "BAD_USER_INPUT"},
		{name: "lower-case code", token: ee, query: admit, vars: in("fr", "France", "MEMBER"), wantCode: "BAD_USER_INPUT"},
		{name: "empty name", token: ee, query: admit, vars: in("FR", "  ", "MEMBER"), wantCode: "BAD_USER_INPUT"},
		{name: "second beneficiary", token: ee, query: admit, vars: in("FR", "France", "BENEFICIARY"), wantCode: "BAD_USER_INPUT"},
		{name: "admit France", token: ee, query: admit, vars: in("FR", "France", "MEMBER"), check: func(t *testing.T, d map[string]any) {
			want(t, d, "ACTIVE", "admitNation", "status")
			want(t, d, "MEMBER", "admitNation", "role")
		}},
		{name: "admit France twice", token: ee, query: admit, vars: in("FR", "France", "MEMBER"), wantCode: "CONFLICT"},
		{name: "suspend needs a reason", token: ee, query: suspend, vars: map[string]any{"c": "FR", "why": ""}, wantCode: "BAD_USER_INPUT"},
		{name: "suspend France", token: ee, query: suspend, vars: map[string]any{"c": "FR", "why": "arrears"}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "SUSPENDED", "suspendNation", "status")
		}},
		{name: "suspend France again", token: ee, query: suspend, vars: map[string]any{"c": "FR", "why": "arrears"}, wantCode: "CONFLICT"},
	})
	// A suspended nation's next request is refused, whatever its token says.
	fr := s.Token("member", "FR")
	audits := auditCount(t, s)
	if r := s.Query(fr, `{ me { nation } }`, nil); r.Status != 403 {
		t.Errorf("suspended nation: status %d, want 403", r.Status)
	}
	if got := auditCount(t, s) - audits; got != 1 {
		t.Errorf("a refused token wrote %d audit events, want 1", got)
	}
	walk(t, s, []step{
		{name: "reinstate France", token: ee, query: reinstate, vars: map[string]any{"c": "FR"}},
		{name: "reinstate an active nation", token: ee, query: reinstate, vars: map[string]any{"c": "FR"}, wantCode: "CONFLICT"},
		{name: "UA stays the beneficiary", token: ee, query: setRole, vars: map[string]any{"c": "UA", "r": "MEMBER"}, wantCode: "CONFLICT"},
		{name: "no second beneficiary", token: ee, query: setRole, vars: map[string]any{"c": "FR", "r": "BENEFICIARY"}, wantCode: "CONFLICT"},
		{name: "unknown nation", token: ee, query: setRole, vars: map[string]any{"c": "DE", "r": "MEMBER"}, wantCode: "NOT_FOUND"},
		{name: "Luxembourg steps down", token: ee, query: setRole, vars: map[string]any{"c": "LU", "r": "MEMBER"}},
		{name: "the last chair cannot step down", token: ee, query: setRole, vars: map[string]any{"c": "EE", "r": "MEMBER"}, wantCode: "CONFLICT"},
		{name: "the last chair cannot be suspended", token: ee, query: suspend, vars: map[string]any{"c": "EE", "why": "x"}, wantCode: "CONFLICT"},
	})
	if r := s.Query(fr, `{ me { nation } }`, nil); r.Status != 200 {
		t.Errorf("reinstated nation: status %d, want 200", r.Status)
	}
	// Luxembourg's chair tokens stop working on its very next request.
	if r := s.Query(lu, `{ me { nation } }`, nil); r.Status != 403 {
		t.Errorf("former chair's chair token: status %d, want 403", r.Status)
	}
}

func TestContributionLifecycle(t *testing.T) {
	s := apptest.Start(t)
	ee, dk, nl, ua := s.Token("chair", "EE"), s.Token("member", "DK"), s.Token("member", "NL"), s.Token("mod", "UA")
	pledge := `mutation($in: PledgeInput!) { pledgeContribution(input: $in) { id nation { code } status amount eurAmount earmark } }`
	lu := s.Token("chair", "LU")
	receipt := `mutation($id: ID!, $in: ReceiptInput!) { recordReceipt(id: $id, input: $in) { id status contribution { status } } }`
	confirm := `mutation($id: ID!) { confirmReceipt(id: $id) { status contribution { status receivedEur } } }`
	cancel := `mutation($id: ID!) { cancelContribution(id: $id) { id status } }`
	in := func(over map[string]any) map[string]any {
		v := map[string]any{"kind": "FINANCIAL", "amount": "1000.00", "currency": "EUR", "eurAmount": "1000.00", "earmark": "CYBERSECURITY"}
		for k, x := range over {
			v[k] = x
		}
		return map[string]any{"in": v}
	}
	var id1, id2 string
	walk(t, s, []step{
		{name: "the Ministry may not pledge", token: ua, query: pledge, vars: in(nil), wantCode: "FORBIDDEN"},
		{name: "a member may not pledge for another nation", token: dk, query: pledge, vars: in(map[string]any{"nation": "NL"}), wantCode: "FORBIDDEN"},
		{name: "zero amount", token: dk, query: pledge, vars: in(map[string]any{"amount": "0", "eurAmount": "0"}), wantCode: "BAD_USER_INPUT"},
		{name: "three decimal places", token: dk, query: pledge, vars: in(map[string]any{"amount": "1.234"}), wantCode: "BAD_USER_INPUT", notRun: true},
		{name: "negative amount", token: dk, query: pledge, vars: in(map[string]any{"amount": "-5.00"}), wantCode: "BAD_USER_INPUT", notRun: true},
		{name: "unknown currency", token: dk, query: pledge, vars: in(map[string]any{"currency": "XYZ"}), wantCode: "BAD_USER_INPUT"},
		{name: "EUR pledge with another EUR value", token: dk, query: pledge, vars: in(map[string]any{"eurAmount": "999.00"}), wantCode: "BAD_USER_INPUT"},
		{name: "Denmark pledges", token: dk, query: pledge, vars: in(nil), check: func(t *testing.T, d map[string]any) {
			want(t, d, "DK", "pledgeContribution", "nation", "code")
			want(t, d, "PLEDGED", "pledgeContribution", "status")
			want(t, d, "1000.00", "pledgeContribution", "amount")
			id1 = fmt.Sprint(field(d, "pledgeContribution", "id"))
		}},
		{name: "Denmark pledges in DKK", token: dk, query: pledge, vars: in(map[string]any{"amount": "7460.00", "currency": "DKK", "eurAmount": "1000.00", "earmark": nil}), check: func(t *testing.T, d map[string]any) {
			id2 = fmt.Sprint(field(d, "pledgeContribution", "id"))
		}},
	})
	var before struct {
		Fund struct{ Received, Pledged string }
	}
	s.MustQuery(ee, `{ fund { received pledged } }`, nil, &before)
	rec := func(id, amount, rate string) map[string]any {
		v := receiptIn(id, amount, "BANK-L1")
		v["in"].(map[string]any)["rate"] = rate
		return v
	}
	var receiptID string
	walk(t, s, []step{
		{name: "a chair commits the pledge", token: ee, query: commitQ, vars: map[string]any{"id": id1, "on": time.Now().UTC().Format(time.RFC3339)}},
		{name: "a member may not record a receipt", token: dk, query: receipt, vars: rec(id1, "1000.00", "1"), wantCode: "FORBIDDEN"},
		{name: "rate must be a positive decimal", token: ee, query: receipt, vars: rec(id1, "1000.00", "-1"), wantCode: "BAD_USER_INPUT"},
		{name: "received amount must be positive", token: ee, query: receipt, vars: rec(id1, "0.00", "1"), wantCode: "BAD_USER_INPUT"},
		{name: "unknown contribution", token: ee, query: receipt, vars: rec("0123456789abcdef01234567", "1.00", "1"), wantCode: "NOT_FOUND"},
		{name: "chair records the receipt", token: ee, query: receipt, vars: rec(id1, "1000.00", "1"), check: func(t *testing.T, d map[string]any) {
			want(t, d, "PENDING", "recordReceipt", "status")
			want(t, d, "COMMITTED", "recordReceipt", "contribution", "status")
			receiptID = fmt.Sprint(field(d, "recordReceipt", "id"))
		}},
	})
	walk(t, s, []step{
		{name: "the recorder may not confirm", token: ee, query: confirm, vars: map[string]any{"id": receiptID}, wantCode: "FORBIDDEN"},
		{name: "a second chair confirms", token: lu, query: confirm, vars: map[string]any{"id": receiptID}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "CONFIRMED", "confirmReceipt", "status")
			want(t, d, "RECEIVED", "confirmReceipt", "contribution", "status")
			want(t, d, "1000.00", "confirmReceipt", "contribution", "receivedEur")
		}},
		{name: "received twice", token: ee, query: receipt, vars: rec(id1, "1.00", "1"), wantCode: "BAD_USER_INPUT"},
		{name: "received money cannot be cancelled", token: dk, query: cancel, vars: map[string]any{"id": id1}, wantCode: "CONFLICT"},
		{name: "a chair cancels only its own nation's pledges", token: ee, query: cancel, vars: map[string]any{"id": id2}, wantCode: "NOT_FOUND"},
		{name: "another nation cannot see, so not cancel, Denmark's pledge", token: nl, query: cancel, vars: map[string]any{"id": id2}, wantCode: "NOT_FOUND"},
		{name: "Denmark cancels its pledge", token: dk, query: cancel, vars: map[string]any{"id": id2}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "CANCELLED", "cancelContribution", "status")
		}},
		{name: "cancelled twice", token: dk, query: cancel, vars: map[string]any{"id": id2}, wantCode: "CONFLICT"},
	})
	var after struct {
		Fund struct{ Received, Pledged string }
	}
	s.MustQuery(ee, `{ fund { received pledged } }`, nil, &after)
	if got, want := money(t, after.Fund.Received)-money(t, before.Fund.Received), int64(100000); got != want {
		t.Errorf("received grew by %d cents, want %d", got, want)
	}
	if got, want := money(t, after.Fund.Pledged)-money(t, before.Fund.Pledged), int64(-100000-100000); got != want {
		t.Errorf("pledged changed by %d cents, want %d", got, want)
	}
}

func TestRequestLifecycle(t *testing.T) {
	s := apptest.Start(t)
	ee, ua, dk := s.Token("chair", "EE"), s.Token("mod", "UA"), s.Token("member", "DK")
	create := `mutation($in: CreateRequestInput!) { createRequest(input: $in) { id status priority phase } }`
	byID := func(op string) string {
		return `mutation($id: ID!) { ` + op + `(id: $id) { id status priority } }`
	}
	in := map[string]any{"in": map[string]any{"title": "Mesh radios", "description": "For air defence units.", "area": "COMMUNICATIONS", "phase": 1, "estimatedCost": "250000.00"}}
	var id string
	walk(t, s, []step{
		{name: "a chair may not create", token: ee, query: create, vars: in, wantCode: "FORBIDDEN"},
		{name: "phase out of range", token: ua, query: create, vars: map[string]any{"in": map[string]any{"title": "x", "description": "y", "area": "COMMUNICATIONS", "phase": 0, "estimatedCost": "1.00"}}, wantCode: "BAD_USER_INPUT"},
		{name: "the Ministry drafts", token: ua, query: create, vars: in, check: func(t *testing.T, d map[string]any) {
			want(t, d, "DRAFT", "createRequest", "status")
			want(t, d, 0, "createRequest", "priority")
			id = fmt.Sprint(field(d, "createRequest", "id"))
		}},
	})
	before := priorities(t, s, 1)
	walk(t, s, []step{
		{name: "chairs do not see drafts", token: ee, query: byID("approveRequest"), vars: map[string]any{"id": id}, wantCode: "NOT_FOUND"},
		{name: "empty edit", token: ua, query: `mutation($id: ID!) { updateRequest(id: $id, input: {}) { id } }`, vars: map[string]any{"id": id}, wantCode: "BAD_USER_INPUT"},
		{name: "edit the draft", token: ua, query: `mutation($id: ID!) { updateRequest(id: $id, input: {estimatedCost: "300000.00"}) { estimatedCost } }`, vars: map[string]any{"id": id}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "300000.00", "updateRequest", "estimatedCost")
		}},
		{name: "fulfil a draft", token: ua, query: byID("fulfillRequest"), vars: map[string]any{"id": id}, wantCode: "CONFLICT"},
		{name: "submit", token: ua, query: byID("submitRequest"), vars: map[string]any{"id": id}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "SUBMITTED", "submitRequest", "status")
			want(t, d, len(before)+1, "submitRequest", "priority")
		}},
		{name: "submit twice", token: ua, query: byID("submitRequest"), vars: map[string]any{"id": id}, wantCode: "CONFLICT"},
		{name: "priority beyond the phase", token: ua, query: `mutation($id: ID!) { reprioritizeRequest(id: $id, priority: 99) { priority } }`, vars: map[string]any{"id": id}, wantCode: "BAD_USER_INPUT"},
		{name: "a member may not reprioritise", token: dk, query: `mutation($id: ID!) { reprioritizeRequest(id: $id, priority: 1) { priority } }`, vars: map[string]any{"id": id}, wantCode: "FORBIDDEN"},
		{name: "move to the top", token: ua, query: `mutation($id: ID!) { reprioritizeRequest(id: $id, priority: 1) { priority } }`, vars: map[string]any{"id": id}, check: func(t *testing.T, d map[string]any) {
			want(t, d, 1, "reprioritizeRequest", "priority")
		}},
	})
	after := priorities(t, s, 1)
	for rid, p := range before {
		if after[rid] != p+1 {
			t.Errorf("request %s: priority %d after the move to the top, want %d", rid, after[rid], p+1)
		}
	}
	walk(t, s, []step{
		{name: "the Ministry may not approve", token: ua, query: byID("approveRequest"), vars: map[string]any{"id": id}, wantCode: "FORBIDDEN"},
		{name: "reject needs a reason", token: ee, query: `mutation($id: ID!) { rejectRequest(id: $id, reason: "") { status } }`, vars: map[string]any{"id": id}, wantCode: "BAD_USER_INPUT"},
		{name: "approve", token: ee, query: byID("approveRequest"), vars: map[string]any{"id": id}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "APPROVED", "approveRequest", "status")
		}},
		{name: "reject an approved request", token: ee, query: `mutation($id: ID!) { rejectRequest(id: $id, reason: "late") { status } }`, vars: map[string]any{"id": id}, wantCode: "CONFLICT"},
		{name: "edit an approved request", token: ua, query: `mutation($id: ID!) { updateRequest(id: $id, input: {title: "x"}) { id } }`, vars: map[string]any{"id": id}, wantCode: "CONFLICT"},
		{name: "withdraw", token: ua, query: byID("withdrawRequest"), vars: map[string]any{"id": id}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "WITHDRAWN", "withdrawRequest", "status")
			want(t, d, 0, "withdrawRequest", "priority")
		}},
		{name: "withdraw twice", token: ua, query: byID("withdrawRequest"), vars: map[string]any{"id": id}, wantCode: "CONFLICT"},
		{name: "reprioritise a closed request", token: ua, query: `mutation($id: ID!) { reprioritizeRequest(id: $id, priority: 1) { priority } }`, vars: map[string]any{"id": id}, wantCode: "CONFLICT"},
	})
	// Closing it gave the others their places back.
	if got := priorities(t, s, 1); fmt.Sprint(got) != fmt.Sprint(before) {
		t.Errorf("after the withdrawal priorities are %v, want %v", got, before)
	}
}

func TestOrderLifecycle(t *testing.T) {
	s := apptest.Start(t)
	eeA, eeB := s.TokenFor("chair-ee-a", "chair", "EE"), s.TokenFor("chair-ee-b", "chair", "EE")
	luB := s.TokenFor("chair-lu-b", "chair", "LU")
	ua, dk := s.Token("mod", "UA"), s.Token("member", "DK")
	reqID := approvedRequest(t, s, "DATA_CENTRES", "5000000.00")
	pool := fundByArea(t, s)
	dcAvail, freeAvail := money(t, pool["DATA_CENTRES"].Available), money(t, pool[""].Available)
	draft := `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id status draftedBy } }`
	byID := func(op string) string { return `mutation($id: ID!) { ` + op + `(id: $id) { id status approvedBy } }` }
	reqOp := func(op string) string { return `mutation($id: ID!) { ` + op + `(id: $id) { id status } }` }
	amount := func(cents int64) string { return fmt.Sprintf("%d.%02d", cents/100, cents%100) }
	var small, big string
	sup := registerSupplier(t, s)
	walk(t, s, []step{
		{name: "a member may not draft", token: dk, query: draft, vars: map[string]any{"in": draftInput(reqID, sup, "1.00")}, wantCode: "FORBIDDEN"},
		{name: "no supplier", token: eeA, query: draft, vars: map[string]any{"in": draftInput(reqID, " ", "1.00")}, wantCode: "BAD_USER_INPUT"},
		{name: "unknown request", token: eeA, query: draft, vars: map[string]any{"in": draftInput("nope", sup, "1.00")}, wantCode: "BAD_USER_INPUT"},
		// Needs all of the area's money and some unearmarked money.
		{name: "draft within the fund", token: eeA, query: draft, vars: map[string]any{"in": draftInput(reqID, sup, amount(dcAvail+100))}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "PENDING_APPROVAL", "draftOrder", "status")
			want(t, d, "chair-ee-a", "draftOrder", "draftedBy")
			small = fmt.Sprint(field(d, "draftOrder", "id"))
		}},
		{name: "draft beyond the fund", token: eeA, query: draft, vars: map[string]any{"in": draftInput(reqID, sup, amount(freeAvail+1))}, check: func(t *testing.T, d map[string]any) {
			big = fmt.Sprint(field(d, "draftOrder", "id"))
		}},
	})
	walk(t, s, []step{
		{name: "the drafter may not approve", token: eeA, query: byID("approveOrder"), vars: map[string]any{"id": small}, wantCode: "FORBIDDEN"},
		{name: "the Ministry may not approve", token: ua, query: byID("approveOrder"), vars: map[string]any{"id": small}, wantCode: "FORBIDDEN"},
		{name: "the Ministry cannot confirm a pending order", token: ua, query: byID("confirmDelivery"), vars: map[string]any{"id": small}, wantCode: "CONFLICT"},
		// The order is above the policy's threshold (two-nations-above):
		// a second Estonian chair's approval is recorded, and it awaits
		// a chair of another nation.
		{name: "a second chair approves", token: eeB, query: byID("approveOrder"), vars: map[string]any{"id": small}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "PENDING_APPROVAL", "approveOrder", "status")
		}},
		{name: "the same chair again", token: eeB, query: byID("approveOrder"), vars: map[string]any{"id": small}, wantCode: "CONFLICT"},
		{name: "a chair of another nation completes it", token: luB, query: byID("approveOrder"), vars: map[string]any{"id": small}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "PLACED", "approveOrder", "status")
			want(t, d, "chair-lu-b", "approveOrder", "approvedBy")
		}},
		{name: "approved twice", token: eeB, query: byID("approveOrder"), vars: map[string]any{"id": small}, wantCode: "CONFLICT"},
		{name: "not enough money", token: eeB, query: byID("approveOrder"), vars: map[string]any{"id": big}, wantCode: "CONFLICT"},
		{name: "withdraw a request with a placed order", token: ua, query: reqOp("withdrawRequest"), vars: map[string]any{"id": reqID}, wantCode: "CONFLICT"},
	})
	after := fundByArea(t, s)
	if got := money(t, after["DATA_CENTRES"].Available); got != 0 {
		t.Errorf("data centres available %d, want 0 (drawn first)", got)
	}
	if got := money(t, after[""].Available); got != freeAvail-100 {
		t.Errorf("unearmarked available %d, want %d", got, freeAvail-100)
	}
	var r struct{ Request struct{ Status string } }
	s.MustQuery(ua, `query($id: ID!) { request(id: $id) { status } }`, map[string]any{"id": reqID}, &r)
	if r.Request.Status != "IN_PROCUREMENT" {
		t.Errorf("request is %s after its first placed order, want IN_PROCUREMENT", r.Request.Status)
	}
	walk(t, s, []step{
		{name: "fulfil with open orders", token: ua, query: reqOp("fulfillRequest"), vars: map[string]any{"id": reqID}, wantCode: "CONFLICT"},
		{name: "cancel the big order", token: eeA, query: byID("cancelOrder"), vars: map[string]any{"id": big}},
		{name: "a chair may not confirm delivery", token: eeA, query: byID("confirmDelivery"), vars: map[string]any{"id": small}, wantCode: "FORBIDDEN"},
		{name: "the Ministry confirms delivery", token: ua, query: byID("confirmDelivery"), vars: map[string]any{"id": small}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "DELIVERED", "confirmDelivery", "status")
		}},
		{name: "cancel a delivered order", token: eeA, query: byID("cancelOrder"), vars: map[string]any{"id": small}, wantCode: "CONFLICT"},
		{name: "fulfil", token: ua, query: reqOp("fulfillRequest"), vars: map[string]any{"id": reqID}},
		{name: "draft for a fulfilled request", token: eeA, query: draft, vars: map[string]any{"in": draftInput(reqID, sup, "1.00")}, wantCode: "BAD_USER_INPUT"},
	})
	// Delivered money stays committed.
	if got := money(t, fundByArea(t, s)[""].Available); got != freeAvail-100 {
		t.Errorf("unearmarked available %d after delivery, want %d", got, freeAvail-100)
	}
}

package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
)

// lifecycle builds objects in any status through the API, for the
// transition matrices below.
type lifecycle struct {
	t                  *testing.T
	s                  *apptest.Server
	ua, chairA, chairB string
	dk                 string
	n                  int
}

func newLifecycle(t *testing.T, s *apptest.Server) *lifecycle {
	return &lifecycle{t: t, s: s, ua: s.Token("mod", "UA"), chairA: s.TokenFor("chair-a", "chair", "EE"),
		chairB: s.TokenFor("chair-b", "chair", "LU"), dk: s.Token("member", "DK")}
}

func (l *lifecycle) do(token, query string, vars map[string]any) map[string]any {
	l.t.Helper()
	var out map[string]any
	l.s.MustQuery(token, query, vars, &out)
	return out
}

func (l *lifecycle) reqOp(token, op, id string) {
	l.t.Helper()
	extra := ""
	if op == "rejectRequest" {
		extra = `, reason: "no"`
	}
	l.do(token, `mutation($id: ID!) { `+op+`(id: $id`+extra+`) { id } }`, map[string]any{"id": id})
}

func (l *lifecycle) order(requestID string) string {
	l.t.Helper()
	d := l.do(l.chairA, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`,
		map[string]any{"in": draftInput(requestID, registerSupplier(l.t, l.s), "10.00")})
	return fmt.Sprint(field(d, "draftOrder", "id"))
}

// request returns a new request in status.
func (l *lifecycle) request(status string) string {
	l.t.Helper()
	l.n++
	d := l.do(l.ua, `mutation($in: CreateRequestInput!) { createRequest(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"title": fmt.Sprintf("Request %d", l.n), "description": "d", "area": "COMMUNICATIONS", "phase": 3, "estimatedCost": "100.00"}})
	id := fmt.Sprint(field(d, "createRequest", "id"))
	steps := map[string][][2]string{
		"DRAFT":          nil,
		"SUBMITTED":      {{l.ua, "submitRequest"}},
		"APPROVED":       {{l.ua, "submitRequest"}, {l.chairA, "approveRequest"}},
		"REJECTED":       {{l.ua, "submitRequest"}, {l.chairA, "rejectRequest"}},
		"WITHDRAWN":      {{l.ua, "withdrawRequest"}},
		"IN_PROCUREMENT": {{l.ua, "submitRequest"}, {l.chairA, "approveRequest"}},
		"FULFILLED":      {{l.ua, "submitRequest"}, {l.chairA, "approveRequest"}},
	}[status]
	for _, st := range steps {
		l.reqOp(st[0], st[1], id)
	}
	if status == "IN_PROCUREMENT" || status == "FULFILLED" {
		o := l.order(id)
		l.do(l.chairB, `mutation($id: ID!) { approveOrder(id: $id) { id } }`, map[string]any{"id": o})
		l.do(l.ua, `mutation($id: ID!) { confirmDelivery(id: $id) { id } }`, map[string]any{"id": o})
		if status == "FULFILLED" {
			l.reqOp(l.ua, "fulfillRequest", id)
		}
	}
	return id
}

// orderIn returns a new order in status.
func (l *lifecycle) orderIn(status string) string {
	l.t.Helper()
	o := l.order(l.request("APPROVED"))
	byID := map[string]any{"id": o}
	switch status {
	case "PLACED", "DELIVERED":
		l.do(l.chairB, `mutation($id: ID!) { approveOrder(id: $id) { id } }`, byID)
		if status == "DELIVERED" {
			l.do(l.ua, `mutation($id: ID!) { confirmDelivery(id: $id) { id } }`, byID)
		}
	case "CANCELLED":
		l.do(l.chairA, `mutation($id: ID!) { cancelOrder(id: $id) { id } }`, byID)
	}
	return o
}

// contributionIn returns a new Danish contribution in status.
func (l *lifecycle) contributionIn(status string) string {
	l.t.Helper()
	d := l.do(l.dk, `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "5.00", currency: "EUR", eurAmount: "5.00"}) { id } }`, nil)
	id := fmt.Sprint(field(d, "pledgeContribution", "id"))
	switch status {
	case "COMMITTED", "RECEIVED":
		l.do(l.chairA, commitQ, map[string]any{"id": id, "on": time.Now().UTC().Format(time.RFC3339)})
		if status == "RECEIVED" {
			d := l.do(l.chairA, recordQ, receiptIn(id, "5.00", "BANK-"+id))
			l.do(l.chairB, confirmQ, map[string]any{"id": field(d, "recordReceipt", "id")})
		}
	case "CANCELLED":
		l.do(l.dk, `mutation($id: ID!) { cancelContribution(id: $id) { id } }`, map[string]any{"id": id})
	}
	return id
}

// TestEveryTransition tries every operation on an object in every status:
// the life cycle's moves succeed, every other one is CONFLICT and changes
// nothing (walk checks the store and the single audit event).
func TestEveryTransition(t *testing.T) {
	s := apptest.Start(t)
	l := newLifecycle(t, s)
	type op struct {
		name, token, query string
		// from lists the statuses it may start from.
		from map[string]bool
	}
	set := func(xs ...string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	byID := func(call string) string { return `mutation($id: ID!) { ` + call + ` { id } }` }
	requestOps := []op{
		{"updateRequest", l.ua, byID(`updateRequest(id: $id, input: {title: "edited"})`), set("DRAFT", "SUBMITTED")},
		{"submitRequest", l.ua, byID(`submitRequest(id: $id)`), set("DRAFT")},
		{"approveRequest", l.chairA, byID(`approveRequest(id: $id)`), set("SUBMITTED")},
		{"rejectRequest", l.chairA, byID(`rejectRequest(id: $id, reason: "no")`), set("SUBMITTED")},
		{"withdrawRequest", l.ua, byID(`withdrawRequest(id: $id)`), set("DRAFT", "SUBMITTED", "APPROVED")},
		{"fulfillRequest", l.ua, byID(`fulfillRequest(id: $id)`), set("IN_PROCUREMENT")},
		{"reprioritizeRequest", l.ua, byID(`reprioritizeRequest(id: $id, priority: 1)`), set("SUBMITTED", "APPROVED", "IN_PROCUREMENT")},
	}
	requestStatuses := []string{"DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "WITHDRAWN", "IN_PROCUREMENT", "FULFILLED"}
	orderOps := []op{
		{"approveOrder", l.chairB, byID(`approveOrder(id: $id)`), set("PENDING_APPROVAL")},
		{"cancelOrder", l.chairA, byID(`cancelOrder(id: $id)`), set("PENDING_APPROVAL", "PLACED")},
		{"confirmDelivery", l.ua, byID(`confirmDelivery(id: $id)`), set("PLACED")},
	}
	orderStatuses := []string{"PENDING_APPROVAL", "PLACED", "DELIVERED", "CANCELLED"}
	contributionOps := []op{
		{"recordReceipt", l.chairA, byID(`recordReceipt(id: $id, input: {amount: "5.00", currency: "EUR", rate: "1", rateSource: "EUR", eurAmount: "5.00", valueDate: "` +
			time.Now().UTC().Format(time.RFC3339) + `", reference: "BANK-T"})`), set("COMMITTED")},
		{"commitContribution", l.chairA, byID(`commitContribution(id: $id, reference: "FMA", signedOn: "` + time.Now().UTC().Format(time.RFC3339) + `")`), set("PLEDGED")},
		{"cancelContribution", l.dk, byID(`cancelContribution(id: $id)`), set("PLEDGED")},
	}
	contributionStatuses := []string{"PLEDGED", "COMMITTED", "RECEIVED", "CANCELLED"}

	run := func(kind string, ops []op, statuses []string, make func(string) string) {
		for _, o := range ops {
			for _, st := range statuses {
				t.Run(fmt.Sprintf("%s on %s %s", o.name, kind, st), func(t *testing.T) {
					id := make(st)
					code := "CONFLICT"
					switch {
					case o.from[st]:
						code = ""
					case st == "DRAFT" && o.token == l.chairA:
						// Chairs do not see drafts: to them a draft does not exist.
						code = "NOT_FOUND"
					case o.name == "recordReceipt" && st == "RECEIVED":
						// Nothing is outstanding: any amount is too much.
						code = "BAD_USER_INPUT"
					}
					walk(t, s, []step{{name: o.name, token: o.token, query: o.query, vars: map[string]any{"id": id}, wantCode: code}})
				})
			}
		}
	}
	run("request", requestOps, requestStatuses, l.request)
	run("order", orderOps, orderStatuses, l.orderIn)
	run("contribution", contributionOps, contributionStatuses, l.contributionIn)
}

// TestEveryWrongRole sends every mutation with every role the policy does
// not grant it to: FORBIDDEN, nothing changed, one DENIED audit event.
func TestEveryWrongRole(t *testing.T) {
	s := apptest.Start(t)
	l := newLifecycle(t, s)
	tokens := map[string]string{"chair": l.chairA, "member": l.dk, "mod": l.ua, "observer": s.Token("observer", "GB")}
	req, ord, con := l.request("SUBMITTED"), l.orderIn("PENDING_APPROVAL"), l.contributionIn("PLEDGED")
	rct := fmt.Sprint(field(l.do(l.chairA, recordQ, receiptIn(l.contributionIn("COMMITTED"), "1.00", "BANK-R")), "recordReceipt", "id"))
	placed := l.orderIn("PLACED")
	muts := []struct {
		query   string
		vars    map[string]any
		allowed map[string]bool
	}{
		{`mutation { admitNation(input: {code: "FR", name: "France", role: MEMBER}) { code } }`, nil, map[string]bool{"chair": true}},
		{`mutation { setNationRole(code: "NL", role: OBSERVER) { code } }`, nil, map[string]bool{"chair": true}},
		{`mutation { suspendNation(code: "NL", reason: "x") { code } }`, nil, map[string]bool{"chair": true}},
		{`mutation { reinstateNation(code: "NL") { code } }`, nil, map[string]bool{"chair": true}},
		{`mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "1.00", currency: "EUR", eurAmount: "1.00"}) { id } }`, nil, map[string]bool{"chair": true, "member": true}},
		{recordQ, receiptIn(con, "1.00", "BANK-W"), map[string]bool{"chair": true}},
		{confirmQ, map[string]any{"id": rct}, map[string]bool{"chair": true}},
		{reverseQ, map[string]any{"id": rct, "why": "w"}, map[string]bool{"chair": true}},
		{`mutation($id: ID!) { declineReversal(id: $id) { id } }`, map[string]any{"id": rct}, map[string]bool{"chair": true}},
		{`mutation($id: ID!) { cancelContribution(id: $id) { id } }`, map[string]any{"id": con}, map[string]bool{"chair": true, "member": true}},
		{`mutation { createRequest(input: {title: "t", description: "d", area: CYBERSECURITY, phase: 1, estimatedCost: "1.00"}) { id } }`, nil, map[string]bool{"mod": true}},
		{`mutation($id: ID!) { updateRequest(id: $id, input: {title: "x"}) { id } }`, map[string]any{"id": req}, map[string]bool{"mod": true}},
		{`mutation($id: ID!) { submitRequest(id: $id) { id } }`, map[string]any{"id": req}, map[string]bool{"mod": true}},
		{`mutation($id: ID!) { reprioritizeRequest(id: $id, priority: 1) { id } }`, map[string]any{"id": req}, map[string]bool{"mod": true}},
		{`mutation($id: ID!) { withdrawRequest(id: $id) { id } }`, map[string]any{"id": req}, map[string]bool{"mod": true}},
		{`mutation($id: ID!) { approveRequest(id: $id) { id } }`, map[string]any{"id": req}, map[string]bool{"chair": true}},
		{`mutation($id: ID!) { rejectRequest(id: $id, reason: "r") { id } }`, map[string]any{"id": req}, map[string]bool{"chair": true}},
		{`mutation($id: ID!) { fulfillRequest(id: $id) { id } }`, map[string]any{"id": req}, map[string]bool{"mod": true}},
		{`mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`, map[string]any{"in": draftInput(req, registerSupplier(t, s), "1.00")}, map[string]bool{"chair": true}},
		{`mutation($id: ID!) { approveOrder(id: $id) { id } }`, map[string]any{"id": ord}, map[string]bool{"chair": true}},
		{`mutation($id: ID!) { cancelOrder(id: $id) { id } }`, map[string]any{"id": ord}, map[string]bool{"chair": true}},
		{`mutation($id: ID!) { confirmDelivery(id: $id) { id } }`, map[string]any{"id": placed}, map[string]bool{"mod": true}},
	}
	for _, m := range muts {
		for role, tok := range tokens {
			if m.allowed[role] {
				continue
			}
			t.Run(fmt.Sprintf("%s %.40s", role, m.query), func(t *testing.T) {
				walk(t, s, []step{{name: role, token: tok, query: m.query, vars: m.vars, wantCode: "FORBIDDEN"}})
			})
		}
	}
}

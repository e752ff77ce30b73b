package e2e

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
)

// TestConcurrentMoneyAndPriorities fires more approvals than the fund can
// pay for, together with pledges, receipts and reprioritisations, at the
// embedded store (which loses concurrent updates when left to itself).
// Afterwards the fund, the orders and the audit log must agree to the cent.
func TestConcurrentMoneyAndPriorities(t *testing.T) {
	// Under -race everything is several times slower; the approvals queue
	// for their turn well past the default deadline.
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.Timeout = 2 * time.Minute }))
	drafter := s.TokenFor("chair-ee-a", "chair", "EE")
	approvers := []string{s.TokenFor("chair-lu-b", "chair", "LU"), s.TokenFor("chair-ee-c", "chair", "EE")}
	ua, ee := s.Token("mod", "UA"), s.Token("chair", "EE")
	members := []string{s.Token("member", "DK"), s.Token("member", "BE"), s.Token("member", "NL"), s.Token("member", "IT")}

	reqID := approvedRequest(t, s, "CYBERSECURITY", "1000000.00")
	pools := fundByArea(t, s)
	spendable := money(t, pools["CYBERSECURITY"].Available) + money(t, pools[""].Available)
	const orders = 120
	each := spendable / 60 // about half the approvals can be paid for
	ids := make([]string, orders)
	supplier := registerSupplier(t, s)
	for i := range ids {
		var d struct{ DraftOrder struct{ ID string } }
		s.MustQuery(drafter, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`, map[string]any{"in": draftInput(
			reqID, supplier, fmt.Sprintf("%d.%02d", each/100, each%100))}, &d)
		ids[i] = d.DraftOrder.ID
	}
	// Pledges to receive while the approvals run.
	var pledges []string
	for i := 0; i < 10; i++ {
		var p struct{ PledgeContribution struct{ ID string } }
		s.MustQuery(members[i%len(members)], `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "100.00", currency: "EUR", eurAmount: "100.00"}) { id } }`, nil, &p)
		s.MustQuery(ee, commitQ, map[string]any{"id": p.PledgeContribution.ID, "on": time.Now().UTC().Format(time.RFC3339)}, nil)
		pledges = append(pledges, p.PledgeContribution.ID)
	}
	auditsBefore := auditCount(t, s)
	before := fundByArea(t, s)

	var wg sync.WaitGroup
	var mu sync.Mutex
	outcomes := map[string]int{}
	record := func(kind string, r apptest.Response) {
		mu.Lock()
		defer mu.Unlock()
		if r.Status != 200 {
			outcomes[kind+":status"]++
			return
		}
		if len(r.Errors) == 0 {
			outcomes[kind+":ok"]++
		} else {
			outcomes[kind+":"+r.Errors[0].Code()]++
		}
	}
	for i, id := range ids {
		wg.Go(func() {
			record("approve", s.Query(approvers[i%2], `mutation($id: ID!) { approveOrder(id: $id) { status } }`, map[string]any{"id": id}))
		})
	}
	for i, id := range pledges {
		wg.Go(func() {
			// One chair records, another confirms: the receipt counts once both answered OK.
			r := s.Query(ee, recordQ, receiptIn(id, "100.00", "BANK-"+id))
			if rid, ok := field(dataOf(t, r), "recordReceipt", "id").(string); ok {
				r = s.Query(approvers[0], confirmQ, map[string]any{"id": rid})
			}
			record("receipt", r)
		})
		wg.Go(func() {
			record("pledge", s.Query(members[i%len(members)], `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "1.00", currency: "EUR", eurAmount: "1.00"}) { id } }`, nil))
		})
	}
	open := priorities(t, s, 1)
	var openIDs []string
	for id := range open {
		openIDs = append(openIDs, id)
	}
	for i := 0; i < 30; i++ {
		wg.Go(func() {
			id := openIDs[rand.IntN(len(openIDs))]
			record("reprioritize", s.Query(ua, `mutation($id: ID!, $p: Int!) { reprioritizeRequest(id: $id, priority: $p) { priority } }`,
				map[string]any{"id": id, "p": 1 + rand.IntN(len(openIDs))}))
		})
	}
	wg.Wait()
	t.Logf("outcomes: %v", outcomes)

	placed := outcomes["approve:ok"]
	if placed+outcomes["approve:CONFLICT"] != orders {
		t.Fatalf("approvals: %v, want only ok or CONFLICT", outcomes)
	}
	if outcomes["receipt:ok"] != len(pledges) || outcomes["pledge:ok"] != len(pledges) || outcomes["reprioritize:ok"] != 30 {
		t.Errorf("receipts, pledges or reprioritisations lost: %v", outcomes)
	}
	after := fundByArea(t, s)
	for area, a := range after {
		if money(t, a.Committed) > money(t, a.Received) {
			t.Errorf("pool %q: committed %s exceeds received %s", area, a.Committed, a.Received)
		}
	}
	committed := func(f map[string]fundArea) int64 {
		var c int64
		for _, a := range f {
			c += money(t, a.Committed)
		}
		return c
	}
	if got, want := committed(after)-committed(before), int64(placed)*each; got != want {
		t.Errorf("committed grew by %d, want %d for %d placed orders", got, want, placed)
	}
	// The approvals that failed failed for want of money: after them, less
	// than one order's amount is left.
	left := money(t, after["CYBERSECURITY"].Available) + money(t, after[""].Available)
	if placed < orders && left >= each {
		t.Errorf("%d approvals refused while %d is still spendable (order %d)", orders-placed, left, each)
	}
	var got struct {
		Orders   struct{ TotalCount int }
		AuditLog struct{ TotalCount int }
	}
	s.MustQuery(ee, `query($r: ID!) { orders(request: $r, status: PLACED) { totalCount } auditLog(action: "approveOrder") { totalCount } }`, map[string]any{"r": reqID}, &got)
	if got.Orders.TotalCount != placed {
		t.Errorf("placed orders %d, want %d", got.Orders.TotalCount, placed)
	}
	if got.AuditLog.TotalCount != orders {
		t.Errorf("approveOrder audit events %d, want %d", got.AuditLog.TotalCount, orders)
	}
	var ok struct {
		AuditLog struct {
			Edges []struct{ Node struct{ Outcome string } }
		}
	}
	s.MustQuery(ee, `{ auditLog(action: "approveOrder", first: 1000) { edges { node { outcome } } } }`, nil, &ok)
	okEvents := 0
	for _, e := range ok.AuditLog.Edges {
		if e.Node.Outcome == "OK" {
			okEvents++
		}
	}
	if okEvents != placed {
		t.Errorf("OK approval events %d, want %d", okEvents, placed)
	}
	// Per pledge: a receipt recorded, its confirmation and a new pledge.
	wantAudits := int64(orders + 3*len(pledges) + 30)
	if got := auditCount(t, s) - auditsBefore; got != wantAudits {
		t.Errorf("audit events written %d, want %d", got, wantAudits)
	}
	priorities(t, s, 1) // fails unless 1..n
	priorities(t, s, 2)
}

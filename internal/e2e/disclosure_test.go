package e2e

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
)

const fundQuery = `{ fund { pledged received committed available inKind contributors
	byArea { area contributors pledged received committed available suppressedReason } } }`

func readFund(t *testing.T, s *apptest.Server, token string) fund {
	t.Helper()
	var got struct{ Fund fund }
	s.MustQuery(token, fundQuery, nil, &got)
	return got.Fund
}

// figures are a pool's (or the totals') pledged, received, committed and
// available money, nil where hidden.
func (a areaFund) figures() []*string {
	return []*string{a.Pledged, a.Received, a.Committed, a.Available}
}
func (f fund) totals() []*string { return []*string{f.Pledged, f.Received, f.Committed, f.Available} }

func (a areaFund) pool() string {
	if a.Area == nil {
		return poolName("")
	}
	return *a.Area
}

// hidden lists the pools f suppresses.
func (f fund) hidden() []string {
	var out []string
	for _, a := range f.ByArea {
		if a.SuppressedReason != nil {
			out = append(out, a.pool())
		}
	}
	return out
}

// residuals are, per figure, the total less the pools shown: what the
// viewer learns of the hidden pools together (nil where the total is
// hidden).
func (f fund) residuals(t *testing.T) []*int64 {
	t.Helper()
	out := make([]*int64, 4)
	for i, tot := range f.totals() {
		if tot == nil {
			continue
		}
		r := money(t, *tot)
		for _, a := range f.ByArea {
			if v := a.figures()[i]; v != nil {
				r -= money(t, *v)
			}
		}
		out[i] = &r
	}
	return out
}

// TestFundDifferencingAttack replays issue 10's attack through HTTP: a
// member reads the fund, pledges 0.01 to an area suppressed for it that
// two other nations gave to (three givers with itself), and reads again.
// The pools hidden must not change, and the totals less the pools shown
// must move by the member's own 0.01 only, never disclosing the two
// others' money.
func TestFundDifferencingAttack(t *testing.T) {
	s := apptest.Start(t)
	be, ee := s.Token("member", "BE"), s.Token("chair", "EE")
	const target = "DATA_CENTRES" // LV and LU gave; BE did not
	truth := readFund(t, s, ee)

	before := readFund(t, s, be)
	if !slices.Contains(before.hidden(), target) {
		t.Fatalf("%s is shown to BE before the attack: hidden %v", target, before.hidden())
	}
	s.MustQuery(be, `mutation($in: PledgeInput!) { pledgeContribution(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"kind": "FINANCIAL", "amount": "0.01", "currency": "EUR", "eurAmount": "0.01", "earmark": target}}, nil)
	after := readFund(t, s, be)

	if !slices.Equal(before.hidden(), after.hidden()) {
		t.Fatalf("the member's own 0.01 changed the pools hidden from it: %v, then %v", before.hidden(), after.hidden())
	}
	own := []int64{1, 0, 0, 0} // the member's pledge of 0.01
	r1, r2 := before.residuals(t), after.residuals(t)
	for i := range own {
		if (r1[i] == nil) != (r2[i] == nil) {
			t.Fatalf("figure %d: a total shown in one snapshot only", i)
		}
		if r1[i] != nil && *r2[i]-*r1[i] != own[i] {
			t.Errorf("figure %d: the hidden pools moved by %d cents, the member's own change is %d", i, *r2[i]-*r1[i], own[i])
		}
	}
	// What the attack was after: the target's money, from LV and LU only.
	var secret []int64
	for _, a := range truth.ByArea {
		if a.pool() == target {
			for _, v := range a.figures() {
				if m := money(t, *v); m != 0 {
					secret = append(secret, m)
				}
			}
		}
	}
	for _, snap := range []fund{before, after} {
		for i, r := range snap.residuals(t) {
			if r != nil && slices.Contains(secret, *r) {
				t.Errorf("figure %d: the totals less the pools shown give %d, the target's own money", i, *r)
			}
		}
		for _, a := range snap.ByArea {
			if a.pool() == target && a.SuppressedReason == nil {
				t.Errorf("%s shown to BE: %+v", target, a)
			}
		}
	}
}

var amountInText = regexp.MustCompile(`-?\d+\.\d{2}\b`)

// TestAuditCarriesNoSuppressedFigure: the Ministry, for whom an area's
// money is suppressed, reads the audit events of orders; a failed approval
// there must not tell it the area's money, and an older event that names
// a hidden figure is shown with the figure withheld.
func TestAuditCarriesNoSuppressedFigure(t *testing.T) {
	s := apptest.Start(t)
	ua, ee, lu := s.Token("mod", "UA"), s.Token("chair", "EE"), s.Token("chair", "LU")
	const area = "DATA_CENTRES" // two givers: suppressed for the Ministry
	if !slices.Contains(readFund(t, s, ua).hidden(), area) {
		t.Fatalf("%s is not suppressed for the Ministry", area)
	}
	req := approvedRequest(t, s, area, "100.00")
	var d struct{ DraftOrder struct{ ID string } }
	s.MustQuery(ee, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`,
		map[string]any{"in": draftInput(req, registerSupplier(t, s), "99999999.00")}, &d)
	if r := s.Query(lu, `mutation($id: ID!) { approveOrder(id: $id) { id } }`, map[string]any{"id": d.DraftOrder.ID}); !slices.Equal(r.Codes(), []string{"CONFLICT"}) {
		t.Fatalf("an approval beyond the fund: %s", r.Body)
	}
	// An event written by older code, naming the area's available money.
	truth := readFund(t, s, ee)
	hidden := map[string]bool{}
	for _, a := range truth.ByArea {
		if a.pool() == area {
			for _, v := range a.figures() {
				hidden[*v] = true
			}
		}
	}
	var available string
	for v := range hidden {
		available = v
	}
	err := s.App.Stores.Audit.Append(context.Background(), coalition.AuditEvent{At: time.Now().UTC(), Action: "approveOrder",
		Target: d.DraftOrder.ID, TargetType: "Order", Outcome: coalition.OutcomeFailed, Actor: coalition.Actor{Sub: "old", Role: "chair", Nation: "LU"},
		Detail: "insufficient funds: " + area + " has " + available + " available"})
	if err != nil {
		t.Fatal(err)
	}

	var log struct {
		AuditLog struct {
			Edges []struct {
				Node struct{ Action, Detail string }
			}
		}
	}
	s.MustQuery(ua, `{ auditLog(first: 100) { edges { node { action detail } } } }`, nil, &log)
	failed := 0
	for _, e := range log.AuditLog.Edges {
		if e.Node.Action == "approveOrder" {
			failed++
		}
		for _, m := range amountInText.FindAllString(e.Node.Detail, -1) {
			if hidden[m] {
				t.Errorf("the Ministry reads %s, a figure of %s, in %q", m, area, e.Node.Detail)
			}
		}
	}
	if failed != 2 {
		t.Errorf("the Ministry read %d approval events, want the failed one and the older one", failed)
	}
	// A chair sees every figure, so nothing is withheld from it.
	var chairs struct {
		AuditLog struct {
			Edges []struct{ Node struct{ Detail string } }
		}
	}
	s.MustQuery(ee, `{ auditLog(first: 1, action: "approveOrder") { edges { node { detail } } } }`, nil, &chairs)
	if len(chairs.AuditLog.Edges) != 1 || !strings.Contains(chairs.AuditLog.Edges[0].Node.Detail, available) {
		t.Errorf("the chair's view of the older event: %+v", chairs.AuditLog.Edges)
	}
}

// TestAuditWithoutFundByArea: a reader of audit events whom the policy
// grants no per-area figures at all reads none of the fund's figures in
// them either.
func TestAuditWithoutFundByArea(t *testing.T) {
	pol := apptest.PolicyCopy(t, apptest.DeleteLine("p, mod, Fund.byArea, read, min-contributors:3"))
	s := apptest.Start(t, apptest.WithPolicyDir(pol))
	truth := readFund(t, s, s.Token("chair", "EE"))
	received := *truth.Received
	err := s.App.Stores.Audit.Append(context.Background(), coalition.AuditEvent{At: time.Now().UTC(), Action: "approveOrder",
		Target: "o", TargetType: "Order", Outcome: coalition.OutcomeFailed, Actor: coalition.Actor{Sub: "old", Role: "chair", Nation: "LU"},
		Detail: "the fund has received " + received})
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		AuditLog struct {
			Edges []struct{ Node struct{ Detail string } }
		}
	}
	s.MustQuery(s.Token("mod", "UA"), `{ auditLog(first: 1, action: "approveOrder") { edges { node { detail } } } }`, nil, &log)
	if len(log.AuditLog.Edges) != 1 || strings.Contains(log.AuditLog.Edges[0].Node.Detail, received) ||
		!strings.Contains(log.AuditLog.Edges[0].Node.Detail, coalition.Withheld) {
		t.Errorf("the Ministry without per-area figures reads %+v", log.AuditLog.Edges)
	}
}

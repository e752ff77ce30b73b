package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/bench"
	"github.com/itcoalition/api/internal/coalition"
)

// Receipts are kept by two people: the tests below go through the HTTP
// handler, the real policies and the real store.

const (
	recordQ  = `mutation($id: ID!, $in: ReceiptInput!) { recordReceipt(id: $id, input: $in) { id status version contribution { id } } }`
	confirmQ = `mutation($id: ID!) { confirmReceipt(id: $id) { id status confirmedBy reversal { reason confirmedBy } } }`
	reverseQ = `mutation($id: ID!, $why: String!) { reverseReceipt(id: $id, reason: $why) { id status reversal { reason requestedBy confirmedBy } } }`
	commitQ  = `mutation($id: ID!, $on: Time!) { commitContribution(id: $id, reference: "FMA-TEST", signedOn: $on) { id status version } }`
)

// receiptIn is a ReceiptInput in EUR of amount, valued now, with bank
// reference ref.
func receiptIn(id, amount, ref string) map[string]any {
	return map[string]any{"id": id, "in": map[string]any{"amount": amount, "currency": "EUR", "rate": "1", "rateSource": "EUR, no conversion",
		"eurAmount": amount, "valueDate": time.Now().UTC().Format(time.RFC3339), "reference": ref}}
}

// pledged pledges amount EUR for nation's member, earmarked to area (""
// for none), and returns its id.
func pledged(t *testing.T, s *apptest.Server, nation, amount, area string) string {
	t.Helper()
	in := map[string]any{"kind": "FINANCIAL", "amount": amount, "currency": "EUR", "eurAmount": amount}
	if area != "" {
		in["earmark"] = area
	}
	var p struct{ PledgeContribution struct{ ID string } }
	s.MustQuery(s.Token("member", nation), `mutation($in: PledgeInput!) { pledgeContribution(input: $in) { id } }`, map[string]any{"in": in}, &p)
	return p.PledgeContribution.ID
}

// committed pledges and commits amount EUR for nation, as pledged does.
func committed(t *testing.T, s *apptest.Server, nation, amount, area string) string {
	t.Helper()
	id := pledged(t, s, nation, amount, area)
	s.MustQuery(s.Token("chair", "EE"), commitQ, map[string]any{"id": id, "on": time.Now().UTC().Format(time.RFC3339)}, nil)
	return id
}

// received receives all of contribution id (amount EUR, committed): one
// chair records, another confirms. It returns the receipt's id.
func received(t *testing.T, s *apptest.Server, id, amount string) string {
	t.Helper()
	var r struct{ RecordReceipt struct{ ID string } }
	s.MustQuery(s.TokenFor("receipts-maker", "chair", "EE"), recordQ, receiptIn(id, amount, "BANK-"+id), &r)
	s.MustQuery(s.TokenFor("receipts-checker", "chair", "LU"), confirmQ, map[string]any{"id": r.RecordReceipt.ID}, nil)
	return r.RecordReceipt.ID
}

// books is what a refused change must leave as it was: the tables of the
// lifecycle snapshot, every receipt and the ledger's balances.
func books(t *testing.T, s *apptest.Server) string {
	t.Helper()
	ctx := context.Background()
	rs, err := s.App.Stores.Books.ListReceipts(ctx, coalition.ReceiptFilter{}, coalition.Page{First: coalition.MaxFirst})
	if err != nil {
		t.Fatal(err)
	}
	bal, err := s.App.Stores.Books.Balances(ctx)
	if err != nil {
		t.Fatal(err)
	}
	es, err := s.App.Stores.Books.Entries(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(map[string]any{"receipts": rs.Items, "balances": fmt.Sprint(bal), "entries": len(es)})
	if err != nil {
		t.Fatal(err)
	}
	return snapshot(t, s) + string(b)
}

func verifyBooks(t *testing.T, s *apptest.Server) {
	t.Helper()
	bad, err := s.App.Service.VerifyBooks(context.Background())
	if err != nil || len(bad) > 0 {
		t.Errorf("verify-books: %v, %v", err, bad)
	}
}

func fundTotals(t *testing.T, s *apptest.Server) (received, pledged int64) {
	t.Helper()
	var f struct {
		Fund struct{ Received, Pledged string }
	}
	s.MustQuery(s.Token("chair", "EE"), `{ fund { received pledged } }`, nil, &f)
	return money(t, f.Fund.Received), money(t, f.Fund.Pledged)
}

// A chair's mistyped receipt (999,999.00 EUR for a transfer of 100.00)
// counts for nothing until a second chair confirms it; once confirmed it
// is corrected by a reversal that a second person confirms too, never by
// an edit: the fund is right afterwards and both entries stay in the books.
// Nobody confirms their own booking; a reversal that would leave committed
// above received is refused.
func TestReceiptCorrectedByTwoPeople(t *testing.T) {
	s := apptest.Start(t)
	maker, checker := s.TokenFor("kadri", "chair", "EE"), s.TokenFor("claire", "chair", "LU")
	id := committed(t, s, "DK", "1000000.00", "DATA_CENTRES")
	received0, _ := fundTotals(t, s)
	var mistyped string
	step1 := func(name, token, q string, vars map[string]any, code string, check func(*testing.T, map[string]any)) step {
		return step{name: name, token: token, query: q, vars: vars, wantCode: code, check: check}
	}
	walk(t, s, []step{
		step1("the maker records 999,999.00 instead of 100.00", maker, recordQ, receiptIn(id, "999999.00", "BANK-0042"), "", func(t *testing.T, d map[string]any) {
			want(t, d, "PENDING", "recordReceipt", "status")
			mistyped = fmt.Sprint(field(d, "recordReceipt", "id"))
		}),
	})
	if got, _ := fundTotals(t, s); got != received0 {
		t.Fatalf("a pending receipt changed the fund's received money: %d, want %d", got, received0)
	}
	walk(t, s, []step{
		step1("the maker cannot confirm its own receipt", maker, confirmQ, map[string]any{"id": mistyped}, "FORBIDDEN", nil),
		step1("the same bank reference twice", checker, recordQ, receiptIn(id, "1.00", "bank-0042"), "CONFLICT", nil),
		step1("a second chair confirms", checker, confirmQ, map[string]any{"id": mistyped}, "", func(t *testing.T, d map[string]any) {
			want(t, d, "CONFIRMED", "confirmReceipt", "status")
			want(t, d, "claire", "confirmReceipt", "confirmedBy")
		}),
		step1("confirmed twice", checker, confirmQ, map[string]any{"id": mistyped}, "CONFLICT", nil),
	})
	if got, _ := fundTotals(t, s); got != received0+99999900 {
		t.Fatalf("received %d after the confirmation, want %d", got, received0+99999900)
	}

	// The inflated money is spent before anyone notices: reversing it now
	// would leave the pool with more committed than received.
	area := spendable(t, s.App.Service, coalition.DataCentres) - spendableUnearmarked(t, s)
	req := approvedRequest(t, s, "DATA_CENTRES", area.String())
	var o struct{ DraftOrder struct{ ID string } }
	s.MustQuery(maker, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`,
		map[string]any{"in": draftInput(req, supplierOf(t, s.App.Service), area.String())}, &o)
	// Above the policy's threshold a chair of a second nation signs too
	// (neither is the drafter).
	var ap struct{ ApproveOrder struct{ Status string } }
	s.MustQuery(checker, `mutation($id: ID!) { approveOrder(id: $id) { status } }`, map[string]any{"id": o.DraftOrder.ID}, &ap)
	if ap.ApproveOrder.Status == "PENDING_APPROVAL" {
		s.MustQuery(s.TokenFor("mart", "chair", "EE"), `mutation($id: ID!) { approveOrder(id: $id) { status } }`, map[string]any{"id": o.DraftOrder.ID}, &ap)
	}
	if ap.ApproveOrder.Status != "PLACED" {
		t.Fatalf("the order spending the money is %s, want PLACED", ap.ApproveOrder.Status)
	}
	walk(t, s, []step{
		step1("a reason is required", maker, reverseQ, map[string]any{"id": mistyped, "why": " "}, "BAD_USER_INPUT", nil),
		step1("reversing spent money", maker, reverseQ, map[string]any{"id": mistyped, "why": "typed 999999.00 for 100.00"}, "CONFLICT", nil),
		step1("the order is cancelled", maker, `mutation($id: ID!) { cancelOrder(id: $id) { status } }`, map[string]any{"id": o.DraftOrder.ID}, "", nil),
		step1("the maker asks for the reversal", maker, reverseQ, map[string]any{"id": mistyped, "why": "typed 999999.00 for 100.00"}, "", func(t *testing.T, d map[string]any) {
			want(t, d, "CONFIRMED", "reverseReceipt", "status")
			want(t, d, "kadri", "reverseReceipt", "reversal", "requestedBy")
			want(t, d, "<nil>", "reverseReceipt", "reversal", "confirmedBy")
		}),
		step1("a reversal waits for a second person", maker, reverseQ, map[string]any{"id": mistyped, "why": "again"}, "CONFLICT", nil),
		step1("the asker cannot confirm its own reversal", maker, confirmQ, map[string]any{"id": mistyped}, "FORBIDDEN", nil),
	})
	if got, _ := fundTotals(t, s); got != received0+99999900 {
		t.Errorf("received %d while the reversal waits, want %d: it counts until confirmed", got, received0+99999900)
	}
	walk(t, s, []step{
		step1("a second chair confirms the reversal", checker, confirmQ, map[string]any{"id": mistyped}, "", func(t *testing.T, d map[string]any) {
			want(t, d, "REVERSED", "confirmReceipt", "status")
			want(t, d, "claire", "confirmReceipt", "reversal", "confirmedBy")
		}),
		step1("nothing waits on a reversed receipt", checker, confirmQ, map[string]any{"id": mistyped}, "CONFLICT", nil),
		step1("the right amount, same bank reference, is recorded", maker, recordQ, receiptIn(id, "100.00", "BANK-0042"), "", nil),
	})
	var c struct {
		Contribution struct {
			Status, Outstanding string
			Version             int
			Receipts            []struct {
				ID, Status, EurAmount string
				Reversal              *struct{ Reason string }
			}
		}
	}
	cq := `query($id: ID!) { contribution(id: $id) { status outstanding version receipts { id status eurAmount reversal { reason } } } }`
	s.MustQuery(checker, cq, map[string]any{"id": id}, &c)
	if n := len(c.Contribution.Receipts); n != 2 {
		t.Fatalf("receipts %+v, want the reversed one and the new one", c.Contribution.Receipts)
	}
	s.MustQuery(checker, confirmQ, map[string]any{"id": c.Contribution.Receipts[1].ID}, nil)
	if got, _ := fundTotals(t, s); got != received0+10000 {
		t.Errorf("received %d after the correction, want %d", got, received0+10000)
	}
	s.MustQuery(s.Token("member", "DK"), cq, map[string]any{"id": id}, &c)
	r0, r1 := c.Contribution.Receipts[0], c.Contribution.Receipts[1]
	if r0.Status != "REVERSED" || r0.EurAmount != "999999.00" || r0.Reversal == nil || r0.Reversal.Reason != "typed 999999.00 for 100.00" ||
		r1.Status != "CONFIRMED" || r1.EurAmount != "100.00" {
		t.Errorf("Denmark reads receipts %+v, want the reversed original and the confirmed correction", c.Contribution.Receipts)
	}
	if c.Contribution.Outstanding != "999900.00" || c.Contribution.Status != "COMMITTED" {
		t.Errorf("contribution %+v, want COMMITTED with 999900.00 outstanding", c.Contribution)
	}
	// Each step is an audit event about Denmark, which Denmark reads and
	// the Netherlands does not.
	auditQ := `{ auditLog(first: 100, action: "reverseReceipt") { edges { node { target outcome detail } } } }`
	type auditRow struct {
		Node struct{ Target, Outcome, Detail string }
	}
	var dkLog, nlLog struct{ AuditLog struct{ Edges []auditRow } }
	s.MustQuery(s.Token("member", "DK"), auditQ, nil, &dkLog)
	s.MustQuery(s.Token("member", "NL"), auditQ, nil, &nlLog)
	reversal := func(e auditRow) bool {
		return e.Node.Target == mistyped && e.Node.Outcome == "OK" && e.Node.Detail == "typed 999999.00 for 100.00"
	}
	if !slices.ContainsFunc(dkLog.AuditLog.Edges, reversal) {
		t.Errorf("Denmark's audit log %+v lacks the reversal with its reason", dkLog.AuditLog.Edges)
	}
	if len(nlLog.AuditLog.Edges) != 0 {
		t.Errorf("the Netherlands reads Denmark's reversals: %+v", nlLog.AuditLog.Edges)
	}
	// Both entries, the receipt and its reversal, are in the books.
	es, err := s.App.Stores.Books.Entries(context.Background(), []string{id})
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, e := range es {
		if e.ReceiptID == mistyped && e.Phase != coalition.PhasePending {
			codes = append(codes, string(e.Code))
		}
	}
	if !slices.Equal(codes, []string{"RECEIPT", "FULFILMENT", "RECEIPT_REVERSAL", "FULFILMENT_REVERSAL"}) {
		t.Errorf("the mistyped receipt's posted entries are %v", codes)
	}
	verifyBooks(t, s)
}

// spendableUnearmarked is the unearmarked pool's available money.
func spendableUnearmarked(t *testing.T, s *apptest.Server) coalition.Money {
	t.Helper()
	a := fundByArea(t, s)[""]
	m, err := coalition.ParseMoney(a.Available)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Bad input is refused with BAD_USER_INPUT and changes nothing: a rate
// that disagrees with the EUR amount, a value date in the future or before
// the pledge, a negative or zero amount, another currency; a receipt for
// a contribution not committed is CONFLICT.
func TestReceiptBadInput(t *testing.T) {
	s := apptest.Start(t)
	ee := s.Token("chair", "EE")
	id := committed(t, s, "DK", "1000.00", "")
	pledgeOnly := pledged(t, s, "DK", "10.00", "")
	with := func(over map[string]any) map[string]any {
		v := receiptIn(id, "100.00", "BANK-1")
		for k, x := range over {
			v["in"].(map[string]any)[k] = x
		}
		return v
	}
	before := books(t, s)
	steps := []step{
		{name: "EUR disagrees with amount x rate", token: ee, query: recordQ, vars: with(map[string]any{"eurAmount": "150.00"}), wantCode: "BAD_USER_INPUT"},
		{name: "a rate other than 1 for EUR", token: ee, query: recordQ, vars: with(map[string]any{"rate": "1.5", "eurAmount": "150.00"}), wantCode: "BAD_USER_INPUT"},
		{name: "a malformed rate", token: ee, query: recordQ, vars: with(map[string]any{"rate": "-1"}), wantCode: "BAD_USER_INPUT"},
		{name: "a value date in the future", token: ee, query: recordQ, vars: with(map[string]any{"valueDate": time.Now().Add(72 * time.Hour).UTC().Format(time.RFC3339)}), wantCode: "BAD_USER_INPUT"},
		{name: "a value date before the pledge", token: ee, query: recordQ, vars: with(map[string]any{"valueDate": "2001-01-01T00:00:00Z"}), wantCode: "BAD_USER_INPUT"},
		{name: "a negative amount", token: ee, query: recordQ, vars: with(map[string]any{"amount": "-100.00"}), wantCode: "BAD_USER_INPUT", notRun: true},
		{name: "a zero amount", token: ee, query: recordQ, vars: with(map[string]any{"amount": "0.00", "eurAmount": "0.00"}), wantCode: "BAD_USER_INPUT"},
		{name: "another currency", token: ee, query: recordQ, vars: with(map[string]any{"currency": "USD"}), wantCode: "BAD_USER_INPUT"},
		{name: "more than outstanding", token: ee, query: recordQ, vars: with(map[string]any{"amount": "1000.01", "eurAmount": "1000.01"}), wantCode: "BAD_USER_INPUT"},
		{name: "no bank reference", token: ee, query: recordQ, vars: with(map[string]any{"reference": " "}), wantCode: "BAD_USER_INPUT"},
		{name: "a pledge not yet committed", token: ee, query: recordQ, vars: receiptIn(pledgeOnly, "10.00", "BANK-2"), wantCode: "CONFLICT"},
		{name: "an unknown contribution", token: ee, query: recordQ, vars: receiptIn("0123456789abcdef01234567", "10.00", "BANK-3"), wantCode: "NOT_FOUND"},
		{name: "a member may not record", token: s.Token("member", "DK"), query: recordQ, vars: with(nil), wantCode: "FORBIDDEN"},
		{name: "an unknown receipt", token: ee, query: confirmQ, vars: map[string]any{"id": "0123456789abcdef01234567"}, wantCode: "NOT_FOUND"},
	}
	walk(t, s, steps)
	if after := books(t, s); after != before {
		t.Errorf("refused receipts changed the books")
	}
	// Within the tolerance (1.00 EUR by default), a conversion is accepted.
	var r struct{ RecordReceipt struct{ Status string } }
	s.MustQuery(ee, recordQ, map[string]any{"id": id, "in": map[string]any{"amount": "100.00", "currency": "EUR", "rate": "1", "rateSource": "none",
		"eurAmount": "100.00", "valueDate": time.Now().UTC().Format(time.RFC3339), "reference": "BANK-OK"}}, &r)
	if r.RecordReceipt.Status != "PENDING" {
		t.Errorf("recorded %+v, want PENDING", r)
	}
	verifyBooks(t, s)
}

// Edits of a contribution take expectedVersion: a stale one is CONFLICT
// and changes nothing; the version counts up with every change.
func TestContributionVersion(t *testing.T) {
	s := apptest.Start(t)
	ee, dk := s.Token("chair", "EE"), s.Token("member", "DK")
	id := pledged(t, s, "DK", "10.00", "")
	commit := `mutation($id: ID!, $v: Int) { commitContribution(id: $id, reference: "FMA", signedOn: "` + time.Now().UTC().Format(time.RFC3339) + `", expectedVersion: $v) { status version } }`
	walk(t, s, []step{
		{name: "a stale version", token: ee, query: commit, vars: map[string]any{"id": id, "v": 2}, wantCode: "CONFLICT"},
		{name: "version below 1", token: ee, query: commit, vars: map[string]any{"id": id, "v": 0}, wantCode: "BAD_USER_INPUT"},
		{name: "the version read", token: ee, query: commit, vars: map[string]any{"id": id, "v": 1}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "2", "commitContribution", "version")
		}},
		{name: "cancel at a version gone by", token: dk, query: `mutation($id: ID!) { cancelContribution(id: $id, expectedVersion: 1) { id } }`,
			vars: map[string]any{"id": id}, wantCode: "CONFLICT"},
	})
	var c struct{ Contribution struct{ Version int } }
	s.MustQuery(dk, `query($id: ID!) { contribution(id: $id) { version } }`, map[string]any{"id": id}, &c)
	if c.Contribution.Version != 2 {
		t.Errorf("version %d, want 2", c.Contribution.Version)
	}
}

// A member reads its own contributions' receipts and what their money
// bought, and nothing of another nation's: not by id, not in lists, not in
// an order's funding. The Ministry and observers read no receipts.
func TestReceiptsWhoSeesWhat(t *testing.T) {
	s := apptest.Start(t)
	ee, dk, nl, ua, gb := s.Token("chair", "EE"), s.Token("member", "DK"), s.Token("member", "NL"), s.Token("mod", "UA"), s.Token("observer", "GB")
	// Only Denmark's and the Netherlands' new money is in the area's pool
	// (the demo has none for IT architecture), half each; one order spends it all.
	dkID := committed(t, s, "DK", "600.00", "IT_ARCHITECTURE")
	nlID := committed(t, s, "NL", "400.00", "IT_ARCHITECTURE")
	dkReceipt := received(t, s, dkID, "600.00")
	nlReceipt := received(t, s, nlID, "400.00")
	area := spendable(t, s.App.Service, coalition.ITArchitecture) - spendableUnearmarked(t, s)
	if area != 1000_00 {
		t.Fatalf("IT architecture holds %s, want the test's 1000.00 alone", area)
	}
	req := approvedRequest(t, s, "IT_ARCHITECTURE", "1000.00")
	var o struct{ DraftOrder struct{ ID string } }
	s.MustQuery(ee, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`,
		map[string]any{"in": draftInput(req, supplierOf(t, s.App.Service), "1000.00")}, &o)
	s.MustQuery(s.Token("chair", "LU"), `mutation($id: ID!) { approveOrder(id: $id) { status } }`, map[string]any{"id": o.DraftOrder.ID}, nil)
	orderID := o.DraftOrder.ID

	type allocation struct {
		OrderID, ContributionID, Amount string
		Area                            *string
	}
	var mine struct {
		Contribution struct {
			Receipts    []struct{ ID string }
			Allocations []allocation
		}
	}
	cq := `query($id: ID!) { contribution(id: $id) { receipts { id } allocations { orderId contributionId area amount } } }`
	s.MustQuery(dk, cq, map[string]any{"id": dkID}, &mine)
	if len(mine.Contribution.Receipts) != 1 || mine.Contribution.Receipts[0].ID != dkReceipt {
		t.Errorf("Denmark's receipts %+v, want %s", mine.Contribution.Receipts, dkReceipt)
	}
	if got := mine.Contribution.Allocations; len(got) != 1 || got[0].OrderID != orderID || got[0].Amount != "600.00" {
		t.Errorf("Denmark's allocations %+v, want 600.00 of order %s (first received, first spent)", got, orderID)
	}
	// Another nation's contribution, its receipt by id, receipts filtered
	// by its nation or contribution: nothing.
	if r := s.Query(dk, cq, map[string]any{"id": nlID}); field(dataOf(t, r), "contribution") != nil {
		t.Errorf("Denmark reads the Netherlands' contribution: %s", r.Body)
	}
	if r := s.Query(dk, `query($id: ID!) { receipt(id: $id) { id } }`, map[string]any{"id": nlReceipt}); !slices.Equal(r.Codes(), []string{"NOT_FOUND"}) {
		t.Errorf("Denmark reads the Netherlands' receipt by id: %s", r.Body)
	}
	for _, vars := range []map[string]any{{"n": "NL"}, {"c": nlID}, {}} {
		var l struct {
			Receipts struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID           string
						Contribution struct{ ID string }
					}
				}
			}
		}
		s.MustQuery(dk, `query($n: String, $c: ID) { receipts(first: 1000, nation: $n, contribution: $c) { totalCount edges { node { id contribution { id } } } } }`, vars, &l)
		for _, e := range l.Receipts.Edges {
			if e.Node.ID == nlReceipt {
				t.Errorf("receipts(%v) shows Denmark the Netherlands' receipt", vars)
			}
		}
		if vars["n"] != nil && l.Receipts.TotalCount != 0 {
			t.Errorf("receipts(nation: NL) counts %d for Denmark, want 0", l.Receipts.TotalCount)
		}
	}
	// The order's funding: the pool whole, and only Denmark's share.
	fq := `query($id: ID!) { order(id: $id) { funding { area amount contributions { contributionId amount } } } }`
	funding := func(token string) apptest.Response { return s.Query(token, fq, map[string]any{"id": orderID}) }
	var f struct {
		Order struct {
			Funding []struct {
				Area, Amount  string
				Contributions []struct{ ContributionID, Amount string }
			}
		}
	}
	r := funding(dk)
	r.Decode(t, &f)
	if len(f.Order.Funding) != 1 || f.Order.Funding[0].Amount != "1000.00" || len(f.Order.Funding[0].Contributions) != 1 ||
		f.Order.Funding[0].Contributions[0].ContributionID != dkID {
		t.Errorf("Denmark reads the order's funding %s, want the pool's 1000.00 and its own 600.00 only", r.Body)
	}
	funding(ee).Decode(t, &f)
	if len(f.Order.Funding) != 1 || len(f.Order.Funding[0].Contributions) != 2 {
		t.Errorf("a chair reads the funding %+v, want both nations' shares", f.Order.Funding)
	}
	funding(ua).Decode(t, &f)
	if len(f.Order.Funding) != 1 || len(f.Order.Funding[0].Contributions) != 0 {
		t.Errorf("the Ministry reads the funding %+v, want the pool and no contribution", f.Order.Funding)
	}
	if r := funding(gb); field(dataOf(t, r), "order", "funding") != nil || !slices.Equal(r.Codes(), []string{"FORBIDDEN"}) {
		t.Errorf("an observer reads an order's funding: %s", r.Body)
	}
	if r := s.Query(nl, cq, map[string]any{"id": dkID}); field(dataOf(t, r), "contribution") != nil {
		t.Errorf("the Netherlands reads Denmark's contribution: %s", r.Body)
	}
	for _, token := range []string{ua, gb} {
		if r := s.Query(token, `{ receipts { totalCount } }`, nil); !slices.Equal(r.Codes(), []string{"FORBIDDEN"}) {
			t.Errorf("receipts for a role without the grant: %s", r.Body)
		}
		if r := s.Query(token, `mutation($id: ID!) { confirmReceipt(id: $id) { id } }`, map[string]any{"id": dkReceipt}); !slices.Equal(r.Codes(), []string{"FORBIDDEN"}) {
			t.Errorf("confirmReceipt for a role without the grant: %s", r.Body)
		}
	}
	if r := s.Query(dk, `{ fundHistory(from: "2026-01-01T00:00:00Z") { area } }`, nil); !slices.Equal(r.Codes(), []string{"FORBIDDEN"}) {
		t.Errorf("fundHistory for a member: %s", r.Body)
	}
	var h struct {
		FundHistory []struct {
			Area   *string
			Months []struct {
				Start   string
				Figures struct{ Received, Committed string }
			}
		}
	}
	s.MustQuery(ee, `query($from: Time!) { fundHistory(from: $from) { area months { start figures { received committed } } } }`,
		map[string]any{"from": time.Now().UTC().AddDate(0, -2, 0).Format(time.RFC3339)}, &h)
	if len(h.FundHistory) != 5 || len(h.FundHistory[0].Months) != 3 {
		t.Fatalf("fundHistory %+v, want 5 pools of 3 months", h.FundHistory)
	}
	for _, p := range h.FundHistory {
		if p.Area != nil && *p.Area == "IT_ARCHITECTURE" {
			if last := p.Months[2].Figures; last.Received != "1000.00" || last.Committed != "1000.00" {
				t.Errorf("IT architecture this month %+v, want 1000.00 received and committed", last)
			}
		}
	}
}

// Receipts, confirmations, reversals and approvals race from many
// goroutines on one pool; afterwards every answer is OK, CONFLICT or
// FORBIDDEN, committed never exceeds received, and verify-books finds no
// difference.
func TestReceiptsRace(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { receiptsRace(t, apptest.Start(t), 12) })
	if testing.Short() {
		t.Skip("FerretDB is slow")
	}
	t.Run("ferretdb", func(t *testing.T) { receiptsRace(t, apptest.Start(t, apptest.WithFerretDB()), 4) })
}

func receiptsRace(t *testing.T, s *apptest.Server, n int) {
	chairs := []string{s.TokenFor("race-a", "chair", "EE"), s.TokenFor("race-b", "chair", "LU"), s.TokenFor("race-c", "chair", "EE")}
	// Half the contributions are received before the race (their receipts
	// are reversed in it), half receive money in it.
	var ids, receiptIDs []string
	for i := range n {
		id := committed(t, s, []string{"DK", "NL", "LV"}[i%3], "100.00", "COMMUNICATIONS")
		if i%2 == 0 {
			receiptIDs = append(receiptIDs, received(t, s, id, "100.00"))
		} else {
			ids = append(ids, id)
		}
	}
	req := approvedRequest(t, s, "COMMUNICATIONS", "50.00")
	supplier := supplierOf(t, s.App.Service)
	var orders []string
	for range n {
		var o struct{ DraftOrder struct{ ID string } }
		s.MustQuery(chairs[0], `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`,
			map[string]any{"in": draftInput(req, supplier, "50.00")}, &o)
		orders = append(orders, o.DraftOrder.ID)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	outcomes := map[string]int{}
	run := func(kind, token, q string, vars map[string]any) map[string]any {
		r := s.Query(token, q, vars)
		var data map[string]any
		_ = json.Unmarshal(r.Data, &data)
		mu.Lock()
		defer mu.Unlock()
		code := "ok"
		switch {
		case r.Status != 200:
			code = fmt.Sprint(r.Status)
		case len(r.Errors) > 0:
			code = r.Errors[0].Code()
		}
		outcomes[kind+":"+code]++
		return data
	}
	for i, id := range ids {
		wg.Go(func() {
			d := run("record", chairs[i%3], recordQ, receiptIn(id, "50.00", fmt.Sprint("RACE-", i)))
			if rid, ok := field(d, "recordReceipt", "id").(string); ok {
				run("confirm", chairs[(i+1)%3], confirmQ, map[string]any{"id": rid})
			}
		})
	}
	for i, rid := range receiptIDs {
		wg.Go(func() {
			run("reverse", chairs[i%3], reverseQ, map[string]any{"id": rid, "why": "race"})
			run("confirm-reversal", chairs[(i+1)%3], confirmQ, map[string]any{"id": rid})
		})
	}
	for i, id := range orders {
		wg.Go(func() {
			run("approve", chairs[1+i%2], `mutation($id: ID!) { approveOrder(id: $id) { status } }`, map[string]any{"id": id})
		})
	}
	wg.Wait()
	t.Logf("outcomes: %v", outcomes)
	for k := range outcomes {
		if !strings.HasSuffix(k, ":ok") && !strings.HasSuffix(k, ":CONFLICT") && !strings.HasSuffix(k, ":FORBIDDEN") {
			t.Errorf("unexpected outcome %s: %v", k, outcomes)
		}
	}
	if outcomes["record:ok"] != len(ids) {
		t.Errorf("receipts lost: %v", outcomes)
	}
	committedWithinReceived(t, s.App.Service)
	verifyBooks(t, s)
}

// dataOf decodes a response's data.
func dataOf(t *testing.T, r apptest.Response) map[string]any {
	t.Helper()
	var d map[string]any
	if len(r.Data) > 0 {
		r.Decode(t, &d)
	}
	return d
}

// receipts.csv is what the receipts query shows: chairs every receipt,
// members their own nation's, the Ministry and observers 403; its filters
// are the query's, a bank reference that a spreadsheet would run is text.
func TestReceiptsExport(t *testing.T) {
	s := apptest.Start(t)
	dkID := committed(t, s, "DK", "100.00", "")
	nlID := committed(t, s, "NL", "100.00", "")
	var r struct{ RecordReceipt struct{ ID string } }
	s.MustQuery(s.Token("chair", "EE"), recordQ, receiptIn(dkID, "40.00", "=HYPERLINK(\"http://x.example\")"), &r)
	received(t, s, nlID, "100.00")

	all := exportCSV(t, s, s.Token("chair", "EE"), "receipts.csv")
	if !slices.Contains(all.column("contribution"), dkID) || !slices.Contains(all.column("contribution"), nlID) {
		t.Errorf("a chair's receipts.csv lacks the new receipts: %v", all.column("contribution"))
	}
	if !slices.Contains(all.column("reference"), `'=HYPERLINK("http://x.example")`) {
		t.Errorf("references %q: the formula is not neutralised", all.column("reference"))
	}
	pending := exportCSV(t, s, s.Token("chair", "EE"), "receipts.csv?status=PENDING")
	if got := pending.column("id"); !slices.Equal(got, []string{r.RecordReceipt.ID}) {
		t.Errorf("receipts.csv?status=PENDING lists %v, want %s", got, r.RecordReceipt.ID)
	}
	mine := exportCSV(t, s, s.Token("member", "DK"), "receipts.csv")
	var q struct{ Receipts struct{ TotalCount int } }
	s.MustQuery(s.Token("member", "DK"), `{ receipts(first: 1000) { totalCount } }`, nil, &q)
	if len(mine.rows) != q.Receipts.TotalCount || slices.Contains(mine.column("contribution"), nlID) || !slices.Contains(mine.column("contribution"), dkID) {
		t.Errorf("Denmark's receipts.csv %v, want its own %d receipts only", mine.column("contribution"), q.Receipts.TotalCount)
	}
	if other := exportCSV(t, s, s.Token("member", "DK"), "receipts.csv?nation=NL"); len(other.rows) != 0 {
		t.Errorf("Denmark's receipts.csv?nation=NL holds %d rows", len(other.rows))
	}
	for _, token := range []string{s.Token("mod", "UA"), s.Token("observer", "GB")} {
		if status, _, body := export(t, s, token, "receipts.csv"); status != 403 || errorCode(t, body) != "FORBIDDEN" {
			t.Errorf("receipts.csv for a role without the grant: %d %s", status, body)
		}
	}
	for _, bad := range []string{"receipts.csv?status=LOST", "receipts.csv?nation=dk", "receipts.csv?colour=red"} {
		if status, _, body := export(t, s, s.Token("chair", "EE"), bad); status != 400 || errorCode(t, body) != "BAD_USER_INPUT" {
			t.Errorf("%s: %d %s", bad, status, body)
		}
	}
}

// An incoming commitment in iati.xml is dated by the signing of its
// agreement, not by its pledge.
func TestIATICommitmentSigned(t *testing.T) {
	s := apptest.Start(t)
	ee := s.Token("chair", "EE")
	var l struct {
		Contributions struct {
			Edges []struct {
				Node struct{ ID, PledgedAt string }
			}
		}
	}
	s.MustQuery(ee, `{ contributions(status: PLEDGED, kind: FINANCIAL, first: 100) { edges { node { id pledgedAt } } } }`, nil, &l)
	yesterday := time.Now().UTC().AddDate(0, 0, -1)
	var id string
	for _, e := range l.Contributions.Edges {
		if at, err := time.Parse(time.RFC3339, e.Node.PledgedAt); err == nil && at.Before(yesterday.AddDate(0, 0, -1)) {
			id = e.Node.ID
			break
		}
	}
	if id == "" {
		t.Fatal("the demo has no financial pledge older than two days")
	}
	s.MustQuery(ee, commitQ, map[string]any{"id": id, "on": yesterday.Format(time.RFC3339)}, nil)
	doc, _ := exportIATI(t, s, ee)
	var dates []string
	for _, a := range doc.Nodes {
		for _, tx := range a.children("transaction") {
			code, _ := tx.children("transaction-type")[0].attr("code")
			if ref, _ := tx.attr("ref"); ref == id && code == "11" {
				d, _ := tx.children("transaction-date")[0].attr("iso-date")
				dates = append(dates, d)
			}
		}
	}
	if want := yesterday.Format(time.DateOnly); !slices.Equal(dates, []string{want}) {
		t.Errorf("incoming commitment of %s dated %v, want the signing day %s", id, dates, want)
	}
}

// Equipment given in kind carries its valuation basis and its delivery; it
// is counted apart from money and never spent: deliveries move it within
// the in-kind figures and leave received and available money as they were.
func TestInKindDelivery(t *testing.T) {
	s := apptest.Start(t)
	ee, jp := s.Token("chair", "EE"), s.Token("member", "JP")
	pledge := `mutation($in: PledgeInput!) { pledgeContribution(input: $in) { id version inKind { basis description delivery deliveredValue } } }`
	in := func(over map[string]any) map[string]any {
		v := map[string]any{"kind": "IN_KIND", "amount": "500.00", "currency": "EUR", "eurAmount": "500.00", "earmark": "CYBERSECURITY",
			"valuationBasis": "INVOICE", "description": "500 firewall licences, 3 years"}
		for k, x := range over {
			v[k] = x
		}
		return map[string]any{"in": v}
	}
	deliver := `mutation($id: ID!, $v: Money!) { recordInKindDelivery(id: $id, value: $v) { status version inKind { delivery deliveredValue deliveredAt } } }`
	fund := func() map[string]any {
		var f map[string]any
		s.MustQuery(ee, `{ fund { inKind received available } }`, nil, &f)
		return f["fund"].(map[string]any)
	}
	var id, money string
	walk(t, s, []step{
		{name: "a valuation for money", token: jp, query: pledge, vars: in(map[string]any{"kind": "FINANCIAL"}), wantCode: "BAD_USER_INPUT"},
		{name: "a valuation without description", token: jp, query: pledge, vars: in(map[string]any{"description": " "}), wantCode: "BAD_USER_INPUT"},
		{name: "Japan pledges licences", token: jp, query: pledge, vars: in(nil), check: func(t *testing.T, d map[string]any) {
			want(t, d, "INVOICE", "pledgeContribution", "inKind", "basis")
			want(t, d, "AWAITED", "pledgeContribution", "inKind", "delivery")
			want(t, d, "1", "pledgeContribution", "version")
			id = fmt.Sprint(field(d, "pledgeContribution", "id"))
		}},
	})
	money = committed(t, s, "JP", "10.00", "")
	before := fund()
	walk(t, s, []step{
		{name: "a member may not record a delivery", token: jp, query: deliver, vars: map[string]any{"id": id, "v": "100.00"}, wantCode: "FORBIDDEN"},
		{name: "more than awaited", token: ee, query: deliver, vars: map[string]any{"id": id, "v": "500.01"}, wantCode: "BAD_USER_INPUT"},
		{name: "nothing", token: ee, query: deliver, vars: map[string]any{"id": id, "v": "0.00"}, wantCode: "BAD_USER_INPUT"},
		{name: "money is not delivered in kind", token: ee, query: deliver, vars: map[string]any{"id": money, "v": "1.00"}, wantCode: "CONFLICT"},
		{name: "part arrives", token: ee, query: deliver, vars: map[string]any{"id": id, "v": "200.00"}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "PLEDGED", "recordInKindDelivery", "status")
			want(t, d, "PARTLY_DELIVERED", "recordInKindDelivery", "inKind", "delivery")
			want(t, d, "200.00", "recordInKindDelivery", "inKind", "deliveredValue")
		}},
		{name: "partly delivered equipment is not cancelled", token: jp, query: `mutation($id: ID!) { cancelContribution(id: $id) { id } }`,
			vars: map[string]any{"id": id}, wantCode: "CONFLICT"},
		{name: "the rest arrives", token: ee, query: deliver, vars: map[string]any{"id": id, "v": "300.00"}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "RECEIVED", "recordInKindDelivery", "status")
			want(t, d, "DELIVERED", "recordInKindDelivery", "inKind", "delivery")
			want(t, d, "3", "recordInKindDelivery", "version")
		}},
		{name: "delivered twice", token: ee, query: deliver, vars: map[string]any{"id": id, "v": "1.00"}, wantCode: "CONFLICT"},
	})
	if after := fund(); after["received"] != before["received"] || after["available"] != before["available"] || after["inKind"] != before["inKind"] {
		t.Errorf("fund %v after the deliveries, want %v: equipment is counted apart and never spent", after, before)
	}
	verifyBooks(t, s)
}

// The books' relations are batched: a page of contributions with their
// receipts, allocations and in-kind details, a page of orders with their
// funding, and a page of receipts with their contribution cost as many
// store commands at 100 rows as at 10 (counted on the MongoDB store).
func TestBooksRoundTripsDependOnDepthNotWidth(t *testing.T) {
	if testing.Short() {
		t.Skip("FerretDB is slow")
	}
	s := apptest.Start(t, apptest.WithFerretDB())
	data := bench.Generate(bench.Sizes{Requests: 40, Orders: 160, Contributions: 160}, time.Now())
	if err := bench.Seed(t.Context(), s.App.Store, data); err != nil {
		t.Fatal(err)
	}
	if err := s.App.Service.BookExisting(t.Context(), data.Contributions, data.Orders); err != nil {
		t.Fatal(err)
	}
	tok := s.Token("chair", "EE")
	s.MustQuery(tok, `{ me { sub } }`, nil, nil)
	for _, tc := range []struct{ name, query, related string }{
		{"contributions with their receipts, allocations and in-kind details",
			`query($first: Int) { contributions(first: $first) { edges { node { id outstanding receipts { id } allocations { amount } inKind { delivery } } } } }`,
			`"receipts":[{`},
		{"orders with their funding", `query($first: Int) { orders(first: $first) { edges { node { id funding { amount contributions { amount } } } } } }`,
			`"funding":[{`},
		{"receipts with their contribution", `query($first: Int) { receipts(first: $first) { edges { node { id contribution { id } } } } }`,
			`"contribution":{`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			count := func(first int) (int64, int) {
				before := s.Commands.Load()
				r := s.Query(tok, tc.query, map[string]any{"first": first})
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("first %d: status %d, body %.500s", first, r.Status, r.Body)
				}
				return s.Commands.Load() - before, strings.Count(string(r.Data), tc.related)
			}
			small, smallRelated := count(10)
			large, largeRelated := count(100)
			t.Logf("first 10: %d commands, %d related; first 100: %d commands, %d related", small, smallRelated, large, largeRelated)
			if largeRelated <= smallRelated {
				t.Fatalf("first 100 shows %d related rows, first 10 %d: the seed is too small to tell", largeRelated, smallRelated)
			}
			if large != small {
				t.Errorf("store commands at first 100 = %d, want %d as at first 10", large, small)
			}
		})
	}
}

// A receipt in another currency: its EUR must agree with amount x rate
// within the configured tolerance (ITC_FX_TOLERANCE; 1.00 EUR or 0.1 % by
// default, here 0.5 %).
func TestReceiptFXTolerance(t *testing.T) {
	tol := coalition.FXTolerance{PartsPerMillion: 5_000}
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.FXTolerance = &tol }))
	ee := s.Token("chair", "EE")
	var p struct{ PledgeContribution struct{ ID string } }
	s.MustQuery(s.Token("member", "NL"), `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "1000.00", currency: "USD", eurAmount: "920.00"}) { id } }`, nil, &p)
	id := p.PledgeContribution.ID
	s.MustQuery(ee, commitQ, map[string]any{"id": id, "on": time.Now().UTC().Format(time.RFC3339)}, nil)
	usd := func(amount, eur, ref string) map[string]any {
		return map[string]any{"id": id, "in": map[string]any{"amount": amount, "currency": "USD", "rate": "0.9215", "rateSource": "ECB reference rate",
			"eurAmount": eur, "valueDate": time.Now().UTC().Format(time.RFC3339), "reference": ref}}
	}
	// 400 USD at 0.9215 is 368.60 EUR; 0.5 % of it is 1.84.
	walk(t, s, []step{
		{name: "2.00 EUR off", token: ee, query: recordQ, vars: usd("400.00", "370.60", "FX-1"), wantCode: "BAD_USER_INPUT"},
		{name: "in EUR", token: ee, query: recordQ, vars: func() map[string]any {
			v := usd("400.00", "368.60", "FX-2")
			v["in"].(map[string]any)["currency"] = "EUR"
			return v
		}(), wantCode: "BAD_USER_INPUT"},
		{name: "1.80 EUR off, within 0.5 %", token: ee, query: recordQ, vars: usd("400.00", "370.40", "FX-3"), check: func(t *testing.T, d map[string]any) {
			want(t, d, "PENDING", "recordReceipt", "status")
		}},
		{name: "exact", token: ee, query: recordQ, vars: usd("600.00", "552.90", "FX-4")},
	})
	var c struct{ Contribution struct{ Outstanding string } }
	s.MustQuery(ee, `query($id: ID!) { contribution(id: $id) { outstanding } }`, map[string]any{"id": id}, &c)
	if c.Contribution.Outstanding != "0.00" {
		t.Errorf("outstanding %s USD after 400 and 600 recorded, want 0.00", c.Contribution.Outstanding)
	}
}

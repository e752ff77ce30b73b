package app_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// dump reads every row of every kind through the store's lists, page by
// page (pages of 3, so that cursors are followed), as JSON per kind.
func dump(t *testing.T, e *app.Endpoint) map[string]string {
	t.Helper()
	ctx := t.Context()
	out := map[string]string{}
	add := func(kind string) func(items any, err error) {
		return func(items any, err error) {
			t.Helper()
			if err != nil {
				t.Fatalf("%s: list %s: %v", e.Name, kind, err)
			}
			b, _ := json.Marshal(items)
			out[kind] = string(b)
		}
	}
	add("nations")(all(ctx, e.Stores.Nations.List, coalition.NationFilter{}))
	add("requests")(all(ctx, e.Stores.Requests.List, coalition.RequestFilter{}))
	add("orders")(all(ctx, e.Stores.Orders.List, coalition.OrderFilter{}))
	add("contributions")(all(ctx, e.Stores.Contributions.List, coalition.ContributionFilter{}))
	add("audit")(all(ctx, e.Stores.Audit.List, coalition.AuditFilter{}))
	add("people")(all(ctx, e.Stores.People.List, coalition.PersonFilter{}))
	add("suppliers")(all(ctx, func(ctx context.Context, _ struct{}, pg coalition.Page) (coalition.List[coalition.Supplier], error) {
		return e.Stores.Suppliers.List(ctx, pg)
	}, struct{}{}))
	add("receipts")(all(ctx, e.Stores.Books.ListReceipts, coalition.ReceiptFilter{}))
	add("ledger entries")(e.Stores.Books.Entries(ctx, nil))
	add("ledger balances")(e.Stores.Books.Balances(ctx))
	orders, cons := ids(t, ctx, e.Stores.Orders.List, coalition.OrderFilter{}, func(o coalition.Order) string { return o.ID }),
		ids(t, ctx, e.Stores.Contributions.List, coalition.ContributionFilter{}, func(c coalition.Contribution) string { return c.ID })
	add("deliveries")(e.Stores.Deliveries.ByOrders(ctx, orders))
	add("amendments")(e.Stores.Amendments.ByOrders(ctx, orders))
	add("commitments")(sorted(e.Stores.Books.Commitments(ctx, cons)))
	add("in-kind details")(sorted(e.Stores.Books.InKind(ctx, cons)))
	return out
}

// ids lists the ids of every item of a list.
func ids[T, F any](t *testing.T, ctx context.Context, list func(context.Context, F, coalition.Page) (coalition.List[T], error), f F, id func(T) string) []string {
	t.Helper()
	l, err := list(ctx, f, coalition.Page{First: coalition.MaxFirst})
	if err != nil || l.HasNext {
		t.Fatalf("list ids: %v (more than a page: %v)", err, l.HasNext)
	}
	var out []string
	for _, it := range l.Items {
		out = append(out, id(it))
	}
	return out
}

// sorted puts rows that a store returns "in no particular order" in the
// order of their JSON.
func sorted[T any](items []T, err error) (any, error) {
	rows := make([]string, len(items))
	for i, it := range items {
		b, _ := json.Marshal(it)
		rows[i] = string(b)
	}
	slices.Sort(rows)
	return rows, err
}

// all lists every item in pages of three, with the cursor of each item.
func all[T, F any](ctx context.Context, list func(context.Context, F, coalition.Page) (coalition.List[T], error), f F) (any, error) {
	type row struct {
		Item   T
		Cursor string
	}
	var rows []row
	after := ""
	for {
		l, err := list(ctx, f, coalition.Page{First: 3, After: after, SkipCount: true})
		if err != nil {
			return nil, err
		}
		for i, it := range l.Items {
			rows = append(rows, row{it, l.Cursors[i]})
		}
		if !l.HasNext {
			break
		}
		after = l.Cursors[len(l.Cursors)-1]
	}
	return rows, nil
}

// normal drops the difference between a missing list and an empty one,
// which JSON shows but no reader of the API sees.
func normal(s string) string { return strings.ReplaceAll(s, `"Nations":null`, `"Nations":[]`) }

// TestMoveBothWays copies a coalition with changes and audit events from
// SQLite into a MongoDB store (on FerretDB) and from there into a second
// SQLite file: every row, audit event, id and cursor reads back the same at
// each step, and a store that is not empty is refused.
func TestMoveBothWays(t *testing.T) {
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.Embedded = "" }))
	chair := s.Token("chair", "EE")
	s.MustQuery(chair, `mutation { suspendNation(code: "LV", reason: "moving test") { code } }`, nil, nil)
	s.MustQuery(chair, `mutation { reinstateNation(code: "LV") { code } }`, nil, nil)
	everyKind(t, s)
	dataDir, policies := s.Cfg.DataDir, s.Cfg.PolicyDir
	s.Stop()

	ctx := t.Context()
	src, err := app.OpenSQLiteEndpoint(ctx, dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	want := dump(t, src)
	if !strings.Contains(want["audit"], `"Action":"suspendNation"`) {
		t.Fatalf("the source's audit log lacks the test's events: %.300s", want["audit"])
	}
	for kind, w := range want {
		if w == "null" || w == "[]" {
			t.Fatalf("the source holds no %s: the test must move every kind", kind)
		}
	}
	for _, sign := range []string{`"Approvals":[{`, `"Status":"CONFIRMED"`, `"Status":"ACCEPTED"`, `"Status":"PENDING_APPROVAL"`, `"Status":"SUSPENDED"`, "INVOICE"} {
		if !strings.Contains(fmt.Sprint(want), sign) {
			t.Fatalf("the source lacks %s: the test must move every state", sign)
		}
	}
	enf, err := authz.Load(policies)
	if err != nil {
		t.Fatal(err)
	}
	fund := fundOf(t, src, enf)

	es, err := apptest.StartFerretDB(ctx, filepath.Join(apptest.DataDir(t), "store"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = es.Stop() }()
	mongo, err := app.OpenMongoEndpoint(ctx, es.URI(), "moved")
	if err != nil {
		t.Fatal(err)
	}
	defer mongo.Close()
	heard := map[string]bool{}
	m, err := app.Move(ctx, src, mongo, func(kind string, n int) { heard[kind] = true })
	if err != nil {
		t.Fatalf("SQLite to MongoDB: %v", err)
	}
	for kind, n := range map[string]int{"nations": m.Nations, "people": m.People, "suppliers": m.Suppliers, "requests": m.Requests,
		"orders": m.Orders, "deliveries": m.Deliveries, "amendments": m.Amendments, "contributions": m.Contributions,
		"commitments": m.Commitments, "in-kind details": m.InKind, "receipts": m.Receipts, "ledger entries": m.Entries, "audit events": m.Audit} {
		if n == 0 {
			t.Errorf("moved %+v: no %s, and the coalition has some", m, kind)
		}
	}
	if len(heard) != 13 {
		t.Errorf("progress heard %v, want each kind", heard)
	}
	compare(t, "SQLite to MongoDB", want, dump(t, mongo))
	checkBooks(t, "SQLite to MongoDB", mongo, enf, fund)

	backDir := apptest.DataDir(t)
	back, err := app.OpenSQLiteEndpoint(ctx, backDir)
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	if _, err := app.Move(ctx, mongo, back, nil); err != nil {
		t.Fatalf("MongoDB to SQLite: %v", err)
	}
	compare(t, "MongoDB back to SQLite", want, dump(t, back))
	checkBooks(t, "MongoDB back to SQLite", back, enf, fund)
	countsKept(t, filepath.Join(backDir, "itc.db"), src, back)

	if _, err := app.Move(ctx, src, back, nil); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("a move into a store that holds a coalition: %v, want a refusal", err)
	}
}

// everyKind adds to the demo coalition, through the API, a row of every
// kind the demo lacks: a registered supplier, an order approved by a
// second person, a delivery recorded and accepted by two people of the
// Ministry, an amendment awaiting approval, a pledge committed by
// agreement, a receipt recorded and confirmed by two chairs, an in-kind
// pledge, and a suspended person.
func everyKind(t *testing.T, s *apptest.Server) {
	t.Helper()
	ua, ee := s.Token("mod", "UA"), s.Token("chair", "EE")
	eeA, eeB := s.TokenFor("chair-ee-a", "chair", "EE"), s.TokenFor("chair-ee-b", "chair", "EE")
	modA, modB := s.TokenFor("mod-ua-a", "mod", "UA"), s.TokenFor("mod-ua-b", "mod", "UA")
	var d struct {
		RegisterSupplier, CreateRequest, DraftOrder, RecordDelivery, PledgeContribution, RecordReceipt struct{ ID string }
	}
	s.MustQuery(ee, `mutation($in: RegisterSupplierInput!) { registerSupplier(input: $in) { id } }`,
		map[string]any{"in": map[string]any{"name": "Moving Supplier", "country": "EE", "identifierKind": "NATIONAL", "identifier": "MOVE-1"}}, &d)
	s.MustQuery(ua, `mutation($in: CreateRequestInput!) { createRequest(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"title": "Routers to move", "description": "d", "area": "COMMUNICATIONS", "phase": 2, "estimatedCost": "100000.00"}}, &d)
	byID := func(id string) map[string]any { return map[string]any{"id": id} }
	s.MustQuery(ua, `mutation($id: ID!) { submitRequest(id: $id) { id } }`, byID(d.CreateRequest.ID), nil)
	s.MustQuery(ee, `mutation($id: ID!) { approveRequest(id: $id) { id } }`, byID(d.CreateRequest.ID), nil)
	s.MustQuery(eeA, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"request": d.CreateRequest.ID, "supplier": d.RegisterSupplier.ID, "amount": "600.00", "agent": map[string]any{"kind": "NSPA"},
		"contractReference": "NSPA-MOVE-1", "justification": "as the test needs"}}, &d)
	order := d.DraftOrder.ID
	s.MustQuery(eeB, `mutation($id: ID!) { approveOrder(id: $id) { status } }`, byID(order), nil)
	today := time.Now().UTC().Format(time.DateOnly)
	s.MustQuery(modA, `mutation($o: ID!, $d: String!) { recordDelivery(order: $o, value: "200.00", date: $d, reference: "DN-MOVE-1") { id } }`,
		map[string]any{"o": order, "d": today}, &d)
	s.MustQuery(modB, `mutation($id: ID!) { acceptDelivery(id: $id) { id } }`, byID(d.RecordDelivery.ID), nil)
	s.MustQuery(eeA, `mutation($id: ID!) { amendOrder(id: $id, amount: "700.00", reason: "a revised quote") { version } }`, byID(order), nil)

	s.MustQuery(s.Token("member", "DK"), `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "1000.00", currency: "EUR", eurAmount: "1000.00"}) { id } }`, nil, &d)
	pledge := d.PledgeContribution.ID
	now := time.Now().UTC().Format(time.RFC3339)
	s.MustQuery(ee, `mutation($id: ID!, $on: Time!) { commitContribution(id: $id, reference: "FMA-MOVE", signedOn: $on) { id } }`,
		map[string]any{"id": pledge, "on": now}, nil)
	s.MustQuery(s.TokenFor("maker", "chair", "EE"), `mutation($id: ID!, $in: ReceiptInput!) { recordReceipt(id: $id, input: $in) { id } }`,
		map[string]any{"id": pledge, "in": map[string]any{"amount": "400.00", "currency": "EUR", "rate": "1", "rateSource": "EUR, no conversion",
			"eurAmount": "400.00", "valueDate": now, "reference": "BANK-MOVE-1"}}, &d)
	s.MustQuery(s.TokenFor("checker", "chair", "LU"), `mutation($id: ID!) { confirmReceipt(id: $id) { id } }`, byID(d.RecordReceipt.ID), nil)
	s.MustQuery(s.Token("member", "JP"), `mutation($in: PledgeInput!) { pledgeContribution(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"kind": "IN_KIND", "amount": "500.00", "currency": "EUR", "eurAmount": "500.00", "valuationBasis": "INVOICE", "description": "firewall licences"}}, nil)
	s.MustQuery(ee, `mutation { suspendPerson(issuer: "itc", sub: "mod-ua-a", reason: "moving test") { sub } }`, nil, nil)
}

// fundOf reads the fund as a chair of EE sees it, through a service on e.
func fundOf(t *testing.T, e *app.Endpoint, enf *authz.Enforcer) coalition.Fund {
	t.Helper()
	ctx := auth.WithPrincipal(t.Context(), auth.Principal{Sub: "chair-EE", Role: "chair", Nation: "EE"})
	f, err := service.New(e.Stores, enf, nil).Fund(ctx)
	if err != nil {
		t.Fatalf("%s: fund: %v", e.Name, err)
	}
	return f
}

// checkBooks verifies the moved books and compares the fund with the
// source's.
func checkBooks(t *testing.T, step string, e *app.Endpoint, enf *authz.Enforcer, want coalition.Fund) {
	t.Helper()
	bad, err := service.New(e.Stores, enf, nil).VerifyBooks(t.Context())
	if err != nil || len(bad) > 0 {
		t.Errorf("%s: verify-books: %v, %v", step, err, bad)
	}
	if got, w := jsonOf(fundOf(t, e, enf)), jsonOf(want); got != w {
		t.Errorf("%s: the fund is %s, want %s", step, got, w)
	}
}

// countsKept checks what the triggers of the SQLite file at path keep
// after a move into it: row_counts equal to COUNT(*) of each table per
// status, and who gave what (fund_giving) as the source says.
func countsKept(t *testing.T, path string, src, back *app.Endpoint) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []struct{ table, key string }{{"orders", "status"}, {"requests", "status"}, {"audit_events", "''"}} {
		var want, got string
		if err := db.QueryRow("SELECT COALESCE(json_group_object(k, n), '{}') FROM (SELECT " + q.key + " AS k, COUNT(*) AS n FROM " + q.table + " GROUP BY 1 ORDER BY 1)").Scan(&want); err != nil {
			t.Fatal(err)
		}
		if err := db.QueryRow("SELECT COALESCE(json_group_object(key, n), '{}') FROM (SELECT key, n FROM row_counts WHERE tbl = ? AND n <> 0 ORDER BY key)", q.table).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want || want == "{}" {
			t.Errorf("after the move into SQLite, row_counts of %s are %s, COUNT(*) %s", q.table, got, want)
		}
	}
	givers := func(e *app.Endpoint) any {
		g, err := sorted(e.Stores.Contributions.Givers(t.Context()))
		if err != nil {
			t.Fatalf("%s: givers: %v", e.Name, err)
		}
		return g
	}
	if got, want := jsonOf(givers(back)), jsonOf(givers(src)); got != want || want == "[]" {
		t.Errorf("after the move into SQLite, the givers are %s, want %s", got, want)
	}
}

func compare(t *testing.T, step string, want, got map[string]string) {
	t.Helper()
	for kind, w := range want {
		if normal(got[kind]) != normal(w) {
			t.Errorf("%s: %s differ\nwant %.600s\ngot  %.600s", step, kind, w, got[kind])
		}
	}
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

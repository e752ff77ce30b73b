package e2e

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// supplierSeq makes each registered test supplier's identifier unique.
var supplierSeq atomic.Int64

// newSupplierIdentifier is a national register number no other test uses.
func newSupplierIdentifier() string {
	return fmt.Sprintf("T-%d-%d", time.Now().UnixNano(), supplierSeq.Add(1))
}

// registerSupplier registers a supplier through the API, as a chair of
// EE, and returns its id.
func registerSupplier(t *testing.T, s *apptest.Server) string {
	t.Helper()
	var d struct{ RegisterSupplier struct{ ID string } }
	s.MustQuery(s.Token("chair", "EE"), `mutation($in: RegisterSupplierInput!) { registerSupplier(input: $in) { id } }`,
		map[string]any{"in": map[string]any{"name": "Test Supplier", "country": "EE", "identifierKind": "NATIONAL", "identifier": newSupplierIdentifier()}}, &d)
	return d.RegisterSupplier.ID
}

// supplierOf registers a supplier through svc, as chairEE.
func supplierOf(t *testing.T, svc *service.Service) string {
	t.Helper()
	v, err := svc.RegisterSupplier(chairEE, service.NewSupplier{Name: "Test Supplier", Country: "EE",
		IdentifierKind: coalition.SupplierNational, Identifier: newSupplierIdentifier()})
	if err != nil {
		t.Fatal(err)
	}
	return v.ID
}

// draftInput is a DraftOrderInput for request from supplier: bought
// through NSPA, with a justification in case the orders go above the
// request's estimate.
func draftInput(request any, supplier, amount string) map[string]any {
	return map[string]any{"request": request, "supplier": supplier, "amount": amount,
		"agent": map[string]any{"kind": "NSPA"}, "contractReference": "NSPA-TEST-1", "justification": "as the test needs"}
}

// newOrderOf is the service's draft of the same.
func newOrderOf(request, supplier string, amount coalition.Money) service.NewOrder {
	return service.NewOrder{RequestID: request, Supplier: supplier, Amount: amount,
		Agent: coalition.ProcurementAgent{Kind: coalition.AgentNSPA}, ContractReference: "NSPA-TEST-1", Justification: "as the test needs"}
}

// Chairs keep the supplier registry; an order names a registered supplier,
// its agent and its contract; going above the request's estimate needs a
// written justification.
func TestProcurementContracts(t *testing.T) {
	s := apptest.Start(t)
	ee, dk, ua, gb := s.Token("chair", "EE"), s.Token("member", "DK"), s.Token("mod", "UA"), s.Token("observer", "GB")
	reqID := approvedRequest(t, s, "COMMUNICATIONS", "1000.00")
	register := `mutation($in: RegisterSupplierInput!) { registerSupplier(input: $in) { id name country identifierKind identifier registeredBy version } }`
	draft := `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id supplier contractReference justification agent { kind country name } registeredSupplier { id name } } }`
	company := func(id string) map[string]any {
		return map[string]any{"in": map[string]any{"name": " Baltic Radio ", "country": "LV", "identifierKind": "VAT", "identifier": id}}
	}
	vat := fmt.Sprintf("lv %d", time.Now().UnixNano()%1e11)
	var sup string
	within := draftInput(reqID, "", "600.00")
	delete(within, "justification")
	walk(t, s, []step{
		{name: "a member may not register", token: dk, query: register, vars: company("LV12345678901"), wantCode: "FORBIDDEN"},
		{name: "an invalid VAT number", token: ee, query: register, vars: company("EE123"), wantCode: "BAD_USER_INPUT"},
		{name: "a chair registers", token: ee, query: register, vars: company(vat), check: func(t *testing.T, d map[string]any) {
			want(t, d, "Baltic Radio", "registerSupplier", "name")
			want(t, d, "VAT", "registerSupplier", "identifierKind")
			want(t, d, strings.ToUpper(strings.ReplaceAll(vat, " ", "")), "registerSupplier", "identifier")
			want(t, d, "chair-EE", "registerSupplier", "registeredBy")
			want(t, d, 1, "registerSupplier", "version")
			sup = fmt.Sprint(field(d, "registerSupplier", "id"))
		}},
		{name: "the same company twice", token: ee, query: register, vars: company(vat), wantCode: "CONFLICT"},
	})
	within["supplier"] = sup
	above := draftInput(reqID, sup, "500.00")
	delete(above, "justification")
	walk(t, s, []step{
		{name: "an unregistered supplier", token: ee, query: draft, vars: map[string]any{"in": draftInput(reqID, "Free Text Ltd", "1.00")}, wantCode: "BAD_USER_INPUT"},
		{name: "a national agency without a name", token: ee, query: draft, vars: map[string]any{"in": func() map[string]any {
			in := draftInput(reqID, sup, "1.00")
			in["agent"] = map[string]any{"kind": "NATIONAL_AGENCY", "country": "LT"}
			return in
		}()}, wantCode: "BAD_USER_INPUT"},
		{name: "within the estimate needs no justification", token: ee, query: draft, vars: map[string]any{"in": within}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "Baltic Radio", "draftOrder", "supplier")
			want(t, d, sup, "draftOrder", "registeredSupplier", "id")
			want(t, d, "NSPA", "draftOrder", "agent", "kind")
			want(t, d, "NSPA-TEST-1", "draftOrder", "contractReference")
		}},
		// 600 + 500 > 1000: the two orders together go above the estimate.
		{name: "above the estimate without a justification", token: ee, query: draft, vars: map[string]any{"in": above}, wantCode: "BAD_USER_INPUT"},
		{name: "above the estimate with one", token: ee, query: draft, vars: map[string]any{"in": draftInput(reqID, sup, "500.00")}, check: func(t *testing.T, d map[string]any) {
			want(t, d, "as the test needs", "draftOrder", "justification")
		}},
	})

	// Who reads the registry, and an order's supplier.
	for _, tc := range []struct {
		token  string
		denied bool
	}{{ee, false}, {dk, false}, {ua, false}, {gb, true}} {
		r := s.Query(tc.token, `{ suppliers(first: 100) { totalCount edges { node { id } } } }`, nil)
		if got := len(r.Errors) > 0 && r.Errors[0].Code() == "FORBIDDEN"; got != tc.denied {
			t.Errorf("suppliers: denied %v, want %v (%+v)", got, tc.denied, r.Errors)
		}
		r = s.Query(tc.token, `query($id: ID!) { orders(request: $id) { edges { node { registeredSupplier { id } justification contractReference } } } }`, map[string]any{"id": reqID})
		var fields []string
		for _, e := range r.Errors {
			if e.Code() == "FORBIDDEN" && fmt.Sprint(e.Extensions["hidden"]) == "2" {
				fields = append(fields, fmt.Sprint(e.Extensions["field"]))
			}
		}
		slices.Sort(fields)
		if wantDenied := []string{"Order.justification", "Order.registeredSupplier"}; tc.denied != slices.Equal(fields, wantDenied) || !tc.denied && len(r.Errors) > 0 {
			t.Errorf("an order's supplier and justification: %d errors, denied %v: %+v", len(r.Errors), tc.denied, r.Errors)
		}
	}
}

// Every edit of a request or an order may name the version its editor saw;
// a stale one gets CONFLICT saying the current version and changes nothing.
// Of many edits racing on the same version exactly one lands, on both
// stores.
func TestVersions(t *testing.T) {
	for _, store := range []struct {
		name string
		opts []apptest.Option
	}{{"sqlite", nil}, {"mongodb", []apptest.Option{apptest.WithFerretDB()}}} {
		t.Run(store.name, func(t *testing.T) {
			s := apptest.Start(t, store.opts...)
			ua, ee := s.Token("mod", "UA"), s.Token("chair", "EE")
			var c struct{ CreateRequest struct{ ID string } }
			s.MustQuery(ua, `mutation { createRequest(input: {title: "Radios", description: "d", area: COMMUNICATIONS, phase: 2, estimatedCost: "100.00"}) { id } }`, nil, &c)
			id := c.CreateRequest.ID
			update := `mutation($id: ID!, $v: Int, $title: String) { updateRequest(id: $id, input: {title: $title}, expectedVersion: $v) { title version } }`
			walk(t, s, []step{
				{name: "an edit of version 1", token: ua, query: update, vars: map[string]any{"id": id, "v": 1, "title": "first"}, check: func(t *testing.T, d map[string]any) {
					want(t, d, 2, "updateRequest", "version")
				}},
				{name: "a stale edit", token: ua, query: update, vars: map[string]any{"id": id, "v": 1, "title": "stale"}, wantCode: "CONFLICT"},
				{name: "version 0", token: ua, query: update, vars: map[string]any{"id": id, "v": 0, "title": "zero"}, wantCode: "BAD_USER_INPUT"},
				{name: "a reprioritisation of a stale version", token: ua, query: `mutation($id: ID!) { reprioritizeRequest(id: $id, priority: 1, expectedVersion: 1) { id } }`, vars: map[string]any{"id": id}, wantCode: "CONFLICT"},
			})
			r := s.Query(ua, update, map[string]any{"id": id, "v": 1, "title": "stale"})
			if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, "at version 2") {
				t.Errorf("a stale edit answers %+v, want a CONFLICT saying version 2", r.Errors)
			}
			var got struct{ Request struct{ Title string } }
			s.MustQuery(ua, `query($id: ID!) { request(id: $id) { title } }`, map[string]any{"id": id}, &got)
			if got.Request.Title != "first" {
				t.Errorf("title %q after a stale edit, want first", got.Request.Title)
			}

			// Racing edits of the same version: one lands.
			const racers = 8
			var wins atomic.Int64
			var wg sync.WaitGroup
			for i := range racers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					r := s.Query(ua, update, map[string]any{"id": id, "v": 2, "title": fmt.Sprintf("racer %d", i)})
					switch {
					case len(r.Errors) == 0:
						wins.Add(1)
					case r.Errors[0].Code() != "CONFLICT":
						t.Errorf("a racing edit: %+v", r.Errors)
					}
				}()
			}
			wg.Wait()
			if wins.Load() != 1 {
				t.Errorf("%d racing edits of version 2 landed, want 1", wins.Load())
			}

			// Orders: the version counts every change.
			reqID := approvedRequest(t, s, "COMMUNICATIONS", "100.00")
			var d struct{ DraftOrder struct{ ID string } }
			s.MustQuery(ee, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`, map[string]any{"in": draftInput(reqID, registerSupplier(t, s), "1.00")}, &d)
			cancel := `mutation($id: ID!, $v: Int) { cancelOrder(id: $id, expectedVersion: $v) { status version } }`
			walk(t, s, []step{
				{name: "a cancellation of a version never seen", token: ee, query: cancel, vars: map[string]any{"id": d.DraftOrder.ID, "v": 2}, wantCode: "CONFLICT"},
				{name: "a cancellation of version 1", token: ee, query: cancel, vars: map[string]any{"id": d.DraftOrder.ID, "v": 1}, check: func(t *testing.T, d map[string]any) {
					want(t, d, "CANCELLED", "cancelOrder", "status")
					want(t, d, 2, "cancelOrder", "version")
				}},
			})
		})
	}
}

// A request is fulfilled only when one of its orders was delivered and none
// is still open: draft, approve and cancel an order, and the request,
// although in procurement, cannot be fulfilled with nothing delivered.
func TestFulfilWithNothingDelivered(t *testing.T) {
	s := apptest.Start(t)
	ua, eeA, luB := s.Token("mod", "UA"), s.TokenFor("chair-ee-a", "chair", "EE"), s.TokenFor("chair-lu-b", "chair", "LU")
	reqID := approvedRequest(t, s, "COMMUNICATIONS", "100.00")
	var d struct{ DraftOrder struct{ ID string } }
	s.MustQuery(eeA, `mutation($in: DraftOrderInput!) { draftOrder(input: $in) { id } }`, map[string]any{"in": draftInput(reqID, registerSupplier(t, s), "1.00")}, &d)
	byID := func(op string) string { return `mutation($id: ID!) { ` + op + `(id: $id) { id status } }` }
	walk(t, s, []step{
		{name: "a second chair approves", token: luB, query: byID("approveOrder"), vars: map[string]any{"id": d.DraftOrder.ID}},
		{name: "the chair cancels it", token: eeA, query: byID("cancelOrder"), vars: map[string]any{"id": d.DraftOrder.ID}},
		{name: "fulfil with nothing delivered", token: ua, query: byID("fulfillRequest"), vars: map[string]any{"id": reqID}, wantCode: "CONFLICT"},
	})
	var got struct{ Request struct{ Status string } }
	s.MustQuery(ua, `query($id: ID!) { request(id: $id) { status } }`, map[string]any{"id": reqID}, &got)
	if got.Request.Status != "IN_PROCUREMENT" {
		t.Errorf("request %s after a refused fulfilment, want IN_PROCUREMENT", got.Request.Status)
	}
}

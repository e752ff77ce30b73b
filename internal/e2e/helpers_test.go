package e2e

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// as is a context acting as one person.
func as(sub, role, nation string) context.Context {
	return auth.WithPrincipal(context.Background(), auth.Principal{Sub: sub, Role: role, Nation: nation})
}

// Viewers of the service-level tests.
var (
	modUA   = as("mod-UA", "mod", "UA")
	chairEE = as("chair-ee-a", "chair", "EE")
	chairLU = as("chair-lu-b", "chair", "LU")
)

// newService builds a service of its own on s's store, as another API
// process would: shared takes turns through lease documents too; orders,
// when not nil, stands in for the store's orders.
func newService(t *testing.T, s *apptest.Server, shared bool, orders service.OrderStore) *service.Service {
	t.Helper()
	enf, err := authz.Load(filepath.Join(apptest.RepoRoot(), "policies"))
	if err != nil {
		t.Fatal(err)
	}
	stores := s.App.Stores
	if orders != nil {
		stores.Orders = orders
	}
	if s.App.Store != nil {
		// On MongoDB each service takes its own turns; shared ones also
		// take lease documents, as separate processes would.
		stores.Tx = s.App.Store.Turns(shared)
	}
	return service.New(stores, enf, nil)
}

// procurable creates, submits and approves a request in area through
// svc, and returns it with the money its orders could spend: the area's
// available money plus unearmarked money.
func procurable(t *testing.T, svc *service.Service, area coalition.CapabilityArea, phase int) (coalition.Request, coalition.Money) {
	t.Helper()
	req, err := svc.CreateRequest(modUA, service.NewRequest{Title: "Equipment", Description: "d", Area: area, Phase: phase, EstimatedCost: 100})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.SubmitRequest(modUA, req.ID); err != nil {
		t.Fatal(err)
	}
	if req, err = svc.ApproveRequest(chairEE, req.ID); err != nil {
		t.Fatal(err)
	}
	return req, spendable(t, svc, area)
}

// spendable is what an order in area could draw on now.
func spendable(t *testing.T, svc *service.Service, area coalition.CapabilityArea) coalition.Money {
	t.Helper()
	fund, err := svc.Fund(chairEE)
	if err != nil {
		t.Fatal(err)
	}
	var m coalition.Money
	for _, p := range fund.ByArea {
		if p.Area == nil || *p.Area == area {
			m += *p.Available
		}
	}
	return m
}

// committedWithinReceived fails the test for any pool that committed more
// than it received, and returns the total committed.
func committedWithinReceived(t *testing.T, svc *service.Service) coalition.Money {
	t.Helper()
	fund, err := svc.Fund(chairEE)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range fund.ByArea {
		if *p.Committed > *p.Received {
			t.Errorf("pool %v: committed %s exceeds received %s", p.Area, p.Committed, p.Received)
		}
	}
	return fund.Committed
}

// draftOrders drafts n orders of each for req, as chairEE.
func draftOrders(t *testing.T, svc *service.Service, req coalition.Request, n int, each coalition.Money) []string {
	t.Helper()
	ids := make([]string, n)
	supplier := supplierOf(t, svc)
	for i := range ids {
		o, err := svc.DraftOrder(chairEE, newOrderOf(req.ID, supplier, each))
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = o.ID
	}
	return ids
}

func ptr[T any](v T) *T { return &v }

// answer is "OK" for a response without errors, else its one error's code.
func answer(r apptest.Response) string {
	switch {
	case r.Status == http.StatusOK && len(r.Errors) == 0:
		return "OK"
	case len(r.Errors) == 1:
		return r.Errors[0].Code()
	}
	return fmt.Sprintf("status %d %s", r.Status, r.Body)
}

// Helpers of the GraphQL-level tests.

func auditCount(t *testing.T, s *apptest.Server) int64 {
	t.Helper()
	l, err := s.App.Stores.Audit.List(context.Background(), coalition.AuditFilter{}, coalition.Page{})
	if err != nil {
		t.Fatal(err)
	}
	return int64(l.Total)
}

// step is one mutation in a life cycle: who sends it, and what it must do.
type step struct {
	name     string
	token    string
	query    string
	vars     map[string]any
	wantCode string // "" for success
	// refused before it ran (an argument of the wrong form): no audit event.
	notRun bool
	// check runs on the data of a successful step.
	check func(t *testing.T, data map[string]any)
}

// walk runs steps in order. Each must answer as expected and write exactly
// one audit event; a failing one must leave the store unchanged.
func walk(t *testing.T, s *apptest.Server, steps []step) {
	t.Helper()
	for _, st := range steps {
		before, audits := snapshot(t, s), auditCount(t, s)
		r := s.Query(st.token, st.query, st.vars)
		if r.Status != 200 {
			t.Fatalf("%s: status %d: %s", st.name, r.Status, r.Body)
		}
		codes := r.Codes()
		if st.wantCode == "" {
			if len(codes) > 0 {
				t.Fatalf("%s: unexpected errors %s", st.name, r.Body)
			}
			if st.check != nil {
				var data map[string]any
				r.Decode(t, &data)
				st.check(t, data)
			}
		} else {
			if !slices.Equal(codes, []string{st.wantCode}) {
				t.Fatalf("%s: codes %v, want [%s]; body %s", st.name, codes, st.wantCode, r.Body)
			}
			if after := snapshot(t, s); after != before {
				t.Errorf("%s: a refused change changed the store", st.name)
			}
		}
		wantAudits := int64(1)
		if st.notRun {
			wantAudits = 0
		}
		if got := auditCount(t, s) - audits; got != wantAudits {
			t.Errorf("%s: wrote %d audit events, want %d", st.name, got, wantAudits)
		}
	}
}

// field digs a value out of decoded data by keys.
func field(data any, keys ...string) any {
	for _, k := range keys {
		m, ok := data.(map[string]any)
		if !ok {
			return nil
		}
		data = m[k]
	}
	return data
}

func money(t *testing.T, s string) int64 {
	t.Helper()
	var whole, cents int64
	if _, err := fmt.Sscanf(s, "%d.%d", &whole, &cents); err != nil {
		t.Fatalf("money %q: %v", s, err)
	}
	return whole*100 + cents
}

// priorities returns the phase's open requests' priorities as the Ministry
// sees them, in list order.
func priorities(t *testing.T, s *apptest.Server, phase int) map[string]int {
	t.Helper()
	var got struct {
		Requests struct {
			Edges []struct {
				Node struct {
					ID, Status string
					Priority   int
				}
			}
		}
	}
	s.MustQuery(s.Token("mod", "UA"), `query($p: Int) { requests(first: 1000, phase: $p) { edges { node { id status priority } } } }`, map[string]any{"p": phase}, &got)
	out := map[string]int{}
	var ps []int
	for _, e := range got.Requests.Edges {
		switch e.Node.Status {
		case "SUBMITTED", "APPROVED", "IN_PROCUREMENT":
			out[e.Node.ID] = e.Node.Priority
			ps = append(ps, e.Node.Priority)
		default:
			if e.Node.Priority != 0 {
				t.Errorf("closed or draft request %s has priority %d", e.Node.ID, e.Node.Priority)
			}
		}
	}
	sort.Ints(ps)
	for i, p := range ps {
		if p != i+1 {
			t.Fatalf("phase %d priorities %v, want 1..%d", phase, ps, len(ps))
		}
	}
	return out
}

// approvedRequest creates, submits and approves a request in area.
func approvedRequest(t *testing.T, s *apptest.Server, area, cost string) string {
	t.Helper()
	ua, ee := s.Token("mod", "UA"), s.Token("chair", "EE")
	var c struct{ CreateRequest struct{ ID string } }
	s.MustQuery(ua, `mutation($in: CreateRequestInput!) { createRequest(input: $in) { id } }`, map[string]any{"in": map[string]any{
		"title": "Request for " + area, "description": "d", "area": area, "phase": 2, "estimatedCost": cost}}, &c)
	s.MustQuery(ua, `mutation($id: ID!) { submitRequest(id: $id) { id } }`, map[string]any{"id": c.CreateRequest.ID}, nil)
	s.MustQuery(ee, `mutation($id: ID!) { approveRequest(id: $id) { id } }`, map[string]any{"id": c.CreateRequest.ID}, nil)
	return c.CreateRequest.ID
}

type fundArea struct {
	Area                           *string
	Received, Committed, Available string
}

func fundByArea(t *testing.T, s *apptest.Server) map[string]fundArea {
	t.Helper()
	var got struct{ Fund struct{ ByArea []fundArea } }
	s.MustQuery(s.Token("chair", "EE"), `{ fund { byArea { area received committed available } } }`, nil, &got)
	out := map[string]fundArea{}
	for _, a := range got.Fund.ByArea {
		k := ""
		if a.Area != nil {
			k = *a.Area
		}
		out[k] = a
	}
	return out
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// hs256 signs claims with key using only the standard library: another JWT
// implementation than the server's.
func hs256(key []byte, claims map[string]any) string {
	enc := func(v any) string {
		b, _ := json.Marshal(v)
		return base64.RawURLEncoding.EncodeToString(b)
	}
	head := enc(map[string]any{"alg": "HS256", "typ": "JWT"}) + "." + enc(claims)
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(head))
	return head + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

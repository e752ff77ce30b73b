package e2e

import (
	"context"
	"sync"
	"testing"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
)

// stores are the stores the service runs on; every test that proves a
// promise of the contract about stored state runs on each of them.
var stores = []struct {
	name string
	opts []apptest.Option
}{
	{name: "sqlite", opts: []apptest.Option{apptest.WithConfig(func(c *app.Config) { c.Embedded = "" })}},
	{name: "mongodb-on-ferretdb", opts: []apptest.Option{apptest.WithFerretDB()}},
}

// TestRacingApprovalsPastTheirDeadline fires 300 approvals at once, worth
// twice the money that can be spent, with the default request deadline.
// Every answer is OK or CONFLICT; an order is PLACED exactly when its
// approval answered OK; its one audit event says the same; and no pool
// commits more than it received.
func TestRacingApprovalsPastTheirDeadline(t *testing.T) {
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) { racingApprovals(t, apptest.Start(t, st.opts...)) })
	}
}

func racingApprovals(t *testing.T, s *apptest.Server) {
	const n = 300
	svc := s.App.Service
	req, money := procurable(t, svc, coalition.Communications, 3)
	before := committedWithinReceived(t, svc)
	each := 2 * money / n
	if each <= 0 {
		t.Fatalf("spendable %s is too little for %d orders", money, n)
	}
	ids := draftOrders(t, svc, req, n, each)

	approver := s.TokenFor("chair-lu-b", "chair", "LU")
	answers := make([]string, n)
	var wg sync.WaitGroup
	for i, id := range ids {
		wg.Go(func() {
			answers[i] = answer(s.Query(approver, `mutation($id: ID!) { approveOrder(id: $id) { id status } }`, map[string]any{"id": id}))
		})
	}
	wg.Wait()

	// The orders and the approvals' events are read once each, page by
	// page (on FerretDB a filtered read scans the whole collection, so 300
	// look-ups of each took minutes).
	orders := map[string]coalition.Order{}
	for after := ""; ; {
		l, err := s.App.Stores.Orders.List(context.Background(), coalition.OrderFilter{RequestIDs: []string{req.ID}}, coalition.Page{First: coalition.MaxFirst, After: after, SkipCount: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range l.Items {
			orders[o.ID] = o
		}
		if !l.HasNext {
			break
		}
		after = l.Cursors[len(l.Cursors)-1]
	}
	outcomesOf := map[string][]coalition.AuditOutcome{}
	for after := ""; ; {
		l, err := s.App.Stores.Audit.List(context.Background(), coalition.AuditFilter{Action: ptr("approveOrder")}, coalition.Page{First: coalition.MaxFirst, After: after, SkipCount: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range l.Items {
			outcomesOf[e.Target] = append(outcomesOf[e.Target], e.Outcome)
		}
		if !l.HasNext {
			break
		}
		after = l.Cursors[len(l.Cursors)-1]
	}
	placed := 0
	for i, id := range ids {
		o, ok := orders[id]
		if !ok {
			t.Fatalf("order %d (%s) is missing", i, id)
		}
		outcomes := outcomesOf[id]
		switch answers[i] {
		case "OK":
			placed++
			if o.Status != coalition.Placed || len(outcomes) != 1 || outcomes[0] != coalition.OutcomeOK {
				t.Errorf("order %d answered OK but is %s with events %v", i, o.Status, outcomes)
			}
		case "CONFLICT":
			if o.Status != coalition.PendingApproval || len(outcomes) != 1 || outcomes[0] != coalition.OutcomeFailed {
				t.Errorf("order %d answered CONFLICT but is %s with events %v", i, o.Status, outcomes)
			}
		default:
			t.Errorf("order %d answered %s (now %s, events %v); want OK or CONFLICT", i, answers[i], o.Status, outcomes)
		}
	}
	after := committedWithinReceived(t, svc)
	if got, want := after-before, coalition.Money(placed)*each; got != want {
		t.Errorf("committed grew by %s, want %s for %d placed", got, want, placed)
	}
	if placed == 0 || placed > n/2 {
		t.Errorf("%d of %d approvals placed; between 1 and %d fit", placed, n, n/2)
	}
	t.Logf("%d placed, %d refused", placed, n-placed)
	if bad, err := svc.VerifyBooks(context.Background()); err != nil || len(bad) > 0 {
		t.Errorf("verify-books after the race: %v, %v", err, bad)
	}
}

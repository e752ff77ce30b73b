package service_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/mongodb"
	"github.com/itcoalition/api/internal/service"
)

// TestLeasesSerialiseProcesses stands for several API processes on one
// database: two services that share nothing but the store, so only the
// lease documents can make their approvals take turns. More approvals than
// the fund can pay for, split between them, must never over-commit.
func TestLeasesSerialiseProcesses(t *testing.T) {
	s := apptest.Start(t)
	st := s.App.Store
	enf, err := authz.Load(filepath.Join(apptest.RepoRoot(), "policies"))
	if err != nil {
		t.Fatal(err)
	}
	process := func() *service.Service {
		return service.New(service.Stores{
			Nations: st.Nations(), Contributions: st.Contributions(), Requests: st.Requests(),
			Orders: st.Orders(), Audit: st.Audit(), Leases: st.Leases(), NewID: mongodb.NewID,
		}, enf, nil)
	}
	a, b := process(), process()
	as := func(sub, role, nation string) context.Context {
		return auth.WithPrincipal(context.Background(), auth.Principal{Sub: sub, Role: role, Nation: nation})
	}
	mod, drafter, approver := as("mod", "mod", "UA"), as("chair-a", "chair", "EE"), as("chair-b", "chair", "LU")

	req, err := a.CreateRequest(mod, service.NewRequest{Title: "Switches", Description: "d", Area: coalition.ITArchitecture, Phase: 4, EstimatedCost: 100})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.SubmitRequest(mod, req.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.ApproveRequest(drafter, req.ID); err != nil {
		t.Fatal(err)
	}
	fund, err := a.Fund(drafter)
	if err != nil {
		t.Fatal(err)
	}
	const orders = 40
	each := fund.Available / (orders / 2) // half of them can be paid for
	ids := make([]string, orders)
	for i := range ids {
		o, err := a.DraftOrder(drafter, service.NewOrder{RequestID: req.ID, Supplier: "S", Amount: each})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = o.ID
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	placed, refused := 0, 0
	for i, id := range ids {
		svc := a
		if i%2 == 1 {
			svc = b
		}
		wg.Go(func() {
			_, err := svc.ApproveOrder(approver, id)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				placed++
			case coalition.ErrorCode(err) == coalition.CodeConflict:
				refused++
			default:
				t.Errorf("approve %s: %v", id, err)
			}
		})
	}
	wg.Wait()
	after, err := a.Fund(drafter)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range after.ByArea {
		if *p.Committed > *p.Received {
			t.Errorf("pool %v: committed %s exceeds received %s", p.Area, p.Committed, p.Received)
		}
	}
	if got, want := after.Committed-fund.Committed, coalition.Money(placed)*each; got != want {
		t.Errorf("committed grew by %s, want %s for %d placed", got, want, placed)
	}
	if placed+refused != orders || placed > orders/2 || placed == 0 {
		t.Errorf("placed %d, refused %d of %d; at most %d fit", placed, refused, orders, orders/2)
	}
	var leases int64
	if leases, err = st.Database().Collection("leases").CountDocuments(context.Background(), map[string]any{}); err != nil || leases != 0 {
		t.Errorf("%d leases left held (%v), want none", leases, err)
	}
}

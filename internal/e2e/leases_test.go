package e2e

import (
	"context"
	"sync"
	"testing"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
)

// TestLeasesSerialiseProcesses stands for several API processes on one
// database: two services that share nothing but the store, so only the
// lease documents can make their approvals take turns. More approvals than
// the fund can pay for, split between them, must never over-commit.
func TestLeasesSerialiseProcesses(t *testing.T) {
	// Leases are the MongoDB store's way to take turns across processes.
	s := apptest.Start(t, apptest.WithFerretDB())
	a, b := newService(t, s, true, nil), newService(t, s, true, nil)
	req, money := procurable(t, a, coalition.ITArchitecture, 4)
	before := committedWithinReceived(t, a)
	const orders = 40
	each := money / (orders / 2) // half of them can be paid for
	ids := draftOrders(t, a, req, orders, each)
	var wg sync.WaitGroup
	var mu sync.Mutex
	placed, refused := 0, 0
	for i, id := range ids {
		svc := a
		if i%2 == 1 {
			svc = b
		}
		wg.Go(func() {
			_, err := svc.ApproveOrder(chairLU, id)
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
	after := committedWithinReceived(t, a)
	if got, want := after-before, coalition.Money(placed)*each; got != want {
		t.Errorf("committed grew by %s, want %s for %d placed", got, want, placed)
	}
	if placed+refused != orders || placed > orders/2 || placed == 0 {
		t.Errorf("placed %d, refused %d of %d; at most %d fit", placed, refused, orders, orders/2)
	}
	if leases, err := s.App.Store.Database().Collection("leases").CountDocuments(context.Background(), map[string]any{}); err != nil || leases != 0 {
		t.Errorf("%d leases left held (%v), want none", leases, err)
	}
}

package e2e

import (
	"context"
	"testing"

	"github.com/itcoalition/api/internal/auth"
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

// approvedRequest creates, submits and approves a request in area through
// svc, and returns it with the money its orders could spend: the area's
// available money plus unearmarked money.
func approvedRequest(t *testing.T, svc *service.Service, area coalition.CapabilityArea, phase int) (coalition.Request, coalition.Money) {
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
	for i := range ids {
		o, err := svc.DraftOrder(chairEE, service.NewOrder{RequestID: req.ID, Supplier: "S", Amount: each})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = o.ID
	}
	return ids
}

func ptr[T any](v T) *T { return &v }

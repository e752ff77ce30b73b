package e2e

import (
	"context"
	"errors"
	"testing"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// lostAnswer is the real order store, except that a status change is
// applied and then reported as failed, as when the store's answer is lost
// on the way back.
type lostAnswer struct {
	service.OrderStore
	// lost: the write is applied, its answer lost; failed: not applied.
	lost, failed bool
}

func (s *lostAnswer) Transition(ctx context.Context, from coalition.OrderStatus, o coalition.Order) error {
	if s.failed {
		return errors.New("connection reset before the write")
	}
	if err := s.OrderStore.Transition(ctx, from, o); err != nil || !s.lost {
		return err
	}
	return errors.New("connection reset while reading the answer")
}

// TestAnswerFollowsTheStore: when the store applied a change but its answer
// was lost, the service finds out by reading the order again, and answers
// OK with an OK event; when the change was not applied, it answers an
// internal error with a FAILED event. The answer, the event and the stored
// state agree either way.
func TestAnswerFollowsTheStore(t *testing.T) {
	// Only a store without transactions can apply a write whose answer is
	// lost; on SQLite the transaction rolls back with the error.
	s := apptest.Start(t, apptest.WithFerretDB())
	st := s.App.Store
	orders := &lostAnswer{OrderStore: st.Orders()}
	svc := newService(t, s, false, orders)
	req, money := procurable(t, svc, coalition.DataCentres, 5)
	// At most the policy's two-nation threshold, so that one approval places an order.
	ids := draftOrders(t, svc, req, 2, min(money/4, 1_000_000_00))

	orders.lost = true
	if _, err := svc.ApproveOrder(chairLU, ids[0]); err != nil {
		t.Errorf("approval applied but its answer lost: %v, want OK", err)
	}
	orders.lost, orders.failed = false, true
	if _, err := svc.ApproveOrder(chairLU, ids[1]); err == nil || coalition.ErrorCode(err) != "" {
		t.Errorf("approval not applied: %v, want an internal error", err)
	}
	orders.failed = false
	for i, want := range []struct {
		status  coalition.OrderStatus
		outcome coalition.AuditOutcome
	}{{coalition.Placed, coalition.OutcomeOK}, {coalition.PendingApproval, coalition.OutcomeFailed}} {
		o, err := st.Orders().Get(context.Background(), ids[i])
		if err != nil {
			t.Fatal(err)
		}
		events, err := st.Audit().List(context.Background(), coalition.AuditFilter{Action: ptr("approveOrder"), Target: &ids[i]}, coalition.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		var got []coalition.AuditOutcome
		for _, e := range events.Items {
			got = append(got, e.Outcome)
		}
		if o.Status != want.status || len(got) != 1 || got[0] != want.outcome {
			t.Errorf("order %d is %s with events %v; want %s with %q", i, o.Status, got, want.status, want.outcome)
		}
	}
}

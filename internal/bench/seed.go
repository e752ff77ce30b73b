// Package bench measures the service against a baseline that makes the same
// store calls with the raw driver: it seeds a large coalition, drives both
// over HTTP in alternating rounds and prints the ratios beside the targets.
package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/mongodb"
)

// Sizes is how much a large coalition holds beside the demo one.
type Sizes struct {
	Requests      int
	Orders        int
	Contributions int
}

// firstPhase is the first phase of the seeded requests: the demo coalition
// uses phases 1 and 2, so seeded priorities never collide with its own.
const firstPhase = 3

// phaseSize is how many seeded requests share a phase.
const phaseSize = 500

// donors are the demo nations that may pledge: its chairs and members.
var donors = []string{"EE", "LU", "BE", "DK", "IS", "IT", "JP", "LV", "LT", "NL"}

// requestStatuses weighs the seeded requests towards the ones orders are
// placed for; a few are closed or drafts so every filter has rows.
var requestStatuses = []coalition.RequestStatus{
	coalition.Approved, coalition.Approved, coalition.InProcurement, coalition.InProcurement,
	coalition.Submitted, coalition.Fulfilled, coalition.Rejected, coalition.Draft,
}

// Generate builds a large coalition deterministically: requests in phases
// of phaseSize with gap-free priorities among the open ones, orders spread
// over the requests in every status, and contributions from every donor.
// Times are whole seconds before now, as the store keeps milliseconds.
func Generate(sz Sizes, now time.Time) Coalition {
	rng := rand.New(rand.NewPCG(6, 2026))
	base := now.Truncate(time.Second).UTC()
	ago := func(d time.Duration) time.Time { return base.Add(-d) }

	reqs := make([]coalition.Request, sz.Requests)
	next := map[int]int{} // phase -> next open priority
	for i := range reqs {
		phase := firstPhase + i/phaseSize
		st := requestStatuses[i%len(requestStatuses)]
		prio := 0
		if st.Open() {
			next[phase]++
			prio = next[phase]
		}
		area := coalition.Areas[i%len(coalition.Areas)]
		reqs[i] = coalition.Request{
			ID:            mongodb.NewID(),
			Title:         fmt.Sprintf("Request %05d: %s equipment", i, area),
			Description:   "Seeded for the benchmark: equipment, licences and services for a regional command.",
			Area:          area,
			Phase:         phase,
			Priority:      prio,
			EstimatedCost: coalition.Money(100_000_00 + rng.Int64N(5_000_000_00)),
			Status:        st,
			CreatedAt:     ago(time.Duration(2*sz.Requests-i) * time.Hour),
			UpdatedAt:     ago(time.Duration(sz.Requests-i) * time.Hour),
		}
		if st == coalition.Rejected {
			reason := "covered by a bilateral donation"
			reqs[i].RejectReason = &reason
		}
	}

	// Orders are placed for requests that were approved.
	var orderable []int
	for i, r := range reqs {
		switch r.Status {
		case coalition.Approved, coalition.InProcurement, coalition.Fulfilled:
			orderable = append(orderable, i)
		}
	}
	ords := make([]coalition.Order, sz.Orders)
	if len(orderable) == 0 {
		ords = nil
	}
	approver := "chair-lu-bench"
	for i := range ords {
		r := reqs[orderable[(i*7919)%len(orderable)]]
		st := orderStatus(r.Status, i)
		drafted := ago(time.Duration(i+1) * time.Minute)
		o := coalition.Order{
			ID:        mongodb.NewID(),
			RequestID: r.ID,
			Area:      r.Area,
			Supplier:  fmt.Sprintf("Supplier %03d", rng.IntN(300)),
			Amount:    coalition.Money(1_000_00 + rng.Int64N(50_000_00)),
			Status:    st,
			DraftedBy: "chair-ee-bench",
			DraftedAt: drafted,
		}
		switch {
		case st.Commits():
			placed := drafted.Add(time.Hour)
			o.ApprovedBy, o.PlacedAt = &approver, &placed
			// Unearmarked draws, small enough that the seeded receipts
			// cover them: the fund stays consistent.
			o.Draws = []coalition.Draw{{Amount: o.Amount}}
			if st == coalition.Delivered {
				delivered := placed.Add(24 * time.Hour)
				o.DeliveredAt = &delivered
			}
		case st == coalition.OrderCancelled:
			cancelled := drafted.Add(time.Hour)
			o.CancelledAt = &cancelled
		}
		ords[i] = o
	}

	cons := make([]coalition.Contribution, sz.Contributions)
	for i := range cons {
		nation := donors[i%len(donors)]
		eur := coalition.Money(1_000_000_00 + rng.Int64N(9_000_000_00))
		c := coalition.Contribution{
			ID:         mongodb.NewID(),
			NationCode: nation,
			Kind:       coalition.Financial,
			Amount:     eur,
			Currency:   "EUR",
			EurAmount:  eur,
			Status:     coalition.Pledged,
			PledgedAt:  ago(time.Duration(i+1) * time.Hour),
			PledgedBy:  "bench-" + nation,
		}
		if k := i % 5; k < 4 {
			a := coalition.Areas[k]
			c.Earmark = &a
		}
		switch i % 4 {
		case 0, 1:
			at, rate := c.PledgedAt.Add(24*time.Hour), "1"
			c.Status, c.ReceivedAt, c.ReceivedEur, c.Rate = coalition.Received, &at, &eur, &rate
		case 2:
			if i%8 == 2 {
				c.Kind = coalition.InKind
			}
		case 3:
			if i%12 == 3 {
				c.Status = coalition.Cancelled
			}
		}
		cons[i] = c
	}
	return Coalition{Requests: reqs, Orders: ords, Contributions: cons}
}

// orderStatus spreads orders over every status as far as their request's
// life cycle allows: an approved request has no placed order yet (the first
// one moves it into procurement), a fulfilled one has no open order.
func orderStatus(req coalition.RequestStatus, i int) coalition.OrderStatus {
	st := coalition.OrderStatuses[i%len(coalition.OrderStatuses)]
	switch {
	case req == coalition.Approved && st == coalition.Placed:
		return coalition.PendingApproval
	case req == coalition.Approved && st == coalition.Delivered:
		return coalition.OrderCancelled
	case req == coalition.Fulfilled && (st == coalition.Placed || st == coalition.PendingApproval):
		return coalition.Delivered
	}
	return st
}

// Coalition is what Generate builds and Seed writes.
type Coalition struct {
	Requests      []coalition.Request
	Orders        []coalition.Order
	Contributions []coalition.Contribution
}

// Seed writes c into st beside what it holds, in few round trips.
func Seed(ctx context.Context, st *mongodb.Store, c Coalition) error {
	if err := st.Requests().InsertMany(ctx, c.Requests); err != nil {
		return fmt.Errorf("seed requests: %w", err)
	}
	if err := st.Orders().InsertMany(ctx, c.Orders); err != nil {
		return fmt.Errorf("seed orders: %w", err)
	}
	if err := st.Contributions().InsertMany(ctx, c.Contributions); err != nil {
		return fmt.Errorf("seed contributions: %w", err)
	}
	return nil
}

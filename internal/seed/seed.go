// Package seed loads the demo coalition of CONTRACT section 8 into an empty
// store, so that every screen of the app has something to show.
package seed

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// Marker is where a store keeps the seed's progress.
type Marker interface {
	// SeedState is "" before any seed, "started" while one runs (or after
	// one was interrupted) and "done" after.
	SeedState(ctx context.Context) (string, error)
	SetSeedState(ctx context.Context, state string) error
	// Empty reports whether the store holds no nations.
	Empty(ctx context.Context) (bool, error)
	// ClearSeeded removes what an interrupted seed wrote.
	ClearSeeded(ctx context.Context) error
}

// Demo writes the demo coalition. Call it on an empty database only.
func Demo(ctx context.Context, st service.Stores, now time.Time) error {
	day := func(d int) time.Time { return now.AddDate(0, 0, -d).Truncate(time.Second).UTC() }
	nations := []coalition.Nation{
		{Code: "EE", Name: "Estonia", Role: coalition.NationChair},
		{Code: "LU", Name: "Luxembourg", Role: coalition.NationChair},
		{Code: "BE", Name: "Belgium", Role: coalition.NationMember},
		{Code: "DK", Name: "Denmark", Role: coalition.NationMember},
		{Code: "IS", Name: "Iceland", Role: coalition.NationMember},
		{Code: "IT", Name: "Italy", Role: coalition.NationMember},
		{Code: "JP", Name: "Japan", Role: coalition.NationMember},
		{Code: "LV", Name: "Latvia", Role: coalition.NationMember},
		{Code: "LT", Name: "Lithuania", Role: coalition.NationMember},
		{Code: "NL", Name: "Netherlands", Role: coalition.NationMember},
		{Code: "UA", Name: "Ukraine", Role: coalition.NationBeneficiary},
		{Code: "GB", Name: "United Kingdom", Role: coalition.NationObserver},
	}
	for i, n := range nations {
		n.Status = coalition.NationActive
		n.JoinedAt = day(700 - i*10)
		if err := st.Nations.Insert(ctx, n); err != nil {
			return fmt.Errorf("seed nation %s: %w", n.Code, err)
		}
	}

	area := func(a coalition.CapabilityArea) *coalition.CapabilityArea { return &a }
	type con struct {
		nation   string
		kind     coalition.ContributionKind
		amount   coalition.Money
		currency string
		eur      coalition.Money
		earmark  *coalition.CapabilityArea
		status   coalition.ContributionStatus
		rate     string
		ago      int
	}
	const m = 100 * 1_000_000 // one million EUR, in cents
	cons := []con{
		{"EE", coalition.Financial, 5 * m, "EUR", 5 * m, nil, coalition.Received, "1", 300},
		{"LU", coalition.Financial, 4 * m, "EUR", 4 * m, nil, coalition.Received, "1", 290},
		{"DK", coalition.Financial, 22_380_000_00, "DKK", 3 * m, area(coalition.Cybersecurity), coalition.Received, "0.134048", 280},
		{"NL", coalition.Financial, 25 * m / 10, "EUR", 25 * m / 10, area(coalition.Cybersecurity), coalition.Received, "1", 270},
		{"EE", coalition.Financial, 1 * m, "EUR", 1 * m, area(coalition.Cybersecurity), coalition.Pledged, "", 40},
		{"BE", coalition.Financial, 15 * m / 10, "EUR", 15 * m / 10, area(coalition.Communications), coalition.Received, "1", 250},
		{"LT", coalition.Financial, 8 * m / 10, "EUR", 8 * m / 10, area(coalition.Communications), coalition.Pledged, "", 30},
		{"LV", coalition.Financial, 6 * m / 10, "EUR", 6 * m / 10, area(coalition.DataCentres), coalition.Received, "1", 220},
		{"IS", coalition.Financial, 37_500_000_00, "ISK", 25 * m / 100, nil, coalition.Received, "0.006667", 200},
		{"IT", coalition.Financial, 2 * m, "EUR", 2 * m, area(coalition.ITArchitecture), coalition.Pledged, "", 20},
		{"JP", coalition.InKind, 195_000_000_00, "JPY", 12 * m / 10, area(coalition.Communications), coalition.Received, "0.006154", 180},
		{"NL", coalition.Financial, 5 * m / 10, "EUR", 5 * m / 10, nil, coalition.Cancelled, "", 160},
		{"LU", coalition.Financial, 1 * m, "EUR", 1 * m, area(coalition.DataCentres), coalition.Received, "1", 150},
	}
	for _, c := range cons {
		rec := coalition.Contribution{
			ID: st.NewID(), NationCode: c.nation, Kind: c.kind, Amount: c.amount, Currency: c.currency,
			EurAmount: c.eur, Earmark: c.earmark, Status: c.status, PledgedAt: day(c.ago), PledgedBy: "seed-" + c.nation,
		}
		if c.status == coalition.Received {
			at, eur, rate := day(c.ago-14), c.eur, c.rate
			rec.ReceivedAt, rec.ReceivedEur, rec.Rate = &at, &eur, &rate
		}
		if err := st.Contributions.Insert(ctx, rec); err != nil {
			return fmt.Errorf("seed contribution: %w", err)
		}
	}

	type req struct {
		title, desc string
		area        coalition.CapabilityArea
		phase, prio int
		cost        coalition.Money
		status      coalition.RequestStatus
	}
	reqs := []req{
		{"Secure tactical radios for brigades", "Encrypted VHF/UHF radios and programming kits for frontline brigades.", coalition.Communications, 1, 1, 3 * m, coalition.InProcurement},
		{"Modular field data centre", "Containerised, hardened compute and storage for a regional command.", coalition.DataCentres, 1, 2, 15 * m / 10, coalition.Approved},
		{"Network segmentation of command systems", "Firewalls and segmentation design for command-and-control networks.", coalition.Cybersecurity, 1, 3, 12 * m / 10, coalition.Approved},
		{"Enterprise architecture for logistics", "Target architecture and integration layer for logistics IT.", coalition.ITArchitecture, 1, 4, 9 * m / 10, coalition.Submitted},
		{"Endpoint detection and response licences", "Three-year EDR licences for 20,000 endpoints.", coalition.Cybersecurity, 1, 0, 2 * m, coalition.Fulfilled},
		{"Satellite backhaul terminals", "Satellite terminals to back up fibre links of field headquarters.", coalition.Communications, 2, 1, 25 * m / 10, coalition.Submitted},
		{"Identity and access management", "Central identity, single sign-on and access reviews for MoD systems.", coalition.ITArchitecture, 2, 2, 11 * m / 10, coalition.Approved},
		{"Security operations centre tooling", "SIEM and case management for a second security operations centre.", coalition.Cybersecurity, 2, 0, 18 * m / 10, coalition.Draft},
		{"Backup and recovery for data centres", "Immutable backup appliances for two data centres.", coalition.DataCentres, 2, 0, 7 * m / 10, coalition.Rejected},
	}
	ids := make([]string, len(reqs))
	for i, r := range reqs {
		ids[i] = st.NewID()
		rec := coalition.Request{Version: 1,
			ID: ids[i], Title: r.title, Description: r.desc, Area: r.area, Phase: r.phase, Priority: r.prio,
			EstimatedCost: r.cost, Status: r.status, CreatedAt: day(120 - i), UpdatedAt: day(60 - i),
		}
		if r.status == coalition.Rejected {
			reason := "covered by a bilateral donation"
			rec.RejectReason = &reason
		}
		if err := st.Requests.Insert(ctx, rec); err != nil {
			return fmt.Errorf("seed request: %w", err)
		}
	}

	draw := func(a *coalition.CapabilityArea, amt coalition.Money) coalition.Draw {
		return coalition.Draw{Area: a, Amount: amt}
	}
	approver := "chair-lu-1"
	type ord struct {
		req      int
		supplier string
		amount   coalition.Money
		status   coalition.OrderStatus
		draws    []coalition.Draw
		ago      int
	}
	ords := []ord{
		{0, "Nordic Radio Systems", 12 * m / 10, coalition.Placed, []coalition.Draw{draw(area(coalition.Communications), 12*m/10)}, 50},
		{0, "Baltic Secure Comms", 8 * m / 10, coalition.Delivered, []coalition.Draw{draw(area(coalition.Communications), 3*m/10), draw(nil, 5*m/10)}, 80},
		{4, "Aegis Endpoint Security", 19 * m / 10, coalition.Delivered, []coalition.Draw{draw(area(coalition.Cybersecurity), 19*m/10)}, 100},
		{1, "ModuCompute", 14 * m / 10, coalition.PendingApproval, nil, 5},
		{2, "Segment Networks", 5 * m / 10, coalition.OrderCancelled, nil, 25},
	}
	// The supplier registry: each order names one, bought through NSPA or
	// a national agency.
	registrar := coalition.Signer{Issuer: "itc", Sub: "chair-ee-1", Nation: "EE"}
	suppliers := map[string]string{}
	for i, o := range ords {
		v, err := coalition.NewSupplier(st.NewID(), o.supplier, "EE", coalition.SupplierNational, fmt.Sprintf("DEMO-%03d", i+1), registrar, day(130))
		if err != nil {
			return fmt.Errorf("seed supplier: %w", err)
		}
		if err := st.Suppliers.Insert(ctx, v); err != nil {
			return fmt.Errorf("seed supplier: %w", err)
		}
		suppliers[o.supplier] = v.ID
	}
	// Delivered orders arrived whole, confirmed by the Ministry.
	ministry := coalition.Signer{Issuer: "itc", Sub: "mod-ua-1", Nation: "UA"}
	var whole []coalition.Delivery
	for i, o := range ords {
		agent := coalition.ProcurementAgent{Kind: coalition.AgentNSPA}
		if i%2 == 1 {
			agent = coalition.ProcurementAgent{Kind: coalition.AgentNational, Country: "LT", Name: "Defence Materiel Agency"}
		}
		rec := coalition.Order{Version: 1,
			ID: st.NewID(), RequestID: ids[o.req], Area: reqs[o.req].area, Supplier: o.supplier, Amount: o.amount,
			Status: o.status, DraftedBy: "chair-ee-1", DraftedAt: day(o.ago),
			OrderTerms: coalition.OrderTerms{SupplierID: suppliers[o.supplier], Agent: agent,
				ContractReference: fmt.Sprintf("ITC-2026-%03d", i+1)},
		}
		switch {
		case o.status.Commits():
			placed := day(o.ago - 2)
			rec.ApprovedBy, rec.PlacedAt, rec.Draws = &approver, &placed, o.draws
			// The policy's threshold (two-nations-above:1000000.00): above
			// it an Estonian chair approved first, then Luxembourg's.
			if o.amount > m {
				rec.Approvals = append(rec.Approvals, coalition.Approval{By: coalition.Signer{Issuer: "itc", Sub: "chair-ee-2", Nation: "EE"}, At: day(o.ago - 1)})
			}
			rec.Approvals = append(rec.Approvals, coalition.Approval{By: coalition.Signer{Issuer: "itc", Sub: approver, Nation: "LU"}, At: placed})
			if o.status == coalition.Delivered {
				delivered := day(o.ago - 30)
				rec.DeliveredAt = &delivered
				whole = append(whole, coalition.Delivery{ID: st.NewID(), OrderID: rec.ID, Value: o.amount, Date: delivered.Truncate(24 * time.Hour),
					Reference: fmt.Sprintf("DN-2026-%03d", i+1), Status: coalition.DeliveryAccepted, Whole: true,
					RecordedBy: ministry, RecordedAt: delivered, DecidedBy: &ministry, DecidedAt: &delivered, Version: 1})
			}
		case o.status == coalition.OrderCancelled:
			cancelled := day(o.ago - 1)
			rec.CancelledAt = &cancelled
		}
		if err := st.Orders.Insert(ctx, rec); err != nil {
			return fmt.Errorf("seed order: %w", err)
		}
	}
	for _, d := range whole {
		if err := st.Deliveries.Insert(ctx, d); err != nil {
			return fmt.Errorf("seed delivery: %w", err)
		}
	}
	return nil
}

// DemoIfEmpty seeds the demo coalition into an empty database. A seed that
// a crash interrupted (its marker says started, never done) is cleared and
// run again, so a first start that died halfway never leaves half a demo.
func DemoIfEmpty(ctx context.Context, st Marker, stores service.Stores, now time.Time, log *slog.Logger) error {
	state, err := st.SeedState(ctx)
	if err != nil {
		return err
	}
	switch empty, err := st.Empty(ctx); {
	case err != nil:
		return err
	case state == "started":
		log.Warn("the demo seed was interrupted; seeding again")
		if err := st.ClearSeeded(ctx); err != nil {
			return err
		}
	case !empty:
		return nil
	}
	log.Info("seeding the demo coalition")
	if err := st.SetSeedState(ctx, "started"); err != nil {
		return err
	}
	if err := Demo(ctx, stores, now); err != nil {
		return err
	}
	return st.SetSeedState(ctx, "done")
}

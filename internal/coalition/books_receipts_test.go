package coalition

import (
	"strings"
	"testing"
	"time"
)

func TestCommitContribution(t *testing.T) {
	pledgedAt := t0
	now := t0.AddDate(0, 0, 10)
	base := Contribution{ID: "c1", Kind: Financial, Amount: 100_00, Currency: "EUR", EurAmount: 100_00, Status: Pledged, PledgedAt: pledgedAt}
	tests := []struct {
		name   string
		status ContributionStatus
		kind   ContributionKind
		a      Agreement
		code   Code
		field  string
	}{
		{"a pledge", Pledged, Financial, Agreement{"FMA-2026-01", now}, "", ""},
		{"signed on the day of the pledge, earlier hour", Pledged, Financial, Agreement{"FMA", pledgedAt.Add(-time.Hour)}, "", ""},
		{"in kind", Pledged, InKind, Agreement{"MoU-7", now}, "", ""},
		{"already committed", ContributionCommitted, Financial, Agreement{"FMA", now}, CodeConflict, ""},
		{"received", Received, Financial, Agreement{"FMA", now}, CodeConflict, ""},
		{"cancelled", Cancelled, Financial, Agreement{"FMA", now}, CodeConflict, ""},
		{"no reference", Pledged, Financial, Agreement{"  ", now}, CodeInvalid, "reference"},
		{"a reference too long", Pledged, Financial, Agreement{strings.Repeat("x", 141), now}, CodeInvalid, "reference"},
		{"no date", Pledged, Financial, Agreement{"FMA", time.Time{}}, CodeInvalid, "signedOn"},
		{"signed tomorrow", Pledged, Financial, Agreement{"FMA", now.Add(time.Second)}, CodeInvalid, "signedOn"},
		{"signed before the pledge", Pledged, Financial, Agreement{"FMA", pledgedAt.AddDate(0, 0, -1)}, CodeInvalid, "signedOn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			c.Status, c.Kind = tt.status, tt.kind
			got, cm, es, err := CommitContribution(c, tt.a, alice, now)
			if code := ErrorCode(err); code != tt.code {
				t.Fatalf("err = %v, want code %q", err, tt.code)
			}
			if tt.code != "" {
				if got != c || es != nil {
					t.Fatalf("a refused commitment changed %+v or booked %v", got, es)
				}
				if tt.field != "" && err.(*Error).Field != tt.field {
					t.Fatalf("field = %q, want %q", err.(*Error).Field, tt.field)
				}
				return
			}
			if got.Status != ContributionCommitted || cm.Reference != strings.TrimSpace(tt.a.Reference) || cm.CommittedBy != alice {
				t.Fatalf("got %+v, %+v", got, cm)
			}
			wantEntries := 1
			if tt.kind == InKind {
				wantEntries = 0
			}
			if len(es) != wantEntries || (wantEntries == 1 && (es[0].Code != EntryCommitment || es[0].Amount != 100_00)) {
				t.Fatalf("entries %+v", es)
			}
		})
	}
}

func TestCancelContribution(t *testing.T) {
	tests := []struct {
		name  string
		setup func(w *world, cid string)
		code  Code
	}{
		{"a pledge", func(w *world, cid string) {}, ""},
		{"a commitment", func(w *world, cid string) { must(t, w.commit(cid)) }, ""},
		{"a commitment whose receipt was reversed", func(w *world, cid string) {
			must(t, w.commit(cid))
			rid, err := w.record(cid, 10_00, alice)
			must(t, err)
			must(t, w.reverse(rid, alice))
		}, ""},
		{"a commitment with a pending receipt", func(w *world, cid string) {
			must(t, w.commit(cid))
			_, err := w.record(cid, 10_00, alice)
			must(t, err)
		}, CodeConflict},
		{"a commitment with a confirmed receipt", func(w *world, cid string) {
			must(t, w.commit(cid))
			rid, err := w.record(cid, 10_00, alice)
			must(t, err)
			must(t, w.confirm(rid, bob))
		}, CodeConflict},
		{"received", func(w *world, cid string) {
			must(t, w.commit(cid))
			rid, err := w.record(cid, 100_00, alice)
			must(t, err)
			must(t, w.confirm(rid, bob))
		}, CodeConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			cid, err := w.pledge("EE", 100_00, nil)
			must(t, err)
			tt.setup(w, cid)
			c, es, err := CancelContributionEntries(w.cons[cid], w.receipts, nil, w.tick())
			if got := ErrorCode(err); got != tt.code {
				t.Fatalf("cancel = %v, want code %q", err, tt.code)
			}
			if err != nil {
				return
			}
			must(t, w.keep(c, es, nil))
			if f := w.figures(Unearmarked); c.Status != Cancelled || f.Pledged != 0 || f.Outstanding != 0 {
				t.Fatalf("after cancelling: %s, %+v", c.Status, f)
			}
			if _, _, err := CancelContributionEntries(c, w.receipts, nil, w.now); ErrorCode(err) != CodeConflict {
				t.Fatalf("cancelling twice = %v, want CONFLICT", err)
			}
			w.check()
		})
	}
}

func TestRecordReceiptChecksItsInput(t *testing.T) {
	now := t0.AddDate(0, 1, 0)
	c := Contribution{ID: "c1", Kind: Financial, Amount: 1000_00, Currency: "USD", EurAmount: 920_00,
		Status: ContributionCommitted, PledgedAt: t0}
	ok := ReceiptInput{Amount: 400_00, Currency: "USD", Rate: "0.92", RateSource: "ECB reference rate",
		EurAmount: 368_00, ValueDate: now.Add(-time.Hour), Reference: "SWIFT-1"}
	prior := []Receipt{
		{ID: "r0", ContributionID: "c1", ReceiptInput: ReceiptInput{Amount: 500_00, Reference: "SWIFT-0"}, Status: ReceiptPending},
		{ID: "rx", ContributionID: "c1", ReceiptInput: ReceiptInput{Amount: 900_00, Reference: "SWIFT-X"}, Status: ReceiptReversed},
	}
	tests := []struct {
		name  string
		c     func(*Contribution)
		in    func(*ReceiptInput)
		tol   FXTolerance
		code  Code
		field string
	}{
		{"right", nil, nil, FXTolerance{}, "", ""},
		{"all that is outstanding", nil, func(in *ReceiptInput) { in.Amount, in.EurAmount = 500_00, 460_00 }, FXTolerance{}, "", ""},
		{"over-receipt", nil, func(in *ReceiptInput) { in.Amount, in.EurAmount = 500_01, 460_01 }, FXTolerance{Abs: 1}, CodeInvalid, "amount"},
		{"a pledge not committed", func(c *Contribution) { c.Status = Pledged }, nil, FXTolerance{}, CodeConflict, ""},
		{"a cancelled contribution", func(c *Contribution) { c.Status = Cancelled }, nil, FXTolerance{}, CodeConflict, ""},
		{"a received contribution", func(c *Contribution) { c.Status = Received }, nil, FXTolerance{}, CodeInvalid, "amount"},
		{"in kind", func(c *Contribution) { c.Kind = InKind }, nil, FXTolerance{}, CodeConflict, ""},
		{"no amount", nil, func(in *ReceiptInput) { in.Amount = 0 }, FXTolerance{}, CodeInvalid, "amount"},
		{"no EUR amount", nil, func(in *ReceiptInput) { in.EurAmount = 0 }, FXTolerance{}, CodeInvalid, "eurAmount"},
		{"another currency", nil, func(in *ReceiptInput) { in.Currency = "GBP" }, FXTolerance{}, CodeInvalid, "currency"},
		{"no bank reference", nil, func(in *ReceiptInput) { in.Reference = " " }, FXTolerance{}, CodeInvalid, "reference"},
		{"no rate source", nil, func(in *ReceiptInput) { in.RateSource = "" }, FXTolerance{}, CodeInvalid, "rateSource"},
		{"value date in the future", nil, func(in *ReceiptInput) { in.ValueDate = now.Add(time.Minute) }, FXTolerance{}, CodeInvalid, "valueDate"},
		{"value date before the pledge", nil, func(in *ReceiptInput) { in.ValueDate = t0.AddDate(0, 0, -1) }, FXTolerance{}, CodeInvalid, "valueDate"},
		{"value date on the pledge's day", nil, func(in *ReceiptInput) { in.ValueDate = t0.Add(-time.Hour) }, FXTolerance{}, "", ""},
		{"no value date", nil, func(in *ReceiptInput) { in.ValueDate = time.Time{} }, FXTolerance{}, CodeInvalid, "valueDate"},
		{"rate with a comma", nil, func(in *ReceiptInput) { in.Rate = "0,92" }, FXTolerance{}, CodeInvalid, "rate"},
		{"rate as a fraction", nil, func(in *ReceiptInput) { in.Rate = "23/25" }, FXTolerance{}, CodeInvalid, "rate"},
		{"rate with an exponent", nil, func(in *ReceiptInput) { in.Rate = "92e-2" }, FXTolerance{}, CodeInvalid, "rate"},
		{"negative rate", nil, func(in *ReceiptInput) { in.Rate = "-0.92" }, FXTolerance{}, CodeInvalid, "rate"},
		{"zero rate", nil, func(in *ReceiptInput) { in.Rate = "0.000" }, FXTolerance{}, CodeInvalid, "rate"},
		{"rate with a leading zero", nil, func(in *ReceiptInput) { in.Rate = "00.92" }, FXTolerance{}, CodeInvalid, "rate"},
		{"rate with 13 places", nil, func(in *ReceiptInput) { in.Rate = "0.9200000000001" }, FXTolerance{}, CodeInvalid, "rate"},
		{"EUR off by a cent", nil, func(in *ReceiptInput) { in.EurAmount = 368_01 }, FXTolerance{}, CodeInvalid, "eurAmount"},
		{"EUR off by a cent, tolerated", nil, func(in *ReceiptInput) { in.EurAmount = 368_01 }, FXTolerance{Abs: 1}, "", ""},
		{"EUR off by 0.36 (1000 ppm), tolerated", nil, func(in *ReceiptInput) { in.EurAmount = 367_64 }, FXTolerance{PartsPerMillion: 1000}, "", ""},
		{"EUR off by 0.37, beyond 1000 ppm", nil, func(in *ReceiptInput) { in.EurAmount = 367_63 }, FXTolerance{PartsPerMillion: 1000}, CodeInvalid, "eurAmount"},
		{"the mistyped 999,999 EUR", nil, func(in *ReceiptInput) { in.EurAmount = 999_999_00 }, FXTolerance{Abs: 100, PartsPerMillion: 1000}, CodeInvalid, "eurAmount"},
		{"the same bank reference again", nil, func(in *ReceiptInput) { in.Reference = "swift-0" }, FXTolerance{}, CodeConflict, ""},
		{"the reference of a reversed receipt", nil, func(in *ReceiptInput) { in.Reference = "SWIFT-X" }, FXTolerance{}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, in := c, ok
			if tt.c != nil {
				tt.c(&c)
			}
			if tt.in != nil {
				tt.in(&in)
			}
			r, es, err := RecordReceipt(c, prior, "r1", in, alice, now, tt.tol)
			if got := ErrorCode(err); got != tt.code {
				t.Fatalf("RecordReceipt = %v, want code %q", err, tt.code)
			}
			if err != nil {
				if tt.field != "" && err.(*Error).Field != tt.field {
					t.Fatalf("field = %q, want %q (%v)", err.(*Error).Field, tt.field, err)
				}
				return
			}
			if r.Status != ReceiptPending || r.RecordedBy != alice || r.ConfirmedBy != nil || r.EurAmount != in.EurAmount {
				t.Fatalf("receipt %+v", r)
			}
			if len(es) != 1 || es[0].Phase != PhasePending || es[0].Code != EntryReceipt || es[0].Amount != in.EurAmount || es[0].ReceiptID != "r1" {
				t.Fatalf("entries %+v", es)
			}
		})
	}
}

func TestRecordReceiptInEUR(t *testing.T) {
	c := Contribution{ID: "c1", Kind: Financial, Amount: 100_00, Currency: "EUR", EurAmount: 100_00, Status: ContributionCommitted, PledgedAt: t0}
	in := ReceiptInput{Amount: 100_00, Currency: "EUR", Rate: "1.0", RateSource: "par", EurAmount: 100_00, ValueDate: t0, Reference: "x"}
	if _, _, err := RecordReceipt(c, nil, "r", in, alice, t0, FXTolerance{}); err != nil {
		t.Fatalf("rate 1.0 in EUR: %v", err)
	}
	in.Rate, in.EurAmount = "1.1", 110_00
	if _, _, err := RecordReceipt(c, nil, "r", in, alice, t0, FXTolerance{}); ErrorCode(err) != CodeInvalid {
		t.Fatalf("rate 1.1 in EUR = %v, want BAD_USER_INPUT", err)
	}
}

// TestReceiptLifeCycle walks a mistyped receipt through its correction by
// two people, checking the fund, the contribution and who may act at each
// step.
func TestReceiptLifeCycle(t *testing.T) {
	w := newWorld(t)
	cid, err := w.pledge("DK", 1000_00, &cyber)
	must(t, err)
	must(t, w.commit(cid))
	pool := Pool(Cybersecurity)
	step := func(name string, err error, code Code, status ContributionStatus, want PoolFigures) {
		t.Helper()
		if got := ErrorCode(err); got != code {
			t.Fatalf("%s: %v, want code %q", name, err, code)
		}
		if got := w.cons[cid].Status; got != status {
			t.Fatalf("%s: contribution is %s, want %s", name, got, status)
		}
		want.Pool = pool
		if got := w.figures(pool); got != want {
			t.Fatalf("%s:\n got %+v\nwant %+v", name, got, want)
		}
		w.check()
	}
	step("committed", nil, "", ContributionCommitted, PoolFigures{Outstanding: 1000_00})
	r1, err := w.record(cid, 600_00, alice)
	step("recorded", err, "", ContributionCommitted, PoolFigures{Outstanding: 1000_00, PendingReceipts: 600_00})
	step("confirmed by its maker", w.confirm(r1, alice), CodeForbidden, ContributionCommitted, PoolFigures{Outstanding: 1000_00, PendingReceipts: 600_00})
	step("confirmed", w.confirm(r1, bob), "", ContributionCommitted, PoolFigures{Outstanding: 400_00, Received: 600_00, Available: 600_00})
	step("confirmed twice", w.confirm(r1, bob), CodeConflict, ContributionCommitted, PoolFigures{Outstanding: 400_00, Received: 600_00, Available: 600_00})
	_, err = w.record(cid, 400_01, alice)
	step("over-receipt", err, CodeInvalid, ContributionCommitted, PoolFigures{Outstanding: 400_00, Received: 600_00, Available: 600_00})
	r2, err := w.record(cid, 400_00, bob)
	step("second instalment", err, "", ContributionCommitted, PoolFigures{Outstanding: 400_00, Received: 600_00, Available: 600_00, PendingReceipts: 400_00})
	step("second confirmed", w.confirm(r2, alice), "", Received, PoolFigures{Received: 1000_00, Available: 1000_00})
	if c := w.cons[cid]; c.ReceivedEur == nil || *c.ReceivedEur != 1000_00 || c.ReceivedAt == nil {
		t.Fatalf("received contribution %+v", c)
	}
	oid, err := w.draft(Cybersecurity, 700_00)
	must(t, err)
	must(t, w.approve(oid))
	step("order placed", nil, "", Received, PoolFigures{Received: 1000_00, Available: 300_00, Committed: 700_00})
	step("reversal that would overcommit", w.reverse(r1, alice), CodeConflict, Received, PoolFigures{Received: 1000_00, Available: 300_00, Committed: 700_00})
	must(t, w.decrease(oid, 300_00))
	step("reversal asked", w.reverse(r1, alice), "", Received, PoolFigures{Received: 1000_00, Available: 600_00, Committed: 400_00, PendingReversals: 600_00})
	step("reversal asked twice", w.reverse(r1, bob), CodeConflict, Received, PoolFigures{Received: 1000_00, Available: 600_00, Committed: 400_00, PendingReversals: 600_00})
	step("reversal confirmed by its asker", w.confirm(r1, alice), CodeForbidden, Received, PoolFigures{Received: 1000_00, Available: 600_00, Committed: 400_00, PendingReversals: 600_00})
	step("reversal declined", w.decline(r1), "", Received, PoolFigures{Received: 1000_00, Available: 600_00, Committed: 400_00})
	step("nothing left to decline", w.decline(r1), CodeConflict, Received, PoolFigures{Received: 1000_00, Available: 600_00, Committed: 400_00})
	step("reversal asked again", w.reverse(r1, alice), "", Received, PoolFigures{Received: 1000_00, Available: 600_00, Committed: 400_00, PendingReversals: 600_00})
	// Meanwhile an approval takes money the reversal needs.
	o2, err := w.draft(Cybersecurity, 1_00)
	must(t, err)
	must(t, w.approve(o2))
	step("reversal confirmed without the money", w.confirm(r1, bob), CodeConflict, Received, PoolFigures{Received: 1000_00, Available: 599_00, Committed: 401_00, PendingReversals: 600_00})
	must(t, w.cancelOrder(o2))
	step("reversal confirmed", w.confirm(r1, bob), "", ContributionCommitted, PoolFigures{Outstanding: 600_00, Received: 400_00, Committed: 400_00})
	step("reversed twice", w.reverse(r1, bob), CodeConflict, ContributionCommitted, PoolFigures{Outstanding: 600_00, Received: 400_00, Committed: 400_00})
	_, r := w.receipt(r1)
	if r.Status != ReceiptReversed || r.Reversal.Reason != "mistyped amount" || *r.Reversal.ConfirmedBy != bob || r.Version != 6 {
		t.Fatalf("reversed receipt %+v, reversal %+v", r, r.Reversal)
	}
	r3, err := w.record(cid, 600_00, alice)
	step("recorded again", err, "", ContributionCommitted, PoolFigures{Outstanding: 600_00, Received: 400_00, Committed: 400_00, PendingReceipts: 600_00})
	step("a pending receipt is reversed at once", w.reverse(r3, alice), "", ContributionCommitted, PoolFigures{Outstanding: 600_00, Received: 400_00, Committed: 400_00})
	step("a reversed receipt cannot be confirmed", w.confirm(r3, bob), CodeConflict, ContributionCommitted, PoolFigures{Outstanding: 600_00, Received: 400_00, Committed: 400_00})
	if got := OutstandingAmount(w.cons[cid], w.receipts); got != 600_00 {
		t.Fatalf("outstanding %s, want 600.00", got)
	}
	if _, _, _, err := ConfirmReceipt(w.b, w.cons[cid], w.receipts, "nope", bob, w.now); ErrorCode(err) != CodeNotFound {
		t.Fatalf("confirming an unknown receipt = %v", err)
	}
	if _, _, err := ReverseReceipt(w.b, w.cons[cid], w.receipts, r2, " ", bob, w.now); ErrorCode(err) != CodeInvalid {
		t.Fatalf("a reversal without reason = %v", err)
	}
}

// TestFulfilmentInAnotherCurrency checks that instalments in a foreign
// currency move the pledge's EUR value out of OUTSTANDING without rounding
// drift, whatever the EUR actually received.
func TestFulfilmentInAnotherCurrency(t *testing.T) {
	w := newWorld(t)
	cid, err := w.pledgeIn("JP", 3_00, "JPY", 1_00, nil) // 3 yen pledged, valued at 1 EUR
	must(t, err)
	must(t, w.commit(cid))
	outstanding := []Money{67, 34, 0} // 100 x (1 - k/3), rounded so that the parts add up
	for k := range 3 {
		c := w.cons[cid]
		in := ReceiptInput{Amount: 1_00, Currency: "JPY", Rate: "0.4", RateSource: "BoJ", EurAmount: 40,
			ValueDate: w.tick(), Reference: w.id("ref")}
		r, es, err := RecordReceipt(c, w.receipts, w.id("r"), in, alice, w.now, FXTolerance{})
		must(t, err)
		must(t, w.apply(es))
		w.receipts = append(w.receipts, r)
		must(t, w.confirm(r.ID, bob))
		if got := w.figures(Unearmarked); got.Outstanding != outstanding[k] || got.Received != Money(40*(k+1)) {
			t.Fatalf("after instalment %d: %+v", k+1, got)
		}
	}
	if got := w.cons[cid].Status; got != Received {
		t.Fatalf("status %s, want RECEIVED", got)
	}
	w.check()
}

func TestFulfilled(t *testing.T) {
	tests := []struct{ e, received, amount, want Money }{
		{100, 0, 3, 0}, {100, 1, 3, 33}, {100, 2, 3, 66}, {100, 3, 3, 100}, {100, 4, 3, 100},
		{MaxMoney, MaxMoney - 1, MaxMoney, MaxMoney - 1}, {7, 5, 0, 7},
	}
	for _, tt := range tests {
		if got := fulfilled(tt.e, tt.received, tt.amount); got != tt.want {
			t.Errorf("fulfilled(%d, %d, %d) = %d, want %d", tt.e, tt.received, tt.amount, got, tt.want)
		}
	}
}

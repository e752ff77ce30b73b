package coalition

import (
	"reflect"
	"testing"
)

// fundedWorld has 1000.00 EUR received unearmarked and 300.00 EUR received
// for cybersecurity, both confirmed.
func fundedWorld(t *testing.T) *world {
	t.Helper()
	w := newWorld(t)
	for _, g := range []struct {
		amount  Money
		earmark *CapabilityArea
	}{{1000_00, nil}, {300_00, &cyber}} {
		cid, err := w.pledge("EE", g.amount, g.earmark)
		must(t, err)
		must(t, w.commit(cid))
		rid, err := w.record(cid, g.amount, alice)
		must(t, err)
		must(t, w.confirm(rid, bob))
	}
	return w
}

func TestApproveOrderDrawsAreaFirstThenUnearmarked(t *testing.T) {
	tests := []struct {
		name      string
		area      CapabilityArea
		amount    Money
		wantDraws []Draw
		wantCode  Code
	}{
		{"within the area's money", Cybersecurity, 200_00, []Draw{{Area: &cyber, Amount: 200_00}}, ""},
		{"all of the area's money", Cybersecurity, 300_00, []Draw{{Area: &cyber, Amount: 300_00}}, ""},
		{"the area's money, then unearmarked", Cybersecurity, 500_00, []Draw{{Area: &cyber, Amount: 300_00}, {Amount: 200_00}}, ""},
		{"every cent there is", Cybersecurity, 1300_00, []Draw{{Area: &cyber, Amount: 300_00}, {Amount: 1000_00}}, ""},
		{"an area with no money of its own", Communications, 400_00, []Draw{{Amount: 400_00}}, ""},
		{"one cent too many", Cybersecurity, 1300_01, nil, CodeConflict},
		{"another area cannot use cybersecurity's money", DataCentres, 1000_01, nil, CodeConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := fundedWorld(t)
			oid, err := w.draft(tt.area, tt.amount)
			must(t, err)
			before, n := w.b.Balances(), len(w.b.Entries())
			err = w.approve(oid)
			if got := ErrorCode(err); got != tt.wantCode {
				t.Fatalf("approve = %v, want code %q", err, tt.wantCode)
			}
			if tt.wantCode != "" {
				if !reflect.DeepEqual(w.b.Balances(), before) || len(w.b.Entries()) != n {
					t.Fatal("a refused approval changed the books")
				}
				return
			}
			if got := w.orders[oid].Draws; !reflect.DeepEqual(got, tt.wantDraws) {
				t.Fatalf("draws = %v, want %v", got, tt.wantDraws)
			}
			if got := OrderDraws(w.b, oid); !reflect.DeepEqual(got, tt.wantDraws) {
				t.Fatalf("the books say the order drew %v, want %v", got, tt.wantDraws)
			}
			if got := Figures(w.b.Balances(), Pool(tt.area)).Pending; got != 0 {
				t.Fatalf("after approval %s still pending", got)
			}
			w.check()
		})
	}
}

func TestOrderReleases(t *testing.T) {
	type figures struct{ cyber, unearmarked Money } // available
	tests := []struct {
		name     string
		steps    func(w *world, oid string) error
		want     figures
		wantCode Code
	}{
		{"a draft reserves nothing", func(w *world, oid string) error { return nil }, figures{300_00, 1000_00}, ""},
		{"approved", func(w *world, oid string) error { return w.approve(oid) }, figures{0, 800_00}, ""},
		{"a draft cancelled", func(w *world, oid string) error { return w.cancelOrder(oid) }, figures{300_00, 1000_00}, ""},
		{"a placed order cancelled", func(w *world, oid string) error {
			must(t, w.approve(oid))
			return w.cancelOrder(oid)
		}, figures{300_00, 1000_00}, ""},
		{"a decrease frees unearmarked money first", func(w *world, oid string) error {
			must(t, w.approve(oid))
			return w.decrease(oid, 150_00)
		}, figures{0, 950_00}, ""},
		{"then the area's", func(w *world, oid string) error {
			must(t, w.approve(oid))
			return w.decrease(oid, 250_00)
		}, figures{50_00, 1000_00}, ""},
		{"a decrease to nothing", func(w *world, oid string) error {
			must(t, w.approve(oid))
			return w.decrease(oid, 500_00)
		}, figures{300_00, 1000_00}, ""},
		{"a decrease beyond the order", func(w *world, oid string) error {
			must(t, w.approve(oid))
			return w.decrease(oid, 500_01)
		}, figures{0, 800_00}, CodeInvalid},
		{"a decrease of nothing", func(w *world, oid string) error {
			must(t, w.approve(oid))
			return w.decrease(oid, 0)
		}, figures{0, 800_00}, CodeInvalid},
		{"a decrease, then cancelled", func(w *world, oid string) error {
			must(t, w.approve(oid))
			must(t, w.decrease(oid, 100_00))
			return w.cancelOrder(oid)
		}, figures{300_00, 1000_00}, ""},
		{"an increase draws by the same rule", func(w *world, oid string) error {
			must(t, w.approve(oid))
			must(t, w.decrease(oid, 250_00))
			es, draws, err := IncreaseOrderEntries(w.b, w.orders[oid], 100_00, w.tick())
			if want := []Draw{{Area: &cyber, Amount: 50_00}, {Amount: 50_00}}; !reflect.DeepEqual(draws, want) {
				t.Errorf("increase draws %v, want %v", draws, want)
			}
			must(t, err)
			return w.apply(es)
		}, figures{0, 950_00}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := fundedWorld(t)
			oid, err := w.draft(Cybersecurity, 500_00)
			must(t, err)
			err = tt.steps(w, oid)
			if got := ErrorCode(err); got != tt.wantCode {
				t.Fatalf("got %v, want code %q", err, tt.wantCode)
			}
			got := figures{w.b.Spendable(Pool(Cybersecurity)), w.b.Spendable(Unearmarked)}
			if got != tt.want {
				t.Fatalf("available = %+v, want %+v", got, tt.want)
			}
			w.check()
		})
	}
}

func TestDraftOrderEntriesRefuseBadOrders(t *testing.T) {
	for _, o := range []Order{{ID: "o", Area: "SPACE", Amount: 1}, {ID: "o", Area: Cybersecurity}, {ID: "o", Area: Cybersecurity, Amount: -1}} {
		if _, err := DraftOrderEntries(o, t0); ErrorCode(err) != CodeInvalid {
			t.Errorf("DraftOrderEntries(%+v) = %v, want BAD_USER_INPUT", o, err)
		}
	}
	if _, _, err := ApproveOrderEntries(NewBooks(), Order{ID: "o", Area: "SPACE", Amount: 1}, t0); ErrorCode(err) != CodeInvalid {
		t.Errorf("approving an order of no area = %v", err)
	}
}

// TestApproveWithoutDraftEntry covers orders drafted before the books
// existed: the approval posts its draws directly.
func TestApproveWithoutDraftEntry(t *testing.T) {
	w := fundedWorld(t)
	o := Order{ID: "old", Area: Cybersecurity, Amount: 400_00}
	es, draws, err := ApproveOrderEntries(w.b, o, w.tick())
	must(t, err)
	must(t, w.apply(es))
	if want := []Draw{{Area: &cyber, Amount: 300_00}, {Amount: 100_00}}; !reflect.DeepEqual(draws, want) || !reflect.DeepEqual(OrderDraws(w.b, "old"), want) {
		t.Fatalf("draws %v, books %v, want %v", draws, OrderDraws(w.b, "old"), want)
	}
	if _, _, err := ApproveOrderEntries(w.b, o, w.tick()); ErrorCode(err) != CodeConflict {
		t.Fatalf("approving twice = %v, want CONFLICT", err)
	}
}

func TestRedraftReplacesThePendingDraw(t *testing.T) {
	w := fundedWorld(t)
	oid, err := w.draft(Cybersecurity, 500_00)
	must(t, err)
	o := w.orders[oid]
	o.Amount, o.Area = 800_00, DataCentres
	es, err := RedraftOrderEntries(w.b, o, w.tick())
	must(t, err)
	must(t, w.apply(es))
	w.orders[oid] = o
	if got := Figures(w.b.Balances(), Pool(Cybersecurity)).Pending; got != 0 {
		t.Fatalf("the old draw is still pending: %s", got)
	}
	if got := Figures(w.b.Balances(), Pool(DataCentres)).Pending; got != 800_00 {
		t.Fatalf("pending %s, want 800.00", got)
	}
	o.Amount = 0
	if _, err := RedraftOrderEntries(w.b, o, w.now); ErrorCode(err) != CodeInvalid {
		t.Fatalf("redraft to nothing = %v", err)
	}
	must(t, w.approve(oid))
	if got, want := OrderDraws(w.b, oid), []Draw{{Amount: 800_00}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("draws %v, want %v", got, want)
	}
	w.check()
}

// TestApproveAnOrderEditedWithoutRedraft covers a pending draw that no
// longer matches the order: it is voided and the draws posted directly.
func TestApproveAnOrderEditedWithoutRedraft(t *testing.T) {
	for _, edit := range []func(*Order){
		func(o *Order) { o.Amount = 600_00 },    // more than the 100.00 announced
		func(o *Order) { o.Area = DataCentres }, // another area
	} {
		w := fundedWorld(t)
		oid, err := w.draft(Cybersecurity, 100_00)
		must(t, err)
		o := w.orders[oid]
		edit(&o)
		w.orders[oid] = o
		must(t, w.approve(oid))
		var want Money
		for _, d := range OrderDraws(w.b, oid) {
			want += d.Amount
		}
		if want != o.Amount || SumFigures(AllFigures(w.b.Balances())).Pending != 0 {
			t.Fatalf("order of %s drew %s, pending left %s", o.Amount, want, SumFigures(AllFigures(w.b.Balances())).Pending)
		}
		w.check()
	}
}

package coalition

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestTraceFirstReceivedFirstSpent(t *testing.T) {
	type alloc struct {
		order, contribution string
		pool                Pool
		amount              Money
	}
	un, cy := Unearmarked, Pool(Cybersecurity)
	// Every case starts from: contribution A gave 600.00 unearmarked
	// (confirmed first), B 400.00 unearmarked, C 100.00 for cybersecurity;
	// order X (cybersecurity, 500.00) drafted first, Y (data centres,
	// 300.00) second. Names map to the world's ids.
	tests := []struct {
		name  string
		steps func(w *world, id map[string]string)
		want  []alloc
	}{
		{"drafts and pending receipts fund nothing", func(w *world, id map[string]string) {
			_, err := w.record(id["D"], 50_00, alice)
			must(t, err)
		}, nil},
		{"oldest money first, area first", func(w *world, id map[string]string) {
			must(t, w.approve(id["X"]))
			must(t, w.approve(id["Y"]))
		}, []alloc{{"X", "C", cy, 100_00}, {"X", "A", un, 400_00}, {"Y", "A", un, 200_00}, {"Y", "B", un, 100_00}}},
		{"in the order of approval, not of drafting", func(w *world, id map[string]string) {
			must(t, w.approve(id["Y"]))
			must(t, w.approve(id["X"]))
		}, []alloc{{"X", "C", cy, 100_00}, {"Y", "A", un, 300_00}, {"X", "A", un, 300_00}, {"X", "B", un, 100_00}}},
		{"a cancelled order frees the oldest money for the next", func(w *world, id map[string]string) {
			must(t, w.approve(id["X"]))
			must(t, w.approve(id["Y"]))
			must(t, w.cancelOrder(id["X"]))
		}, []alloc{{"Y", "A", un, 300_00}}},
		{"a decrease comes off the order's own draws", func(w *world, id map[string]string) {
			must(t, w.approve(id["X"]))
			must(t, w.approve(id["Y"]))
			must(t, w.decrease(id["X"], 350_00)) // unearmarked first: its 400.00 becomes 50.00
		}, []alloc{{"X", "C", cy, 100_00}, {"X", "A", un, 50_00}, {"Y", "A", un, 300_00}}},
		{"a reversed receipt leaves the queue whole", func(w *world, id map[string]string) {
			must(t, w.approve(id["Y"]))
			must(t, w.reverse(id["rA"], alice))
			must(t, w.confirm(id["rA"], bob))
		}, []alloc{{"Y", "B", un, 300_00}}},
		{"a pending reversal still counts", func(w *world, id map[string]string) {
			must(t, w.approve(id["Y"]))
			must(t, w.reverse(id["rA"], alice))
		}, []alloc{{"Y", "A", un, 300_00}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWorld(t)
			id := map[string]string{}
			for _, g := range []struct {
				name    string
				amount  Money
				earmark *CapabilityArea
			}{{"A", 600_00, nil}, {"B", 400_00, nil}, {"C", 100_00, &cyber}, {"D", 100_00, nil}} {
				cid, err := w.pledge("EE", g.amount, g.earmark)
				must(t, err)
				must(t, w.commit(cid))
				id[g.name] = cid
				if g.name == "D" {
					continue
				}
				rid, err := w.record(cid, g.amount, alice)
				must(t, err)
				must(t, w.confirm(rid, bob))
				id["r"+g.name] = rid
			}
			var err error
			id["X"], err = w.draft(Cybersecurity, 500_00)
			must(t, err)
			id["Y"], err = w.draft(DataCentres, 300_00)
			must(t, err)
			tt.steps(w, id)
			name := map[string]string{}
			for k, v := range id {
				name[v] = k
			}
			var got []alloc
			for _, a := range Trace(w.b.Entries()) {
				got = append(got, alloc{name[a.OrderID], name[a.ContributionID], a.Pool, a.Amount})
			}
			// Pools come in the order of Pools(): areas before unearmarked.
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("Trace =\n %v\nwant\n %v", got, tt.want)
			}
			// The same books in any order trace the same.
			es := w.b.Entries()
			rand.New(rand.NewPCG(1, 2)).Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
			if again := Trace(es); !reflect.DeepEqual(again, Trace(w.b.Entries())) {
				t.Fatalf("shuffled entries trace differently: %v", again)
			}
			all := Trace(w.b.Entries())
			for _, a := range OrderFunding(all, id["X"]) {
				if a.OrderID != id["X"] {
					t.Fatalf("OrderFunding kept %+v", a)
				}
			}
			for _, a := range ContributionAllocations(all, id["A"]) {
				if a.ContributionID != id["A"] {
					t.Fatalf("ContributionAllocations kept %+v", a)
				}
			}
			w.check()
		})
	}
}

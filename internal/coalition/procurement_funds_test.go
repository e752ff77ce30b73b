package coalition

import (
	"reflect"
	"testing"
)

func TestProcurementDraws(t *testing.T) {
	cyber, comms := Cybersecurity, Communications
	funds := func(area, pool Money) ProcurementFunds {
		return ProcurementFunds{Earmarked: map[CapabilityArea]Money{Cybersecurity: area, Communications: 1_000}, Unearmarked: pool}
	}
	tests := []struct {
		name     string
		area     CapabilityArea
		amount   Money
		funds    ProcurementFunds
		want     []Draw
		wantCode Code
	}{
		{"all from the area", Cybersecurity, 100, funds(500, 0), []Draw{{Area: &cyber, Amount: 100}}, ""},
		{"the area first, then unearmarked", Cybersecurity, 700, funds(500, 300), []Draw{{Area: &cyber, Amount: 500}, {Amount: 200}}, ""},
		{"exactly both pools", Cybersecurity, 800, funds(500, 300), []Draw{{Area: &cyber, Amount: 500}, {Amount: 300}}, ""},
		{"one cent short", Cybersecurity, 801, funds(500, 300), nil, CodeConflict},
		{"nothing earmarked", DataCentres, 300, funds(500, 300), []Draw{{Amount: 300}}, ""},
		{"another area's money is not drawn", DataCentres, 301, funds(500, 300), nil, CodeConflict},
		{"an overdrawn area counts as empty", Cybersecurity, 300, funds(-50, 300), []Draw{{Amount: 300}}, ""},
		{"an overdrawn pool covers nothing", Cybersecurity, 501, funds(500, -1), nil, CodeConflict},
		{"an overdrawn pool is not asked when the area covers it", Cybersecurity, 500, funds(500, -1), []Draw{{Area: &cyber, Amount: 500}}, ""},
		{"its own area", Communications, 1_000, funds(0, 0), []Draw{{Area: &comms, Amount: 1_000}}, ""},
		{"nil map", Cybersecurity, 10, ProcurementFunds{Unearmarked: 10}, []Draw{{Amount: 10}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ProcurementDraws(tt.area, tt.amount, tt.funds)
			wantCode(t, err, tt.wantCode)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("draws = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestProcurementRelease(t *testing.T) {
	cyber := Cybersecurity
	both := []Draw{{Area: &cyber, Amount: 500}, {Amount: 200}}
	tests := []struct {
		name         string
		draws        []Draw
		amount       Money
		wantKept     []Draw
		wantReleased []Draw
	}{
		{"unearmarked money first", both, 150, []Draw{{Area: &cyber, Amount: 500}, {Amount: 50}}, []Draw{{Amount: 150}}},
		{"then the area's", both, 300, []Draw{{Area: &cyber, Amount: 400}}, []Draw{{Amount: 200}, {Area: &cyber, Amount: 100}}},
		{"everything", both, 700, []Draw{}, []Draw{{Amount: 200}, {Area: &cyber, Amount: 500}}},
		{"never more than drawn", both, 900, []Draw{}, []Draw{{Amount: 200}, {Area: &cyber, Amount: 500}}},
		{"nothing", both, 0, both, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := append([]Draw(nil), tt.draws...)
			kept, released := ProcurementRelease(tt.draws, tt.amount)
			if !reflect.DeepEqual(kept, tt.wantKept) || !reflect.DeepEqual(released, tt.wantReleased) {
				t.Errorf("kept %v released %v, want %v and %v", kept, released, tt.wantKept, tt.wantReleased)
			}
			if !reflect.DeepEqual(tt.draws, before) {
				t.Errorf("the order's draws changed to %v", tt.draws)
			}
		})
	}
}

func TestMergeDraws(t *testing.T) {
	cyber := Cybersecurity
	tests := []struct {
		name        string
		draws, more []Draw
		want        []Draw
	}{
		{"into the same pools", []Draw{{Area: &cyber, Amount: 5}, {Amount: 2}}, []Draw{{Area: &cyber, Amount: 1}, {Amount: 1}}, []Draw{{Area: &cyber, Amount: 6}, {Amount: 3}}},
		{"a new earmarked pool goes first", []Draw{{Amount: 2}}, []Draw{{Area: &cyber, Amount: 1}}, []Draw{{Area: &cyber, Amount: 1}, {Amount: 2}}},
		{"a new unearmarked pool goes last", []Draw{{Area: &cyber, Amount: 5}}, []Draw{{Amount: 1}}, []Draw{{Area: &cyber, Amount: 5}, {Amount: 1}}},
		{"onto nothing", nil, []Draw{{Amount: 1}}, []Draw{{Amount: 1}}},
	}
	for _, tt := range tests {
		if got := mergeDraws(tt.draws, tt.more); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: mergeDraws = %v, want %v", tt.name, got, tt.want)
		}
	}
}

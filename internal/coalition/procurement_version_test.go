package coalition

import "testing"

func TestCheckVersion(t *testing.T) {
	v := func(n int) *int { return &n }
	tests := []struct {
		name     string
		current  int
		expected *int
		wantCode Code
		wantMsg  string
	}{
		{"the version the editor saw", 3, v(3), "", ""},
		{"no expectation", 3, nil, "", ""},
		{"someone changed it first", 4, v(3), CodeConflict, "PriorityRequest r1 is at version 4, not 3"},
		{"ahead of the store", 3, v(9), CodeConflict, "at version 3, not 9"},
		{"zero", 3, v(0), CodeInvalid, "expectedVersion"},
		{"negative", 3, v(-1), CodeInvalid, "expectedVersion"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, CheckVersion("PriorityRequest", "r1", tt.current, tt.expected), tt.wantCode, tt.wantMsg)
		})
	}
}

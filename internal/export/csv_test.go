package export

import "testing"

func TestCell(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"Denmark", "Denmark"},
		{"=1+2", "'=1+2"},
		{`=HYPERLINK("http://x.example","x")`, `'=HYPERLINK("http://x.example","x")`},
		{"+31 20 555", "'+31 20 555"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\tcmd", "'\tcmd"},
		{"\rcmd", "'\rcmd"},
		{"＝1+1", "'＝1+1"},
		{"a=1", "a=1"},
		{"1250000.00", "1250000.00"},
		{"-12.50", "-12.50"},
		{"-", "'-"},
		{"-1e3", "'-1e3"},
		{"2026-11-30T09:00:00Z", "2026-11-30T09:00:00Z"},
	} {
		if got := Cell(tt.in); got != tt.want {
			t.Errorf("Cell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

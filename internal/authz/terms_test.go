package authz

import (
	"strings"
	"testing"

	"github.com/itcoalition/api/internal/coalition"
)

// Approval terms narrow the approve grant into a coalition.ApprovalRule;
// a malformed or contradictory term fails the load, and a term alone
// grants nothing.
func TestApprovalTerms(t *testing.T) {
	e := load(t, writePolicy(t,
		"p, chair, Order, approve, all",
		"p, chair, Order, approve, two-nations-above:250000.00",
		"p, chair, Order, approve, max-per-approval:5000000.00",
		"p, member, Order, approve, two-nations-above:1.00",
	))
	sc := e.Scope("chair", "Order", "approve")
	m := func(s string) coalition.Money { return must(coalition.ParseMoney(s)) }
	if !sc.Granted || sc.Approval.TwoNationsAbove == nil || *sc.Approval.TwoNationsAbove != m("250000.00") ||
		sc.Approval.MaxPerApproval == nil || *sc.Approval.MaxPerApproval != m("5000000.00") {
		t.Errorf("chair's approval rule: %+v", sc)
	}
	if got := e.Decided("chair", "Order", "approve"); got != "all|max-per-approval:5000000.00|two-nations-above:250000.00" {
		t.Errorf("decided %q", got)
	}
	if sc := e.Scope("member", "Order", "approve"); sc.Granted || sc.Approval.TwoNationsAbove != nil {
		t.Errorf("a term alone granted: %+v", sc)
	}
	for _, tt := range []struct{ name, line, want string }{
		{"a bad amount", "p, chair, Order, approve, two-nations-above:lots", "two-nations-above"},
		{"twice, two amounts", "p, chair, Order, approve, two-nations-above:2.00\np, chair, Order, approve, two-nations-above:3.00", "set twice"},
		{"on another action", "p, chair, Order, cancel, max-per-approval:2.00", "apply only to Order, approve"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writePolicy(t, "p, chair, Order, approve, all", tt.line))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: err = %v, want it to say %q", err, tt.want)
			}
		})
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

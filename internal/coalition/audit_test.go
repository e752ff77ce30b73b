package coalition

import (
	"testing"
	"time"
)

func TestAuditFilterCheck(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	t1 := t0.Add(time.Hour)
	s := func(v string) *string { return &v }
	o := func(v AuditOutcome) *AuditOutcome { return &v }
	for _, tc := range []struct {
		name  string
		f     AuditFilter
		field string // "" when the filter is fine
	}{
		{"none", AuditFilter{}, ""},
		{"a range", AuditFilter{From: &t0, To: &t1}, ""},
		{"an empty range", AuditFilter{From: &t0, To: &t0}, ""},
		{"to before from", AuditFilter{From: &t1, To: &t0}, "to"},
		{"a known outcome", AuditFilter{Outcome: o(OutcomeDenied)}, ""},
		{"an unknown outcome", AuditFilter{Outcome: o("MAYBE")}, "outcome"},
		{"a person", AuditFilter{ActorSub: s("kadri"), ActorIssuer: s("itc")}, ""},
		{"an issuer alone", AuditFilter{ActorIssuer: s("itc")}, "actorIssuer"},
		{"an empty sub", AuditFilter{ActorSub: s(" ")}, "actorSub"},
		{"an empty nation", AuditFilter{ActorNation: s("")}, "actorNation"},
		{"an empty target type", AuditFilter{TargetType: s("")}, "targetType"},
	} {
		err := tc.f.Check()
		var got string
		if e, ok := err.(*Error); ok && e.Code == CodeInvalid {
			got = e.Field
		} else if err != nil {
			t.Errorf("%s: %v is not a BAD_USER_INPUT error", tc.name, err)
		}
		if got != tc.field {
			t.Errorf("%s: refused field %q, want %q (%v)", tc.name, got, tc.field, err)
		}
	}
}

func TestReasonOfAndDescribe(t *testing.T) {
	s := func(v string) *string { return &v }
	rejected := []FieldChange{{Field: "status", Before: s("SUBMITTED"), After: s("REJECTED")}, {Field: "rejectReason", After: s("out of scope")}}
	reinstated := []FieldChange{{Field: "status", Before: s("SUSPENDED"), After: s("ACTIVE")}, {Field: "suspendedReason", Before: s("dues")}}
	created := []FieldChange{{Field: "id", After: s("1")}, {Field: "title", After: s("Radios")}}
	nested := []FieldChange{{Field: "reversal.reason", After: s("bank error")}}
	for _, tc := range []struct {
		name             string
		changes          []FieldChange
		hidden           bool
		reason, describe string
	}{
		{"a rejection", rejected, false, "out of scope", "out of scope"},
		{"a reason that went away", reinstated, false, "", "changed status, suspendedReason"},
		{"a creation", created, false, "", "set id, title"},
		{"a nested reason", nested, false, "bank error", "bank error"},
		{"nothing", nil, false, "", "no field changed"},
		{"nothing visible", nil, true, "", "changed fields this role may not read"},
	} {
		reason := ReasonOf(tc.changes)
		if got, want := reason, tc.reason; got != want {
			t.Errorf("%s: reason %q, want %q", tc.name, got, want)
		}
		if got, want := Describe(tc.changes, reason, tc.hidden), tc.describe; got != want {
			t.Errorf("%s: detail %q, want %q", tc.name, got, want)
		}
	}
}

func TestTargetRow(t *testing.T) {
	for _, tc := range []struct {
		name           string
		v              any
		nation, status string
	}{
		{"a contribution", Contribution{NationCode: "DK", Status: Pledged}, "DK", "PLEDGED"},
		{"a request", &Request{Status: Draft}, "", "DRAFT"},
		{"a person", Person{Nation: "EE", Status: PersonSuspended}, "EE", string(PersonSuspended)},
		{"nothing", nil, "", ""},
	} {
		n, st := TargetRow(tc.v)
		if n != tc.nation || st != tc.status {
			t.Errorf("%s: %q %q, want %q %q", tc.name, n, st, tc.nation, tc.status)
		}
	}
}

func TestWithholdAmounts(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"the orders would total more than its estimate of 777.00 with this 9000.00", "the orders would total more than its estimate of (withheld) with this (withheld)"},
		{"a release of -12.50", "a release of (withheld)"},
		{"order 6b0d5c49 is PLACED at 2026-11-30T11:21:45.792Z", "order 6b0d5c49 is PLACED at 2026-11-30T11:21:45.792Z"},
	} {
		if got := WithholdAmounts(tc.text); got != tc.want {
			t.Errorf("WithholdAmounts(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

package coalition

import (
	"testing"
	"time"
)

func TestPersonRules(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	fresh, write := Person{Issuer: "idp", Sub: "anna"}.Seen("EE", "chair", t0)
	if !write || fresh.Status != PersonActive || !fresh.FirstSeen.Equal(t0) || !fresh.LastSeen.Equal(t0) {
		t.Fatalf("a new person: %+v, write %v", fresh, write)
	}
	for _, c := range []struct {
		name         string
		nation, role string
		after        time.Duration
		write        bool
	}{
		{"again within the minute", "EE", "chair", 59 * time.Second, false},
		{"a minute later", "EE", "chair", time.Minute, true},
		{"for another nation", "LU", "chair", time.Second, true},
		{"in another role", "EE", "member", time.Second, true},
	} {
		got, write := fresh.Seen(c.nation, c.role, t0.Add(c.after))
		if write != c.write || !got.FirstSeen.Equal(t0) || write && !got.LastSeen.Equal(t0.Add(c.after)) {
			t.Errorf("%s: %+v, write %v; want write %v", c.name, got, write, c.write)
		}
	}
	tests := []struct {
		name string
		got  func() (Person, error)
		want Code
	}{
		{"suspend", func() (Person, error) { return fresh.Suspend("lost laptop") }, ""},
		{"suspend without a reason", func() (Person, error) { return fresh.Suspend(" ") }, CodeInvalid},
		{"suspend twice", func() (Person, error) { p, _ := fresh.Suspend("a"); return p.Suspend("b") }, CodeConflict},
		{"reinstate an active person", func() (Person, error) { return fresh.Reinstate("x") }, CodeConflict},
		{"reinstate", func() (Person, error) { p, _ := fresh.Suspend("a"); return p.Reinstate("found") }, ""},
	}
	for _, tc := range tests {
		p, err := tc.got()
		if got := ErrorCode(err); got != tc.want {
			t.Errorf("%s: code %q, want %q (%v)", tc.name, got, tc.want, err)
		}
		if tc.want == "" && (p.Reason == nil || *p.Reason == "") {
			t.Errorf("%s: no reason kept", tc.name)
		}
	}
	if !fresh.Signer().Same(Signer{Issuer: "idp", Sub: "anna", Nation: "LU"}) || fresh.Signer().Same(Signer{Issuer: "other", Sub: "anna"}) {
		t.Error("a person is an issuer and a subject, whatever the nation")
	}
}

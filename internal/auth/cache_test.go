package auth

import (
	"testing"
	"time"
)

// TestSeenTokensStillExpire: a verified token is remembered, but its time
// claims are checked again on every use.
func TestSeenTokensStillExpire(t *testing.T) {
	cfg := Config{Secret: testSecret}
	v := newTestVerifier(t, cfg)
	tok, err := Mint(cfg, Principal{Sub: "s", Role: "member", Nation: "DK"}, time.Minute, t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := v.Verify(tok); err != nil {
		t.Fatalf("first use: %v", err)
	}
	// A second use is served from memory: no claims are parsed again.
	if got := testing.AllocsPerRun(20, func() { _, _ = v.Verify(tok) }); got > 1 {
		t.Errorf("a remembered token costs %v allocations, want at most 1", got)
	}
	tests := []struct {
		name  string
		at    time.Time
		valid bool
	}{
		{"within its life", t0.Add(30 * time.Second), true},
		{"expired but within leeway", t0.Add(time.Minute + 10*time.Second), true},
		{"expired past leeway", t0.Add(time.Minute + DefaultLeeway + time.Second), false},
	}
	for _, tc := range tests {
		v.now = func() time.Time { return tc.at }
		_, err := v.Verify(tok)
		if got := err == nil; got != tc.valid {
			t.Errorf("%s: valid = %v, want %v (err %v)", tc.name, got, tc.valid, err)
		}
	}
	// A token refused once is not remembered as valid.
	v.now = func() time.Time { return t0 }
	bad := tok[:len(tok)-2] + "AA"
	for range 2 {
		if _, err := v.Verify(bad); err == nil {
			t.Fatal("tampered token accepted")
		}
	}
}

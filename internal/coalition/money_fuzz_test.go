package coalition

import (
	"strings"
	"testing"
)

// FuzzParseMoney checks that ParseMoney never panics, refuses with
// ErrMoneyFormat only, accepts nothing outside 0..MaxMoney, and that
// String and ParseMoney round-trip: every amount prints in the canonical
// two-place form and reads back as itself.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"0", "0.00", "1250000.00", "1250000.5", "1", "1000000000000", "1000000000000.01",
		"-1", "+1", "1e3", "1.234", "01", "", ".5", "5.", " 1", "1,000", "١٢", "9223372036854775807", "0x10"} {
		f.Add(s, int64(len(s)))
	}
	f.Add("12.34", int64(MaxMoney))
	f.Fuzz(func(t *testing.T, s string, cents int64) {
		m, err := ParseMoney(s)
		if err != nil {
			if err != ErrMoneyFormat || m != 0 {
				t.Fatalf("ParseMoney(%q) = %d, %v; want 0, ErrMoneyFormat", s, m, err)
			}
		} else {
			if m < 0 || m > MaxMoney {
				t.Fatalf("ParseMoney(%q) = %d, outside 0..MaxMoney", s, m)
			}
			if got, want := m.String(), canonical(s); got != want {
				t.Fatalf("ParseMoney(%q).String() = %q, want %q", s, got, want)
			}
		}
		// Any amount in range survives a trip through its string.
		n := Money(cents)
		if n < 0 || n > MaxMoney {
			return
		}
		back, err := ParseMoney(n.String())
		if err != nil || back != n {
			t.Fatalf("ParseMoney(%q) = %d, %v; want %d", n.String(), back, err, n)
		}
	})
}

// canonical writes an accepted amount with exactly two places.
func canonical(s string) string {
	whole, frac, _ := strings.Cut(s, ".")
	return whole + "." + (frac + "00")[:2]
}

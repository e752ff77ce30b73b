package coalition

import (
	"fmt"
	"strconv"
	"strings"
)

// DefaultFXTolerance lets a receipt's EUR amount differ from amount x rate
// by the larger of 1.00 EUR and 0.1 %: a bank's rounding and small fees,
// never a mistyped figure.
var DefaultFXTolerance = FXTolerance{Abs: 1_00, PartsPerMillion: 1_000}

// ParseFXTolerance reads a tolerance as the configuration writes it: an
// EUR amount ("1.00"), a percentage ("0.1%"), or both joined by a comma
// ("1.00,0.1%"); "0" demands exact agreement to the cent.
func ParseFXTolerance(s string) (FXTolerance, error) {
	var t FXTolerance
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if pct, ok := strings.CutSuffix(part, "%"); ok {
			f, err := strconv.ParseFloat(strings.TrimSpace(pct), 64)
			if err != nil || f < 0 || f > 10 {
				return t, fmt.Errorf("FX tolerance %q: a percentage between 0%% and 10%%", part)
			}
			t.PartsPerMillion = int64(f*10_000 + 0.5)
			continue
		}
		if part == "0" {
			continue
		}
		m, err := ParseMoney(part)
		if err != nil || m < 0 || m > 1_000_00 {
			return t, fmt.Errorf("FX tolerance %q: an EUR amount between 0.00 and 1000.00", part)
		}
		t.Abs = m
	}
	return t, nil
}

// String writes t as ParseFXTolerance reads it.
func (t FXTolerance) String() string {
	return fmt.Sprintf("%s,%s%%", t.Abs, strconv.FormatFloat(float64(t.PartsPerMillion)/10_000, 'f', -1, 64))
}

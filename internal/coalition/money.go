package coalition

import (
	"strconv"
	"strings"
)

// Money is an exact amount in cents. The API carries it as a decimal
// string with two places; it is never a float anywhere.
type Money int64

// MaxMoney bounds every amount so that sums of many amounts cannot overflow.
const MaxMoney Money = 1_000_000_000_000_00 // one trillion, in cents

// ErrMoneyFormat is returned for a string that is not a valid amount.
var ErrMoneyFormat = &Error{Code: CodeInvalid, Message: `amount must be a decimal string with at most two places, like "1250000.00"`}

// ParseMoney reads "1250000", "1250000.5" or "1250000.00". Signs, exponents,
// spaces, separators and more than two places are refused.
func ParseMoney(s string) (Money, error) {
	if s == "" || len(s) > 20 {
		return 0, ErrMoneyFormat
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	if whole == "" || (hasDot && (frac == "" || len(frac) > 2)) {
		return 0, ErrMoneyFormat
	}
	if !digits(whole) || !digits(frac) {
		return 0, ErrMoneyFormat
	}
	if len(whole) > 1 && whole[0] == '0' {
		return 0, ErrMoneyFormat
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w > int64(MaxMoney/100) {
		return 0, ErrMoneyFormat
	}
	cents := w * 100
	switch len(frac) {
	case 1:
		cents += int64(frac[0]-'0') * 10
	case 2:
		cents += int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	}
	if Money(cents) > MaxMoney {
		return 0, ErrMoneyFormat
	}
	return Money(cents), nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// String formats m with two places, e.g. "1250000.00".
func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	s := strconv.FormatInt(int64(m/100), 10) + "." + twoDigits(int64(m%100))
	if neg {
		return "-" + s
	}
	return s
}

func twoDigits(n int64) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

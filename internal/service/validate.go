package service

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/itcoalition/api/internal/coalition"
)

// text checks a free-text field: trimmed, 1..max characters, printable
// (new lines allowed where multiline).
func text(field, v string, max int, multiline bool) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", coalition.Invalid(field, "must not be empty")
	}
	if !utf8.ValidString(v) || utf8.RuneCountInString(v) > max {
		return "", coalition.Invalid(field, "must be at most %d characters of valid text", max)
	}
	for _, r := range v {
		if (r == '\n' || r == '\t') && multiline {
			continue
		}
		if !unicode.IsPrint(r) {
			return "", coalition.Invalid(field, "must not contain control characters")
		}
	}
	return v, nil
}

func positive(field string, m coalition.Money) error {
	if m <= 0 {
		return coalition.Invalid(field, "must be more than zero")
	}
	return nil
}

func countryCode(field, code string) error {
	if !coalition.ValidCountry(code) {
		return coalition.Invalid(field, "must be an ISO 3166-1 alpha-2 code in upper case, like \"EE\"")
	}
	return nil
}

// rate checks an exchange rate: a positive decimal with at most 10 places.
func rate(field, v string) error {
	whole, frac, _ := strings.Cut(v, ".")
	ok := whole != "" && len(whole) <= 12 && len(frac) <= 10 && digitsOnly(whole) && digitsOnly(frac) && strings.Trim(v, "0.") != ""
	if !ok {
		return coalition.Invalid(field, "must be a positive decimal such as \"0.134048\"")
	}
	return nil
}

func digitsOnly(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

package coalition

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text checks a free-text field: trimmed, 1..max characters, printable
// (new lines and tabs allowed where multiline). It returns the trimmed text.
func Text(field, v string, max int, multiline bool) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", Invalid(field, "must not be empty")
	}
	if !utf8.ValidString(v) || utf8.RuneCountInString(v) > max {
		return "", Invalid(field, "must be at most %d characters of valid text", max)
	}
	for _, r := range v {
		if (r == '\n' || r == '\t') && multiline {
			continue
		}
		if !unicode.IsPrint(r) {
			return "", Invalid(field, "must not contain control characters")
		}
	}
	return v, nil
}

// Positive refuses an amount of zero or less.
func Positive(field string, m Money) error {
	if m <= 0 {
		return Invalid(field, "must be more than zero")
	}
	return nil
}

// CountryCode refuses what is not an ISO 3166-1 alpha-2 code.
func CountryCode(field, code string) error {
	if !ValidCountry(code) {
		return Invalid(field, "must be an ISO 3166-1 alpha-2 code in upper case, like \"EE\"")
	}
	return nil
}

// Rate checks an exchange rate: a positive decimal with at most 10 places.
func Rate(field, v string) error {
	whole, frac, _ := strings.Cut(v, ".")
	ok := whole != "" && len(whole) <= 12 && len(frac) <= 10 && digits(whole) && digits(frac) && strings.Trim(v, "0.") != ""
	if !ok {
		return Invalid(field, "must be a positive decimal such as \"0.134048\"")
	}
	return nil
}

package auth

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// BearerToken extracts the token from an "Authorization: Bearer <token>"
// header (RFC 6750 §2.1). It returns ErrNoToken when there is no header and an
// error wrapping ErrInvalidToken when the header is present but unusable, so a
// bad credential is never mistaken for an anonymous request.
func BearerToken(h http.Header) (string, error) {
	values := h.Values("Authorization")
	switch len(values) {
	case 0:
		return "", ErrNoToken
	case 1:
	default:
		// Which of several credentials to trust is ambiguous; refuse all.
		return "", fmt.Errorf("%w: multiple authorization headers", ErrInvalidToken)
	}
	v := values[0]
	if len(v) > MaxTokenLength+len("Bearer ") {
		return "", errTooLong
	}
	scheme, tok, ok := strings.Cut(v, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", fmt.Errorf("%w: authorization header is not a bearer credential", ErrInvalidToken)
	}
	tok = strings.TrimLeft(tok, " ")
	if tok == "" {
		return "", fmt.Errorf("%w: empty bearer token", ErrInvalidToken)
	}
	if err := checkB64Token(tok); err != nil {
		return "", fmt.Errorf("%w: %w", ErrInvalidToken, err)
	}
	return tok, nil
}

// checkB64Token enforces the RFC 6750 b64token syntax, which also rules out
// trailing junk such as a second credential after a space.
func checkB64Token(s string) error {
	end := len(s)
	for end > 0 && s[end-1] == '=' {
		end--
	}
	if end == 0 {
		return errors.New("bearer token has no content")
	}
	for i := 0; i < end; i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-', c == '.', c == '_', c == '~', c == '+', c == '/':
		default:
			return fmt.Errorf("invalid character %q in bearer token", c)
		}
	}
	return nil
}

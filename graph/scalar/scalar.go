// Package scalar marshals the API's custom scalars to and from domain types.
package scalar

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/itcoalition/api/internal/coalition"
)

// MarshalMoney writes an amount as a decimal string with two places.
func MarshalMoney(m coalition.Money) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(m.String()))
	})
}

// UnmarshalMoney reads an amount; only strings are accepted, so no float
// ever carries money.
func UnmarshalMoney(v any) (coalition.Money, error) {
	s, ok := v.(string)
	if !ok {
		return 0, fmt.Errorf("%w", coalition.ErrMoneyFormat)
	}
	return coalition.ParseMoney(s)
}

// MarshalTime writes a time as gqlgen does: RFC 3339 with nanoseconds.
func MarshalTime(t time.Time) graphql.Marshaler { return graphql.MarshalTime(t) }

// UnmarshalTime reads an RFC 3339 time; anything else is the client's
// error (BAD_USER_INPUT), not an internal one.
func UnmarshalTime(v any) (time.Time, error) {
	t, err := graphql.UnmarshalTime(v)
	if err != nil {
		return time.Time{}, coalition.Invalid("time", "must be a time in RFC 3339 (2026-01-31T09:00:00Z)")
	}
	return t, nil
}

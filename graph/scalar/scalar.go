// Package scalar marshals the API's custom scalars to and from domain types.
package scalar

import (
	"fmt"
	"io"
	"strconv"

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

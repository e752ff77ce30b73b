package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/itcoalition/api/internal/coalition"
)

// transitionVersion is transition for a table whose last column is version:
// row (the values of cols, id first, the version read last) is written only
// if the stored status is still from and the stored version still the one
// read, and the version goes up by one. A coalition.ErrConflict otherwise.
func (s *Store) transitionVersion(ctx context.Context, table, what, cols string, row []any, from string, then func(q querier) error) error {
	names := strings.Split(cols, ", ")
	if names[len(names)-1] != "version" {
		return fmt.Errorf("update %s: version is not the last column", table)
	}
	set := names[1 : len(names)-1]
	read := row[len(row)-1]
	args := append(slices.Clone(row[1:len(row)-1]), row[0], from, read)
	return s.write(ctx, func(q querier) error {
		query := "UPDATE " + table + " SET " + strings.Join(set, " = ?, ") + " = ?, version = version + 1 WHERE id = ? AND status = ? AND version = ?"
		res, err := q.ExecContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("update %s %s: %w", what, row[0], err)
		}
		if err := affected(res, coalition.Conflict("%s %s changed meanwhile: it is no longer %s at version %v", what, row[0], from, read)); err != nil {
			return err
		}
		if then == nil {
			return nil
		}
		return then(q)
	})
}

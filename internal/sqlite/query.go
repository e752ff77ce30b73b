package sqlite

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
)

// key is one column of a list's total order.
type key struct {
	col  string
	kind cursor.Kind
}

// ErrBadCursor is returned for a cursor this store did not issue.
var ErrBadCursor = cursor.ErrBad

// decodeCursor returns a cursor's values (in the format every store
// shares) as SQL arguments: times as Unix milliseconds, booleans as 0 or 1.
func decodeCursor(s string, keys []key) ([]any, error) {
	kinds := make([]cursor.Kind, len(keys))
	for i, k := range keys {
		kinds[i] = k.kind
	}
	vals, err := cursor.Decode(s, kinds)
	if err != nil {
		return nil, err
	}
	for i, v := range vals {
		switch x := v.(type) {
		case time.Time:
			vals[i] = x.UnixMilli()
		case bool:
			vals[i] = boolInt(x)
		}
	}
	return vals, nil
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// where collects a query's conditions and their arguments.
type where struct{ conds []cond }

type cond struct {
	sql  string
	args []any
	// alts, for col IN (alts), let a list's page read each value's rows
	// alone, in the order of an index, and merge them.
	col  string
	alts []any
}

func (w *where) add(sql string, args ...any) { w.conds = append(w.conds, cond{sql: sql, args: args}) }

func (w *where) eq(col string, v any) { w.add(col+" = ?", v) }

// maxAlts bounds the values a page reads one by one; past it a page sorts
// what the IN list matches.
const maxAlts = 16

// in matches col against vals: one value is an equality, several are one
// argument (a JSON array) however many there are, and none matches nothing.
func in[T comparable](w *where, col string, vals []T) {
	var alts []any
	seen := map[T]bool{}
	for _, v := range vals {
		if !seen[v] {
			seen[v] = true
			alts = append(alts, v)
		}
	}
	if len(alts) == 1 {
		w.eq(col, alts[0])
		return
	}
	c := cond{sql: col + " IN (SELECT value FROM json_each(?))", args: []any{jsonList(vals)}}
	if len(alts) > 1 && len(alts) <= maxAlts {
		c.col, c.alts = col, alts
	}
	w.conds = append(w.conds, c)
}

func jsonList(vals any) string {
	b, _ := json.Marshal(vals)
	return string(b)
}

func (w where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	parts := make([]string, len(w.conds))
	for i, c := range w.conds {
		parts[i] = c.sql
	}
	return " WHERE " + strings.Join(parts, " AND ")
}

func (w where) args() []any {
	var out []any
	for _, c := range w.conds {
		out = append(out, c.args...)
	}
	return out
}

func (w where) clone() where { return where{conds: slices.Clone(w.conds)} }

// listing is one list's query: its table, columns, filter and order.
type listing struct {
	from   string
	cols   string
	filter where
	keys   []key
	desc   bool
	// counted, when set, reads the filter's count from row_counts
	// instead of counting its rows (see migration 0009).
	counted *tally
}

// tally is a count read from row_counts: a table's rows with one of the
// keys, or all of them when keys is nil.
type tally struct {
	table string
	keys  []string
}

// sql is the tally's query and arguments.
func (t tally) sql() (string, []any) {
	if t.keys == nil {
		return "SELECT COALESCE(SUM(n), 0) FROM row_counts WHERE tbl = ?", []any{t.table}
	}
	return "SELECT COALESCE(SUM(n), 0) FROM row_counts WHERE tbl = ? AND key IN (SELECT DISTINCT value FROM json_each(?))", []any{t.table, jsonList(t.keys)}
}

// page reads one page in the listing's order after page.After, and the
// filter's count unless the caller skips it. The service validates
// page.First; the store clamps it again so that no caller can ask for an
// unbounded read. scan returns an item and its order values.
func page[T any](ctx context.Context, q querier, l listing, pg coalition.Page, scan func(*sql.Rows) (T, []any, error)) (coalition.List[T], error) {
	var out coalition.List[T]
	limit := min(max(pg.First, 0), coalition.MaxFirst)
	find := l.filter.clone()
	cols := make([]string, len(l.keys))
	for i, k := range l.keys {
		cols[i] = k.col
	}
	if pg.After != "" {
		vals, err := decodeCursor(pg.After, l.keys)
		if err != nil {
			return out, err
		}
		op := ">"
		if l.desc {
			op = "<"
		}
		// A row value comparison is the keyset condition, and SQLite
		// serves it from the index that ends in the order's columns.
		find.add("("+strings.Join(cols, ", ")+") "+op+" ("+strings.Repeat("?, ", len(cols)-1)+"?)", vals...)
	}
	if !pg.SkipCount {
		query, args := "SELECT COUNT(*) FROM "+l.from+l.filter.sql(), l.filter.args()
		if l.counted != nil {
			query, args = l.counted.sql()
		}
		if err := q.QueryRowContext(ctx, query, args...).Scan(&out.Total); err != nil {
			return out, fmt.Errorf("count %s: %w", l.from, err)
		}
	}
	if limit == 0 {
		return out, nil
	}
	query, args := l.pageSQL(find, cols, limit+1)
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return out, fmt.Errorf("list %s: %w", l.from, err)
	}
	defer rows.Close()
	for rows.Next() {
		item, vals, err := scan(rows)
		if err != nil {
			return out, fmt.Errorf("read %s: %w", l.from, err)
		}
		if len(out.Items) == limit {
			out.HasNext = true
			break
		}
		out.Items = append(out.Items, item)
		out.Cursors = append(out.Cursors, cursor.Encode(vals))
	}
	if err := rows.Err(); err != nil {
		return out, fmt.Errorf("read %s: %w", l.from, err)
	}
	return out, nil
}

// pageSQL is the query of at most n rows of find in the listing's order.
// An IN list of a few values becomes one arm per value, each read in the
// order of its index and cut at n, merged and cut again: a page then costs
// its own rows, not a sort of every row the list matches.
func (l listing) pageSQL(find where, cols []string, n int) (string, []any) {
	dir := ""
	if l.desc {
		dir = " DESC"
	}
	order := " ORDER BY " + strings.Join(cols, dir+", ") + dir + " LIMIT ?"
	split := slices.IndexFunc(find.conds, func(c cond) bool { return c.alts != nil })
	if split < 0 {
		return "SELECT " + l.cols + " FROM " + l.from + find.sql() + order, append(find.args(), n)
	}
	var arms []string
	var args []any
	for _, v := range find.conds[split].alts {
		arm := find.clone()
		arm.conds[split] = cond{sql: find.conds[split].col + " = ?", args: []any{v}}
		arms = append(arms, "SELECT * FROM (SELECT "+l.cols+" FROM "+l.from+arm.sql()+order+")")
		args = append(append(args, arm.args()...), n)
	}
	return strings.Join(arms, " UNION ALL ") + order, append(args, n)
}

// all reads every row of query.
func all[T any](ctx context.Context, q querier, what, query string, args []any, scan func(*sql.Rows) (T, error)) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", what, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	return out, nil
}

// Times are kept as Unix milliseconds, the precision MongoDB keeps.
func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMs(v int64) time.Time { return time.UnixMilli(v).UTC() }

func msPtr(t *time.Time) sql.NullInt64 {
	if t == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixMilli(), Valid: true}
}

func timePtr(v sql.NullInt64) *time.Time {
	if !v.Valid {
		return nil
	}
	t := fromMs(v.Int64)
	return &t
}

func strPtr(v sql.NullString) *string {
	if !v.Valid {
		return nil
	}
	s := v.String
	return &s
}

func nullStr(s *string) sql.NullString {
	if s == nil {
		return sql.NullString{}
	}
	return sql.NullString{String: *s, Valid: true}
}

// pool is an area's column value: ” for unearmarked money.
func pool(a *coalition.CapabilityArea) string {
	if a == nil {
		return ""
	}
	return string(*a)
}

func area(p string) *coalition.CapabilityArea {
	if p == "" {
		return nil
	}
	a := coalition.CapabilityArea(p)
	return &a
}

// Ids are 12 bytes written as 24 lower-case hex digits: a 4-byte time in
// seconds, 5 random bytes fixed per process and a 3-byte counter. That is
// the ObjectID format, so ids sort alike and move unchanged between this
// store and MongoDB.
var (
	idProcess [5]byte
	idCounter atomic.Uint32
)

func init() {
	var b [8]byte
	_, _ = rand.Read(b[:])
	copy(idProcess[:], b[:5])
	idCounter.Store(binary.BigEndian.Uint32(b[4:]))
}

// NewID returns a fresh id for a new row.
func NewID() string {
	var b [12]byte
	binary.BigEndian.PutUint32(b[:4], uint32(time.Now().Unix()))
	copy(b[4:9], idProcess[:])
	c := idCounter.Add(1)
	b[9], b[10], b[11] = byte(c>>16), byte(c>>8), byte(c)
	return hex.EncodeToString(b[:])
}

// rowID is the id a new or replacing row gets: a fresh one for "", and
// coalition.ErrNotFound for one not in the store's format.
func rowID(id string) (string, error) {
	if id == "" {
		return NewID(), nil
	}
	n, ok := cursor.NormID(id)
	if !ok {
		return "", coalition.NotFound("id", id)
	}
	return n, nil
}

// insert adds row, the values of cols in order, to table; then, when not
// nil, runs in the same transaction (to write a row's children).
func (s *Store) insert(ctx context.Context, table, cols string, row []any, then func(q querier) error) error {
	return s.write(ctx, func(q querier) error {
		query := "INSERT INTO " + table + " (" + cols + ") VALUES (?" + strings.Repeat(", ?", len(row)-1) + ")"
		if _, err := q.ExecContext(ctx, query, row...); err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
		if then == nil {
			return nil
		}
		return then(q)
	})
}

// transition writes row (the values of cols, id first) over the row with
// that id if its status is still from, and then runs then in the same
// transaction; a coalition.ErrConflict when the status changed meanwhile.
func (s *Store) transition(ctx context.Context, table, what, cols string, row []any, from string, then func(q querier) error) error {
	set := strings.Split(cols, ", ")[1:]
	return s.write(ctx, func(q querier) error {
		query := "UPDATE " + table + " SET " + strings.Join(set, " = ?, ") + " = ? WHERE id = ? AND status = ?"
		res, err := q.ExecContext(ctx, query, append(row[1:len(row):len(row)], row[0], from)...)
		if err != nil {
			return fmt.Errorf("update %s %s: %w", what, row[0], err)
		}
		if err := affected(res, coalition.Conflict("%s %s is no longer %s", what, row[0], from)); err != nil {
			return err
		}
		if then == nil {
			return nil
		}
		return then(q)
	})
}

// affected fails with conflict when res changed no row.
func affected(res sql.Result, conflict error) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return conflict
	}
	return nil
}

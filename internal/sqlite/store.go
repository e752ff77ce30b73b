// Package sqlite keeps the coalition in one SQLite file inside the process:
// typed tables, indexes for every list, keyset pages, sums in SQL and
// transactions.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	// The pure-Go SQLite: no C toolchain, and the same build FerretDB used.
	_ "modernc.org/sqlite"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/datadir"
)

// ErrLocked is returned (wrapped) by Open when another Store, in this or
// another process, has the same file open.
var ErrLocked = datadir.ErrLocked

// ErrBusy is what a caller sees when the writer's turn did not come before
// its deadline; nothing was changed.
var ErrBusy = coalition.ErrBusy

// errAbandoned is a change rolled back because its caller gave up while it
// ran: nothing was changed, and the caller is told so as a conflict, never
// as an internal error.
var errAbandoned = coalition.Conflict("the request ended before its change was committed; nothing was changed, try again")

// abandoned carries the caller's cancellation beside errAbandoned, so that
// errors.Is finds both while the message stays the domain's.
type abandoned struct{ cause error }

func (e abandoned) Error() string   { return errAbandoned.Error() }
func (e abandoned) Unwrap() []error { return []error{errAbandoned, e.cause} }

// txBound bounds a transaction once its turn came: the caller's own
// cancellation no longer reaches it, so that a change is never cut half-way.
const txBound = 10 * time.Second

// Store is the coalition in one SQLite file.
//
// Reads go to a pool of read-only connections, which WAL lets run beside the
// one writer. Every write, alone or in Atomically, takes the writer slot
// first and runs in a BEGIN IMMEDIATE transaction on the single writer
// connection, so writers queue in this process instead of spinning on
// SQLITE_BUSY.
type Store struct {
	path   string
	reader *sql.DB
	writer *sql.DB
	// slot is the one writer's turn: a one-place semaphore, so that a waiter
	// can give up when its deadline passes.
	slot chan struct{}
	lock *os.File
}

// Open opens (creating if need be) the store in the file at path and brings
// its schema up to date. The folder is made owner-only (0700) and the file
// 0600; SQLite gives its -wal and -shm files the file's mode. Only one Store
// may have a file open at a time: Open fails with an error wrapping
// ErrLocked otherwise.
func Open(ctx context.Context, path string) (*Store, error) {
	if strings.ContainsAny(path, "?#") || strings.ContainsFunc(path, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return nil, fmt.Errorf("sqlite: path %q has a character not allowed here ('?', '#' or a control character)", path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	if err := datadir.Private(filepath.Dir(abs)); err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	lock, err := datadir.Lock(abs + ".lock")
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	s := &Store{path: abs, slot: make(chan struct{}, 1), lock: lock}
	ok := false
	defer func() {
		if !ok {
			_ = s.Close()
		}
	}()
	if err := privateFile(abs); err != nil {
		return nil, err
	}
	// synchronous(FULL) in WAL mode fsyncs the log at every commit, so an
	// acknowledged write survives a power cut, not only a crash of the
	// process; fullfsync only matters on macOS.
	common := "_pragma=busy_timeout(10000)&_pragma=synchronous(FULL)&_pragma=fullfsync(1)&_pragma=foreign_keys(1)"
	if s.writer, err = sql.Open("sqlite", abs+"?"+common+"&_pragma=journal_mode(WAL)&_txlock=immediate"); err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", abs, err)
	}
	s.writer.SetMaxOpenConns(1)
	s.writer.SetMaxIdleConns(1)
	s.writer.SetConnMaxIdleTime(0)
	// The writer connection switches the file to WAL before any reader opens.
	if err := s.writer.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", abs, err)
	}
	if s.reader, err = sql.Open("sqlite", abs+"?"+common+"&_pragma=query_only(1)"); err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", abs, err)
	}
	readers := max(4, runtime.GOMAXPROCS(0))
	s.reader.SetMaxOpenConns(readers)
	s.reader.SetMaxIdleConns(readers)
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	ok = true
	return s, nil
}

// Close closes the file. Calls still running fail.
func (s *Store) Close() error {
	var errs []error
	for _, db := range []*sql.DB{s.reader, s.writer} {
		if db != nil {
			errs = append(errs, db.Close())
		}
	}
	if s.lock != nil {
		errs = append(errs, s.lock.Close())
		s.lock = nil
	}
	return errors.Join(errs...)
}

// Path is the store's file.
func (s *Store) Path() string { return s.path }

// Ping reports whether the store answers: it reads the file, not only the
// connection.
func (s *Store) Ping(ctx context.Context) error {
	var v int
	if err := s.reader.QueryRowContext(ctx, "SELECT COUNT(*) FROM schema_version").Scan(&v); err != nil {
		return fmt.Errorf("ping store: %w", err)
	}
	return nil
}

// querier is what a read or a write needs: the pool, the writer or a
// transaction.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type txKey struct{}

// txOf is the transaction Atomically opened on this store in ctx, if any.
type txOf struct {
	s  *Store
	tx *sql.Tx
}

func (s *Store) tx(ctx context.Context) *sql.Tx {
	if t, ok := ctx.Value(txKey{}).(txOf); ok && t.s == s {
		return t.tx
	}
	return nil
}

// read is where a read in ctx goes: the transaction of Atomically, so that
// it sees its own writes, or else the reader pool.
func (s *Store) read(ctx context.Context) querier {
	if tx := s.tx(ctx); tx != nil {
		return tx
	}
	return s.reader
}

// snapshot runs the reads of fn on one snapshot: the transaction in ctx,
// or a read transaction of the reader pool.
func (s *Store) snapshot(ctx context.Context, fn func(q querier) error) error {
	if tx := s.tx(ctx); tx != nil {
		return fn(tx)
	}
	tx, err := s.reader.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin read: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	return fn(tx)
}

// Atomically runs fn as one transaction: every store call fn makes with the
// context it is given commits together or not at all. It waits for the
// writer's turn no longer than ctx allows and then fails with ErrBusy (a
// coalition.ErrConflict). Once the turn is taken fn runs to its end on a
// context that the caller's cancellation does not reach (bounded by
// txBound), so no statement is cut half-way; the change is committed if fn
// returns nil and the caller is still waiting, and rolled back otherwise:
// when fn fails or panics, and when ctx ended meanwhile (then the error
// wraps ctx.Err(), as it does for a ctx that ended before the call). Inside a transaction of this store, Atomically simply
// runs fn in it. turn is ignored: SQLite has one writer, so every change
// already takes its turn; it names the turn for stores that take turns by
// lease.
func (s *Store) Atomically(ctx context.Context, turn string, fn func(ctx context.Context) error) error {
	if s.tx(ctx) != nil {
		return fn(ctx)
	}
	// A caller that already gave up is told so, not that the store is busy.
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("nothing was changed: %w", err)
	}
	select {
	case s.slot <- struct{}{}:
	case <-ctx.Done():
		return ErrBusy
	}
	defer func() { <-s.slot }()
	tctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), txBound)
	defer cancel()
	// The driver turns BeginTx into BEGIN IMMEDIATE (_txlock), so the write
	// lock is taken now rather than at the first write.
	tx, err := s.writer.BeginTx(tctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	done := false
	defer func() {
		if !done {
			_ = tx.Rollback()
		}
	}()
	if err := fn(context.WithValue(tctx, txKey{}, txOf{s, tx})); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return abandoned{cause: err}
	}
	done = true
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// write runs fn on the transaction in ctx, or else in a transaction of its
// own, alike a change of one statement and of several.
func (s *Store) write(ctx context.Context, fn func(q querier) error) error {
	return s.Atomically(ctx, "", func(ctx context.Context) error { return fn(s.tx(ctx)) })
}

// privateFile creates path 0600 before SQLite does (it would use 0644), or
// takes group and other bits off an existing one.
func privateFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("sqlite: create %s: %w", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		if err := f.Chmod(0o600); err != nil {
			return fmt.Errorf("sqlite: restrict %s: %w", path, err)
		}
	}
	return nil
}

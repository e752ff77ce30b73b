// Package embedded runs an in-process FerretDB (SQLite backend) reachable only through an owner-only Unix socket.
package embedded

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"

	"github.com/itcoalition/api/internal/datadir"
)

// Layout of a Store directory. Everything lives under the directory passed to Start:
//
//	dir/              0700, the data and socket directory
//	dir/db/           0700, FerretDB's SQLite files (one <database>.sqlite per MongoDB database, plus WAL files)
//	dir/mongod.sock   0600, the only way to reach the server
//	dir/lock          0600, flock(2)ed while a Store runs on dir; never removed
//
// SQLite creates its files with 0644&^umask; that is harmless because nobody
// else can traverse the 0700 directories above them.
const (
	socketName = "mongod.sock"
	dbDirName  = "db"
	lockName   = "lock"
)

// MaxSocketPathLen is the longest socket path Start accepts, in bytes.
//
// sun_path is 108 bytes on Linux and 104 on macOS/BSD, both including the
// terminating NUL; 103 fits everywhere. Because the socket lives at
// dir/mongod.sock, dir (made absolute) may be at most
// MaxSocketPathLen-len("/mongod.sock") = 91 bytes long.
const MaxSocketPathLen = 103

// sqliteQuery is appended to FerretDB's SQLite URI; modernc.org/sqlite runs
// each _pragma on every new connection. FerretDB itself then adds
// busy_timeout(10000), journal_mode(wal) and auto_vacuum(none).
//
// synchronous(extra) is the most durable level: in WAL mode every commit
// fsyncs the WAL (EXTRA only differs from FULL for rollback journals, so it
// costs nothing more here), so an acknowledged write survives an OS crash or
// power loss, not only a process crash. The modernc.org/sqlite build FerretDB
// uses already defaults to FULL; setting it explicitly pins it and, because an
// explicit setting is not reset when SQLite switches to WAL, keeps it there.
// fullfsync(1) only has an effect on macOS (F_FULLFSYNC instead of fsync).
const sqliteQuery = "_pragma=synchronous(extra)&_pragma=fullfsync(1)"

// ErrLocked is returned (wrapped) by Start when another Store, in this or
// another process, is already running on the same directory.
var ErrLocked = datadir.ErrLocked

// newMu serializes ferretdb.New, which writes process-global state
// (version.Get().Package) without synchronization.
var newMu sync.Mutex

// Store is a running embedded MongoDB-compatible server.
//
// The server listens only on a Unix socket (mode 0600, in a 0700 directory);
// no TCP or TLS listener is ever opened, and FerretDB telemetry is disabled.
//
// FerretDB v1 is not MongoDB: see probe_test.go (go test -tags probe) for what
// was measured, notably that conditional updates (findAndModify/update with a
// filter) are not atomic, while unique-index inserts are.
type Store struct {
	dir      string
	sockPath string
	uri      string

	lock   *os.File
	cancel context.CancelFunc
	done   chan struct{}

	stopOnce sync.Once
	stopErr  error
}

// Start starts FerretDB with its SQLite files in dir/db (dir and dir/db are
// created with mode 0700 if missing, and tightened to 0700 if they exist with
// group/other permission bits). The server listens on the Unix socket
// dir/mongod.sock (a stale socket from a crashed run is removed first), whose
// mode is set to 0600.
//
// Only one Store may run on a directory at a time: Start takes an exclusive
// flock(2) on dir/lock and fails with an error wrapping ErrLocked if it is held
// (by this or another process). The lock is released by Stop, or by the kernel
// if the process dies, so there is no stale-lock cleanup to do.
//
// The absolute socket path must fit in MaxSocketPathLen bytes; otherwise Start
// returns an error and does not fall back to another location. The path must
// also not contain ':', '?', '#' or '%' (they are ambiguous in the MongoDB and
// SQLite URIs built from it).
//
// Start returns once the socket accepts connections; ctx bounds that wait (and
// only that: cancelling ctx later does not stop the server, Stop does).
// FerretDB's log records below WARN (and a few known-noise WARN messages, see
// noisyWarnPrefixes) are dropped; the rest go to logger with a
// "component=ferretdb" attribute. A nil logger discards everything.
func Start(ctx context.Context, dir string, logger *slog.Logger) (*Store, error) {
	if dir == "" {
		return nil, errors.New("embedded: empty directory")
	}

	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("embedded: resolving %q: %w", dir, err)
	}

	sockPath := filepath.Join(abs, socketName)
	if len(sockPath) > MaxSocketPathLen {
		return nil, fmt.Errorf(
			"embedded: socket path %q is %d bytes, longer than the %d-byte Unix socket limit; use a directory of at most %d bytes",
			sockPath, len(sockPath), MaxSocketPathLen, MaxSocketPathLen-len(socketName)-1,
		)
	}

	if strings.ContainsAny(abs, ":?#%") || strings.ContainsFunc(abs, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return nil, fmt.Errorf("embedded: directory %q contains a character not allowed here (':', '?', '#', '%%' or a control character)", abs)
	}

	if err = ensurePrivateDir(abs); err != nil {
		return nil, err
	}

	dbDir := filepath.Join(abs, dbDirName)
	if err = ensurePrivateDir(dbDir); err != nil {
		return nil, err
	}

	lock, err := lockDir(abs)
	if err != nil {
		return nil, err
	}

	// From here on, lock must be released on every error path.
	fail := func(err error) (*Store, error) {
		_ = lock.Close()
		return nil, err
	}

	if err = removeStaleSocket(sockPath); err != nil {
		return fail(err)
	}

	sqliteURL := (&url.URL{Scheme: "file", Path: dbDir + "/", OmitHost: true, RawQuery: sqliteQuery}).String()

	newMu.Lock()
	f, err := ferretdb.New(&ferretdb.Config{
		// TCP and TLS stay empty: no network listener at all.
		Listener:  ferretdb.ListenerConfig{Unix: sockPath},
		Logger:    slog.New(warnHandler(logger)),
		Handler:   "sqlite",
		SQLiteURL: sqliteURL,
	})
	newMu.Unlock()

	if err != nil {
		// ferretdb.New may leave a socket behind if it failed after binding.
		_ = removeStaleSocket(sockPath)
		return fail(fmt.Errorf("embedded: starting FerretDB: %w", err))
	}

	runCtx, cancel := context.WithCancel(context.Background())
	s := &Store{
		dir:      abs,
		sockPath: sockPath,
		uri:      "mongodb://" + url.QueryEscape(sockPath) + "/",
		lock:     lock,
		cancel:   cancel,
		done:     make(chan struct{}),
	}

	// Run must be started even on the error paths below: it is what closes the
	// listener and the SQLite backend once cancelled.
	go func() {
		defer close(s.done)
		_ = f.Run(runCtx)
	}()

	// The socket was created by bind(2) with mode 0777&^umask. Nobody else can
	// reach it meanwhile: its directory is already 0700.
	if err = os.Chmod(sockPath, 0o600); err != nil {
		_ = s.Stop()
		return nil, fmt.Errorf("embedded: restricting socket permissions: %w", err)
	}

	if err = waitForSocket(ctx, sockPath); err != nil {
		_ = s.Stop()
		return nil, err
	}

	return s, nil
}

// URI is the mongodb:// URI a go.mongodb.org/mongo-driver/v2 client uses to reach it (Unix socket path percent-encoded in the host part).
func (s *Store) URI() string {
	return s.uri
}

// Stop stops the server and waits for it to finish (idempotent).
//
// FerretDB gives clients that are still connected up to 3 seconds to
// disconnect before closing their connections, so disconnect clients first
// for a fast Stop. After Stop returns, the SQLite files are closed, the socket
// is gone and the directory lock is released.
func (s *Store) Stop() error {
	if s == nil {
		return nil
	}

	s.stopOnce.Do(func() {
		s.cancel()
		<-s.done

		// net.UnixListener removes the socket file on Close; this only
		// matters if something else recreated or kept it.
		if err := os.Remove(s.sockPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
			s.stopErr = fmt.Errorf("embedded: removing socket: %w", err)
		}

		if err := s.lock.Close(); err != nil && s.stopErr == nil {
			s.stopErr = fmt.Errorf("embedded: releasing lock: %w", err)
		}
	})

	return s.stopErr
}

// ensurePrivateDir creates dir with mode 0700 if it is missing, and removes
// group/other permission bits if it exists.
func ensurePrivateDir(dir string) error {
	if err := datadir.Private(dir); err != nil {
		return fmt.Errorf("embedded: %w", err)
	}
	return nil
}

// lockDir takes an exclusive, non-blocking flock on dir/lock.
func lockDir(dir string) (*os.File, error) {
	f, err := datadir.Lock(filepath.Join(dir, lockName))
	if err != nil {
		return nil, fmt.Errorf("embedded: %w", err)
	}
	return f, nil
}

// removeStaleSocket removes a leftover socket file. Callers must hold the
// directory lock, so the socket cannot belong to a live Store.
func removeStaleSocket(path string) error {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}

	if err != nil {
		return fmt.Errorf("embedded: %w", err)
	}

	if fi.Mode().Type() != fs.ModeSocket {
		return fmt.Errorf("embedded: %q exists and is not a socket; refusing to remove it", path)
	}

	if err = os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("embedded: removing stale socket: %w", err)
	}

	return nil
}

// waitForSocket dials path until a connection succeeds or ctx is done.
func waitForSocket(ctx context.Context, path string) error {
	var d net.Dialer

	for {
		conn, err := d.DialContext(ctx, "unix", path)
		if err == nil {
			return conn.Close()
		}

		select {
		case <-ctx.Done():
			return fmt.Errorf("embedded: waiting for %s: %w (last dial error: %v)", path, ctx.Err(), err)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// warnHandler returns a handler that passes WARN and above to logger's handler,
// tagged with component=ferretdb, and drops everything else. A nil logger
// yields a handler that discards everything.
func warnHandler(logger *slog.Logger) slog.Handler {
	if logger == nil {
		return slog.DiscardHandler
	}

	return minLevelHandler{
		min:   slog.LevelWarn,
		inner: logger.Handler().WithAttrs([]slog.Attr{slog.String("component", "ferretdb")}),
	}
}

// noisyWarnPrefixes are FerretDB WARN messages that carry no news for us:
//
//   - "Response header:" / "Response message:": FerretDB dumps every non-ok
//     reply at WARN, e.g. each duplicate key error (which the client receives
//     anyway) and the "no such command: 'endSessions'" reply the driver gets on
//     every Disconnect;
//   - "Failed to set deadline:": a benign race in FerretDB's connection
//     teardown (the connection is already closed when it tries to unblock it).
//
// Only records below ERROR are dropped; FerretDB logs replies that close the
// connection at ERROR, and those still pass.
var noisyWarnPrefixes = []string{"Response header:", "Response message:", "Failed to set deadline:"}

func isNoise(r slog.Record) bool {
	if r.Level >= slog.LevelError {
		return false
	}

	for _, p := range noisyWarnPrefixes {
		if strings.HasPrefix(r.Message, p) {
			return true
		}
	}

	return false
}

// minLevelHandler drops records below min, and the known noise (see isNoise).
type minLevelHandler struct {
	min   slog.Level
	inner slog.Handler
}

func (h minLevelHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return level >= h.min && h.inner.Enabled(ctx, level)
}

func (h minLevelHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Level < h.min || isNoise(r) {
		return nil
	}

	return h.inner.Handle(ctx, r)
}

func (h minLevelHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return minLevelHandler{min: h.min, inner: h.inner.WithAttrs(attrs)}
}

func (h minLevelHandler) WithGroup(name string) slog.Handler {
	return minLevelHandler{min: h.min, inner: h.inner.WithGroup(name)}
}

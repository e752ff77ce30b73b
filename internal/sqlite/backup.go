package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/itcoalition/api/internal/datadir"
)

// Backup writes a consistent copy of the store to a new file at path while
// the store keeps serving: VACUUM INTO reads one snapshot, so writes that
// commit meanwhile are simply not in the copy. The copy is owner-only
// (0600) and synced to disk before Backup returns; path must not exist.
// Restore the copy by stopping the service and putting the file in place of
// the store's file (see Restore).
func (s *Store) Backup(ctx context.Context, path string) error {
	return backupTo(ctx, path, s.vacuumInto)
}

// BackupFile writes a consistent copy of the store file at dbPath to a new
// file at path, whether or not a server has the store open: it reads one
// snapshot through a connection of its own, beside the server's (SQLite's
// WAL lets readers of other processes go on while one process writes), and
// takes no lock, so the server keeps serving and writing meanwhile. It
// writes nothing to the store.
func BackupFile(ctx context.Context, dbPath, path string) error {
	src, err := filepath.Abs(dbPath)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if _, err := os.Stat(src); err != nil {
		return fmt.Errorf("backup: no store at %s: %w", src, err)
	}
	// mode=rw never creates the file; busy_timeout waits out a checkpoint.
	db, err := sql.Open("sqlite", "file:"+src+"?mode=rw&_pragma=busy_timeout(10000)")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	return backupTo(ctx, path, func(ctx context.Context, abs string) error {
		_, err := db.ExecContext(ctx, "VACUUM INTO ?", abs)
		return err
	})
}

// backupTo makes the new owner-only file at path, has vacuum fill it, and
// syncs it; it removes the file when anything fails.
func backupTo(ctx context.Context, path string, vacuum func(ctx context.Context, abs string) error) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if err := datadir.Private(filepath.Dir(abs)); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	// VACUUM INTO accepts an empty file: creating it first is what makes it
	// 0600, and O_EXCL refuses to overwrite anything.
	f, err := os.OpenFile(abs, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	_ = f.Close()
	ok := false
	defer func() {
		if !ok {
			_ = os.Remove(abs)
		}
	}()
	if err := vacuum(ctx, abs); err != nil {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	if err := syncFile(abs); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	ok = true
	return nil
}

// vacuumInto runs VACUUM INTO on a reader connection, which writes no byte
// of the store: it reads a snapshot, so writers go on meanwhile. Reader
// connections are query_only, which also forbids writing the copy, so the
// connection drops it for the copy and takes it back before its return.
func (s *Store) vacuumInto(ctx context.Context, path string) error {
	conn, err := s.reader.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA query_only = 0"); err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "VACUUM INTO ?", path)
	if _, rerr := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA query_only = 1"); rerr != nil {
		// A connection that may write must not go back to the readers.
		_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		return errors.Join(err, rerr)
	}
	return err
}

// Restore puts the backup at from in place of the store file at to, which
// no running Store may have open: it fails with ErrLocked otherwise. The
// file's stale -wal and -shm files go with it, so that SQLite does not
// replay an old log over the restored copy.
func Restore(from, to string) error {
	abs, err := filepath.Abs(to)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if err := datadir.Private(filepath.Dir(abs)); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	lock, err := datadir.Lock(abs + ".lock")
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer lock.Close()
	tmp := abs + ".restore"
	if err := copyFile(from, tmp); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("restore: %w", err)
	}
	if err := checkCopy(tmp); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("restore: %s is not a sound copy of a store: %w", from, err)
	}
	for _, stale := range []string{abs + "-wal", abs + "-shm"} {
		if err := os.Remove(stale); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("restore: %w", err)
		}
	}
	if err := os.Rename(tmp, abs); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return syncFile(filepath.Dir(abs))
}

// copyFile copies from to a new owner-only file to, synced to disk.
func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		_ = dst.Close()
		return err
	}
	if err := dst.Sync(); err != nil {
		_ = dst.Close()
		return err
	}
	return dst.Close()
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// checkCopy refuses a file that is not a whole SQLite database with the
// store's schema: SQLite's quick_check must pass and schema_version must
// name at least the first migration.
func checkCopy(path string) error {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	var check string
	if err := db.QueryRow("PRAGMA quick_check").Scan(&check); err != nil {
		return err
	}
	if check != "ok" {
		return errors.New(check)
	}
	var version int
	if err := db.QueryRow("SELECT max(version) FROM schema_version").Scan(&version); err != nil {
		return err
	}
	if version < 1 {
		return errors.New("it has no schema")
	}
	return nil
}

// Package datadir keeps an embedded store's folder to its owner and to one
// running process.
package datadir

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// ErrLocked is returned (wrapped) by Lock while another holder, in this or
// another process, has the lock.
var ErrLocked = errors.New("the store's files are in use by another running store")

// Private creates dir with mode 0700, or takes group and other permission
// bits off an existing one.
func Private(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		if err := os.Chmod(dir, perm&^0o077); err != nil {
			return fmt.Errorf("restrict permissions of %s: %w", dir, err)
		}
	}
	return nil
}

// Lock takes an exclusive, non-blocking flock(2) on the file at path
// (created 0600), held until the returned file is closed. The kernel
// releases it when the process dies, so no stale lock outlives a crash.
// flock locks belong to the open file description, so a second Lock of one
// path fails even within the same process.
func Lock(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open lock file: %w", err)
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		_ = f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s is locked", ErrLocked, path)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return f, nil
}

package mongodb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"github.com/itcoalition/api/internal/coalition"
)

// Turns makes the changes whose rules span several documents take turns,
// one turn name at a time. MongoDB here has no transactions (FerretDB v1
// has none, and loses concurrent updates to one document), so a change's
// writes are applied one by one, in its turn; Repair at start finishes what
// a crash interrupted. In this process a one-slot semaphore per name is
// enough; API processes sharing one deployment also hold a lease document
// per name (LeaseStore).
type Turns struct {
	mu sync.Mutex
	// locks are one-slot semaphores, so that a waiter can give up when its
	// request's deadline passes instead of queueing past it.
	locks  map[string]chan struct{}
	leases *LeaseStore
	holder string
	// bound limits a change once its turn is taken, unless the caller's
	// deadline is later; it is shorter than the lease's life so that no
	// other process takes the turn meanwhile.
	bound time.Duration
}

const (
	leaseTTL  = 15 * time.Second
	turnBound = 5 * time.Second
)

// Turns returns the store's turns; shared adds lease documents, for a
// deployment that several API processes use.
func (s *Store) Turns(shared bool) *Turns {
	var b [8]byte
	_, _ = rand.Read(b[:])
	t := &Turns{locks: map[string]chan struct{}{}, holder: hex.EncodeToString(b[:]), bound: turnBound}
	if shared {
		t.leases = s.Leases()
	}
	return t
}

func (t *Turns) lock(name string) chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	m, ok := t.locks[name]
	if !ok {
		m = make(chan struct{}, 1)
		t.locks[name] = m
	}
	return m
}

// Atomically runs fn in turn: it waits for the turn no longer than ctx
// allows, and returns coalition.ErrBusy, having changed nothing, when the
// turn does not come. Once taken, fn runs on a context of its own, bounded
// but detached from the caller's cancellation, so a change is not cut off
// half way because its client gave up.
func (t *Turns) Atomically(ctx context.Context, turn string, fn func(ctx context.Context) error) error {
	m := t.lock(turn)
	select {
	case m <- struct{}{}:
	case <-ctx.Done():
		return coalition.ErrBusy
	}
	defer func() { <-m }()
	if ctx.Err() != nil {
		return coalition.ErrBusy
	}
	if t.leases != nil {
		if err := t.acquire(ctx, turn); err != nil {
			return err
		}
		defer t.release(ctx, turn)
	}
	bound := t.bound
	if d, ok := ctx.Deadline(); ok && time.Until(d) > bound {
		bound = time.Until(d) // a caller that allows more time (Repair at start) gets it
	}
	run, cancel := context.WithTimeout(context.WithoutCancel(ctx), bound)
	defer cancel()
	return fn(run)
}

// acquire takes turn's lease, retrying while another process holds it,
// until ctx ends.
func (t *Turns) acquire(ctx context.Context, turn string) error {
	wait := time.Millisecond
	for {
		ok, err := t.leases.TryAcquire(ctx, turn, t.holder, time.Now(), leaseTTL)
		if ok {
			return nil
		}
		if err != nil && ctx.Err() == nil {
			return err
		}
		if ctx.Err() != nil {
			// The lease may have been taken just as ctx ended: give it back.
			t.release(ctx, turn)
			return coalition.ErrBusy
		}
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
		wait = min(wait*2, 100*time.Millisecond)
	}
}

func (t *Turns) release(ctx context.Context, turn string) {
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	_ = t.leases.Release(rctx, turn, t.holder)
}

package service

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// LeaseStore lets API processes that share one database take turns.
type LeaseStore interface {
	// TryAcquire reports false while another holder has the lease.
	TryAcquire(ctx context.Context, name, holder string, now time.Time, ttl time.Duration) (bool, error)
	Release(ctx context.Context, name, holder string) error
}

// Leases serialise the changes whose rules span several documents. The
// embedded store has no transactions and loses concurrent updates to one
// document, and it is reachable by one process only (its folder is
// locked), so an in-process mutex is enough there. Several processes on one
// MongoDB take turns through a lease document per name as well.
const (
	leaseRegistry    = "registry"    // nation standings: at least one active chair
	leaseProcurement = "procurement" // requests, orders and the money they commit
	leaseTTL         = 15 * time.Second
)

type serialiser struct {
	mu sync.Mutex
	// locks are one-slot semaphores, so that a waiter can give up when its
	// request's deadline passes instead of queueing past it.
	locks  map[string]chan struct{}
	leases LeaseStore
	holder string
}

func newSerialiser(leases LeaseStore) *serialiser {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return &serialiser{locks: map[string]chan struct{}{}, leases: leases, holder: hex.EncodeToString(b[:])}
}

func (s *serialiser) lock(name string) chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.locks[name]
	if !ok {
		m = make(chan struct{}, 1)
		s.locks[name] = m
	}
	return m
}

// errBusy is what a caller sees when its turn did not come before its
// deadline; nothing was changed.
var errBusy = coalition.Conflict("the coalition is busy with related changes; nothing was changed, try again")

// do runs fn while holding name, in this process and across processes.
func (s *serialiser) do(ctx context.Context, name string, now func() time.Time, fn func() error) error {
	m := s.lock(name)
	select {
	case m <- struct{}{}:
	case <-ctx.Done():
		return errBusy
	}
	defer func() { <-m }()
	if s.leases == nil {
		return fn()
	}
	wait := time.Millisecond
	for {
		ok, err := s.leases.TryAcquire(ctx, name, s.holder, now(), leaseTTL)
		if err != nil {
			return fmt.Errorf("lease %s: %w", name, err)
		}
		if ok {
			break
		}
		select {
		case <-ctx.Done():
			return errBusy
		case <-time.After(wait):
		}
		wait = min(wait*2, 100*time.Millisecond)
	}
	defer func() {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = s.leases.Release(rctx, name, s.holder)
	}()
	return fn()
}

// mutation is the frame of every change: ask the policy, run the change,
// and write exactly one audit event with its outcome.
type mutation struct {
	action     string // the GraphQL mutation's name
	obj, act   string // policy resource and action
	targetType string
	target     string
	nations    []string
}

// mutate runs fn if the policy grants the viewer m.act on m.obj, and audits
// the attempt once: OK, DENIED (no grant, or outside the grant's scope) or
// FAILED (bad input, conflict, or an internal error).
func (s *Service) mutate(ctx context.Context, m *mutation, fn func(sc authz.Scope) error) error {
	p := viewer(ctx)
	sc := s.authz.Scope(p.Role, m.obj, m.act)
	var err error
	if !sc.Granted {
		err = coalition.Forbidden("%s may not %s", p.Role, m.action)
	} else {
		err = fn(sc)
	}
	outcome, detail := coalition.OutcomeOK, ""
	switch {
	case err == nil:
	case errors.Is(err, coalition.ErrForbidden):
		outcome, detail = coalition.OutcomeDenied, err.Error()
	case coalition.ErrorCode(err) != "":
		outcome, detail = coalition.OutcomeFailed, err.Error()
	default:
		// Internal detail stays in the log, not in the audit log's readers' view.
		outcome, detail = coalition.OutcomeFailed, "internal error"
	}
	s.audit(ctx, m.action, m.targetType, m.target, m.nations, outcome, detail)
	return err
}

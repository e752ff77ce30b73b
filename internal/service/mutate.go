package service

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Transactor runs a change as one turn.
type Transactor interface {
	// Atomically runs fn as one turn named turn ("registry", "procurement",
	// ...). It waits for the turn no longer than ctx allows, then returns
	// coalition.ErrBusy (nothing changed). Once the turn is taken fn runs
	// with a context detached from the caller's cancellation and bounded by
	// the store, so a change runs to its end or not at all whatever the
	// client does; every store call made with the ctx fn receives commits
	// together or not at all on a store with transactions.
	Atomically(ctx context.Context, turn string, fn func(ctx context.Context) error) error
}

// Turns: the changes that must not interleave take the same turn.
const (
	turnRegistry    = "registry"    // nation standings: at least one active chair
	turnProcurement = "procurement" // requests, orders and the money they commit
	// Pledges and receipts move money in the same books as orders.
	turnContributions = turnProcurement
)

// mutation is the frame of every change: ask the policy, take the turn,
// run the rule and write, and record exactly one audit event.
//
// What changed: fn sets before (the entity as read in the turn; left nil
// for a creation) and after (the entity as written), two values of one
// type, and the OK event records coalition.Changes(before, after): every
// field that differs, before and after, with a flag on money. A new
// operation gets this just by setting the two fields, in its own frame or
// in fn:
//
//	m := &mutation{op: authz.DeliveryRecord, turn: turnProcurement, target: id}
//	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
//		d, err := coalition.RecordDelivery(...)
//		...
//		m.after = d // a creation: no before
//		return s.st.Deliveries.Insert(ctx, d)
//	})
//
// The frames changeRequest, changeOrder, changeContribution, changeNation
// and changePerson already fill both for the operations built on them.
// Readers see the changes through their field rules (Service.AuditLog):
// fields the policy guards (Type.field lines) and amounts are withheld
// from who may not read them, and nothing is shown outside the reader's
// row scope of the target's type, which the target's nation and status
// (taken from after, else before) decide. A field named reason or ending
// in Reason that the change set becomes the event's reason; set reason to
// name one that is not a field.
//
// A creation names its target before it runs (the id it will assign, or
// the input's key), so that a refused or failed attempt names what it
// tried to create too.
type mutation struct {
	op      authz.Operation
	turn    string
	target  string
	nations []string
	// before and after are the target as read and as written (see above).
	before, after any
	// reason is the reason the actor gave, when no field of after holds it.
	reason string
	// detail, when set by fn, is the OK event's detail instead of the one
	// written from the changes.
	detail string
	// applied, when set, re-reads the target after an internal error and
	// reports whether the change was written after all (a store may apply
	// a write whose answer it could not deliver).
	applied func(ctx context.Context) (bool, error)
}

// mutate runs fn in m's turn if the policy grants the viewer m.op. The OK audit event is appended inside the turn, with fn's writes;
// a DENIED (no grant, or outside the grant's scope) or FAILED (bad input,
// conflict, busy, internal error) event is written on its own.
func (s *Service) mutate(ctx context.Context, m *mutation, fn func(ctx context.Context, sc authz.Scope) error) error {
	sc := s.ask(ctx, m.op)
	if !sc.Granted {
		err := coalition.Forbidden("%s may not %s", viewer(ctx).Role, m.op.Name())
		s.audit(ctx, s.event(ctx, m, coalition.OutcomeDenied, err.Error()))
		return err
	}
	err := s.st.Tx.Atomically(ctx, m.turn, func(ctx context.Context) error {
		if err := fn(ctx, sc); err != nil {
			return err
		}
		return s.st.Audit.Append(ctx, m.done(s.event(ctx, m, coalition.OutcomeOK, m.detail)))
	})
	if err == nil {
		return nil
	}
	if coalition.ErrorCode(err) == "" && m.applied != nil && s.settled(ctx, m) {
		s.log.WarnContext(ctx, "change applied although its store call failed", "action", m.op.Name(), "target", m.target, "err", err)
		s.audit(ctx, m.done(s.event(ctx, m, coalition.OutcomeOK, m.detail)))
		return nil
	}
	outcome, detail := coalition.OutcomeFailed, err.Error()
	switch {
	case errors.Is(err, coalition.ErrForbidden):
		outcome = coalition.OutcomeDenied
	case coalition.ErrorCode(err) == "":
		// Internal detail stays in the log, not in the audit log's readers' view.
		detail = "internal error"
	}
	s.audit(ctx, s.event(ctx, m, outcome, detail))
	return fmt.Errorf("%s %s: %w", m.op.Name(), m.target, err)
}

// settled finds out, on a context of its own, whether m's change was
// written after all.
func (s *Service) settled(ctx context.Context, m *mutation) bool {
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	ok, err := m.applied(rctx)
	if err != nil {
		s.log.ErrorContext(ctx, "cannot tell whether a change was applied", "action", m.op.Name(), "target", m.target, "err", err)
	}
	return ok && err == nil
}

// done completes ev, m's OK event, with what the change did: the fields
// changed, the reason given, and a detail written from them unless fn set
// one.
func (m *mutation) done(ev coalition.AuditEvent) coalition.AuditEvent {
	ev.Changes = coalition.Changes(m.before, m.after)
	ev.Reason = m.reason
	if ev.Reason == "" {
		ev.Reason = coalition.ReasonOf(ev.Changes)
	}
	if ev.Detail == "" {
		ev.Detail = coalition.Describe(ev.Changes, ev.Reason, false)
	}
	return ev
}

// row is the target's nation and status for readers' row scopes: as
// written, or as read when nothing was written.
func (m *mutation) row() (nation, status string) {
	if m.after != nil {
		return coalition.TargetRow(m.after)
	}
	return coalition.TargetRow(m.before)
}

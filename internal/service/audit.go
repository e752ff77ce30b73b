package service

import (
	"context"
	"slices"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// AuditLog lists the audit events the viewer may see, newest first.
func (s *Service) AuditLog(ctx context.Context, f coalition.AuditFilter, args PageArgs) (coalition.List[coalition.AuditEvent], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.AuditEvent](), err
	}
	sc, err := s.scope(ctx, authz.AuditRead, "")
	if err != nil {
		return none[coalition.AuditEvent](), err
	}
	if !sc.All {
		f.Nations, f.TargetTypes = []string{}, []string{}
		if sc.Own {
			f.Nations = []string{viewer(ctx).Nation}
		}
		f.TargetTypes = append(f.TargetTypes, sc.Targets...)
	}
	l, err := s.st.Audit.List(ctx, f, pg)
	if err != nil {
		return l, err
	}
	return s.redactAudit(ctx, l)
}

// event is the audit event of m's attempt by the viewer.
func (s *Service) event(ctx context.Context, m *mutation, outcome coalition.AuditOutcome, detail string) coalition.AuditEvent {
	p := viewer(ctx)
	ns := slices.Clone(m.nations)
	if p.Nation != "" && !slices.Contains(ns, p.Nation) {
		ns = append(ns, p.Nation)
	}
	return coalition.AuditEvent{
		At:         s.now(),
		Actor:      coalition.Actor{Issuer: p.Issuer, Sub: p.Sub, Role: p.Role, Nation: p.Nation},
		Action:     m.op.Name(),
		Target:     m.target,
		TargetType: m.op.Resource,
		Nations:    ns,
		Outcome:    outcome,
		Detail:     detail,
	}
}

// AuditBound is how long an attempt's own audit event may wait for the
// store. It is far above a request's deadline on purpose: the event of a
// refused or failed attempt queues behind the changes of a busy coalition
// (on SQLite every write takes the one writer's turn), and it must be
// written all the same.
const AuditBound = time.Minute

// audit appends ev on a context of its own, so that an attempt is recorded
// even when the request's context is already cancelled. A failure to
// audit is logged; the caller's outcome stands.
func (s *Service) audit(ctx context.Context, ev coalition.AuditEvent) {
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), AuditBound)
	defer cancel()
	if err := s.st.Audit.Append(actx, ev); err != nil {
		s.log.ErrorContext(ctx, "audit append failed", "action", ev.Action, "target", ev.Target, "err", err)
	}
}

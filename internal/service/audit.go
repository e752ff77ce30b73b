package service

import (
	"context"
	"slices"
	"strings"
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
	if err := checkAuditFilter(f); err != nil {
		return none[coalition.AuditEvent](), err
	}
	sc, err := s.scope(ctx, authz.AuditRead, "")
	if err != nil {
		return none[coalition.AuditEvent](), err
	}
	// The scope is the rows the policy lets the viewer read; the viewer's
	// own filters narrow it further (the store ANDs them).
	f.Nations, f.TargetTypes = nil, nil
	if !sc.All {
		if sc.Own {
			f.Nations = []string{viewer(ctx).Nation}
		}
		if len(sc.Targets) > 0 {
			f.TargetTypes = slices.Clone(sc.Targets)
		}
		if f.Nations == nil && f.TargetTypes == nil {
			f.Nations = []string{} // a grant that covers no event
		}
	}
	l, err := s.st.Audit.List(ctx, f, pg)
	if err != nil {
		return l, err
	}
	s.redactChanges(ctx, l.Items)
	return s.redactAudit(ctx, l)
}

// checkAuditFilter refuses a filter that is malformed (coalition.AuditFilter.Check)
// or names a target type no operation has.
func checkAuditFilter(f coalition.AuditFilter) error {
	if err := f.Check(); err != nil {
		return err
	}
	if f.TargetType != nil && !slices.ContainsFunc(authz.Operations, func(o authz.Operation) bool { return o.Resource == *f.TargetType }) {
		return coalition.Invalid("targetType", "is not a type the audit log records (such as Order or PriorityRequest)")
	}
	return nil
}

// auditFieldAliases name the policy field that guards a field of an
// entity that the API shows under another name.
var auditFieldAliases = map[string]string{
	"Order.orderTerms.supplierId": "Order.registeredSupplier",
}

// auditAmountFields are the policy fields whose grant lets a reader see
// the money of a type's changes, where it is not Type.amount.
var auditAmountFields = map[string]string{
	"PriorityRequest": "PriorityRequest.estimatedCost",
}

// redactChanges withholds from each event what its reader may not read of
// the target: every change and the reason when the event's target is
// outside the reader's row scope of its type (another nation's
// contribution for a member, a draft for a chair); otherwise each change
// of a field the policy guards (a Type.field line) that the reader is not
// granted, and each change of money when the reader may not read the
// type's amount (Type.amount, or auditAmountFields), as well as every
// amount in the detail and the reason. The events' details are written
// again from what is left.
func (s *Service) redactChanges(ctx context.Context, evs []coalition.AuditEvent) {
	p := viewer(ctx)
	guarded := map[string]bool{}
	denied := func(field string) bool {
		g, ok := guarded[field]
		if !ok {
			g = s.authz.HasRule(field, "read") && !s.FieldAllowed(ctx, field)
			guarded[field] = g
		}
		return g
	}
	for i := range evs {
		ev := &evs[i]
		t := ev.TargetType
		amount := t + ".amount"
		if f, ok := auditAmountFields[t]; ok {
			amount = f
		}
		sc := s.ask(ctx, authz.Operation{Resource: t, Action: "read"})
		inScope := sc.All || sc.Granted && (!sc.Own || ev.TargetNation == "" || ev.TargetNation == p.Nation) &&
			(len(sc.Statuses) == 0 || ev.TargetStatus == "" || slices.Contains(sc.Statuses, ev.TargetStatus))
		if denied(amount) || !inScope {
			// Texts too: a failure's message may name an amount.
			ev.Detail, ev.Reason = coalition.WithholdAmounts(ev.Detail), coalition.WithholdAmounts(ev.Reason)
		}
		if len(ev.Changes) == 0 && ev.Reason == "" {
			continue
		}
		if !inScope {
			hidden := len(ev.Changes) > 0
			ev.Changes, ev.Reason = nil, ""
			if ev.Outcome == coalition.OutcomeOK {
				ev.Detail = coalition.Describe(nil, "", hidden)
			}
			continue
		}
		kept := coalition.Redact(ev.Changes, func(c coalition.FieldChange) bool {
			if c.Money && denied(amount) {
				return false
			}
			if f, ok := auditFieldAliases[t+"."+c.Field]; ok && denied(f) {
				return false
			}
			for part := range strings.SplitSeq(c.Field, ".") {
				if denied(t + "." + part) {
					return false
				}
			}
			return true
		})
		if len(kept) < len(ev.Changes) && ev.Outcome == coalition.OutcomeOK {
			ev.Detail = coalition.Describe(kept, ev.Reason, true)
		}
		ev.Changes = kept
	}
}

// event is the audit event of m's attempt by the viewer.
func (s *Service) event(ctx context.Context, m *mutation, outcome coalition.AuditOutcome, detail string) coalition.AuditEvent {
	p := viewer(ctx)
	ns := slices.Clone(m.nations)
	if p.Nation != "" && !slices.Contains(ns, p.Nation) {
		ns = append(ns, p.Nation)
	}
	nation, status := m.row()
	return coalition.AuditEvent{
		TargetNation: nation,
		TargetStatus: status,
		At:           s.now(),
		Actor:        coalition.Actor{Issuer: p.Issuer, Sub: p.Sub, Role: p.Role, Nation: p.Nation},
		Action:       m.op.Name(),
		Target:       m.target,
		TargetType:   m.op.Resource,
		Nations:      ns,
		Outcome:      outcome,
		Detail:       detail,
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

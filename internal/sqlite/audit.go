package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/cursor"
)

// AuditStore appends audit events and reads them; it has no way to change
// or delete one.
type AuditStore struct{ s *Store }

// Audit returns the store's audit log.
func (s *Store) Audit() *AuditStore { return &AuditStore{s} }

const auditCols = "id, at, actor_sub, actor_role, actor_nation, action, target, target_type, outcome, detail"

var auditKeys = []key{{"at", cursor.Time}, {"id", cursor.ID}}

// Append writes ev with a fresh id, and the nations it is about.
func (a *AuditStore) Append(ctx context.Context, ev coalition.AuditEvent) error {
	id := NewID()
	return a.s.write(ctx, func(q querier) error {
		if _, err := q.ExecContext(ctx, "INSERT INTO audit_events ("+auditCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			id, ms(ev.At), ev.Actor.Sub, ev.Actor.Role, ev.Actor.Nation, ev.Action, ev.Target, ev.TargetType,
			string(ev.Outcome), ev.Detail); err != nil {
			return fmt.Errorf("append audit event: %w", err)
		}
		for i, n := range ev.Nations {
			if _, err := q.ExecContext(ctx, "INSERT INTO audit_nations (event_id, seq, nation) VALUES (?, ?, ?)", id, i, n); err != nil {
				return fmt.Errorf("append audit event: %w", err)
			}
		}
		return nil
	})
}

// List returns a page of events matching f, newest first.
func (a *AuditStore) List(ctx context.Context, f coalition.AuditFilter, pg coalition.Page) (coalition.List[coalition.AuditEvent], error) {
	l := listing{from: "audit_events", cols: auditCols, keys: auditKeys, desc: true}
	var scope []string
	if f.Nations != nil {
		scope = append(scope, "EXISTS (SELECT 1 FROM audit_nations n WHERE n.event_id = audit_events.id AND n.nation IN (SELECT value FROM json_each(?)))")
		l.filter.args = append(l.filter.args, jsonList(f.Nations))
	}
	if f.TargetTypes != nil {
		scope = append(scope, "target_type IN (SELECT value FROM json_each(?))")
		l.filter.args = append(l.filter.args, jsonList(f.TargetTypes))
	}
	if scope != nil {
		l.filter.conds = append(l.filter.conds, "("+strings.Join(scope, " OR ")+")")
	}
	if f.Action != nil {
		l.filter.eq("action", *f.Action)
	}
	if f.Target != nil {
		l.filter.eq("target", *f.Target)
	}
	var out coalition.List[coalition.AuditEvent]
	err := a.s.snapshot(ctx, func(q querier) (err error) {
		out, err = page(ctx, q, l, pg, func(r *sql.Rows) (coalition.AuditEvent, []any, error) {
			var ev coalition.AuditEvent
			var at int64
			err := r.Scan(&ev.ID, &at, &ev.Actor.Sub, &ev.Actor.Role, &ev.Actor.Nation, &ev.Action, &ev.Target, &ev.TargetType, &ev.Outcome, &ev.Detail)
			ev.At = fromMs(at)
			return ev, []any{ev.At, ev.ID}, err
		})
		if err != nil {
			return err
		}
		return withNations(ctx, q, out.Items)
	})
	return out, err
}

// withNations fills in the nations of events (one query for all of them);
// an event about no nation has an empty list.
func withNations(ctx context.Context, q querier, events []coalition.AuditEvent) error {
	if len(events) == 0 {
		return nil
	}
	idx := make(map[string]int, len(events))
	ids := make([]string, len(events))
	for i := range events {
		idx[events[i].ID], ids[i] = i, events[i].ID
		events[i].Nations = []string{}
	}
	var w where
	w.in("event_id", ids)
	type nation struct{ event, code string }
	ns, err := all(ctx, q, "audit nations", "SELECT event_id, nation FROM audit_nations"+w.sql()+" ORDER BY event_id, seq", w.args,
		func(r *sql.Rows) (nation, error) {
			var n nation
			return n, r.Scan(&n.event, &n.code)
		})
	if err != nil {
		return err
	}
	for _, n := range ns {
		i := idx[n.event]
		events[i].Nations = append(events[i].Nations, n.code)
	}
	return nil
}

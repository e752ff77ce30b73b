package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
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

const auditCols = "id, at, actor_sub, actor_role, actor_nation, action, target, target_type, outcome, detail, actor_issuer, changes, reason, target_nation, target_status"

var auditKeys = []key{{"at", cursor.Time}, {"id", cursor.ID}}

// auditNationKeys are the same order read from audit_nations, whose
// event_at and event_id are the event's at and id: cursors are alike.
var auditNationKeys = []key{{"event_at", cursor.Time}, {"event_id", cursor.ID}}

// Append writes ev with a fresh id, and the nations it is about.
func (a *AuditStore) Append(ctx context.Context, ev coalition.AuditEvent) error {
	id := NewID()
	return a.s.write(ctx, func(q querier) error { return insertEvent(ctx, q, id, ev) })
}

// Import writes events that another store recorded, keeping their ids (so
// that audit cursors keep their meaning), in one transaction: for moving a
// coalition between stores, never for new events.
func (a *AuditStore) Import(ctx context.Context, evs []coalition.AuditEvent) error {
	return a.s.write(ctx, func(q querier) error {
		for _, ev := range evs {
			id, err := rowID(ev.ID)
			if err != nil || ev.ID == "" {
				return fmt.Errorf("import audit event %q: not an id in the store's format", ev.ID)
			}
			if err := insertEvent(ctx, q, id, ev); err != nil {
				return err
			}
		}
		return nil
	})
}

func insertEvent(ctx context.Context, q querier, id string, ev coalition.AuditEvent) error {
	changes, err := encodeChanges(ev.Changes)
	if err != nil {
		return fmt.Errorf("append audit event: %w", err)
	}
	if _, err := q.ExecContext(ctx, "INSERT INTO audit_events ("+auditCols+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		id, ms(ev.At), ev.Actor.Sub, ev.Actor.Role, ev.Actor.Nation, ev.Action, ev.Target, ev.TargetType,
		string(ev.Outcome), ev.Detail, ev.Actor.Issuer, changes, ev.Reason, ev.TargetNation, ev.TargetStatus); err != nil {
		return fmt.Errorf("append audit event: %w", err)
	}
	seen := map[string]bool{}
	for _, n := range ev.Nations {
		if seen[n] {
			continue // an event is about a nation once
		}
		seen[n] = true
		if _, err := q.ExecContext(ctx, "INSERT INTO audit_nations (event_id, seq, nation, event_at) VALUES (?, ?, ?, ?)", id, len(seen), n, ms(ev.At)); err != nil {
			return fmt.Errorf("append audit event: %w", err)
		}
	}
	return nil
}

// List returns a page of events matching f, newest first.
func (a *AuditStore) List(ctx context.Context, f coalition.AuditFilter, pg coalition.Page) (coalition.List[coalition.AuditEvent], error) {
	l := auditListing(f)
	var out coalition.List[coalition.AuditEvent]
	err := a.s.snapshot(ctx, func(q querier) (err error) {
		out, err = page(ctx, q, l, pg, func(r *sql.Rows) (coalition.AuditEvent, []any, error) {
			var ev coalition.AuditEvent
			var at int64
			var changes string
			err := r.Scan(&ev.ID, &at, &ev.Actor.Sub, &ev.Actor.Role, &ev.Actor.Nation, &ev.Action, &ev.Target, &ev.TargetType, &ev.Outcome, &ev.Detail, &ev.Actor.Issuer,
				&changes, &ev.Reason, &ev.TargetNation, &ev.TargetStatus)
			if err == nil {
				ev.Changes, err = decodeChanges(changes)
			}
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

func auditListing(f coalition.AuditFilter) listing {
	l := listing{from: "audit_events", cols: auditCols, keys: auditKeys, desc: true}
	at := "at" // the event's time, in the table the page is read from
	var scope []string
	var scopeArgs []any
	switch {
	case len(f.Nations) == 1 && f.TargetTypes == nil:
		// One nation's events, newest first, straight from its index.
		l.from = "audit_nations JOIN audit_events ON audit_events.id = audit_nations.event_id"
		l.keys, at = auditNationKeys, "event_at"
		l.filter.eq("nation", f.Nations[0])
	case f.Nations == nil && f.TargetTypes != nil:
		// Alone, target types are an IN list a page reads type by type.
		in(&l.filter, "target_type", f.TargetTypes)
	case f.Nations != nil:
		scope = append(scope, "EXISTS (SELECT 1 FROM audit_nations n WHERE n.event_id = audit_events.id AND n.nation IN (SELECT value FROM json_each(?)))")
		scopeArgs = append(scopeArgs, jsonList(f.Nations))
		if f.TargetTypes != nil {
			scope = append(scope, "target_type IN (SELECT value FROM json_each(?))")
			scopeArgs = append(scopeArgs, jsonList(f.TargetTypes))
		}
	}
	if scope != nil {
		l.filter.add("("+strings.Join(scope, " OR ")+")", scopeArgs...)
	}
	for _, eq := range []struct {
		col string
		v   *string
	}{{"action", f.Action}, {"target", f.Target}, {"target_type", f.TargetType}, {"actor_sub", f.ActorSub},
		{"actor_issuer", f.ActorIssuer}, {"actor_nation", f.ActorNation}, {"outcome", (*string)(f.Outcome)}} {
		if eq.v != nil {
			l.filter.eq(eq.col, *eq.v)
		}
	}
	if f.From != nil {
		l.filter.add(at+" >= ?", ms(*f.From))
	}
	if f.To != nil {
		l.filter.add(at+" < ?", ms(*f.To))
	}
	if len(l.filter.conds) == 0 {
		// The whole log (a chair's first page): its count is kept.
		l.counted = &tally{table: "audit_events"}
	}
	return l
}

// changeDoc is one coalition.FieldChange in the changes column.
type changeDoc struct {
	Field  string  `json:"field"`
	Before *string `json:"before,omitempty"`
	After  *string `json:"after,omitempty"`
	Money  bool    `json:"money,omitempty"`
}

func encodeChanges(cs []coalition.FieldChange) (string, error) {
	docs := make([]changeDoc, len(cs))
	for i, c := range cs {
		docs[i] = changeDoc(c)
	}
	b, err := json.Marshal(docs)
	return string(b), err
}

func decodeChanges(s string) ([]coalition.FieldChange, error) {
	var docs []changeDoc
	if err := json.Unmarshal([]byte(s), &docs); err != nil {
		return nil, fmt.Errorf("audit changes: %w", err)
	}
	if len(docs) == 0 {
		return nil, nil
	}
	out := make([]coalition.FieldChange, len(docs))
	for i, d := range docs {
		out[i] = coalition.FieldChange(d)
	}
	return out, nil
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
	in(&w, "event_id", ids)
	type nation struct{ event, code string }
	ns, err := all(ctx, q, "audit nations", "SELECT event_id, nation FROM audit_nations"+w.sql()+" ORDER BY event_id, seq", w.args(),
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

// Package live streams the audit events a viewer may read as they are
// written, for the auditEvents subscription: each poll re-checks the viewer
// against the live registry and reads through the policies.
package live

import (
	"context"
	"time"

	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// Admitter is the registry check every request passes (auth.Admission).
type Admitter interface {
	Admit(ctx context.Context, p auth.Principal) error
}

// Source is the audit log as the viewer in ctx may see it.
type Source interface {
	AuditLog(ctx context.Context, f coalition.AuditFilter, args service.PageArgs) (coalition.List[coalition.AuditEvent], error)
}

// batch is the most events one poll delivers; a burst larger than this
// between two polls delivers its newest events, and the app re-reads its
// lists anyway.
const batch = 100

// margin is how far back a poll looks for events it has not delivered: an
// event's time is taken before its change commits, so one may become
// visible after a newer one has already been delivered.
const margin = 10 * time.Second

// AuditEvents returns the events written after the call, or after the
// event with id after when it is not empty, oldest first, as the viewer in
// ctx may read them, polling src every interval. The channel closes when
// ctx ends, when src refuses the viewer (a suspended nation or person, a
// lowered standing) or when src fails.
func AuditEvents(ctx context.Context, adm Admitter, src Source, after string, interval time.Duration) (<-chan *coalition.AuditEvent, error) {
	p, ok := auth.PrincipalFrom(ctx)
	if !ok || adm == nil {
		return nil, coalition.Forbidden("no viewer to stream events to")
	}
	events, err := newest(ctx, src, batch)
	if err != nil {
		return nil, err
	}
	w := window{delivered: map[string]time.Time{}}
	// Everything up to the resume point (by default, everything so far) counts
	// as delivered; a resume point no longer in view delivers the whole batch.
	from := 0
	if after != "" {
		from = len(events)
		for i, e := range events {
			if e.ID == after {
				from = i
				break
			}
		}
	}
	for _, e := range events[from:] {
		w.mark(e)
	}
	out := make(chan *coalition.AuditEvent)
	go func() {
		defer close(out)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for first := after != ""; ; first = false {
			if !first {
				select {
				case <-ctx.Done():
					return
				case <-tick.C:
				}
				if adm.Admit(ctx, p) != nil {
					return
				}
				if events, err = newest(ctx, src, batch); err != nil {
					return
				}
			}
			for i := len(events) - 1; i >= 0; i-- {
				e := events[i]
				if !w.fresh(e) {
					continue
				}
				select {
				case out <- &e:
				case <-ctx.Done():
					return
				}
				w.mark(e)
			}
			w.prune()
		}
	}()
	return out, nil
}

// window remembers the events delivered within margin of the newest one.
type window struct {
	delivered map[string]time.Time
	newest    time.Time
}

func (w *window) mark(e coalition.AuditEvent) {
	w.delivered[e.ID] = e.At
	if e.At.After(w.newest) {
		w.newest = e.At
	}
}

// fresh reports whether e is yet to be delivered: not delivered, and not so
// old that it was written before the window.
func (w *window) fresh(e coalition.AuditEvent) bool {
	_, done := w.delivered[e.ID]
	return !done && !e.At.Before(w.newest.Add(-margin))
}

func (w *window) prune() {
	for id, at := range w.delivered {
		if at.Before(w.newest.Add(-2 * margin)) {
			delete(w.delivered, id)
		}
	}
}

// newest reads the n newest events the viewer may read, newest first.
func newest(ctx context.Context, src Source, n int) ([]coalition.AuditEvent, error) {
	l, err := src.AuditLog(ctx, coalition.AuditFilter{}, service.PageArgs{First: &n, SkipCount: true})
	return l.Items, err
}

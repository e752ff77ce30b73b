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

// AuditEvents returns the events written after the call, oldest first, as
// the viewer in ctx may read them, polling src every interval. The channel
// closes when ctx ends, when src refuses the viewer (a suspended nation or
// person, a lowered standing) or when src fails.
func AuditEvents(ctx context.Context, adm Admitter, src Source, interval time.Duration) (<-chan *coalition.AuditEvent, error) {
	p, ok := auth.PrincipalFrom(ctx)
	if !ok || adm == nil {
		return nil, coalition.Forbidden("no viewer to stream events to")
	}
	last, err := newest(ctx, src, 1)
	if err != nil {
		return nil, err
	}
	seen := ""
	if len(last) > 0 {
		seen = last[0].ID
	}
	out := make(chan *coalition.AuditEvent)
	go func() {
		defer close(out)
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			if adm.Admit(ctx, p) != nil {
				return
			}
			events, err := newest(ctx, src, batch)
			if err != nil {
				return
			}
			fresh := events
			for i, e := range events {
				if e.ID == seen {
					fresh = events[:i]
					break
				}
			}
			for i := len(fresh) - 1; i >= 0; i-- {
				select {
				case out <- &fresh[i]:
				case <-ctx.Done():
					return
				}
			}
			if len(fresh) > 0 {
				seen = fresh[0].ID
			}
		}
	}()
	return out, nil
}

// newest reads the n newest events the viewer may read, newest first.
func newest(ctx context.Context, src Source, n int) ([]coalition.AuditEvent, error) {
	l, err := src.AuditLog(ctx, coalition.AuditFilter{}, service.PageArgs{First: &n, SkipCount: true})
	return l.Items, err
}

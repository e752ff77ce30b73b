package auth

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Registry is what admission reads of the nation registry.
type Registry interface {
	Get(ctx context.Context, code string) (coalition.Nation, error)
}

// AuditLog is where admission records a refusal.
type AuditLog interface {
	Append(ctx context.Context, ev coalition.AuditEvent) error
}

// Admission checks a verified token against the live registry on every
// request, so that a chair's change to a nation takes effect at once.
type Admission struct {
	Registry Registry
	Policy   *authz.Enforcer
	Audit    AuditLog
	Log      *slog.Logger
}

// Admit lets p in when its nation is an active participant whose standing
// the policy lets assume p's role. It returns a coalition.ErrForbidden
// error when it is not, and audits that refusal as a denied attempt; any
// other error means the registry could not be read.
func (a *Admission) Admit(ctx context.Context, p Principal) error {
	err := a.standing(ctx, p)
	if errors.Is(err, coalition.ErrForbidden) {
		a.deny(ctx, p, err.Error())
	}
	return err
}

func (a *Admission) standing(ctx context.Context, p Principal) error {
	n, err := a.Registry.Get(ctx, p.Nation)
	if errors.Is(err, coalition.ErrNotFound) {
		return coalition.Forbidden("nation may not act with this role: %s is not in the registry", p.Nation)
	}
	if err != nil {
		return fmt.Errorf("admit %s: %w", p.Nation, err)
	}
	if n.Status != coalition.NationActive {
		return coalition.Forbidden("nation may not act with this role: %s is %s", p.Nation, n.Status)
	}
	if !a.Policy.Ask(p.Role, authz.Standing(string(n.Role))).Granted {
		return coalition.Forbidden("nation may not act with this role: a %s nation may not use role %s", n.Role, p.Role)
	}
	return nil
}

// deny records a refused request, on a context of its own so that the
// refusal is recorded even when the request was cancelled.
func (a *Admission) deny(ctx context.Context, p Principal, detail string) {
	ev := coalition.AuditEvent{
		At:         time.Now().UTC(),
		Actor:      coalition.Actor{Sub: p.Sub, Role: p.Role, Nation: p.Nation},
		Action:     "request",
		Target:     p.Nation,
		TargetType: authz.NationRead.Resource,
		Nations:    []string{p.Nation},
		Outcome:    coalition.OutcomeDenied,
		Detail:     detail,
	}
	// As long as the service waits for an attempt's own event: a refused
	// token's event queues behind a busy coalition's changes too.
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	if err := a.Audit.Append(actx, ev); err != nil && a.Log != nil {
		a.Log.ErrorContext(ctx, "audit append failed", "action", ev.Action, "target", ev.Target, "err", err)
	}
}

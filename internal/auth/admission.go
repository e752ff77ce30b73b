package auth

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Registry is what admission reads of the nation registry.
type Registry interface {
	Get(ctx context.Context, code string) (coalition.Nation, error)
}

// People is what admission reads and records of the people who use the
// API.
type People interface {
	Get(ctx context.Context, issuer, sub string) (coalition.Person, error)
	// Seen records a request: it inserts a new person, and updates a known
	// one's nation, role and last use, never its status.
	Seen(ctx context.Context, p coalition.Person) error
}

// AuditLog is where admission records a refusal.
type AuditLog interface {
	Append(ctx context.Context, ev coalition.AuditEvent) error
}

// Admission checks a verified token against the live registry on every
// request, so that a chair's change to a nation takes effect at once.
type Admission struct {
	Registry Registry
	// People, when set, records each person and refuses a suspended one.
	People People
	Policy *authz.Enforcer
	Audit  AuditLog
	Log    *slog.Logger

	// recorded holds when this process last recorded each person, so that
	// concurrent first requests of one person write once.
	mu       sync.Mutex
	recorded map[[2]string]time.Time
}

// Admit lets p in when its nation is an active participant whose standing
// the policy lets assume p's role, and p (issuer and subject) is not a
// suspended person; it records p's use. It returns a
// coalition.ErrForbidden error when p may not, and audits that refusal as
// a denied attempt; any other error means the store could not be read.
func (a *Admission) Admit(ctx context.Context, p Principal) error {
	err := a.standing(ctx, p)
	if errors.Is(err, coalition.ErrForbidden) {
		a.deny(ctx, p, p.Nation, authz.NationRead.Resource, err.Error())
		return err
	}
	if err != nil {
		return err
	}
	err = a.person(ctx, p)
	if errors.Is(err, coalition.ErrForbidden) {
		a.deny(ctx, p, p.Sub, PersonResource, err.Error())
	}
	return err
}

// PersonResource is the type of a person in the policies and the audit.
const PersonResource = "Person"

// person refuses a suspended person and records p's use, writing only
// when p is new, acts for another nation or role, or was last recorded
// longer than coalition.SeenEvery ago: most requests only read.
func (a *Admission) person(ctx context.Context, p Principal) error {
	if a.People == nil {
		return nil
	}
	cur, err := a.People.Get(ctx, p.Issuer, p.Sub)
	if err != nil && !errors.Is(err, coalition.ErrNotFound) {
		return fmt.Errorf("admit person: %w", err)
	}
	if cur.Status == coalition.PersonSuspended {
		return coalition.Forbidden("this person is suspended")
	}
	if err != nil {
		cur = coalition.Person{Issuer: p.Issuer, Sub: p.Sub}
	}
	now := time.Now().UTC().Truncate(time.Millisecond)
	next, write := cur.Seen(p.Nation, p.Role, now)
	if !write || !a.claim(p, now) {
		return nil
	}
	if err := a.People.Seen(ctx, next); err != nil {
		a.unclaim(p)
		return fmt.Errorf("record person: %w", err)
	}
	return nil
}

// claim reports whether this request should record p: not when another
// request of this process recorded p less than coalition.SeenEvery ago.
func (a *Admission) claim(p Principal, now time.Time) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	k := [2]string{p.Issuer, p.Sub}
	if at, ok := a.recorded[k]; ok && now.Sub(at) < coalition.SeenEvery {
		return false
	}
	if a.recorded == nil || len(a.recorded) > 10_000 {
		a.recorded = map[[2]string]time.Time{} // forget the old claims; the store still decides
	}
	a.recorded[k] = now
	return true
}

func (a *Admission) unclaim(p Principal) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.recorded, [2]string{p.Issuer, p.Sub})
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
func (a *Admission) deny(ctx context.Context, p Principal, target, targetType, detail string) {
	ev := coalition.AuditEvent{
		At:         time.Now().UTC(),
		Actor:      coalition.Actor{Issuer: p.Issuer, Sub: p.Sub, Role: p.Role, Nation: p.Nation},
		Action:     "request",
		Target:     target,
		TargetType: targetType,
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

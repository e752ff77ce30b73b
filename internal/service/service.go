// Package service carries out the coalition's operations: it asks the
// policies, applies the rules of the domain and calls the store.
package service

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// NationStore is the nation registry as the service needs it.
type NationStore interface {
	Get(ctx context.Context, code string) (coalition.Nation, error)
	GetMany(ctx context.Context, codes []string) ([]coalition.Nation, error)
	List(ctx context.Context, f coalition.NationFilter, page coalition.Page) (coalition.List[coalition.Nation], error)
	Insert(ctx context.Context, n coalition.Nation) error
	Replace(ctx context.Context, from, n coalition.Nation) error
	CountActive(ctx context.Context, role coalition.NationRole) (int, error)
}

// ContributionStore holds contributions.
type ContributionStore interface {
	List(ctx context.Context, f coalition.ContributionFilter, page coalition.Page) (coalition.List[coalition.Contribution], error)
	Get(ctx context.Context, id string, f coalition.ContributionFilter) (coalition.Contribution, error)
	Insert(ctx context.Context, c coalition.Contribution) error
	Transition(ctx context.Context, from coalition.ContributionStatus, c coalition.Contribution) error
	Money(ctx context.Context) ([]coalition.Contribution, error)
}

// RequestStore holds priority requests.
type RequestStore interface {
	List(ctx context.Context, f coalition.RequestFilter, page coalition.Page) (coalition.List[coalition.Request], error)
	Get(ctx context.Context, id string, f coalition.RequestFilter) (coalition.Request, error)
	GetMany(ctx context.Context, ids []string, f coalition.RequestFilter) ([]*coalition.Request, error)
	Insert(ctx context.Context, r coalition.Request) error
	Transition(ctx context.Context, from coalition.RequestStatus, r coalition.Request) error
	OpenInPhase(ctx context.Context, phase int) ([]coalition.Request, error)
	SetPriority(ctx context.Context, id string, priority int) error
}

// OrderStore holds procurement orders.
type OrderStore interface {
	List(ctx context.Context, f coalition.OrderFilter, page coalition.Page) (coalition.List[coalition.Order], error)
	Get(ctx context.Context, id string) (coalition.Order, error)
	ByRequests(ctx context.Context, requestIDs []string) ([][]coalition.Order, error)
	Insert(ctx context.Context, o coalition.Order) error
	Transition(ctx context.Context, from coalition.OrderStatus, o coalition.Order) error
	Committing(ctx context.Context) ([]coalition.Order, error)
}

// AuditStore is the append-only audit log.
type AuditStore interface {
	Append(ctx context.Context, ev coalition.AuditEvent) error
	List(ctx context.Context, f coalition.AuditFilter, page coalition.Page) (coalition.List[coalition.AuditEvent], error)
}

// Stores are the parts of the store the service uses.
type Stores struct {
	Nations       NationStore
	Contributions ContributionStore
	Requests      RequestStore
	Orders        OrderStore
	Audit         AuditStore
	// Leases may be nil for a store only this process can reach.
	Leases LeaseStore
	// NewID returns a fresh id in the store's format.
	NewID func() string
}

// Service carries out every query and mutation for the viewer in ctx.
type Service struct {
	st     Stores
	authz  *authz.Enforcer
	log    *slog.Logger
	now    func() time.Time
	serial *serialiser
	// phases is held for writing while a phase's priorities are renumbered
	// and for reading by request reads, so that this process never shows a
	// half-renumbered phase.
	phases sync.RWMutex
}

// New builds a Service.
func New(st Stores, enf *authz.Enforcer, log *slog.Logger) *Service {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Service{st: st, authz: enf, log: log, now: func() time.Time { return time.Now().UTC() }, serial: newSerialiser(st.Leases)}
}

// DefaultFirst is the page size when the caller does not say.
const DefaultFirst = 20

// PageArgs are a connection's arguments as the client sent them.
type PageArgs struct {
	First *int
	After *string
	// SkipCount: the client did not select totalCount.
	SkipCount bool
}

func page(a PageArgs) (coalition.Page, error) {
	p := coalition.Page{First: DefaultFirst, SkipCount: a.SkipCount}
	if a.First != nil {
		if *a.First < 0 || *a.First > coalition.MaxFirst {
			return p, coalition.Invalid("first", "must be between 0 and %d", coalition.MaxFirst)
		}
		p.First = *a.First
	}
	if a.After != nil {
		p.After = *a.After
	}
	return p, nil
}

func viewer(ctx context.Context) auth.Principal {
	p, _ := auth.PrincipalFrom(ctx)
	return p
}

// scope asks the policy what the viewer may do; when nothing is granted it
// writes a DENIED audit event and returns coalition.ErrForbidden.
func (s *Service) scope(ctx context.Context, obj, act, target string) (authz.Scope, error) {
	p := viewer(ctx)
	sc := s.authz.Scope(p.Role, obj, act)
	if !sc.Granted {
		s.audit(ctx, obj+"."+act, obj, target, nil, coalition.OutcomeDenied, "no policy grants "+p.Role+" "+act+" on "+obj)
		return sc, coalition.Forbidden("%s may not %s %s", p.Role, act, obj)
	}
	return sc, nil
}

// audit appends an event. A failure to audit is logged; the caller's
// outcome stands because the audited change has already happened.
func (s *Service) audit(ctx context.Context, action, targetType, target string, nations []string, outcome coalition.AuditOutcome, detail string) {
	p := viewer(ctx)
	ns := slices.Clone(nations)
	if p.Nation != "" && !slices.Contains(ns, p.Nation) {
		ns = append(ns, p.Nation)
	}
	ev := coalition.AuditEvent{
		At:         s.now(),
		Actor:      coalition.Actor{Sub: p.Sub, Role: p.Role, Nation: p.Nation},
		Action:     action,
		Target:     target,
		TargetType: targetType,
		Nations:    ns,
		Outcome:    outcome,
		Detail:     detail,
	}
	// The event must be written even when the request's context is already
	// cancelled, or a denied attempt could go unrecorded.
	actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := s.st.Audit.Append(actx, ev); err != nil {
		s.log.ErrorContext(ctx, "audit append failed", "action", action, "target", target, "err", err)
	}
}

// FieldAllowed reports whether the viewer may read field (Type.field).
func (s *Service) FieldAllowed(ctx context.Context, field string) bool {
	return s.authz.Allowed(viewer(ctx).Role, field, "read")
}

// Permissions lists what the viewer may do.
func (s *Service) Permissions(ctx context.Context) []authz.Permission {
	return s.authz.Permissions(viewer(ctx).Role)
}

// None is an empty page.
func none[T any]() coalition.List[T] { return coalition.List[T]{} }

// intersect narrows allowed (nil = any) by want (nil = any); an empty,
// non-nil result matches nothing.
func intersect[T comparable](allowed []T, want *T) []T {
	if want == nil {
		return allowed
	}
	if allowed == nil || slices.Contains(allowed, *want) {
		return []T{*want}
	}
	return []T{}
}

// Package service carries out the coalition's operations, one file per
// part of the coalition (nations, contributions and the fund, requests,
// orders, audit): it asks the policies, takes the turn, loads, calls the
// domain's rule, writes conditionally and audits.
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
	// GetMany returns the contributions ids that match f, in the order of
	// ids, nil for one missing or outside f.
	GetMany(ctx context.Context, ids []string, f coalition.ContributionFilter) ([]*coalition.Contribution, error)
	Insert(ctx context.Context, c coalition.Contribution) error
	Transition(ctx context.Context, from coalition.ContributionStatus, c coalition.Contribution) error
	// Givers lists one coalition.GiverOf for each pool, nation, kind and
	// status among the contributions in
	// coalition.CountedContributionStatuses: who gave what, in time that
	// does not grow with the contributions.
	Givers(ctx context.Context) ([]coalition.Contribution, error)
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
	// Committing lists the orders in coalition.CommittingOrderStatuses.
	Committing(ctx context.Context) ([]coalition.Order, error)
}

// SupplierStore is the supplier registry.
type SupplierStore interface {
	List(ctx context.Context, page coalition.Page) (coalition.List[coalition.Supplier], error)
	Get(ctx context.Context, id string) (coalition.Supplier, error)
	// ByKey finds a supplier by coalition.Supplier.Key.
	ByKey(ctx context.Context, key string) (coalition.Supplier, error)
	// Insert adds a supplier; the store keeps the key unique.
	Insert(ctx context.Context, v coalition.Supplier) error
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
	Suppliers     SupplierStore
	Audit         AuditStore
	People        PersonStore
	Books         BookStore
	Deliveries    DeliveryStore
	Amendments    AmendmentStore
	// Tx runs each change as one turn.
	Tx Transactor
	// NewID returns a fresh id in the store's format.
	NewID func() string
}

// Service carries out every query and mutation for the viewer in ctx.
type Service struct {
	st    Stores
	authz *authz.Enforcer
	log   *slog.Logger
	now   func() time.Time
	// fx is how far a receipt's EUR may be from amount x rate.
	fx coalition.FXTolerance
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
	return &Service{st: st, authz: enf, log: log, now: func() time.Time { return time.Now().UTC() }}
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

// ask returns what the policy grants the viewer for op.
func (s *Service) ask(ctx context.Context, op authz.Operation) authz.Scope {
	return s.authz.Ask(viewer(ctx).Role, op)
}

// scope asks the policy what the viewer may do; when nothing is granted it
// writes a DENIED audit event and returns coalition.ErrForbidden.
func (s *Service) scope(ctx context.Context, op authz.Operation, target string) (authz.Scope, error) {
	sc := s.ask(ctx, op)
	if !sc.Granted {
		role := viewer(ctx).Role
		m := &mutation{op: op, target: target}
		ev := s.event(ctx, m, coalition.OutcomeDenied, "no policy grants "+role+" "+op.Action+" on "+op.Resource)
		ev.Action = op.Resource + "." + op.Action
		s.audit(ctx, ev)
		return sc, coalition.Forbidden("%s may not %s %s", role, op.Action, op.Resource)
	}
	return sc, nil
}

// FieldAllowed reports whether the viewer may read field (Type.field).
func (s *Service) FieldAllowed(ctx context.Context, field string) bool {
	return s.ask(ctx, authz.FieldRead(field)).Granted
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

package service

import (
	"context"
	"errors"
	"fmt"

	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Admit checks a verified token against the live registry: the nation must
// be an active participant whose standing the policy lets assume the
// token's role. It returns a coalition.ErrForbidden error when it is not.
// A refusal is a denied attempt and is audited.
func (s *Service) Admit(ctx context.Context, p auth.Principal) error {
	err := s.standing(ctx, p)
	if errors.Is(err, coalition.ErrForbidden) {
		s.audit(auth.WithPrincipal(ctx, p), "request", "Nation", p.Nation, []string{p.Nation}, coalition.OutcomeDenied, err.Error())
	}
	return err
}

func (s *Service) standing(ctx context.Context, p auth.Principal) error {
	n, err := s.st.Nations.Get(ctx, p.Nation)
	if errors.Is(err, coalition.ErrNotFound) {
		return coalition.Forbidden("nation may not act with this role: %s is not in the registry", p.Nation)
	}
	if err != nil {
		return fmt.Errorf("admit %s: %w", p.Nation, err)
	}
	if n.Status != coalition.NationActive {
		return coalition.Forbidden("nation may not act with this role: %s is %s", p.Nation, n.Status)
	}
	if !s.authz.Allowed(p.Role, "Standing:"+string(n.Role), "assume") {
		return coalition.Forbidden("nation may not act with this role: a %s nation may not use role %s", n.Role, p.Role)
	}
	return nil
}

// Nations lists the registry.
func (s *Service) Nations(ctx context.Context, f coalition.NationFilter, args PageArgs) (coalition.List[coalition.Nation], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.Nation](), err
	}
	if _, err := s.scope(ctx, "Nation", "read", ""); err != nil {
		return none[coalition.Nation](), err
	}
	return s.st.Nations.List(ctx, f, pg)
}

// Nation returns one nation; coalition.ErrNotFound when there is none.
func (s *Service) Nation(ctx context.Context, code string) (coalition.Nation, error) {
	if _, err := s.scope(ctx, "Nation", "read", code); err != nil {
		return coalition.Nation{}, err
	}
	return s.st.Nations.Get(ctx, code)
}

// NationsByCode returns nations in the order of codes (nil where missing).
func (s *Service) NationsByCode(ctx context.Context, codes []string) ([]*coalition.Nation, error) {
	out := make([]*coalition.Nation, len(codes))
	if !s.authz.Allowed(viewer(ctx).Role, "Nation", "read") {
		return out, nil
	}
	ns, err := s.st.Nations.GetMany(ctx, codes)
	if err != nil {
		return nil, err
	}
	for i := range ns {
		if ns[i].Code != "" {
			out[i] = &ns[i]
		}
	}
	return out, nil
}

// contributionScope turns the viewer's grant into the rows it covers.
func contributionScope(sc authz.Scope, p auth.Principal) []string {
	if sc.All {
		return nil
	}
	if sc.Own {
		return []string{p.Nation}
	}
	return []string{}
}

// Contributions lists the contributions the viewer may see.
func (s *Service) Contributions(ctx context.Context, f coalition.ContributionFilter, nation *string, args PageArgs) (coalition.List[coalition.Contribution], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.Contribution](), err
	}
	sc, err := s.scope(ctx, "Contribution", "read", "")
	if err != nil {
		return none[coalition.Contribution](), err
	}
	f.Nations = intersect(contributionScope(sc, viewer(ctx)), nation)
	l, err := s.st.Contributions.List(ctx, f, pg)
	loadersFrom(ctx, s).nations.expect(keysOf(l.Items, func(c *coalition.Contribution) string { return c.NationCode }))
	return l, err
}

// Contribution returns one contribution the viewer may see.
func (s *Service) Contribution(ctx context.Context, id string) (coalition.Contribution, error) {
	sc, err := s.scope(ctx, "Contribution", "read", id)
	if err != nil {
		return coalition.Contribution{}, err
	}
	return s.st.Contributions.Get(ctx, id, coalition.ContributionFilter{Nations: contributionScope(sc, viewer(ctx))})
}

func requestScope(sc authz.Scope) []coalition.RequestStatus {
	if sc.All {
		return nil
	}
	out := []coalition.RequestStatus{}
	for _, st := range sc.Statuses {
		out = append(out, coalition.RequestStatus(st))
	}
	return out
}

// Requests lists the requests the viewer may see, by phase then priority.
func (s *Service) Requests(ctx context.Context, f coalition.RequestFilter, status *coalition.RequestStatus, args PageArgs) (coalition.List[coalition.Request], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.Request](), err
	}
	sc, err := s.scope(ctx, "PriorityRequest", "read", "")
	if err != nil {
		return none[coalition.Request](), err
	}
	f.Statuses = intersect(requestScope(sc), status)
	s.phases.RLock()
	defer s.phases.RUnlock()
	l, err := s.st.Requests.List(ctx, f, pg)
	loadersFrom(ctx, s).orders.expect(keysOf(l.Items, func(r *coalition.Request) string { return r.ID }))
	return l, err
}

// Request returns one request the viewer may see.
func (s *Service) Request(ctx context.Context, id string) (coalition.Request, error) {
	sc, err := s.scope(ctx, "PriorityRequest", "read", id)
	if err != nil {
		return coalition.Request{}, err
	}
	s.phases.RLock()
	defer s.phases.RUnlock()
	return s.st.Requests.Get(ctx, id, coalition.RequestFilter{Statuses: requestScope(sc)})
}

// RequestsByID returns the requests with ids the viewer may see, in order;
// nil where hidden or missing.
func (s *Service) RequestsByID(ctx context.Context, ids []string) ([]*coalition.Request, error) {
	sc := s.authz.Scope(viewer(ctx).Role, "PriorityRequest", "read")
	if !sc.Granted {
		return make([]*coalition.Request, len(ids)), nil
	}
	s.phases.RLock()
	defer s.phases.RUnlock()
	return s.st.Requests.GetMany(ctx, ids, coalition.RequestFilter{Statuses: requestScope(sc)})
}

// Orders lists orders.
func (s *Service) Orders(ctx context.Context, f coalition.OrderFilter, args PageArgs) (coalition.List[coalition.Order], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.Order](), err
	}
	if _, err := s.scope(ctx, "Order", "read", ""); err != nil {
		return none[coalition.Order](), err
	}
	l, err := s.st.Orders.List(ctx, f, pg)
	loadersFrom(ctx, s).requests.expect(keysOf(l.Items, func(o *coalition.Order) string { return o.RequestID }))
	return l, err
}

// Order returns one order.
func (s *Service) Order(ctx context.Context, id string) (coalition.Order, error) {
	if _, err := s.scope(ctx, "Order", "read", id); err != nil {
		return coalition.Order{}, err
	}
	return s.st.Orders.Get(ctx, id)
}

// OrdersByRequest returns each request's orders, in the order of ids.
func (s *Service) OrdersByRequest(ctx context.Context, ids []string) ([][]coalition.Order, error) {
	if !s.authz.Allowed(viewer(ctx).Role, "Order", "read") {
		return make([][]coalition.Order, len(ids)), nil
	}
	return s.st.Orders.ByRequests(ctx, ids)
}

// AuditLog lists the audit events the viewer may see, newest first.
func (s *Service) AuditLog(ctx context.Context, f coalition.AuditFilter, args PageArgs) (coalition.List[coalition.AuditEvent], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.AuditEvent](), err
	}
	sc, err := s.scope(ctx, "AuditEvent", "read", "")
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
	return s.st.Audit.List(ctx, f, pg)
}

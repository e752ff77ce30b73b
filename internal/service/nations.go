package service

import (
	"context"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Nations lists the registry.
func (s *Service) Nations(ctx context.Context, f coalition.NationFilter, args PageArgs) (coalition.List[coalition.Nation], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.Nation](), err
	}
	if _, err := s.scope(ctx, authz.NationRead, ""); err != nil {
		return none[coalition.Nation](), err
	}
	return s.st.Nations.List(ctx, f, pg)
}

// Nation returns one nation; coalition.ErrNotFound when there is none.
func (s *Service) Nation(ctx context.Context, code string) (coalition.Nation, error) {
	if _, err := s.scope(ctx, authz.NationRead, code); err != nil {
		return coalition.Nation{}, err
	}
	return s.st.Nations.Get(ctx, code)
}

// NationsByCode returns nations in the order of codes (nil where missing),
// for batched look-ups.
func (s *Service) NationsByCode(ctx context.Context, codes []string) ([]*coalition.Nation, error) {
	out := make([]*coalition.Nation, len(codes))
	if !s.ask(ctx, authz.NationRead).Granted {
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

// AdmitNation adds a nation to the registry.
func (s *Service) AdmitNation(ctx context.Context, code, name string, role coalition.NationRole) (coalition.Nation, error) {
	var out coalition.Nation
	m := &mutation{op: authz.NationAdmit, turn: turnRegistry, target: code, nations: []string{code}}
	m.applied = func(ctx context.Context) (bool, error) { return exists(s.st.Nations.Get(ctx, code)) }
	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
		n, err := coalition.AdmitNation(code, name, role, s.now())
		if err != nil {
			return err
		}
		out, m.after = n, n
		return s.st.Nations.Insert(ctx, n)
	})
	return out, err
}

// changeNation applies rule to nation code in the registry's turn and
// refuses any result that leaves no active chair.
func (s *Service) changeNation(ctx context.Context, op authz.Operation, code string, rule func(n coalition.Nation) (coalition.Nation, error)) (coalition.Nation, error) {
	var out coalition.Nation
	m := &mutation{op: op, turn: turnRegistry, target: code, nations: []string{code}}
	m.applied = func(ctx context.Context) (bool, error) {
		n, err := s.st.Nations.Get(ctx, code)
		return err == nil && n.Role == out.Role && n.Status == out.Status, err
	}
	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
		from, err := s.st.Nations.Get(ctx, code)
		if err != nil {
			return err
		}
		m.before = from
		n, err := rule(from)
		if err != nil {
			return err
		}
		chairs := func() (int, error) { return s.st.Nations.CountActive(ctx, coalition.NationChair) }
		if err := coalition.KeepsAChair(from, n, chairs); err != nil {
			return err
		}
		out, m.after = n, n
		return s.st.Nations.Replace(ctx, from, n)
	})
	return out, err
}

// SetNationRole changes a nation's standing.
func (s *Service) SetNationRole(ctx context.Context, code string, role coalition.NationRole) (coalition.Nation, error) {
	return s.changeNation(ctx, authz.NationSetRole, code, func(n coalition.Nation) (coalition.Nation, error) { return n.WithRole(role) })
}

// SuspendNation suspends a nation; its tokens stop working at once.
func (s *Service) SuspendNation(ctx context.Context, code, reason string) (coalition.Nation, error) {
	return s.changeNation(ctx, authz.NationSuspend, code, func(n coalition.Nation) (coalition.Nation, error) { return n.Suspend(reason) })
}

// ReinstateNation lifts a suspension.
func (s *Service) ReinstateNation(ctx context.Context, code string) (coalition.Nation, error) {
	return s.changeNation(ctx, authz.NationReinstate, code, coalition.Nation.Reinstate)
}

// exists turns a look-up into whether the thing is there.
func exists[T any](_ T, err error) (bool, error) {
	if coalition.ErrorCode(err) == coalition.CodeNotFound {
		return false, nil
	}
	return err == nil, err
}

package service

import (
	"context"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// beneficiary is the coalition's beneficiary, fixed by its charter.
const beneficiary = "UA"

// AdmitNation adds a nation to the registry.
func (s *Service) AdmitNation(ctx context.Context, code, name string, role coalition.NationRole) (coalition.Nation, error) {
	var out coalition.Nation
	m := &mutation{action: "admitNation", obj: "Nation", act: "admit", targetType: "Nation", target: code, nations: []string{code}}
	err := s.mutate(ctx, m, func(authz.Scope) error {
		if err := countryCode("code", code); err != nil {
			return err
		}
		name, err := text("name", name, 100, false)
		if err != nil {
			return err
		}
		if role == coalition.NationBeneficiary || code == beneficiary {
			return coalition.Invalid("role", "the beneficiary is fixed; admit nations as CHAIR, MEMBER or OBSERVER")
		}
		out = coalition.Nation{Code: code, Name: name, Role: role, Status: coalition.NationActive, JoinedAt: s.now()}
		return s.serial.do(ctx, leaseRegistry, s.now, func() error { return s.st.Nations.Insert(ctx, out) })
	})
	return out, err
}

// changeNation applies change to nation code under the registry lease and
// refuses any result that leaves no active chair.
func (s *Service) changeNation(ctx context.Context, m *mutation, code string, change func(n *coalition.Nation) error) (coalition.Nation, error) {
	var out coalition.Nation
	err := s.mutate(ctx, m, func(authz.Scope) error {
		return s.serial.do(ctx, leaseRegistry, s.now, func() error {
			from, err := s.st.Nations.Get(ctx, code)
			if err != nil {
				return err
			}
			n := from
			if err := change(&n); err != nil {
				return err
			}
			wasChair := from.Role == coalition.NationChair && from.Status == coalition.NationActive
			isChair := n.Role == coalition.NationChair && n.Status == coalition.NationActive
			if wasChair && !isChair {
				chairs, err := s.st.Nations.CountActive(ctx, coalition.NationChair)
				if err != nil {
					return err
				}
				if chairs <= 1 {
					return coalition.Conflict("%s is the last active chair; at least one must remain", code)
				}
			}
			if err := s.st.Nations.Replace(ctx, from, n); err != nil {
				return err
			}
			out = n
			return nil
		})
	})
	return out, err
}

// SetNationRole changes a nation's standing.
func (s *Service) SetNationRole(ctx context.Context, code string, role coalition.NationRole) (coalition.Nation, error) {
	m := &mutation{action: "setNationRole", obj: "Nation", act: "setRole", targetType: "Nation", target: code, nations: []string{code}}
	return s.changeNation(ctx, m, code, func(n *coalition.Nation) error {
		if n.Code == beneficiary || role == coalition.NationBeneficiary {
			return coalition.Conflict("%s stays the beneficiary and no other nation can become one", beneficiary)
		}
		n.Role = role
		return nil
	})
}

// SuspendNation suspends a nation; its tokens stop working at once.
func (s *Service) SuspendNation(ctx context.Context, code, reason string) (coalition.Nation, error) {
	m := &mutation{action: "suspendNation", obj: "Nation", act: "suspend", targetType: "Nation", target: code, nations: []string{code}}
	return s.changeNation(ctx, m, code, func(n *coalition.Nation) error {
		r, err := text("reason", reason, 500, true)
		if err != nil {
			return err
		}
		if n.Status != coalition.NationActive {
			return coalition.Conflict("nation %s is already %s", n.Code, n.Status)
		}
		n.Status, n.SuspendedReason = coalition.NationSuspended, &r
		return nil
	})
}

// ReinstateNation lifts a suspension.
func (s *Service) ReinstateNation(ctx context.Context, code string) (coalition.Nation, error) {
	m := &mutation{action: "reinstateNation", obj: "Nation", act: "reinstate", targetType: "Nation", target: code, nations: []string{code}}
	return s.changeNation(ctx, m, code, func(n *coalition.Nation) error {
		if n.Status != coalition.NationSuspended {
			return coalition.Conflict("nation %s is not suspended", n.Code)
		}
		n.Status, n.SuspendedReason = coalition.NationActive, nil
		return nil
	})
}

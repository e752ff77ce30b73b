package service

import (
	"context"
	"errors"

	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Pledge is what a nation promises.
type Pledge struct {
	coalition.PledgeTerms
	// Nation defaults to the viewer's own.
	Nation *string
	// Valuation says, for equipment given in kind, how its value was set
	// and what it is (optional).
	Valuation *Valuation
}

// Valuation is an in-kind pledge's valuation basis and description.
type Valuation struct {
	Basis       coalition.ValuationBasis
	Description string
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
	sc, err := s.scope(ctx, authz.ContributionRead, "")
	if err != nil {
		return none[coalition.Contribution](), err
	}
	f.Nations = intersect(contributionScope(sc, viewer(ctx)), nation)
	return s.st.Contributions.List(ctx, f, pg)
}

// Contribution returns one contribution the viewer may see.
func (s *Service) Contribution(ctx context.Context, id string) (coalition.Contribution, error) {
	sc, err := s.scope(ctx, authz.ContributionRead, id)
	if err != nil {
		return coalition.Contribution{}, err
	}
	return s.st.Contributions.Get(ctx, id, coalition.ContributionFilter{Nations: contributionScope(sc, viewer(ctx))})
}

// PledgeContribution records a pledge for the viewer's nation (or another,
// where the policy grants pledging for all).
func (s *Service) PledgeContribution(ctx context.Context, in Pledge) (coalition.Contribution, error) {
	p := viewer(ctx)
	nation := p.Nation
	if in.Nation != nil {
		nation = *in.Nation
	}
	var out coalition.Contribution
	// The id is taken first, so that a refused pledge names it too.
	m := &mutation{op: authz.Pledge, turn: turnContributions, target: s.st.NewID(), nations: []string{nation}}
	m.applied = func(ctx context.Context) (bool, error) {
		return exists(s.st.Contributions.Get(ctx, out.ID, coalition.ContributionFilter{}))
	}
	err := s.mutate(ctx, m, func(ctx context.Context, sc authz.Scope) error {
		if !sc.All && nation != p.Nation {
			return coalition.Forbidden("%s may pledge only for its own nation", p.Role)
		}
		if err := in.Check(); err != nil {
			return err
		}
		n, err := s.st.Nations.Get(ctx, nation)
		if errors.Is(err, coalition.ErrNotFound) {
			return coalition.Invalid("nation", "not in the registry")
		}
		if err != nil {
			return err
		}
		c, err := coalition.Pledge(in.PledgeTerms, n, m.target, p.Sub, s.now())
		if err != nil {
			return err
		}
		ik, err := valuation(c, in.Valuation)
		if err != nil {
			return err
		}
		out, m.after = c, c
		if err := s.st.Contributions.Insert(ctx, c); err != nil {
			return err
		}
		if ik != nil {
			if err := s.st.Books.PutInKind(ctx, *ik); err != nil {
				return err
			}
		}
		return s.book(ctx, nil, nil, func(*coalition.Books) ([]coalition.Entry, error) { return coalition.PledgeEntries(c) })
	})
	return out, err
}

// changeContribution applies rule to contribution id, if the viewer's
// scope for the action covers it (NOT_FOUND otherwise, as for a read),
// writes it if its status is still the one read, then books the entries
// rule returned. check runs first, on the input alone.
func (s *Service) changeContribution(ctx context.Context, op authz.Operation, id string, check func() error, rule func(ctx context.Context, c coalition.Contribution) (coalition.Contribution, []coalition.Entry, error)) (coalition.Contribution, error) {
	var out coalition.Contribution
	m := &mutation{op: op, turn: turnContributions, target: id}
	m.applied = func(ctx context.Context) (bool, error) {
		c, err := s.st.Contributions.Get(ctx, id, coalition.ContributionFilter{})
		return err == nil && out.Status != "" && c.Status == out.Status, err
	}
	err := s.mutate(ctx, m, func(ctx context.Context, sc authz.Scope) error {
		if err := check(); err != nil {
			return err
		}
		from, err := s.st.Contributions.Get(ctx, id, coalition.ContributionFilter{Nations: contributionScope(sc, viewer(ctx))})
		if err != nil {
			return err
		}
		m.nations, m.before = []string{from.NationCode}, from
		if err := checkVersion(ctx, "contribution", id, from.Version); err != nil {
			return err
		}
		c, es, err := rule(ctx, from)
		if err != nil {
			return err
		}
		out, m.after = c, c
		if err := s.st.Contributions.Transition(ctx, from.Status, c); err != nil {
			return err
		}
		out.Version = max(from.Version, 1) + 1
		return s.book(ctx, nil, nil, func(*coalition.Books) ([]coalition.Entry, error) { return es, nil })
	})
	return out, err
}

// CancelContribution cancels a pledge that is still PLEDGED.
func (s *Service) CancelContribution(ctx context.Context, id string) (coalition.Contribution, error) {
	return s.changeContribution(ctx, authz.CancelPledge, id, func() error { return nil },
		func(ctx context.Context, c coalition.Contribution) (coalition.Contribution, []coalition.Entry, error) {
			if c.Status != coalition.Pledged {
				return c, nil, coalition.Conflict("contribution %s is %s; only a PLEDGED contribution can be cancelled", c.ID, c.Status)
			}
			ik, err := s.inKindOf(ctx, c)
			if err != nil {
				return c, nil, err
			}
			return coalition.CancelContributionEntries(c, nil, ik, s.now())
		})
}

// CommitContribution formalises a pledge by a signed agreement: its money
// moves from pledged to outstanding in the books, and the agreement is
// kept. CONFLICT unless the contribution is PLEDGED; BAD_USER_INPUT for a
// missing reference or a date in the future or before the pledge.
func (s *Service) CommitContribution(ctx context.Context, id string, a coalition.Agreement) (coalition.Contribution, error) {
	return s.changeContribution(ctx, authz.CommitContribution, id, func() error { return nil },
		func(ctx context.Context, c coalition.Contribution) (coalition.Contribution, []coalition.Entry, error) {
			p := viewer(ctx)
			c, cm, es, err := coalition.CommitContribution(c, a, coalition.PersonRef{Issuer: p.Issuer, Sub: p.Sub}, s.now())
			if err != nil {
				return c, nil, err
			}
			return c, es, s.st.Books.PutCommitment(ctx, cm)
		})
}

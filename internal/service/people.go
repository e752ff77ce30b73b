package service

import (
	"context"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// PersonStore records the people who use the API.
type PersonStore interface {
	Get(ctx context.Context, issuer, sub string) (coalition.Person, error)
	List(ctx context.Context, f coalition.PersonFilter, page coalition.Page) (coalition.List[coalition.Person], error)
	// Seen inserts a new person, or updates a known one's nation, role and
	// last use, never its status.
	Seen(ctx context.Context, p coalition.Person) error
	Transition(ctx context.Context, from coalition.PersonStatus, p coalition.Person) error
}

// turnPeople: suspensions and reinstatements of one person after another.
const turnPeople = "people"

// signer is the viewer as a person: issuer and subject.
func signer(ctx context.Context) coalition.Signer {
	p := viewer(ctx)
	return coalition.Signer{Issuer: p.Issuer, Sub: p.Sub, Nation: p.Nation}
}

// People lists the people who used the API, as far as the policy lets the
// viewer see them: every nation's, or its own nation's.
func (s *Service) People(ctx context.Context, args PageArgs) (coalition.List[coalition.Person], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.Person](), err
	}
	sc, err := s.scope(ctx, authz.PersonRead, "")
	if err != nil {
		return none[coalition.Person](), err
	}
	var f coalition.PersonFilter
	if !sc.All {
		f.Nations = []string{}
		if sc.Own {
			f.Nations = []string{viewer(ctx).Nation}
		}
	}
	return s.st.People.List(ctx, f, pg)
}

// SuspendPerson stops one person (issuer and subject): their next request
// is refused whatever their token says.
func (s *Service) SuspendPerson(ctx context.Context, issuer, sub, reason string) (coalition.Person, error) {
	return s.changePerson(ctx, authz.PersonSuspend, issuer, sub, reason, coalition.Person.Suspend)
}

// ReinstatePerson lifts a person's suspension.
func (s *Service) ReinstatePerson(ctx context.Context, issuer, sub, reason string) (coalition.Person, error) {
	return s.changePerson(ctx, authz.PersonReinstate, issuer, sub, reason, coalition.Person.Reinstate)
}

// changePerson applies rule to the person issuer and sub in the people's
// turn, and writes it if their status is still the one read. The person's
// nation scopes who reads the audit event; its detail is the reason.
func (s *Service) changePerson(ctx context.Context, op authz.Operation, issuer, sub, reason string, rule func(coalition.Person, string) (coalition.Person, error)) (coalition.Person, error) {
	var out coalition.Person
	m := &mutation{op: op, turn: turnPeople, target: sub + " (" + issuer + ")", reason: reason}
	m.applied = func(ctx context.Context) (bool, error) {
		p, err := s.st.People.Get(ctx, issuer, sub)
		return err == nil && out.Status != "" && p.Status == out.Status, err
	}
	err := s.mutate(ctx, m, func(ctx context.Context, sc authz.Scope) error {
		from, err := s.st.People.Get(ctx, issuer, sub)
		if err != nil {
			return err
		}
		if !sc.All && from.Nation != viewer(ctx).Nation {
			return coalition.NotFound("person", sub)
		}
		p, err := rule(from, reason)
		if err != nil {
			return err
		}
		m.nations, m.reason = []string{p.Nation}, *p.Reason
		out, m.before, m.after = p, from, p
		return s.st.People.Transition(ctx, from.Status, p)
	})
	return out, err
}

package service

import (
	"context"
	"errors"
	"strings"

	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// NewSupplier is what a chair registers.
type NewSupplier struct {
	Name           string
	Country        string
	IdentifierKind coalition.SupplierIdentifierKind
	Identifier     string
}

// Suppliers lists the supplier registry, newest registration first.
func (s *Service) Suppliers(ctx context.Context, args PageArgs) (coalition.List[coalition.Supplier], error) {
	pg, err := page(args)
	if err != nil {
		return none[coalition.Supplier](), err
	}
	if _, err := s.scope(ctx, authz.SupplierRead, ""); err != nil {
		return none[coalition.Supplier](), err
	}
	return s.st.Suppliers.List(ctx, pg)
}

// Supplier returns one registered supplier, for an order's terms.
func (s *Service) Supplier(ctx context.Context, id string) (coalition.Supplier, error) {
	if _, err := s.scope(ctx, authz.SupplierRead, id); err != nil {
		return coalition.Supplier{}, err
	}
	return s.st.Suppliers.Get(ctx, id)
}

// RegisterSupplier adds a company to the registry. The same identifier
// (kind, country and number) cannot be registered twice: CONFLICT.
func (s *Service) RegisterSupplier(ctx context.Context, in NewSupplier) (coalition.Supplier, error) {
	var out coalition.Supplier
	// The id is taken first, so that a refused registration names it too.
	m := &mutation{op: authz.SupplierRegister, turn: turnProcurement, target: s.st.NewID()}
	m.applied = func(ctx context.Context) (bool, error) { return exists(s.st.Suppliers.Get(ctx, out.ID)) }
	err := s.mutate(ctx, m, func(ctx context.Context, _ authz.Scope) error {
		v, err := coalition.NewSupplier(m.target, in.Name, in.Country, in.IdentifierKind, in.Identifier, signer(ctx), s.now())
		if err != nil {
			return err
		}
		switch had, err := s.st.Suppliers.ByKey(ctx, v.Key()); {
		case err == nil:
			return coalition.Conflict("%s %s %s is already registered as supplier %s", v.Country, v.IdentifierKind, v.Identifier, had.ID)
		case !errors.Is(err, coalition.ErrNotFound):
			return err
		}
		out, m.after = v, v
		return s.st.Suppliers.Insert(ctx, v)
	})
	return out, err
}

// orderTerms checks a draft's contract against the registry and the
// request's other orders (see coalition.CheckOrderDraft).
func (s *Service) orderTerms(ctx context.Context, r coalition.Request, in NewOrder) (coalition.OrderTerms, coalition.Supplier, error) {
	var sup *coalition.Supplier
	if v, err := s.st.Suppliers.Get(ctx, in.Supplier); err == nil {
		sup = &v
	} else if !errors.Is(err, coalition.ErrNotFound) {
		return coalition.OrderTerms{}, coalition.Supplier{}, err
	}
	// The request's other orders decide only whether a justification is
	// needed: a draft that gives one is not made to read them.
	var others []coalition.Order
	if strings.TrimSpace(in.Justification) == "" {
		var err error
		if others, err = s.ordersOf(ctx, r.ID); err != nil {
			return coalition.OrderTerms{}, coalition.Supplier{}, err
		}
	}
	terms := coalition.OrderTerms{SupplierID: in.Supplier, Agent: in.Agent, ContractReference: in.ContractReference, Justification: in.Justification}
	t, err := coalition.CheckOrderDraft(r, others, in.Amount, sup, terms)
	if err != nil {
		return coalition.OrderTerms{}, coalition.Supplier{}, err
	}
	return t, *sup, nil
}

// expectedKey carries the version an editor saw, from the API to the
// change it asks for.
type expectedKey struct{}

// WithExpectedVersion is ctx carrying the version of the entity that the
// change made with it edits, as its editor saw it (nil: the editor named
// none, and the change is still written conditionally on the version read
// in its turn). Carried in the context so that every change of a versioned
// entity takes it without a parameter of its own.
func WithExpectedVersion(ctx context.Context, v *int) context.Context {
	if v == nil {
		return ctx
	}
	return context.WithValue(ctx, expectedKey{}, *v)
}

// checkVersion is coalition.CheckVersion of what id at current against the
// version ctx carries.
func checkVersion(ctx context.Context, what, id string, current int) error {
	v, ok := ctx.Value(expectedKey{}).(int)
	if !ok {
		return nil
	}
	return coalition.CheckVersion(what, id, current, &v)
}

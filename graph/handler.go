package graph

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/itcoalition/api/internal/live"
	"github.com/itcoalition/api/internal/service"
)

// Option adds to the server that NewServer builds.
type Option func(*options)

type options struct {
	transports []graphql.Transport
	extensions []graphql.HandlerExtension
	admitter   live.Admitter
}

// WithAdmitter re-checks each subscriber against the live registry on
// every poll, so a suspended nation's or person's stream closes.
func WithAdmitter(a live.Admitter) Option {
	return func(o *options) { o.admitter = a }
}

// WithTransport serves requests through t instead of gqlgen's own GET and
// POST transports (the HTTP surface decodes requests itself).
func WithTransport(t graphql.Transport) Option {
	return func(o *options) { o.transports = append(o.transports, t) }
}

// WithExtensions adds gqlgen extensions after the built-in ones; tests use
// it to inject faults into resolvers.
func WithExtensions(exts ...graphql.HandlerExtension) Option {
	return func(o *options) { o.extensions = append(o.extensions, exts...) }
}

// NewServer builds the GraphQL server over svc: its transports (gqlgen's
// POST and GET unless WithTransport names others), the error presenter, the
// field guard and the limits.
func NewServer(svc *service.Service, limits Limits, log *slog.Logger, observe Observer, opts ...Option) *handler.Server {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	limits = limits.orDefault()
	cfg := Config{Resolvers: &Resolver{Service: svc, Admitter: o.admitter}}
	cfg.Directives.Guarded = guardField(svc)
	cfg.Complexity = complexity()
	srv := handler.New(NewExecutableSchema(cfg))
	if len(o.transports) == 0 {
		o.transports = []graphql.Transport{transport.GET{}, transport.POST{}}
	}
	for _, t := range o.transports {
		srv.AddTransport(t)
	}
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(limits.ParserTokens)
	srv.SetDisableSuggestion(true)
	srv.Use(extension.Introspection{})
	srv.Use(&limitCheck{limits: limits})
	srv.SetErrorPresenter(presentError(log))
	srv.SetRecoverFunc(recoverPanic(log))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(withDenials(withLoaders(ctx, svc)))
	})
	if observe != nil {
		srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
			start := time.Now()
			resp := next(ctx)
			var codes []string
			if resp != nil {
				for _, e := range resp.Errors {
					if c, ok := e.Extensions["code"].(string); ok {
						codes = append(codes, c)
					}
				}
			}
			observe(operationLabel(ctx), time.Since(start), codes)
			return resp
		})
	}
	for _, e := range o.extensions {
		srv.Use(e)
	}
	return srv
}

// Observer records one operation: its label, duration and error codes.
type Observer func(operation string, d time.Duration, codes []string)

// operationLabel names an operation by its type and first root field, both
// from the schema, so metric labels stay few whatever clients send.
func operationLabel(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return "invalid"
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation == nil {
		return "invalid"
	}
	label := string(oc.Operation.Operation)
	for _, sel := range oc.Operation.SelectionSet {
		if f, ok := sel.(*ast.Field); ok && f.Definition != nil {
			return label + "." + f.Name
		}
	}
	return label
}

// denials gathers the fields hidden from the viewer during one operation,
// so that a list of a hundred rows carries one FORBIDDEN per field, with
// the number of values it hid, not a hundred copies.
type denials struct {
	mu     sync.Mutex
	byName map[string]*gqlerror.Error
}

type denialsKey struct{}

func withDenials(ctx context.Context) context.Context {
	return context.WithValue(ctx, denialsKey{}, &denials{byName: map[string]*gqlerror.Error{}})
}

// guardField resolves a @guarded field only when the policy grants the
// viewer "read" on Type.field; otherwise the field is null.
func guardField(svc *service.Service) func(ctx context.Context, obj any, next graphql.Resolver) (any, error) {
	return func(ctx context.Context, obj any, next graphql.Resolver) (any, error) {
		fc := graphql.GetFieldContext(ctx)
		field := fc.Object + "." + fc.Field.Name
		if svc.FieldAllowed(ctx, field) {
			return next(ctx)
		}
		d, _ := ctx.Value(denialsKey{}).(*denials)
		if d == nil {
			return nil, fmt.Errorf("guard %s: no denial collector", field)
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if e, ok := d.byName[field]; ok {
			e.Extensions["hidden"] = e.Extensions["hidden"].(int) + 1
			return nil, nil
		}
		e := &gqlerror.Error{
			Message:    fmt.Sprintf("not allowed to read %s; hidden values are null", field),
			Path:       fc.Path(),
			Extensions: map[string]any{"code": CodeForbidden, "field": field, "hidden": 1},
		}
		d.byName[field] = e
		graphql.AddError(ctx, e)
		return nil, nil
	}
}

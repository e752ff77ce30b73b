package graph

import (
	"context"
	"fmt"

	gqlcomplexity "github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"
)

// Limits bound what one request may ask of the server. gqlgen sets none of
// them by itself. A zero field takes its value from DefaultLimits.
type Limits struct {
	// Complexity is the most a query may cost; lists cost their first.
	Complexity int
	// ParserTokens bounds the lexical tokens of a query document, so that
	// floods (__typename or a directive repeated thousands of times) are
	// refused before they are parsed.
	ParserTokens int
	// Depth bounds how deeply fields nest, fragments included. Introspection
	// is left to gqlparser's own MaxIntrospectionDepth rule: GraphiQL's
	// schema query nests type references nine deep, and costs nothing.
	Depth int
	// Aliases bounds the aliased fields of an operation, counting a
	// fragment once per place it is spread.
	Aliases int
	// Errors bounds the errors of one response; the rest are counted in the
	// response's extensions.omittedErrors.
	Errors int
}

// DefaultLimits are sane for the coalition's app, whose deepest screen
// nests seven fields and uses no alias.
var DefaultLimits = Limits{Complexity: 20000, ParserTokens: 10000, Depth: 10, Aliases: 30, Errors: 50}

// orDefault fills zero fields from DefaultLimits.
func (l Limits) orDefault() Limits {
	pick := func(v, def int) int {
		if v > 0 {
			return v
		}
		return def
	}
	d := DefaultLimits
	return Limits{
		Complexity:   pick(l.Complexity, d.Complexity),
		ParserTokens: pick(l.ParserTokens, d.ParserTokens),
		Depth:        pick(l.Depth, d.Depth),
		Aliases:      pick(l.Aliases, d.Aliases),
		Errors:       pick(l.Errors, d.Errors),
	}
}

// maxMessage bounds an error message, in runes: validation messages quote
// the names a client sent, and a name may be a megabyte long.
const maxMessage = 300

// limitCheck refuses an operation that is too large before anything runs,
// with QUERY_TOO_COMPLEX and a message naming the limit, and keeps every
// response's error list short.
type limitCheck struct {
	limits Limits
	es     graphql.ExecutableSchema
}

var (
	_ graphql.HandlerExtension          = (*limitCheck)(nil)
	_ graphql.OperationParameterMutator = (*limitCheck)(nil)
	_ graphql.OperationContextMutator   = (*limitCheck)(nil)
	_ graphql.ResponseInterceptor       = (*limitCheck)(nil)
)

func (*limitCheck) ExtensionName() string { return "Limits" }

func (c *limitCheck) Validate(es graphql.ExecutableSchema) error {
	c.es = es
	return nil
}

// MutateOperationParameters counts tokens before the parser runs, so that a
// flood gets its own code; the parser's token limit stays as a backstop.
func (c *limitCheck) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	if n := countTokens(p.Query, c.limits.ParserTokens); n > c.limits.ParserTokens {
		return tooComplex("query has more than %d tokens; send a smaller document", c.limits.ParserTokens)
	}
	return nil
}

// countTokens counts the query's tokens, stopping once past limit. A
// lexical error ends the count: the parser reports it.
func countTokens(q string, limit int) int {
	lx := lexer.New(&ast.Source{Input: q})
	n := 0
	for n <= limit {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			break
		}
		if tok.Kind != lexer.Comment {
			n++
		}
	}
	return n
}

// MutateOperationContext measures the validated operation (validation has
// already refused fragment cycles) and then its cost.
func (c *limitCheck) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	m := measurer{doc: oc.Doc, memo: map[string]shape{}, active: map[string]bool{}}
	s := m.selections(oc.Operation.SelectionSet)
	if s.depth > c.limits.Depth {
		return tooComplex("query nests %d fields deep, more than the limit of %d", s.depth, c.limits.Depth)
	}
	if s.aliases > c.limits.Aliases {
		return tooComplex("query uses %d aliases, more than the limit of %d", s.aliases, c.limits.Aliases)
	}
	if cost := gqlcomplexity.Calculate(ctx, c.es, oc.Operation, oc.Variables); cost > c.limits.Complexity {
		return tooComplex("query costs %d, more than the limit of %d; ask for fewer rows with first", cost, c.limits.Complexity)
	}
	return nil
}

// InterceptResponse caps the number and the length of error messages.
func (c *limitCheck) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	if n := len(resp.Errors); n > c.limits.Errors {
		resp.Errors = resp.Errors[:c.limits.Errors]
		if resp.Extensions == nil {
			resp.Extensions = map[string]any{}
		}
		resp.Extensions["omittedErrors"] = n - c.limits.Errors
	}
	for _, e := range resp.Errors {
		e.Message = clip(e.Message, maxMessage)
	}
	return resp
}

func clip(s string, n int) string {
	count := 0
	for i := range s {
		if count == n {
			return s[:i] + "…"
		}
		count++
	}
	return s
}

func tooComplex(format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": CodeTooComplex}}
}

// shape is what a selection set asks for: how deep it nests and how many
// aliases it uses once its fragments are spread.
type shape struct{ depth, aliases int }

// measurer walks an operation; each fragment is measured once, so a
// fragment spread twice in each of n nested fragments costs n walks, not 2^n.
type measurer struct {
	doc    *ast.QueryDocument
	memo   map[string]shape
	active map[string]bool
}

// saturation keeps alias counts from overflowing on fragments spread
// exponentially often; any value this large is far past every limit.
const saturation = 1 << 30

func (m *measurer) selections(set ast.SelectionSet) shape {
	var out shape
	for _, sel := range set {
		var s shape
		switch x := sel.(type) {
		case *ast.Field:
			if x.Alias != "" && x.Alias != x.Name {
				s.aliases = 1
			}
			if x.Name == "__schema" || x.Name == "__type" {
				break // see Limits.Depth
			}
			sub := m.selections(x.SelectionSet)
			s.depth = sub.depth + 1
			s.aliases = min(s.aliases+sub.aliases, saturation)
		case *ast.InlineFragment:
			s = m.selections(x.SelectionSet)
		case *ast.FragmentSpread:
			s = m.fragment(x.Name)
		}
		out.depth = max(out.depth, s.depth)
		out.aliases = min(out.aliases+s.aliases, saturation)
	}
	return out
}

func (m *measurer) fragment(name string) shape {
	if s, ok := m.memo[name]; ok {
		return s
	}
	f := m.doc.Fragments.ForName(name)
	if f == nil || m.active[name] {
		return shape{}
	}
	m.active[name] = true
	s := m.selections(f.SelectionSet)
	delete(m.active, name)
	m.memo[name] = s
	return s
}

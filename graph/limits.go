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
	// SelectionSet bounds the selections of one selection set, those of
	// the inline fragments in it included (validation merges them).
	SelectionSet int
	// Selections bounds the selections of a whole document, a fragment
	// counted once for each operation that spreads it.
	Selections int
}

// DefaultLimits are sane for the coalition's app, whose deepest screen
// nests seven fields and uses no alias.
var DefaultLimits = Limits{Complexity: 20000, ParserTokens: 10000, Depth: 10, Aliases: 30, Errors: 50, SelectionSet: 100, Selections: 500}

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
		SelectionSet: pick(l.SelectionSet, d.SelectionSet),
		Selections:   pick(l.Selections, d.Selections),
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

// MutateOperationParameters measures the document in one lexical pass
// before the parser runs: its tokens, and its selections, which bound the
// work of validation (whose rule for overlapping fields compares pairs of
// fields, and runs before the depth, alias and complexity limits). The
// parser's token limit stays as a backstop.
func (c *limitCheck) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	return scanDocument(p.Query, c.limits)
}

// scanDocument refuses a document past the token or selection limits. It
// stops reading past the token limit; past a selection limit it only
// counts tokens, so that a flood is named by its tokens. A lexical error
// ends the scan: the parser reports it.
func scanDocument(q string, l Limits) *gqlerror.Error {
	lx := lexer.New(&ast.Source{Input: q})
	sc := scanner{limits: l, fragments: map[string][]*definition{}}
	var refused *gqlerror.Error
	for n := 0; ; {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			break
		}
		if tok.Kind == lexer.Comment {
			continue
		}
		if n++; n > l.ParserTokens {
			return tooComplex("query has more than %d tokens; send a smaller document", l.ParserTokens)
		}
		if refused == nil {
			refused = sc.token(tok)
		}
	}
	if refused != nil {
		return refused
	}
	if sc.total() > l.Selections {
		return tooComplex("query has more than %d selections, counting a fragment once for each operation that spreads it; send a smaller document", l.Selections)
	}
	return nil
}

// definition is what the scan learns of one operation or fragment: its
// selections (weighted, see scanner.count) and the fragments it spreads.
type definition struct {
	fragment   bool
	selections int
	spreads    []string
}

// set is one selection set being scanned. The inline fragments in it share
// its count (validation merges them into it); inline is how many inline
// fragments deep the set lies below its field.
type set struct {
	count  *int
	inline int
}

// scanner follows the grammar of an executable document just enough to
// count selections. Outside parentheses a brace always opens a selection
// set (values in braces occur only in arguments and variable definitions).
// Inside a set a name is a selection unless a directive's "@", an alias's
// ":" or an inline fragment's "on" comes before it.
type scanner struct {
	limits    Limits
	defs      []*definition
	fragments map[string][]*definition
	cur       *definition
	sets      []set
	parens    int
	// header is where the scan is between definitions: "" before one,
	// "fragment" after that keyword, "named" once the fragment's name is
	// read, "operation" in an operation's header.
	header       string
	fragmentName string
	// after is the token that changes what the next name means: "@",
	// "...", ":" or "on".
	after string
	// inline: the next "{" opens an inline fragment.
	inline bool
}

func (s *scanner) token(tok lexer.Token) *gqlerror.Error {
	switch {
	case tok.Kind == lexer.ParenL:
		s.parens++
		return nil
	case tok.Kind == lexer.ParenR:
		s.parens--
		return nil
	case s.parens > 0:
		return nil
	case len(s.sets) == 0:
		s.between(tok)
		return nil
	}
	after := s.after
	s.after = ""
	switch tok.Kind {
	case lexer.BraceL:
		if after == "..." {
			if e := s.count(); e != nil { // an inline fragment with no type condition
				return e
			}
		}
		top := s.sets[len(s.sets)-1]
		if s.inline || after == "..." {
			s.sets = append(s.sets, set{count: top.count, inline: top.inline + 1})
		} else {
			s.sets = append(s.sets, set{count: new(int)})
		}
		s.inline = false
	case lexer.BraceR:
		s.sets = s.sets[:len(s.sets)-1]
		s.inline = false
	case lexer.At:
		s.after = "@"
		if after == "..." {
			s.inline = true
			return s.count()
		}
	case lexer.Spread, lexer.Colon:
		s.after, s.inline = tok.Kind.String(), false
	case lexer.Name:
		switch {
		case after == "@" || after == ":":
			// A directive's name, or the field behind an alias.
		case after == "on":
			s.inline = true // the type condition of an inline fragment
		case after == "..." && tok.Value == "on":
			s.after = "on"
			return s.count()
		case after == "...":
			s.cur.spreads = append(s.cur.spreads, tok.Value)
			return s.count()
		default:
			s.inline = false
			return s.count()
		}
	}
	return nil
}

// between reads the tokens outside definitions' bodies: a "{" there opens
// the body of an operation, or of the fragment whose name was read.
func (s *scanner) between(tok lexer.Token) {
	switch {
	case tok.Kind == lexer.BraceL:
		d := &definition{fragment: s.header == "named"}
		s.defs = append(s.defs, d)
		if d.fragment {
			s.fragments[s.fragmentName] = append(s.fragments[s.fragmentName], d)
		}
		s.cur, s.header, s.after, s.inline = d, "", "", false
		s.sets = append(s.sets, set{count: new(int)})
	case tok.Kind != lexer.Name:
	case s.header == "" && tok.Value == "fragment":
		s.header = "fragment"
	case s.header == "":
		s.header = "operation"
	case s.header == "fragment":
		s.header, s.fragmentName = "named", tok.Value
	}
}

// count adds one selection to the current set and definition. Validation
// collects a selection set's fields through its inline fragments, once for
// the set and once for each inline fragment around the field, so a field
// weighs one more for each inline fragment it lies in.
func (s *scanner) count() *gqlerror.Error {
	top := s.sets[len(s.sets)-1]
	if *top.count++; *top.count > s.limits.SelectionSet {
		return tooComplex("a selection set holds more than %d selections, its inline fragments included", s.limits.SelectionSet)
	}
	s.cur.selections += 1 + top.inline
	if s.cur.selections > s.limits.Selections {
		return tooComplex("query has more than %d selections; send a smaller document", s.limits.Selections)
	}
	return nil
}

// total is the document's selections as validation walks them: each
// operation with every fragment it reaches, once per operation, and each
// fragment once more on its own. It stops counting once past the limit; a
// fragment counts at least one, so that bounds the count's own work.
func (s *scanner) total() int {
	n := 0
	for _, d := range s.defs {
		n += d.selections
	}
	for _, d := range s.defs {
		if n > s.limits.Selections {
			break
		}
		if d.fragment {
			continue
		}
		seen := map[string]bool{}
		queue := append([]string(nil), d.spreads...)
		for len(queue) > 0 && n <= s.limits.Selections {
			name := queue[0]
			queue = queue[1:]
			if seen[name] {
				continue
			}
			seen[name] = true
			for _, f := range s.fragments[name] {
				n += max(f.selections, 1)
				queue = append(queue, f.spreads...)
			}
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

// InterceptResponse caps the number and the length of error messages,
// and words parse and validation errors so that none quotes the request.
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
		withoutEcho(e)
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

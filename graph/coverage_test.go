package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/itcoalition/api/internal/authz"
)

// uncovered lists what the schema exposes without a policy to decide it:
// root fields with neither @public nor an @policy whose resource and action
// some policy line names; root fields whose @policy is not what the
// operations table (ops) says the service asks; operations of the table
// that no root field has; object types that are not @public and have no
// "read" line for their name; @guarded fields with no "read" line for
// Type.field. Nothing becomes readable, or silently dead, by omission.
func uncovered(schema *ast.Schema, enf *authz.Enforcer, ops []authz.Operation) []string {
	var out []string
	table := map[string]authz.Operation{}
	for _, o := range ops {
		for _, n := range o.Names {
			table[n] = o
		}
	}
	seen := map[string]bool{}
	roots := map[string]bool{}
	for _, root := range []*ast.Definition{schema.Query, schema.Mutation, schema.Subscription} {
		if root == nil {
			continue
		}
		roots[root.Name] = true
		for _, f := range root.Fields {
			if strings.HasPrefix(f.Name, "__") || f.Directives.ForName("public") != nil {
				continue
			}
			name := root.Name + "." + f.Name
			p := f.Directives.ForName("policy")
			if p == nil {
				out = append(out, name+": neither @public nor @policy")
				continue
			}
			res, act := directiveArg(p, "resource"), directiveArg(p, "action")
			if !enf.HasRule(res, act) {
				out = append(out, fmt.Sprintf("%s: no policy line for %s %s", name, res, act))
			}
			seen[f.Name] = true
			switch o, ok := table[f.Name]; {
			case !ok:
				out = append(out, fmt.Sprintf("%s: not in the operations table", name))
			case o.Resource != res || o.Action != act:
				out = append(out, fmt.Sprintf("%s: @policy says %s %s, the operations table %s %s", name, res, act, o.Resource, o.Action))
			}
		}
	}
	for n := range table {
		if !seen[n] {
			out = append(out, fmt.Sprintf("operations table: %s is no root field with @policy", n))
		}
	}
	for _, def := range schema.Types {
		if def.Kind != ast.Object || roots[def.Name] || strings.HasPrefix(def.Name, "__") {
			continue
		}
		if def.Directives.ForName("public") == nil && !enf.HasRule(def.Name, "read") {
			out = append(out, fmt.Sprintf("type %s: neither @public nor a policy line for %s read", def.Name, def.Name))
		}
		for _, f := range def.Fields {
			if f.Directives.ForName("guarded") == nil {
				continue
			}
			if field := def.Name + "." + f.Name; !enf.HasRule(field, "read") {
				out = append(out, fmt.Sprintf("%s: @guarded but no policy line for %s read", field, field))
			}
		}
	}
	slices.Sort(out)
	return out
}

func directiveArg(d *ast.Directive, name string) string {
	if a := d.Arguments.ForName(name); a != nil && a.Value != nil {
		return a.Value.Raw
	}
	return ""
}

// loadSchema parses the schema files gqlgen reads, plus extra sources.
func loadSchema(t *testing.T, extra ...string) *ast.Schema {
	t.Helper()
	files, err := filepath.Glob("*.graphqls")
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema files: %v", err)
	}
	var srcs []*ast.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, &ast.Source{Name: f, Input: string(b)})
	}
	for i, e := range extra {
		srcs = append(srcs, &ast.Source{Name: fmt.Sprintf("extra%d.graphqls", i), Input: e})
	}
	schema, gerr := gqlparser.LoadSchema(srcs...)
	if gerr != nil {
		t.Fatalf("parse schema: %v", gerr)
	}
	return schema
}

func TestPolicyCoverage(t *testing.T) {
	enf, err := authz.Load(filepath.Join("..", "policies"))
	if err != nil {
		t.Fatal(err)
	}
	if got := uncovered(loadSchema(t), enf, authz.Operations); len(got) > 0 {
		t.Errorf("the schema exposes what no policy decides; add a policy line, or mark it @public if everyone may:\n  %s",
			strings.Join(got, "\n  "))
	}
}

// TestPolicyCoverageCatchesOmissions proves the check can fail: each case
// adds to the real schema something the real policy does not cover.
func TestPolicyCoverageCatchesOmissions(t *testing.T) {
	enf, err := authz.Load(filepath.Join("..", "policies"))
	if err != nil {
		t.Fatal(err)
	}
	// Extend the Mutation type when the schema has one, else declare it.
	mutation := "type Mutation"
	if loadSchema(t).Mutation != nil {
		mutation = "extend type Mutation"
	}
	// A copy of the table with one operation changed or added.
	with := func(change authz.Operation) []authz.Operation {
		out := slices.Clone(authz.Operations)
		for i, o := range out {
			if slices.Equal(o.Names, change.Names) {
				out[i] = change
				return out
			}
		}
		return append(out, change)
	}
	tests := []struct {
		name  string
		extra string
		ops   []authz.Operation
		want  []string
	}{
		{
			name:  "mutation without a rule",
			extra: mutation + ` { newThing: Boolean @policy(resource: "Thing", action: "doIt") }`,
			ops:   with(authz.Operation{Resource: "Thing", Action: "doIt", Names: []string{"newThing"}}),
			want:  []string{"Mutation.newThing: no policy line for Thing doIt"},
		},
		{
			name:  "mutation with a known resource but an unknown action",
			extra: mutation + ` { archiveOrder(id: ID!): Order @policy(resource: "Order", action: "archive") }`,
			ops:   with(authz.Operation{Resource: "Order", Action: "archive", Names: []string{"archiveOrder"}}),
			want:  []string{"Mutation.archiveOrder: no policy line for Order archive"},
		},
		{
			name:  "mutation the service does not know",
			extra: mutation + ` { approveAll: Boolean @policy(resource: "Order", action: "approve") }`,
			want:  []string{"Mutation.approveAll: not in the operations table"},
		},
		{
			name: "schema and table disagree",
			ops:  with(authz.Operation{Resource: "Order", Action: "cancel", Names: []string{"approveOrder"}}),
			want: []string{"Mutation.approveOrder: @policy says Order approve, the operations table Order cancel"},
		},
		{
			name: "table names an operation the schema lacks",
			ops:  with(authz.Operation{Resource: "Order", Action: "approve", Names: []string{"approveAllOrders"}}),
			want: []string{"operations table: approveAllOrders is no root field with @policy"},
		},
		{
			name:  "query without a directive",
			extra: `extend type Query { secrets: [String!]! }`,
			want:  []string{"Query.secrets: neither @public nor @policy"},
		},
		{
			name:  "type without a read rule",
			extra: `type Gadget { id: ID! } extend type Query { gadget: Gadget @public }`,
			want:  []string{"type Gadget: neither @public nor a policy line for Gadget read"},
		},
		{
			name:  "guarded field without a rule",
			extra: `extend type Order { margin: String @guarded }`,
			want:  []string{"Order.margin: @guarded but no policy line for Order.margin read"},
		},
		{
			name:  "public additions are covered",
			extra: `type Gadget @public { id: ID! } extend type Query { gadget: Gadget @public }`,
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ops := tt.ops
			if ops == nil {
				ops = authz.Operations
			}
			var extra []string
			if tt.extra != "" {
				extra = append(extra, tt.extra)
			}
			got := uncovered(loadSchema(t, extra...), enf, ops)
			if !slices.Equal(got, tt.want) {
				t.Errorf("uncovered = %q, want %q", got, tt.want)
			}
		})
	}
}

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
// some policy line names; object types that are not @public and have no
// "read" line for their name; @guarded fields with no "read" line for
// Type.field. Nothing becomes readable, or silently dead, by omission.
func uncovered(schema *ast.Schema, enf *authz.Enforcer) []string {
	var out []string
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
	if got := uncovered(loadSchema(t), enf); len(got) > 0 {
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
	tests := []struct {
		name  string
		extra string
		want  []string
	}{
		{
			name:  "mutation without a rule",
			extra: mutation + ` { newThing: Boolean @policy(resource: "Thing", action: "doIt") }`,
			want:  []string{"Mutation.newThing: no policy line for Thing doIt"},
		},
		{
			name:  "mutation with a known resource but an unknown action",
			extra: mutation + ` { archiveOrder(id: ID!): Order @policy(resource: "Order", action: "archive") }`,
			want:  []string{"Mutation.archiveOrder: no policy line for Order archive"},
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
			got := uncovered(loadSchema(t, tt.extra), enf)
			if !slices.Equal(got, tt.want) {
				t.Errorf("uncovered = %q, want %q", got, tt.want)
			}
		})
	}
}

package e2e

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/bench"
)

// TestRoundTripsDependOnDepthNotWidth counts the store commands of nested
// queries at page sizes 10 and 100 through the driver's command monitor:
// with every relation batched, the two counts are equal.
func TestRoundTripsDependOnDepthNotWidth(t *testing.T) {
	// Counts the driver's commands: on FerretDB through the MongoDB store.
	s := apptest.Start(t, apptest.WithFerretDB())
	if err := bench.Seed(t.Context(), s.App.Store, bench.Generate(bench.Sizes{Requests: 160, Orders: 640, Contributions: 160}, time.Now())); err != nil {
		t.Fatal(err)
	}
	tok := s.Token("chair", "EE")
	// A person's first request records them; the counts compare later ones.
	s.MustQuery(tok, `{ me { sub } }`, nil, nil)

	const (
		requests = `query($first: Int) { requests(first: $first) { edges { node { id title
			orders { id status amount request { id area priority } } } } } }`
		orders        = `query($first: Int) { orders(first: $first) { edges { node { id request { title } } } } }`
		contributions = `query($first: Int) { contributions(first: $first) { edges { node { id nation { code name } } } } }`
	)
	// rows counts what a response holds, so that a page that came back
	// short cannot make the counts agree by accident.
	type page struct {
		Edges []struct {
			Node struct {
				Orders []struct {
					Request *struct{ ID string }
				}
				Request *struct{ Title string }
				Nation  *struct{ Code string }
			}
		}
	}
	rows := func(t *testing.T, data json.RawMessage) (nodes, children int) {
		var got map[string]page
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatalf("decode %s: %v", data, err)
		}
		for _, p := range got {
			for _, e := range p.Edges {
				nodes++
				if e.Node.Request != nil || e.Node.Nation != nil {
					children++
				}
				for _, o := range e.Node.Orders {
					if o.Request != nil {
						children++
					}
				}
			}
		}
		return nodes, children
	}

	tests := []struct {
		name  string
		query string
	}{
		{"requests with orders with their request", requests},
		{"orders with their request", orders},
		{"contributions with their nation", contributions},
		{"all three at once", `query($first: Int) {
			r: requests(first: $first) { edges { node { id title orders { id status amount request { id area priority } } } } }
			o: orders(first: $first) { edges { node { id request { title } } } }
			c: contributions(first: $first) { edges { node { id nation { code name } } } } }`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			count := func(first int) (commands int64, nodes, children int) {
				t.Helper()
				before := s.Commands.Load()
				r := s.Query(tok, tc.query, map[string]any{"first": first})
				commands = s.Commands.Load() - before
				if r.Status != 200 || len(r.Errors) > 0 {
					t.Fatalf("first %d: status %d, body %s", first, r.Status, r.Body)
				}
				nodes, children = rows(t, r.Data)
				return commands, nodes, children
			}
			small, smallNodes, smallChildren := count(10)
			large, largeNodes, largeChildren := count(100)
			t.Logf("first 10: %d commands for %d rows and %d related; first 100: %d commands for %d rows and %d related",
				small, smallNodes, smallChildren, large, largeNodes, largeChildren)
			if largeNodes < 10*smallNodes/2 || largeChildren <= smallChildren {
				t.Fatalf("first 100 returned %d rows and %d related, first 10 %d and %d: the seed is too small to tell",
					largeNodes, largeChildren, smallNodes, smallChildren)
			}
			if got, want := large, small; got != want {
				t.Errorf("store commands at first 100 = %d, want %d as at first 10", got, want)
			}
		})
	}
}

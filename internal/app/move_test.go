package app_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
)

// dump reads every row of every kind through the store's lists, page by
// page (pages of 3, so that cursors are followed), as JSON per kind.
func dump(t *testing.T, e *app.Endpoint) map[string]string {
	t.Helper()
	ctx := t.Context()
	out := map[string]string{}
	add := func(kind string) func(items any, err error) {
		return func(items any, err error) {
			t.Helper()
			if err != nil {
				t.Fatalf("%s: list %s: %v", e.Name, kind, err)
			}
			b, _ := json.Marshal(items)
			out[kind] = string(b)
		}
	}
	add("nations")(all(ctx, e.Stores.Nations.List, coalition.NationFilter{}))
	add("requests")(all(ctx, e.Stores.Requests.List, coalition.RequestFilter{}))
	add("orders")(all(ctx, e.Stores.Orders.List, coalition.OrderFilter{}))
	add("contributions")(all(ctx, e.Stores.Contributions.List, coalition.ContributionFilter{}))
	add("audit")(all(ctx, e.Stores.Audit.List, coalition.AuditFilter{}))
	return out
}

// all lists every item in pages of three, with the cursor of each item.
func all[T, F any](ctx context.Context, list func(context.Context, F, coalition.Page) (coalition.List[T], error), f F) (any, error) {
	type row struct {
		Item   T
		Cursor string
	}
	var rows []row
	after := ""
	for {
		l, err := list(ctx, f, coalition.Page{First: 3, After: after, SkipCount: true})
		if err != nil {
			return nil, err
		}
		for i, it := range l.Items {
			rows = append(rows, row{it, l.Cursors[i]})
		}
		if !l.HasNext {
			break
		}
		after = l.Cursors[len(l.Cursors)-1]
	}
	return rows, nil
}

// normal drops the difference between a missing list and an empty one,
// which JSON shows but no reader of the API sees.
func normal(s string) string { return strings.ReplaceAll(s, `"Nations":null`, `"Nations":[]`) }

// TestMoveBothWays copies a coalition with changes and audit events from
// SQLite into a MongoDB store (on FerretDB) and from there into a second
// SQLite file: every row, audit event, id and cursor reads back the same at
// each step, and a store that is not empty is refused.
func TestMoveBothWays(t *testing.T) {
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.Embedded = "" }))
	chair := s.Token("chair", "EE")
	s.MustQuery(chair, `mutation { suspendNation(code: "LV", reason: "moving test") { code } }`, nil, nil)
	s.MustQuery(chair, `mutation { reinstateNation(code: "LV") { code } }`, nil, nil)
	dataDir := s.Cfg.DataDir
	s.Stop()

	ctx := t.Context()
	src, err := app.OpenSQLiteEndpoint(ctx, dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	want := dump(t, src)
	if !strings.Contains(want["audit"], `"Action":"suspendNation"`) {
		t.Fatalf("the source's audit log lacks the test's events: %.300s", want["audit"])
	}

	es, err := apptest.StartFerretDB(ctx, filepath.Join(apptest.DataDir(t), "store"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = es.Stop() }()
	mongo, err := app.OpenMongoEndpoint(ctx, es.URI(), "moved")
	if err != nil {
		t.Fatal(err)
	}
	defer mongo.Close()
	var heard []string
	m, err := app.Move(ctx, src, mongo, func(kind string, n int) { heard = append(heard, kind) })
	if err != nil {
		t.Fatalf("SQLite to MongoDB: %v", err)
	}
	if m.Nations == 0 || m.Requests == 0 || m.Orders == 0 || m.Contributions == 0 || m.Audit < 2 {
		t.Fatalf("moved %+v: the demo coalition has every kind", m)
	}
	if len(heard) < 5 {
		t.Errorf("progress heard %v, want each kind", heard)
	}
	compare(t, "SQLite to MongoDB", want, dump(t, mongo))

	back, err := app.OpenSQLiteEndpoint(ctx, apptest.DataDir(t))
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	if _, err := app.Move(ctx, mongo, back, nil); err != nil {
		t.Fatalf("MongoDB to SQLite: %v", err)
	}
	compare(t, "MongoDB back to SQLite", want, dump(t, back))

	if _, err := app.Move(ctx, src, back, nil); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("a move into a store that holds a coalition: %v, want a refusal", err)
	}
}

func compare(t *testing.T, step string, want, got map[string]string) {
	t.Helper()
	for kind, w := range want {
		if normal(got[kind]) != normal(w) {
			t.Errorf("%s: %s differ\nwant %.600s\ngot  %.600s", step, kind, w, got[kind])
		}
	}
}

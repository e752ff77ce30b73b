package app_test

import (
	"database/sql"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
)

// TestSQLiteStartsWithoutRepair: on SQLite a change commits whole or not at
// all, so start-up runs no repair pass. A priority gap written behind the
// service's back (no crash can leave one there) survives a restart, and
// the repair the MongoDB store runs at start would have closed it.
func TestSQLiteStartsWithoutRepair(t *testing.T) {
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.Embedded = "" }))
	if s.App.SQLite == nil {
		t.Fatal("the test server does not run on SQLite")
	}
	path := s.App.SQLite.Path()
	s.Stop()

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var id string
	var prio int
	if err := db.QueryRow(`SELECT id, priority FROM requests WHERE closed = 0 ORDER BY phase, priority DESC LIMIT 1`).Scan(&id, &prio); err != nil {
		t.Fatal(err)
	}
	gap := prio + 10
	if _, err := db.Exec(`UPDATE requests SET priority = ? WHERE id = ?`, gap, id); err != nil {
		t.Fatal(err)
	}
	priority := func() int {
		t.Helper()
		var p int
		if err := db.QueryRow(`SELECT priority FROM requests WHERE id = ?`, id).Scan(&p); err != nil {
			t.Fatal(err)
		}
		return p
	}

	s.Restart()
	if got := priority(); got != gap {
		t.Fatalf("start-up renumbered request %s to %d (want %d left alone): a repair pass ran on SQLite", id, got, gap)
	}
	if err := s.App.Service.Repair(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := priority(); got != prio {
		t.Fatalf("the repair left request %s at %d, want %d: the test's gap is not one a repair closes", id, got, prio)
	}
}

package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
)

func onSQLite(c *app.Config) { c.Embedded = "" }

const nationsQuery = `{ nations(first: 100) { totalCount edges { node { code status } } } }`

// TestBackupWhileServingThenRestore: the backup command copies the store
// while the server runs on it; a change made after the copy is gone once
// the copy is restored; restore refuses while the server runs.
func TestBackupWhileServingThenRestore(t *testing.T) {
	s := apptest.Start(t, apptest.WithConfig(onSQLite))
	env := func(k string) string {
		if k == "ITC_DATA_DIR" {
			return s.Cfg.DataDir
		}
		return ""
	}
	chair := s.Token("chair", "EE")
	before := s.Query(chair, nationsQuery, nil)
	copyFile := filepath.Join(t.TempDir(), "backup.db")
	var out, errs bytes.Buffer
	if err := run(t.Context(), []string{"backup", "-to", copyFile}, env, &out, &errs); err != nil {
		t.Fatalf("backup while serving: %v\n%s", err, &errs)
	}
	if !strings.Contains(errs.String(), "written") {
		t.Errorf("backup said nothing of its progress: %q", &errs)
	}
	if err := run(t.Context(), []string{"backup", "-to", copyFile}, env, &out, &errs); err == nil {
		t.Error("a second backup overwrote the first")
	}
	s.MustQuery(chair, `mutation { suspendNation(code: "LV", reason: "after the backup") { code } }`, nil, nil)
	if err := run(t.Context(), []string{"restore", "-from", copyFile}, env, &out, &errs); err == nil || !strings.Contains(err.Error(), "stop it first") {
		t.Fatalf("restore under a running server: %v, want a refusal", err)
	}
	notAStore := filepath.Join(t.TempDir(), "junk.db")
	if err := run(t.Context(), []string{"backup", "-to", notAStore, "-data-dir", t.TempDir()}, env, &out, &errs); err == nil {
		t.Error("a backup of a folder with no store succeeded")
	}

	s.Stop()
	if err := run(t.Context(), []string{"restore", "-from", copyFile}, env, &out, &errs); err != nil {
		t.Fatalf("restore: %v", err)
	}
	s.Restart()
	after := s.Query(chair, nationsQuery, nil)
	if string(after.Data) != string(before.Data) {
		t.Fatalf("restored store reads\n%s\nwant what the backup held\n%s", after.Data, before.Data)
	}
}

// TestMigrateStoreCommand moves the demo coalition from SQLite into a
// MongoDB store (FerretDB) with the command; the service serving that
// store answers as the SQLite one did; a second run is refused.
func TestMigrateStoreCommand(t *testing.T) {
	s := apptest.Start(t, apptest.WithConfig(onSQLite))
	chair := s.Token("chair", "EE")
	want := s.Query(chair, nationsQuery, nil)
	wantFund := s.Query(chair, fundQuery, nil)
	if len(wantFund.Errors) > 0 || !strings.Contains(string(wantFund.Data), "CONFIRMED") {
		t.Fatalf("the fund before the move: %s %v", wantFund.Data, wantFund.Errors)
	}
	s.Stop()

	es, err := apptest.StartFerretDB(t.Context(), filepath.Join(apptest.DataDir(t), "store"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = es.Stop() })
	env := func(k string) string {
		switch k {
		case "ITC_DATA_DIR":
			return s.Cfg.DataDir
		case "MONGODB_URI":
			return es.URI()
		}
		return ""
	}
	var out, errs bytes.Buffer
	if err := run(t.Context(), []string{"migrate-store", "-to", "mongodb"}, env, &out, &errs); err != nil {
		t.Fatalf("migrate-store: %v\n%s", err, &errs)
	}
	if !strings.Contains(out.String(), "counts and balances checked") || !strings.Contains(errs.String(), "audit events") ||
		!strings.Contains(errs.String(), "ledger entries") {
		t.Errorf("migrate-store printed %q and %q", &out, &errs)
	}
	if err := run(t.Context(), []string{"migrate-store", "-to", "mongodb"}, env, &out, &errs); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("a second migrate-store into the same database: %v, want a refusal", err)
	}

	m := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.MongoURI = es.URI() }))
	got := m.Query(m.Token("chair", "EE"), nationsQuery, nil)
	if string(got.Data) != string(want.Data) {
		t.Fatalf("served from MongoDB after the move:\n%s\nwant\n%s", got.Data, want.Data)
	}
	if got := m.Query(m.Token("chair", "EE"), fundQuery, nil); string(got.Data) != string(wantFund.Data) {
		t.Fatalf("the fund served from MongoDB after the move:\n%s\nwant\n%s", got.Data, wantFund.Data)
	}
}

// fundQuery reads the fund's figures and its receipts' history.
const fundQuery = `{ fund { pledged received committed available inKind } receipts(first: 50) { totalCount edges { cursor node { id status version } } } }`

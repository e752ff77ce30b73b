package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/coalition"
)

// TestVerifyBooks runs the verify-books command on the demo coalition's
// embedded store: clean books pass; a balance changed behind the ledger's
// back fails it, with the account named.
func TestVerifyBooks(t *testing.T) {
	s := apptest.Start(t, apptest.WithConfig(func(c *app.Config) { c.Embedded = "" }))
	dir := s.Cfg.DataDir
	getenv := func(k string) string { return map[string]string{"ITC_DATA_DIR": dir}[k] }
	verify := func() (string, error) {
		var out, errb bytes.Buffer
		err := run(context.Background(), []string{"verify-books"}, getenv, &out, &errb)
		return out.String() + errb.String(), err
	}
	ctx := context.Background()
	bal, err := s.App.Stores.Books.Balances(ctx)
	if err != nil {
		t.Fatal(err)
	}
	avail := coalition.Account{Pool: coalition.Unearmarked, Kind: coalition.AccountAvailable}
	if bal[avail].CreditsPosted == 0 {
		t.Fatalf("the demo's books hold no unearmarked money: %+v", bal[avail])
	}
	s.Stop()
	if out, err := verify(); err != nil {
		t.Fatalf("verify-books on clean books: %v\n%s", err, out)
	}

	s.Restart()
	x := bal[avail]
	x.CreditsPosted += 1_000_00
	if err := s.App.Stores.Books.SetBalances(ctx, map[coalition.Account]coalition.Balance{avail: x}); err != nil {
		t.Fatal(err)
	}
	s.Stop()
	out, err := verify()
	if err == nil {
		t.Fatalf("verify-books passed on a tampered balance:\n%s", out)
	}
	if !strings.Contains(out, string(avail.Pool)) {
		t.Errorf("verify-books does not name the tampered account %s:\n%s", avail, out)
	}
}

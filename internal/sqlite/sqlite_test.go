package sqlite_test

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
	"github.com/itcoalition/api/internal/sqlite"
	"github.com/itcoalition/api/internal/storetest"
)

func open(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func stores(s *sqlite.Store) service.Stores {
	return service.Stores{Nations: s.Nations(), Contributions: s.Contributions(), Requests: s.Requests(),
		Orders: s.Orders(), Suppliers: s.Suppliers(), Audit: s.Audit(), People: s.People(), Books: s.Books(), Deliveries: s.Deliveries(), Amendments: s.Amendments(), NewID: sqlite.NewID}
}

func fresh(t *testing.T) *sqlite.Store { return open(t, filepath.Join(t.TempDir(), "data", "itc.db")) }

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) service.Stores { return stores(fresh(t)) })
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

var joined = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func nation(code string) coalition.Nation {
	return coalition.Nation{Code: code, Name: code, Role: coalition.NationMember, Status: coalition.NationActive, JoinedAt: joined}
}

func count(t *testing.T, s *sqlite.Store) int {
	t.Helper()
	l, err := s.Nations().List(context.Background(), coalition.NationFilter{}, coalition.Page{First: 0})
	must(t, err)
	return l.Total
}

// Every store call made with Atomically's context commits together, or
// none does: when fn fails, when it panics, and when the caller gives up
// after the turn was taken.
func TestAtomically(t *testing.T) {
	s := fresh(t)
	ctx := context.Background()
	boom := errors.New("boom")
	err := s.Atomically(ctx, "registry", func(ctx context.Context) error {
		must(t, s.Nations().Insert(ctx, nation("EE")))
		// Reads in the transaction see its writes; reads outside do not.
		if _, err := s.Nations().Get(ctx, "EE"); err != nil {
			t.Errorf("the transaction does not see its own write: %v", err)
		}
		if _, err := s.Nations().Get(context.Background(), "EE"); !errors.Is(err, coalition.ErrNotFound) {
			t.Errorf("a write is visible before commit: %v", err)
		}
		must(t, s.Audit().Append(ctx, coalition.AuditEvent{At: joined, Action: "admitNation", Nations: []string{"EE"}}))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("got %v, want fn's error", err)
	}
	if n := count(t, s); n != 0 {
		t.Fatalf("a failed fn left %d nations", n)
	}
	audit, err := s.Audit().List(ctx, coalition.AuditFilter{}, coalition.Page{First: 10})
	must(t, err)
	if audit.Total != 0 {
		t.Fatalf("a failed fn left %d audit events", audit.Total)
	}

	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("the panic was swallowed")
			}
		}()
		_ = s.Atomically(ctx, "registry", func(ctx context.Context) error {
			must(t, s.Nations().Insert(ctx, nation("LU")))
			panic("fn panics")
		})
	}()
	if n := count(t, s); n != 0 {
		t.Fatalf("a panicking fn left %d nations", n)
	}

	// The caller gives up half-way: fn still runs to its end on a context
	// of its own, and then nothing is committed.
	cctx, cancel := context.WithCancel(ctx)
	var innerErr error
	err = s.Atomically(cctx, "registry", func(ctx context.Context) error {
		must(t, s.Nations().Insert(ctx, nation("DE")))
		cancel()
		innerErr = s.Nations().Insert(ctx, nation("FR"))
		return innerErr
	})
	if innerErr != nil {
		t.Fatalf("the caller's cancellation reached fn: %v", innerErr)
	}
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want the caller's cancellation", err)
	}
	// The answer says what happened: a conflict, nothing changed; never an
	// internal error.
	if got := coalition.ErrorCode(err); got != coalition.CodeConflict {
		t.Fatalf("code %q for a change its caller abandoned, want %q", got, coalition.CodeConflict)
	}
	if n := count(t, s); n != 0 {
		t.Fatalf("a cancelled caller left %d nations", n)
	}

	// A caller that gave up before the call hears so, and nothing runs.
	err = s.Atomically(cctx, "registry", func(ctx context.Context) error {
		t.Error("fn ran for a cancelled caller")
		return nil
	})
	if !errors.Is(err, context.Canceled) || errors.Is(err, coalition.ErrConflict) {
		t.Fatalf("got %v, want the caller's cancellation", err)
	}

	// Nested calls join the outer transaction; success commits everything.
	must(t, s.Atomically(ctx, "registry", func(ctx context.Context) error {
		must(t, s.Nations().Insert(ctx, nation("EE")))
		return s.Atomically(ctx, "registry", func(ctx context.Context) error { return s.Nations().Insert(ctx, nation("LU")) })
	}))
	if n := count(t, s); n != 2 {
		t.Fatalf("after commit: %d nations, want 2", n)
	}
}

// One writer at a time: a caller whose deadline passes while another holds
// the turn gets the busy conflict and changes nothing.
func TestAtomicallyBusy(t *testing.T) {
	s := fresh(t)
	ctx := context.Background()
	held, release := make(chan struct{}), make(chan struct{})
	done := make(chan error)
	go func() {
		done <- s.Atomically(ctx, "procurement", func(ctx context.Context) error {
			close(held)
			<-release
			return s.Nations().Insert(ctx, nation("EE"))
		})
	}()
	<-held
	wctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	err := s.Atomically(wctx, "procurement", func(ctx context.Context) error { return s.Nations().Insert(ctx, nation("LU")) })
	if !errors.Is(err, coalition.ErrConflict) || err.Error() != coalition.ErrBusy.Error() {
		t.Fatalf("got %v, want the busy conflict", err)
	}
	// A write outside Atomically waits for its turn too.
	wctx, cancel = context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	err = s.Nations().Insert(wctx, nation("DE"))
	if !errors.Is(err, coalition.ErrConflict) {
		t.Fatalf("got %v, want the busy conflict", err)
	}
	close(release)
	must(t, <-done)
	if n := count(t, s); n != 1 {
		t.Fatalf("%d nations, want only the first writer's", n)
	}
}

// Racing conditional transitions: exactly one wins, the others conflict.
func TestRacingTransitions(t *testing.T) {
	s := fresh(t)
	ctx := context.Background()
	c := coalition.Contribution{ID: sqlite.NewID(), NationCode: "EE", Kind: coalition.Financial, Amount: 1, Currency: "EUR", EurAmount: 1,
		Status: coalition.Pledged, PledgedAt: joined, PledgedBy: "x"}
	must(t, s.Contributions().Insert(ctx, c))
	c.Status = coalition.Cancelled
	errs := make(chan error)
	for range 8 {
		go func() { errs <- s.Contributions().Transition(ctx, coalition.Pledged, c) }()
	}
	won := 0
	for range 8 {
		err := <-errs
		switch {
		case err == nil:
			won++
		case !errors.Is(err, coalition.ErrConflict):
			t.Fatal(err)
		}
	}
	if won != 1 {
		t.Fatalf("%d transitions won, want 1", won)
	}
}

// What is acknowledged is on disk: close, reopen and read it back.
func TestDurable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "itc.db")
	s, err := sqlite.Open(t.Context(), path)
	must(t, err)
	ctx := context.Background()
	must(t, s.Nations().Insert(ctx, nation("EE")))
	o := coalition.Order{ID: sqlite.NewID(), RequestID: sqlite.NewID(), Supplier: "S", Amount: 7, Status: coalition.Placed, DraftedBy: "a",
		Area: coalition.Cybersecurity, DraftedAt: joined, Draws: []coalition.Draw{{Amount: 7}}}
	must(t, s.Orders().Insert(ctx, o))
	// A second Store on the same file is refused while the first runs.
	if _, err := sqlite.Open(t.Context(), path); !errors.Is(err, sqlite.ErrLocked) {
		t.Fatalf("second open: got %v, want ErrLocked", err)
	}
	must(t, s.Close())

	s = open(t, path)
	if _, err := s.Nations().Get(ctx, "EE"); err != nil {
		t.Fatal(err)
	}
	got, err := s.Orders().Get(ctx, o.ID)
	must(t, err)
	if got.Amount != 7 || len(got.Draws) != 1 {
		t.Fatalf("reopened order: %+v", got)
	}
	v, err := s.SchemaVersion(ctx)
	must(t, err)
	if v < 1 {
		t.Fatalf("schema version %d", v)
	}
}

// The folder is owner-only and every file in it too, the WAL included.
func TestPrivateFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	s := open(t, filepath.Join(dir, "itc.db"))
	must(t, s.Nations().Insert(context.Background(), nation("EE")))
	fi, err := os.Stat(dir)
	must(t, err)
	if fi.Mode().Perm() != 0o700 {
		t.Fatalf("folder mode %v, want 0700", fi.Mode().Perm())
	}
	var names []string
	must(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		names = append(names, d.Name())
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %v, want 0600", d.Name(), fi.Mode().Perm())
		}
		return nil
	}))
	if !slices.Contains(names, "itc.db-wal") {
		t.Fatalf("no WAL file among %v", names)
	}
}

// A backup taken while the store serves has every committed row, and the
// restored copy opens as a store.
func TestBackupRestore(t *testing.T) {
	dir := t.TempDir()
	s := open(t, filepath.Join(dir, "itc.db"))
	ctx := context.Background()
	st := stores(s)
	for i := range 50 {
		must(t, st.Audit.Append(ctx, coalition.AuditEvent{At: joined.Add(time.Duration(i) * time.Second), Action: "a", Nations: []string{"EE"}}))
		must(t, st.Orders.Insert(ctx, coalition.Order{ID: sqlite.NewID(), RequestID: sqlite.NewID(), Supplier: "S", Amount: 1,
			Status: coalition.Placed, DraftedBy: "a", Area: coalition.Cybersecurity, DraftedAt: joined, Draws: []coalition.Draw{{Amount: 1}}}))
	}
	must(t, st.Nations.Insert(ctx, nation("EE")))
	// Writes go on while the backup runs.
	stop := make(chan struct{})
	writing := make(chan error)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				writing <- nil
				return
			default:
			}
			if err := st.Audit.Append(ctx, coalition.AuditEvent{At: joined, Action: "during"}); err != nil {
				writing <- err
				return
			}
		}
	}()
	backup := filepath.Join(dir, "backups", "itc-1.db")
	err := s.Backup(ctx, backup)
	close(stop)
	must(t, <-writing)
	must(t, err)
	if err := s.Backup(ctx, backup); err == nil {
		t.Fatal("a backup overwrote an existing file")
	}
	fi, err := os.Stat(backup)
	must(t, err)
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("backup mode %v, want 0600", fi.Mode().Perm())
	}

	restored := filepath.Join(dir, "restored", "itc.db")
	must(t, sqlite.Restore(backup, restored))
	r := open(t, restored)
	audit, err := r.Audit().List(ctx, coalition.AuditFilter{Action: ptr("a"), Nations: []string{"EE"}}, coalition.Page{First: 0})
	must(t, err)
	orders, err := r.Orders().List(ctx, coalition.OrderFilter{Status: ptr(coalition.Placed)}, coalition.Page{First: 100})
	must(t, err)
	if audit.Total != 50 || orders.Total != 50 || len(orders.Items[0].Draws) != 1 {
		t.Fatalf("restored copy has %d events and %d orders, want 50 and 50", audit.Total, orders.Total)
	}
	if _, err := r.Nations().Get(ctx, "EE"); err != nil {
		t.Fatal(err)
	}
	// Restoring over a store that is open is refused.
	if err := sqlite.Restore(backup, restored); !errors.Is(err, sqlite.ErrLocked) {
		t.Fatalf("restore over an open store: got %v, want ErrLocked", err)
	}
}

func ptr[T any](v T) *T { return &v }

// The triggers keep in fund_giving who gave what; the oracle is the
// contributions themselves, listed in full, after inserts, after changes
// of every kind (status, pool, nation, kind) and after a clear.
func TestGivers(t *testing.T) {
	s := fresh(t)
	ctx := context.Background()
	kinds := []coalition.ContributionKind{coalition.Financial, coalition.InKind, coalition.Financial}
	statuses := []coalition.ContributionStatus{coalition.Pledged, coalition.Received, coalition.Cancelled, coalition.ContributionCommitted}
	nations := []string{"EE", "LU", "DE", "FR", "NL"}
	var cons []coalition.Contribution
	for i := range 60 {
		c := coalition.Contribution{ID: sqlite.NewID(), NationCode: nations[i%5], Kind: kinds[i%3], Amount: coalition.Money(i * 7), Currency: "EUR",
			EurAmount: coalition.Money(1000 + i*13), Status: statuses[i%4], PledgedAt: joined, PledgedBy: "x"}
		if i%6 != 0 {
			c.Earmark = &coalition.Areas[(i/2)%len(coalition.Areas)]
		}
		if c.Status == coalition.Received {
			c.ReceivedEur = ptr(c.EurAmount - coalition.Money(i))
		}
		must(t, s.Contributions().Insert(ctx, c))
		cons = append(cons, c)
	}
	checkGivers(t, s)

	for i, c := range cons {
		from := c.Status
		switch i % 5 {
		case 0:
			c.Status, c.ReceivedEur = coalition.Received, ptr(c.EurAmount+1)
		case 1:
			c.Status = coalition.Cancelled
		case 2:
			c.Earmark, c.NationCode = nil, "PL"
		case 3:
			c.Status, c.Kind = coalition.Pledged, coalition.InKind
		default:
			continue
		}
		must(t, s.Contributions().Transition(ctx, from, c))
	}
	checkGivers(t, s)

	must(t, s.ClearSeeded(ctx))
	checkGivers(t, s)
}

// checkGivers compares Givers with the givers of every counted
// contribution, read in full.
func checkGivers(t *testing.T, s *sqlite.Store) {
	t.Helper()
	ctx := context.Background()
	key := func(c coalition.Contribution) string {
		return fmt.Sprintf("%v/%s/%s/%s/%v", c.Earmark != nil && *c.Earmark != "", c.NationCode, c.Kind, c.Status, c.ReceivedEur != nil)
	}
	want := map[string]bool{}
	for after := ""; ; {
		l, err := s.Contributions().List(ctx, coalition.ContributionFilter{}, coalition.Page{First: coalition.MaxFirst, After: after, SkipCount: true})
		must(t, err)
		for _, c := range l.Items {
			if slices.Contains(coalition.CountedContributionStatuses, c.Status) {
				earmark := ""
				if c.Earmark != nil {
					earmark = string(*c.Earmark)
				}
				g := coalition.GiverOf(earmark, c.NationCode, c.Kind, c.Status)
				want[key(g)+earmark] = true
			}
		}
		if !l.HasNext {
			break
		}
		after = l.Cursors[len(l.Cursors)-1]
	}
	gs, err := s.Contributions().Givers(ctx)
	must(t, err)
	got := map[string]bool{}
	for _, g := range gs {
		earmark := ""
		if g.Earmark != nil {
			earmark = string(*g.Earmark)
		}
		if got[key(g)+earmark] {
			t.Fatalf("giver %s listed twice", key(g)+earmark)
		}
		got[key(g)+earmark] = true
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("givers:\n got  %v\n want %v", got, want)
	}
}

// TestCrash kills a writing process with SIGKILL and wants every write it
// acknowledged in the file afterwards. (A power cut is what
// synchronous=FULL adds; no test here can pull the plug.)
func TestCrash(t *testing.T) {
	if path := os.Getenv("ITC_SQLITE_CRASH_CHILD"); path != "" {
		crashChild(path)
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "itc.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrash$")
	cmd.Env = append(os.Environ(), "ITC_SQLITE_CRASH_CHILD="+path)
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	sc := bufio.NewScanner(out)
	var acked []string
	for sc.Scan() {
		line := sc.Text()
		if id, ok := strings.CutPrefix(line, "acked "); ok {
			acked = append(acked, id)
			if len(acked) == 300 {
				must(t, cmd.Process.Signal(syscall.SIGKILL))
			}
		}
	}
	_ = cmd.Wait()
	if len(acked) < 300 {
		t.Fatalf("the child acknowledged only %d writes before it ended", len(acked))
	}
	s := open(t, path)
	ctx := context.Background()
	got, err := s.Requests().GetMany(ctx, acked, coalition.RequestFilter{})
	must(t, err)
	for i, r := range got {
		if r == nil {
			t.Fatalf("acknowledged write %d of %d (%s) is lost", i+1, len(acked), acked[i])
		}
	}
	// Each request and its audit event committed together or not at all.
	reqs, err := s.Requests().List(ctx, coalition.RequestFilter{}, coalition.Page{First: 0})
	must(t, err)
	events, err := s.Audit().List(ctx, coalition.AuditFilter{}, coalition.Page{First: 0})
	must(t, err)
	if reqs.Total != events.Total {
		t.Fatalf("%d requests but %d audit events after the crash", reqs.Total, events.Total)
	}
	t.Logf("all %d acknowledged writes survived SIGKILL (%d in the file)", len(acked), reqs.Total)
}

// crashChild writes requests, each with its audit event in one
// transaction, and acknowledges each on stdout once committed, until killed.
func crashChild(path string) {
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	ctx := context.Background()
	for i := 0; ; i++ {
		r := coalition.Request{ID: sqlite.NewID(), Title: "t", Description: "d", Area: coalition.Cybersecurity, Phase: 1, Priority: i + 1,
			EstimatedCost: 1, Status: coalition.Submitted, CreatedAt: joined, UpdatedAt: joined}
		err := s.Atomically(ctx, "procurement", func(ctx context.Context) error {
			if err := s.Requests().Insert(ctx, r); err != nil {
				return err
			}
			return s.Audit().Append(ctx, coalition.AuditEvent{At: joined, Action: "createRequest", Target: r.ID})
		})
		if err != nil {
			fmt.Println("write:", err)
			os.Exit(1)
		}
		fmt.Println("acked " + r.ID)
	}
}

// A file is brought up to this binary's schema once, and a file from a
// newer binary is refused rather than misread.
func TestMigrations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "itc.db")
	s, err := sqlite.Open(t.Context(), path)
	must(t, err)
	v, err := s.SchemaVersion(t.Context())
	must(t, err)
	must(t, s.Close())
	if v < 1 {
		t.Fatalf("schema version %d after the first open", v)
	}
	s, err = sqlite.Open(t.Context(), path) // nothing left to apply
	must(t, err)
	must(t, s.Close())

	db, err := sql.Open("sqlite", path)
	must(t, err)
	_, err = db.Exec("INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'from the future', 0)", v+1)
	must(t, errors.Join(err, db.Close()))
	if _, err := sqlite.Open(t.Context(), path); err == nil || !strings.Contains(err.Error(), "newer than this program's") {
		t.Fatalf("a newer file opened: %v", err)
	}
}

// TestRowCounts: the counts kept by trigger (row_counts) equal COUNT(*) of
// each table per status after inserts, status changes of every kind and a
// clear, and the lists' totals read them.
func TestRowCounts(t *testing.T) {
	s := fresh(t)
	ctx := context.Background()
	direct, err := sql.Open("sqlite", "file:"+s.Path()+"?mode=ro")
	must(t, err)
	defer direct.Close()
	check := func(step string) {
		t.Helper()
		for _, q := range []struct{ table, key string }{{"orders", "status"}, {"requests", "status"}, {"audit_events", "''"}} {
			want := map[string]int{}
			rows, err := direct.Query("SELECT " + q.key + ", COUNT(*) FROM " + q.table + " GROUP BY 1")
			must(t, err)
			for rows.Next() {
				var k string
				var n int
				must(t, rows.Scan(&k, &n))
				want[k] = n
			}
			rows.Close()
			got := map[string]int{}
			rows, err = direct.Query("SELECT key, n FROM row_counts WHERE tbl = ? AND n <> 0", q.table)
			must(t, err)
			for rows.Next() {
				var k string
				var n int
				must(t, rows.Scan(&k, &n))
				got[k] = n
			}
			rows.Close()
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: row_counts of %s %v, COUNT(*) %v", step, q.table, got, want)
			}
		}
	}
	check("empty")

	var reqs []coalition.Request
	for i := range 40 {
		r := coalition.Request{ID: sqlite.NewID(), Title: "R", Description: "D", Area: coalition.Areas[i%4], Phase: 1 + i%2,
			Priority: i + 1, EstimatedCost: 100, Status: coalition.RequestStatuses[i%len(coalition.RequestStatuses)], CreatedAt: joined, UpdatedAt: joined}
		must(t, s.Requests().Insert(ctx, r))
		reqs = append(reqs, r)
	}
	var orders []coalition.Order
	for i := range 50 {
		o := coalition.Order{ID: sqlite.NewID(), RequestID: reqs[i%40].ID, Supplier: "S", Amount: 100, Status: coalition.OrderStatuses[i%len(coalition.OrderStatuses)],
			DraftedBy: "a", Area: coalition.Areas[i%4], DraftedAt: joined}
		must(t, s.Orders().Insert(ctx, o))
		orders = append(orders, o)
	}
	evs := make([]coalition.AuditEvent, 30)
	for i := range evs {
		evs[i] = coalition.AuditEvent{ID: sqlite.NewID(), At: joined.Add(time.Duration(i) * time.Second), Actor: coalition.Actor{Sub: "x", Role: "chair", Nation: "EE"},
			Action: "a", Target: "t", TargetType: "Order", Outcome: coalition.OutcomeOK}
	}
	must(t, s.Audit().Import(ctx, evs))
	must(t, s.Audit().Append(ctx, coalition.AuditEvent{ID: sqlite.NewID(), At: joined, Actor: coalition.Actor{Sub: "x", Role: "chair", Nation: "EE"},
		Action: "a", Target: "t", TargetType: "Order", Outcome: coalition.OutcomeOK}))
	check("after inserts")

	for i, o := range orders {
		from := o.Status
		o.Status = coalition.OrderStatuses[(i+1+i%3)%len(coalition.OrderStatuses)]
		if o.Status == from {
			continue
		}
		must(t, s.Orders().Transition(ctx, from, o))
	}
	for i, r := range reqs {
		from := r.Status
		r.Status = coalition.RequestStatuses[(i+2)%len(coalition.RequestStatuses)]
		must(t, s.Requests().Transition(ctx, from, r))
	}
	check("after status changes")

	// The lists' totals are the counts.
	all, err := s.Orders().List(ctx, coalition.OrderFilter{}, coalition.Page{First: 1})
	must(t, err)
	placed, err := s.Orders().List(ctx, coalition.OrderFilter{Status: ptr(coalition.Placed)}, coalition.Page{First: 1})
	must(t, err)
	open, err := s.Requests().List(ctx, coalition.RequestFilter{Statuses: []coalition.RequestStatus{coalition.Approved, coalition.Submitted}}, coalition.Page{First: 1})
	must(t, err)
	var nAll, nPlaced, nOpen int
	must(t, direct.QueryRow("SELECT COUNT(*) FROM orders").Scan(&nAll))
	must(t, direct.QueryRow("SELECT COUNT(*) FROM orders WHERE status = 'PLACED'").Scan(&nPlaced))
	must(t, direct.QueryRow("SELECT COUNT(*) FROM requests WHERE status IN ('APPROVED', 'SUBMITTED')").Scan(&nOpen))
	log, err := s.Audit().List(ctx, coalition.AuditFilter{}, coalition.Page{First: 1})
	must(t, err)
	var nLog int
	must(t, direct.QueryRow("SELECT COUNT(*) FROM audit_events").Scan(&nLog))
	if all.Total != nAll || placed.Total != nPlaced || open.Total != nOpen || log.Total != nLog {
		t.Fatalf("totals %d, %d, %d, %d; want %d, %d, %d, %d", all.Total, placed.Total, open.Total, log.Total, nAll, nPlaced, nOpen, nLog)
	}

	must(t, s.ClearSeeded(ctx))
	check("after a clear")
}

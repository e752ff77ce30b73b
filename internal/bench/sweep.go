package bench

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/itcoalition/api/graph"
	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/sqlite"
)

// SweepConfig is the size sweep on the embedded SQLite store.
type SweepConfig struct {
	// Orders are the sizes; requests are a fifth of each, contributions a
	// tenth, audit events as many.
	Orders []int
	// Samples is how many times each query runs at each size (after a warm-up).
	Samples int
	// Mixed is how long the mixed load runs at each size.
	Mixed       time.Duration
	Concurrency int
	PolicyDir   string
	// SVG, when set, is where the plot of each query's p50 goes.
	SVG string
	// FerretOrders are the sizes at which the same app queries are also
	// timed on the MongoDB store over the in-process FerretDB (none: not),
	// FerretSamples times each; StartFerretDB starts it (-tags ferretdb).
	FerretOrders  []int
	FerretSamples int
	StartFerretDB func(ctx context.Context, dir string, log *slog.Logger) (app.MongoServer, error)

	Out, Progress io.Writer
}

// One app query of the sweep, and the SQL that answers it on the same file.
type sweepQuery struct {
	name, query string
	vars        func(r *mrand.Rand) map[string]any
	sql         []string
	sqlArgs     func(vars map[string]any) []any
}

// sizeResult is what one size measured.
type sizeResult struct {
	orders            int
	start             time.Duration
	rssMB, diskMB     float64
	p50, p99, sqlP50  map[string]time.Duration
	errs              map[string]int
	mixedRate         float64
	mixedP99          time.Duration
	mixedN, mixedErrs int
	// floor is the p50 of {__typename} over HTTP with the same token: what
	// every request costs before any store call but the admission's.
	floor time.Duration
}

const (
	qRequests = "20 requests with their orders"
	qOrders   = "orders, page of 20"
	qFund     = "fund with byArea"
	qAudit    = "audit log, first page"
	qPoint    = "order by id (random rows)"
	qPledge   = "pledgeContribution"
	qApprove  = "approveOrder"
)

var sweepOrder = []string{qRequests, qOrders, qFund, qAudit, qPoint, qPledge, qApprove}

// Sweep seeds the demo coalition and then each size into a fresh SQLite
// store, starts the real service on it and measures every query over HTTP,
// the same SQL on the same file, a mixed load, start time, peak RSS and disk
// size; then it prints the table, the ratios against issue 11's targets and
// writes the plot.
func Sweep(ctx context.Context, cfg SweepConfig) error {
	if len(cfg.Orders) == 0 || cfg.Samples < 5 || cfg.Concurrency < 1 {
		return errors.New("bench: give sizes, at least 5 samples and a concurrency")
	}
	if cfg.Progress == nil {
		cfg.Progress = io.Discard
	}
	began := time.Now()
	progress := func(format string, args ...any) {
		fmt.Fprintf(cfg.Progress, "bench: %6.1fs "+format+"\n", append([]any{time.Since(began).Seconds()}, args...)...)
	}
	var results []sizeResult
	for _, n := range cfg.Orders {
		r, err := sweepSize(ctx, cfg, n, progress)
		if err != nil {
			return fmt.Errorf("bench: %d orders: %w", n, err)
		}
		results = append(results, r)
	}
	var ferret []ferretResult
	for _, n := range cfg.FerretOrders {
		r, err := sweepFerret(ctx, cfg, n, progress)
		if err != nil {
			return fmt.Errorf("bench: %d orders on FerretDB: %w", n, err)
		}
		ferret = append(ferret, r)
	}
	printSweep(cfg.Out, cfg, results, ferret)
	if cfg.SVG != "" {
		if err := os.WriteFile(cfg.SVG, plotSVG(results, ferret), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(cfg.Out, "plot: %s\n", cfg.SVG)
	}
	fmt.Fprintf(cfg.Out, "whole run: %v\n", time.Since(began).Round(100*time.Millisecond))
	return nil
}

func sweepSize(ctx context.Context, cfg SweepConfig, orders int, progress func(string, ...any)) (sizeResult, error) {
	res := sizeResult{orders: orders, p50: map[string]time.Duration{}, p99: map[string]time.Duration{},
		sqlP50: map[string]time.Duration{}, errs: map[string]int{}}
	dir, err := os.MkdirTemp("", "itcs")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(dir)
	secret := []byte(rand.Text() + rand.Text())
	appCfg := app.Config{
		Addr: "127.0.0.1:0", DB: "itc", DataDir: dir, PolicyDir: cfg.PolicyDir, Seed: "demo",
		Auth:   auth.Config{Secret: secret, DataDir: dir},
		Limits: graph.DefaultLimits, MaxBody: 1 << 20, Timeout: 2 * time.Minute,
	}
	quiet := slog.New(slog.DiscardHandler)
	a, err := app.Start(ctx, appCfg, quiet)
	if err != nil {
		return res, err
	}
	sz := Sizes{Orders: orders, Requests: max(8, orders/5), Contributions: orders / 10}
	progress("%d orders: seeding %d requests, %d orders, %d contributions, %d audit events into SQLite", orders, sz.Requests, sz.Orders, sz.Contributions, orders)
	data := Generate(sz, time.Now())
	err = seedSQLite(ctx, a.SQLite, data, orders, progress)
	if err == nil {
		// The seeded money and orders go into the books as opening
		// balances would, so the fund and approvals see them.
		progress("%d orders: booking the seeded coalition", orders)
		err = a.Service.BookExisting(ctx, data.Contributions, data.Orders)
	}
	a.Close()
	if err != nil {
		return res, err
	}

	// What the queries need of the generated coalition; the rest is let
	// go, so that the peak RSS is the service's, not the seed's.
	orderIDs, pending := idsOf(data)
	data = Coalition{}
	resetPeakRSS()
	t0 := time.Now()
	appCfg.Seed = "none"
	a, err = app.Start(ctx, appCfg, quiet)
	if err != nil {
		return res, err
	}
	res.start = time.Since(t0)
	defer a.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return res, err
	}
	sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() { defer close(done); _ = a.ServeListener(sctx, ln) }()
	defer func() { cancel(); <-done }()
	url := "http://" + ln.Addr().String() + "/query"
	token, err := auth.Mint(auth.Config{Secret: secret}, viewer, time.Hour, time.Now())
	if err != nil {
		return res, err
	}

	direct, err := sql.Open("sqlite", "file:"+a.SQLite.Path()+"?mode=ro&_pragma=query_only(1)")
	if err != nil {
		return res, err
	}
	defer direct.Close()

	rng := mrand.New(mrand.NewPCG(uint64(orders), 11))
	var pendingAt atomic.Int64
	nextPending := func() string {
		i := int(pendingAt.Add(1)) - 1
		if i >= len(pending) {
			return ""
		}
		return pending[i]
	}
	queries := sweepQueries(orderIDs, nextPending)
	client := &http.Client{Timeout: 3 * time.Minute}
	for _, q := range queries {
		progress("%d orders: %s, %d samples over HTTP and as SQL", orders, q.name, cfg.Samples)
		lat, errs := timeQuery(ctx, client, url, token, q, rng, 2, cfg.Samples)
		res.errs[q.name] += errs
		res.p50[q.name], res.p99[q.name] = pcts(lat)
		if q.sql != nil {
			var sl []time.Duration
			for range cfg.Samples {
				vars := q.vars(rng)
				d, err := runSQL(ctx, direct, q.sql, q.sqlArgs(vars))
				if err != nil {
					return res, fmt.Errorf("%s as SQL: %w", q.name, err)
				}
				sl = append(sl, d)
			}
			res.sqlP50[q.name], _ = pcts(sl)
		}
	}

	progress("%d orders: the floor ({__typename}), %d samples over HTTP", orders, cfg.Samples)
	var floor []time.Duration
	for i := range cfg.Samples + 2 {
		d, err := post(ctx, client, url, token, `{ __typename }`, nil)
		if err != nil {
			return res, fmt.Errorf("the floor: %w", err)
		}
		if i >= 2 {
			floor = append(floor, d)
		}
	}
	res.floor, _ = pcts(floor)

	progress("%d orders: mixed load (reads, pledges, approvals), %d clients for %v", orders, cfg.Concurrency, cfg.Mixed)
	mixed(ctx, &res, cfg, client, url, token, queries)
	res.rssMB = peakRSSMB()
	res.diskMB = diskMB(dir)
	return res, nil
}

// idsOf lists the orders' ids, and those of the orders pending approval.
func idsOf(data Coalition) (orderIDs, pending []string) {
	orderIDs = make([]string, len(data.Orders))
	for i, o := range data.Orders {
		orderIDs[i] = o.ID
		if o.Status == coalition.PendingApproval {
			pending = append(pending, o.ID)
		}
	}
	return orderIDs, pending
}

func sweepQueries(orderIDs []string, nextPending func() string) []sweepQuery {
	none := func(*mrand.Rand) map[string]any { return map[string]any{} }
	noArgs := func(map[string]any) []any { return nil }
	return []sweepQuery{
		{name: qRequests, vars: none,
			query: `{ requests(first: 20) { totalCount edges { node { id title area priority orders { id status amount supplier draftedAt } } } } }`,
			sql: []string{
				`SELECT id, title, area, priority FROM requests WHERE status <> 'DRAFT' ORDER BY phase, closed, priority, id LIMIT 21`,
				`SELECT COALESCE(SUM(n), 0) FROM row_counts WHERE tbl = 'requests' AND key <> 'DRAFT'`,
				`SELECT o.id, o.status, o.amount_cents, o.supplier, o.drafted_at FROM orders o WHERE o.request_id IN
					(SELECT id FROM requests WHERE status <> 'DRAFT' ORDER BY phase, closed, priority, id LIMIT 20) ORDER BY o.request_id, o.drafted_at, o.id`,
			}, sqlArgs: noArgs},
		{name: qOrders, vars: none,
			query:   `{ orders(first: 20) { totalCount edges { node { id status supplier amount draftedBy approvedBy draftedAt placedAt deliveredAt } } pageInfo { hasNextPage endCursor } } }`,
			sql:     []string{`SELECT id, status, supplier, amount_cents, drafted_by, approved_by, drafted_at FROM orders ORDER BY drafted_at DESC, id DESC LIMIT 21`, `SELECT COALESCE(SUM(n), 0) FROM row_counts WHERE tbl = 'orders'`},
			sqlArgs: noArgs},
		{name: qFund, vars: none, query: queryFund,
			sql:     []string{`SELECT pool, kind, debits_pending, debits_posted, credits_pending, credits_posted FROM ledger_accounts`, `SELECT pool, nation, kind, status FROM fund_giving`},
			sqlArgs: noArgs},
		{name: qAudit, vars: none,
			query:   `{ auditLog(first: 20) { totalCount edges { node { id at action target } } } }`,
			sql:     []string{`SELECT id, at, action, target FROM audit_events ORDER BY at DESC, id DESC LIMIT 21`, `SELECT COALESCE(SUM(n), 0) FROM row_counts WHERE tbl = 'audit_events'`},
			sqlArgs: noArgs},
		{name: qPoint, vars: func(r *mrand.Rand) map[string]any { return map[string]any{"id": orderIDs[r.IntN(len(orderIDs))]} },
			query:   queryOrder,
			sql:     []string{`SELECT id, status, supplier, amount_cents, drafted_by, approved_by, drafted_at FROM orders WHERE id = ?`, `SELECT * FROM order_draws WHERE order_id = ?`},
			sqlArgs: func(v map[string]any) []any { return []any{v["id"]} }},
		{name: qPledge, vars: none,
			query: `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "1000.00", currency: "EUR", eurAmount: "1000.00"}) { id } }`},
		{name: qApprove, vars: func(*mrand.Rand) map[string]any {
			id := nextPending()
			if id == "" {
				return nil
			}
			return map[string]any{"id": id}
		}, query: `mutation($id: ID!) { approveOrder(id: $id) { id status } }`},
	}
}

// seedSQLite writes the generated coalition and orders audit events into
// the store file, a thousand rows per transaction.
func seedSQLite(ctx context.Context, st *sqlite.Store, data Coalition, events int, progress func(string, ...any)) error {
	inChunks := func(n int, what string, insert func(ctx context.Context, i int) error) error {
		for start := 0; start < n; start += 1000 {
			if err := st.Atomically(ctx, "seed", func(ctx context.Context) error {
				for i := start; i < min(n, start+1000); i++ {
					if err := insert(ctx, i); err != nil {
						return err
					}
				}
				return nil
			}); err != nil {
				return fmt.Errorf("seed %s: %w", what, err)
			}
			if start > 0 && start%20000 == 0 {
				progress("  %s: %d of %d", what, start, n)
			}
		}
		return nil
	}
	if err := inChunks(len(data.Requests), "requests", func(ctx context.Context, i int) error { return st.Requests().Insert(ctx, data.Requests[i]) }); err != nil {
		return err
	}
	if err := inChunks(len(data.Orders), "orders", func(ctx context.Context, i int) error { return st.Orders().Insert(ctx, data.Orders[i]) }); err != nil {
		return err
	}
	if err := inChunks(len(data.Contributions), "contributions", func(ctx context.Context, i int) error {
		return st.Contributions().Insert(ctx, data.Contributions[i])
	}); err != nil {
		return err
	}
	return seedAudit(data, events, sqlite.NewID, func(evs []coalition.AuditEvent) error { return st.Audit().Import(ctx, evs) })
}

// timeQuery sends q warmup times, then samples times, each with fresh
// variables, and returns the latencies after the warm-up and how many
// answers were errors. It stops early when q has no variables left (no
// pending order to approve).
func timeQuery(ctx context.Context, c *http.Client, url, token string, q sweepQuery, rng *mrand.Rand, warmup, samples int) (lat []time.Duration, errs int) {
	for i := range warmup + samples {
		vars := q.vars(rng)
		if vars == nil {
			break
		}
		d, err := post(ctx, c, url, token, q.query, vars)
		if err != nil {
			errs++
		}
		if i >= warmup {
			lat = append(lat, d)
		}
	}
	return lat, errs
}

// post sends one GraphQL request and times it; a GraphQL error is an error.
func post(ctx context.Context, c *http.Client, url, token, query string, vars map[string]any) (time.Duration, error) {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	t0 := time.Now()
	resp, err := c.Do(req)
	if err != nil {
		return time.Since(t0), err
	}
	body, err := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	d := time.Since(t0)
	if err != nil {
		return d, err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(body, []byte(`"errors"`)) {
		return d, fmt.Errorf("status %d: %.200s", resp.StatusCode, body)
	}
	return d, nil
}

// runSQL runs the statements one after the other, reading every row.
func runSQL(ctx context.Context, db *sql.DB, stmts []string, args []any) (time.Duration, error) {
	t0 := time.Now()
	for _, s := range stmts {
		rows, err := db.QueryContext(ctx, s, args[:min(len(args), strings.Count(s, "?"))]...)
		if err != nil {
			return 0, err
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				_ = rows.Close()
				return 0, err
			}
		}
		if err := rows.Close(); err != nil {
			return 0, err
		}
	}
	return time.Since(t0), nil
}

func pcts(lat []time.Duration) (p50, p99 time.Duration) {
	if len(lat) == 0 {
		return 0, 0
	}
	s := slices.Clone(lat)
	slices.Sort(s)
	return quantile(s, 0.5), quantile(s, 0.99)
}

// mixed runs reads (point reads and pages), pledges and approvals together
// from several clients: 7 reads, 2 pledges and 1 approval in every 10.
func mixed(ctx context.Context, res *sizeResult, cfg SweepConfig, c *http.Client, url, token string, qs []sweepQuery) {
	byName := map[string]sweepQuery{}
	for _, q := range qs {
		byName[q.name] = q
	}
	mix := []string{qPoint, qOrders, qPoint, qRequests, qPoint, qAudit, qFund, qPledge, qPledge, qApprove}
	var mu sync.Mutex
	var lat []time.Duration
	deadline := time.Now().Add(cfg.Mixed)
	var wg sync.WaitGroup
	for w := range cfg.Concurrency {
		wg.Go(func() {
			rng := mrand.New(mrand.NewPCG(uint64(w), 7))
			for i := w; time.Now().Before(deadline); i++ {
				q := byName[mix[i%len(mix)]]
				vars := q.vars(rng)
				if vars == nil {
					q = byName[qPoint]
					vars = q.vars(rng)
				}
				d, err := post(ctx, c, url, token, q.query, vars)
				mu.Lock()
				lat = append(lat, d)
				if err != nil {
					res.mixedErrs++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	res.mixedN = len(lat)
	res.mixedRate = float64(len(lat)) / cfg.Mixed.Seconds()
	_, res.mixedP99 = pcts(lat)
}

// resetPeakRSS starts the kernel's peak-RSS count afresh (Linux); the
// garbage collector runs first and hands freed memory back to the system,
// so that the last size's heap and the seed's are gone.
func resetPeakRSS() {
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// peakRSSMB is the process's peak resident set since resetPeakRSS (VmHWM).
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return float64(kb) / 1024
		}
	}
	return 0
}

func diskMB(dir string) float64 {
	var n int64
	_ = filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			n += fi.Size()
		}
		return nil
	})
	return float64(n) / 1e6
}

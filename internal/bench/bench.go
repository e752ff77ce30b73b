package bench

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/event"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/itcoalition/api/graph"
	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
)

// Config says what to seed and how long to drive each scenario.
type Config struct {
	Sizes Sizes
	// Duration is each scenario's time, both sides together.
	Duration time.Duration
	// Concurrency is the number of clients sending at once.
	Concurrency int
	// Rounds is how many a-b pairs a scenario aims at; slow scenarios run
	// fewer, longer rounds, and always at least two.
	Rounds int
	// PolicyDir holds the real policies (model.conf, policy.csv).
	PolicyDir string
	// MongoURI, when set, is a MongoDB deployment to run against (a fresh
	// database that is dropped after) instead of the embedded store.
	MongoURI string
	// StartFerretDB starts the in-process FerretDB the bench uses when
	// MongoURI is empty; the default binary has none (build with -tags
	// ferretdb, or set it from test code).
	StartFerretDB func(ctx context.Context, dir string, log *slog.Logger) (app.MongoServer, error)
	// Out receives the table; Progress, what the bench is doing.
	Out, Progress io.Writer
}

// DefaultConfig runs in about two minutes on two cores.
var DefaultConfig = Config{
	Sizes:       Sizes{Requests: 2000, Orders: 10000, Contributions: 1000},
	Duration:    15 * time.Second,
	Concurrency: 2,
	Rounds:      8,
	PolicyDir:   "policies",
}

// Viewer of every scenario: a chair sees every field, so both sides return
// the same rows and no field is hidden.
var viewer = auth.Principal{Sub: "bench-chair-ee", Role: "chair", Nation: "EE"}

// Scenario names, in the order they are run and printed.
const (
	ScenarioTypename = "{__typename}"
	ScenarioOrder    = "order by id"
	ScenarioPolicy   = "order by id, 10,000 policy lines vs 10"
	ScenarioRequests = "100 requests with their orders"
	ScenarioOrders   = "1,000 orders, scalar fields"
	ScenarioFund     = "fund figures"
)

// Scenarios lists every scenario name.
var Scenarios = []string{ScenarioTypename, ScenarioOrder, ScenarioPolicy, ScenarioRequests, ScenarioOrders, ScenarioFund}

const (
	queryTypename = `{ __typename }`
	queryOrder    = `query($id: ID!) { order(id: $id) { id status supplier amount draftedBy approvedBy draftedAt placedAt deliveredAt } }`
	queryRequests = `query($first: Int) { requests(first: $first) { totalCount edges { node { id title area priority
		orders { id status amount supplier draftedAt } } } } }`
	queryOrders = `query($first: Int) { orders(first: $first) { totalCount
		edges { node { id status supplier amount draftedBy approvedBy draftedAt placedAt deliveredAt } }
		pageInfo { hasNextPage endCursor } } }`
	queryFund = `{ fund { pledged received committed available contributors inKind
		byArea { area contributors pledged received committed available suppressedReason } } }`
)

// Run seeds a large coalition into a fresh store, starts the service three
// times on it (real policies; 10 policy lines; 10,000 policy lines) and
// the baseline beside them, drives every scenario and prints the table. It
// returns an error when a side fails or the two sides disagree on the data.
func Run(ctx context.Context, cfg Config) error {
	if cfg.Concurrency < 1 || cfg.Rounds < 1 || cfg.Duration <= 0 {
		return errors.New("bench: concurrency, rounds and duration must be positive")
	}
	if cfg.Progress == nil {
		cfg.Progress = io.Discard
	}
	began := time.Now()
	progress := func(format string, args ...any) {
		fmt.Fprintf(cfg.Progress, "bench: %6.1fs "+format+"\n", append([]any{time.Since(began).Seconds()}, args...)...)
	}

	// A short folder name: the store's socket path must fit in 104 bytes.
	dir, err := os.MkdirTemp("", "itcb")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var stops []func()
	defer func() {
		for _, stop := range slices.Backward(stops) {
			stop()
		}
	}()
	quiet := slog.New(slog.DiscardHandler)

	uri, db, store := cfg.MongoURI, "itc", "embedded FerretDB v1 (SQLite), in process"
	if uri == "" {
		if cfg.StartFerretDB == nil {
			return errors.New("bench: this measures the MongoDB store: give -mongodb-uri, or build with -tags ferretdb for the in-process FerretDB")
		}
		es, err := cfg.StartFerretDB(ctx, filepath.Join(dir, "store"), quiet)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		// Stopped last: FerretDB waits for connected clients.
		stops = append(stops, func() { _ = es.Stop() })
		uri = es.URI()
	} else {
		db, store = "itcbench_"+rand.Text()[:8], "MongoDB at the given URI (a fresh database, dropped after)"
		admin, err := mongo.Connect(options.Client().ApplyURI(uri))
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		stops = append(stops, func() {
			cctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			_ = admin.Database(db).Drop(cctx)
			_ = admin.Disconnect(cctx)
		})
	}
	secret := []byte(rand.Text() + rand.Text())
	small, large, err := writePolicies(dir, cfg.PolicyDir)
	if err != nil {
		return err
	}

	// All three services start before the seed: what a start costs on a
	// large store (its repair pass) is not what the scenarios measure.
	progress("starting the service three times: real policies, 10 policy lines, 10,000 policy lines")
	svc, err := startService(ctx, uri, db, dir, cfg.PolicyDir, "demo", secret, &stops)
	if err != nil {
		return err
	}
	svcSmall, err := startService(ctx, uri, db, dir, small, "none", secret, &stops)
	if err != nil {
		return err
	}
	svcLarge, err := startService(ctx, uri, db, dir, large, "none", secret, &stops)
	if err != nil {
		return err
	}
	progress("seeding %d requests, %d orders, %d contributions", cfg.Sizes.Requests, cfg.Sizes.Orders, cfg.Sizes.Contributions)
	data := Generate(cfg.Sizes, time.Now())
	if err := Seed(ctx, svc.app.Store, data); err != nil {
		return err
	}
	if err := svc.app.Service.BookExisting(ctx, data.Contributions, data.Orders); err != nil {
		return fmt.Errorf("bench: book the seeded coalition: %w", err)
	}
	seeded := time.Since(began)
	raw, err := startBaseline(ctx, uri, db, cfg.PolicyDir, &stops)
	if err != nil {
		return err
	}
	token, err := auth.Mint(auth.Config{Secret: secret}, viewer, time.Hour, time.Now())
	if err != nil {
		return err
	}

	// The point read reads an order near the start of its table: the
	// embedded store answers an _id look-up by scanning rows up to the
	// match, so a late row would cost the store tens of milliseconds and
	// hide what our layers add.
	orderID := ""
	for _, o := range data.Orders {
		if o.Status == coalition.Delivered {
			orderID = o.ID
			break
		}
	}
	if orderID == "" {
		return errors.New("bench: the seed has no delivered order to read")
	}
	ours := func(s *service, label, query string, vars map[string]any) endpoint {
		return endpoint{label: label, url: s.url + "/query", body: body(query, vars), token: token, commands: s.commands}
	}
	base := func(path, query string, vars map[string]any) endpoint {
		return endpoint{label: "raw", url: raw.url + path, body: body(query, vars), token: token, commands: raw.commands}
	}
	orderVars := map[string]any{"id": orderID}
	pageOf := func(n int) map[string]any { return map[string]any{"first": n} }

	type scenario struct {
		name   string
		a, b   endpoint
		checks func(r result) []check
		extra  func(r *result) error
	}
	d := newDriver(cfg.Concurrency)
	defer d.close()
	scenarios := []scenario{
		{name: ScenarioTypename, a: ours(svc, "ours", queryTypename, nil), b: base("/typename", queryTypename, nil),
			checks: func(r result) []check { return []check{atLeast("throughput ratio", r.rateRatio(), 0.85)} }},
		{name: ScenarioOrder, a: ours(svc, "ours", queryOrder, orderVars), b: base("/order", queryOrder, orderVars),
			checks: func(r result) []check {
				return []check{atMost("p50 ratio", r.p50Ratio(), 1.15), atMost("p99 ratio", r.p99Ratio(), 1.3)}
			}},
		{name: ScenarioPolicy, a: ours(svcLarge, "10,000 lines", queryOrder, orderVars), b: ours(svcSmall, "10 lines", queryOrder, orderVars),
			checks: func(r result) []check { return []check{atMost("p50 ratio", r.p50Ratio(), 1.05)} }},
		{name: ScenarioRequests, a: ours(svc, "ours", queryRequests, pageOf(100)), b: base("/requests", queryRequests, pageOf(100)),
			checks: func(r result) []check { return []check{atMost("p50 ratio", r.p50Ratio(), 1.5)} },
			extra: func(r *result) error {
				const tries = 5
				c10, err := d.commandsOf(ctx, ours(svc, "ours", queryRequests, pageOf(10)), tries)
				if err != nil {
					return err
				}
				c100, err := d.commandsOf(ctx, ours(svc, "ours", queryRequests, pageOf(100)), tries)
				if err != nil {
					return err
				}
				all := slices.Concat(c10, c100)
				r.checks = append(r.checks, check{
					target: fmt.Sprintf("store commands at first:10 = at first:100 (%d tries each)", tries),
					got:    fmt.Sprintf("%s vs %s", spread(c10), spread(c100)),
					pass:   slices.Min(all) == slices.Max(all),
				})
				return nil
			}},
		{name: ScenarioOrders, a: ours(svc, "ours", queryOrders, pageOf(1000)), b: base("/orders", queryOrders, pageOf(1000)),
			checks: func(r result) []check { return []check{atMost("p50 ratio", r.p50Ratio(), 3)} }},
		{name: ScenarioFund, a: ours(svc, "ours", queryFund, nil), b: base("/fund", queryFund, nil)},
	}

	header(cfg.Out, cfg, store)
	var results []result
	for _, sc := range scenarios {
		progress("%s: checking that both sides answer the same data, then %v of alternating rounds", sc.name, cfg.Duration)
		if err := d.sameData(ctx, sc.a, sc.b); err != nil {
			return fmt.Errorf("bench: %s: %w", sc.name, err)
		}
		ta, tb, err := d.compare(ctx, sc.a, sc.b, cfg.Duration, cfg.Rounds)
		if err != nil {
			return fmt.Errorf("bench: %s: %w", sc.name, err)
		}
		r := result{name: sc.name, a: summarize(sc.a.label, ta), b: summarize(sc.b.label, tb)}
		if sc.checks != nil {
			r.checks = sc.checks(r)
		}
		if sc.extra != nil {
			if err := sc.extra(&r); err != nil {
				return fmt.Errorf("bench: %s: %w", sc.name, err)
			}
		}
		results = append(results, r)
	}
	printTable(cfg.Out, results)
	fmt.Fprintf(cfg.Out, "seeding and start: %v; whole run: %v\n", seeded.Round(100*time.Millisecond), time.Since(began).Round(100*time.Millisecond))
	return nil
}

// spread shows a set of counts as "5" or "5..7".
func spread(xs []int64) string {
	lo, hi := slices.Min(xs), slices.Max(xs)
	if lo == hi {
		return fmt.Sprint(lo)
	}
	return fmt.Sprintf("%d..%d", lo, hi)
}

func body(query string, vars map[string]any) []byte {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return b
}

// counter counts the commands a client sends to the store.
func counter() (*atomic.Int64, *options.ClientOptions) {
	n := new(atomic.Int64)
	return n, options.Client().SetMonitor(&event.CommandMonitor{
		Started: func(context.Context, *event.CommandStartedEvent) { n.Add(1) },
	})
}

// service is the real service serving on a loopback port.
type service struct {
	app      *app.App
	url      string
	commands *atomic.Int64
}

func startService(ctx context.Context, uri, db, dir, policyDir, seed string, secret []byte, stops *[]func()) (*service, error) {
	n, monitor := counter()
	cfg := app.Config{
		Addr: "127.0.0.1:0", MongoURI: uri, DB: db, DataDir: dir, PolicyDir: policyDir, Seed: seed,
		Auth:   auth.Config{Secret: secret, DataDir: dir},
		Limits: graph.DefaultLimits, MaxBody: 1 << 20,
		// Full scans of ten thousand orders take seconds on the embedded
		// store of a busy machine.
		Timeout: 2 * time.Minute,
		Monitor: monitor,
		// The bench measures the MongoDB store (on FerretDB when no URI).
		Embedded: app.EmbeddedFerretDB,
	}
	a, err := app.Start(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		return nil, fmt.Errorf("bench: start service (policies %s): %w", policyDir, err)
	}
	*stops = append(*stops, a.Close)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = a.ServeListener(sctx, ln)
	}()
	*stops = append(*stops, func() { cancel(); <-done })
	return &service{app: a, url: "http://" + ln.Addr().String(), commands: n}, nil
}

// startBaseline connects its own client and serves the baseline handler.
func startBaseline(ctx context.Context, uri, db, policyDir string, stops *[]func()) (*service, error) {
	enf, err := authz.Load(policyDir)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	sc := enf.Ask(viewer.Role, authz.RequestRead)
	if sc.All || len(sc.Statuses) == 0 {
		return nil, fmt.Errorf("bench: the baseline expects the policy to grant %s the requests of some statuses, not %+v", viewer.Role, sc)
	}
	visible := bson.A{}
	for _, s := range sc.Statuses {
		visible = append(visible, s)
	}
	n, monitor := counter()
	client, err := mongo.Connect(options.MergeClientOptions(options.Client().ApplyURI(uri), monitor))
	if err != nil {
		return nil, fmt.Errorf("bench: connect baseline: %w", err)
	}
	*stops = append(*stops, func() { _ = client.Disconnect(context.Background()) })
	b := &baseline{db: client.Database(db), nation: viewer.Nation, visible: visible}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: b.handler(), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	*stops = append(*stops, func() { _ = srv.Close() })
	return &service{url: "http://" + ln.Addr().String(), commands: n}, nil
}

// pointRead are the policy lines the order-by-id scenario consults for a
// chair: the registry standing, the order, and its two guarded fields.
var pointRead = []authz.Operation{
	authz.Standing(string(coalition.NationChair)), authz.OrderRead, authz.FieldRead("Order.amount"), authz.FieldRead("Order.supplier"),
}

// writePolicies writes two policy folders beside the real one: ten lines
// (the chair's lines the point read needs, then its next lines) and the same
// ten lines among 9,990 lines for other roles and resources.
func writePolicies(dir, policyDir string) (small, large string, err error) {
	model, err := os.ReadFile(filepath.Join(policyDir, "model.conf"))
	if err != nil {
		return "", "", fmt.Errorf("bench: read policies: %w", err)
	}
	f, err := os.Open(filepath.Join(policyDir, "policy.csv"))
	if err != nil {
		return "", "", fmt.Errorf("bench: read policies: %w", err)
	}
	defer f.Close()
	var needed, others []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		fields := strings.Split(line, ",")
		if len(fields) != 5 || strings.TrimSpace(fields[0]) != "p" || strings.TrimSpace(fields[1]) != viewer.Role {
			continue
		}
		obj, act := strings.TrimSpace(fields[2]), strings.TrimSpace(fields[3])
		if slices.ContainsFunc(pointRead, func(o authz.Operation) bool { return o.Resource == obj && o.Action == act }) {
			needed = append(needed, line)
		} else {
			others = append(others, line)
		}
	}
	if err := sc.Err(); err != nil {
		return "", "", err
	}
	if len(needed) != len(pointRead) {
		return "", "", fmt.Errorf("bench: the policy grants %s %d of the %d lines a point read needs", viewer.Role, len(needed), len(pointRead))
	}
	ten := append(needed, others[:min(len(others), 10-len(needed))]...)
	lines := slices.Clone(ten)
	for i := len(ten); i < 10000; i++ {
		// Half for roles nobody holds on the real resources, half for the
		// chair on resources no query names: neither changes a decision.
		if i%2 == 0 {
			lines = append(lines, fmt.Sprintf("p, role%04d, Order, read, all", i))
		} else {
			lines = append(lines, fmt.Sprintf("p, %s, Resource%04d.field, read, all", viewer.Role, i))
		}
	}
	for _, p := range []struct {
		dir   string
		lines []string
	}{{filepath.Join(dir, "policy10"), ten}, {filepath.Join(dir, "policy10000"), lines}} {
		if err := os.MkdirAll(p.dir, 0o700); err != nil {
			return "", "", err
		}
		if err := os.WriteFile(filepath.Join(p.dir, "model.conf"), model, 0o600); err != nil {
			return "", "", err
		}
		if err := os.WriteFile(filepath.Join(p.dir, "policy.csv"), []byte(strings.Join(p.lines, "\n")+"\n"), 0o600); err != nil {
			return "", "", err
		}
	}
	return filepath.Join(dir, "policy10"), filepath.Join(dir, "policy10000"), nil
}

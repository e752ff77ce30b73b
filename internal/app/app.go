// Package app builds the running service from its configuration: store,
// indexes, demo data, policies, token verification and HTTP handler.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/itcoalition/api/graph"
	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/authz"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/demo"
	"github.com/itcoalition/api/internal/export"
	"github.com/itcoalition/api/internal/httpapi"
	"github.com/itcoalition/api/internal/mongodb"
	"github.com/itcoalition/api/internal/seed"
	"github.com/itcoalition/api/internal/service"
	"github.com/itcoalition/api/internal/sqlite"
	"github.com/itcoalition/api/web"
)

// Config is the service's configuration.
type Config struct {
	Addr      string
	MongoURI  string
	DB        string
	DataDir   string
	PolicyDir string
	Seed      string
	Auth      auth.Config
	Limits    graph.Limits
	MaxBody   int64
	Timeout   time.Duration
	// CORSOrigins may call /query from a browser page; none by default.
	CORSOrigins []string
	// OIDCClientID is the web app's client id at the OpenID Connect
	// providers (Auth.Providers): with it, the sign-in page offers the
	// authorisation code flow with PKCE. OIDCScope is what it asks for.
	OIDCClientID, OIDCScope string
	// TrustedDocuments is "enforce" to run only the web app's documents
	// (by documentId); anything else runs those and any other.
	TrustedDocuments string
	// ReadHeaderTimeout and IdleTimeout cut slow and idle clients; zero
	// means 5s and 120s.
	ReadHeaderTimeout time.Duration
	IdleTimeout       time.Duration
	// Extensions are added to the GraphQL server; tests inject faults with
	// them.
	Extensions []graphql.HandlerExtension
	// Monitor, when set, is merged into the driver's options (tests and
	// benchmarks count store round trips with a command monitor).
	Monitor *options.ClientOptions
	// Embedded picks the store when MongoURI is empty: "" for SQLite in
	// DataDir/itc.db, EmbeddedFerretDB for an in-process FerretDB started
	// by StartFerretDB (the tests of the MongoDB store, and the bench of a
	// binary built with -tags ferretdb).
	Embedded string
	// StartFerretDB starts the in-process FerretDB in dir. The default
	// binary does not link FerretDB: only test code and the ferretdb build
	// tag set this.
	StartFerretDB func(ctx context.Context, dir string, log *slog.Logger) (MongoServer, error)
	// FXTolerance is how far a receipt's EUR may be from amount x rate;
	// nil means coalition.DefaultFXTolerance.
	FXTolerance *coalition.FXTolerance
}

// EmbeddedFerretDB selects the embedded FerretDB instead of SQLite.
const EmbeddedFerretDB = "ferretdb"

// MongoServer is a MongoDB-compatible server inside the process.
type MongoServer interface {
	URI() string
	Stop() error
}

func (c Config) clientOptions() []*options.ClientOptions {
	if c.Monitor == nil {
		return nil
	}
	return []*options.ClientOptions{c.Monitor}
}

// App is a built service: store, policies and HTTP handler.
type App struct {
	cfg     Config
	log     *slog.Logger
	Handler http.Handler
	// Stores are the store's parts as the service uses them.
	Stores service.Stores
	// Store is the MongoDB store, or nil on SQLite.
	Store *mongodb.Store
	// SQLite is the embedded SQLite store, or nil on MongoDB.
	SQLite   *sqlite.Store
	Service  *service.Service
	embedded MongoServer
	closers  []func()
}

// Start builds everything the service needs, in order: store (embedded
// unless a URI is given), indexes, demo data, policies, tokens, handler.
func Start(ctx context.Context, cfg Config, log *slog.Logger) (*App, error) {
	app := &App{cfg: cfg, log: log}
	ok := false
	defer func() {
		if !ok {
			app.Close()
		}
	}()
	ready, err := app.openStore(ctx)
	if err != nil {
		return nil, err
	}
	enf, err := authz.Load(cfg.PolicyDir)
	if err != nil {
		return nil, err
	}
	cfg.Auth.Log = log
	ver, err := auth.NewVerifier(cfg.Auth)
	if err != nil {
		return nil, fmt.Errorf("token verification: %w", err)
	}
	app.closers = append([]func(){ver.Close}, app.closers...)
	svc := service.New(app.Stores, enf, log)
	svc.SetFXTolerance(coalition.DefaultFXTolerance)
	if cfg.FXTolerance != nil {
		svc.SetFXTolerance(*cfg.FXTolerance)
	}
	// On SQLite every change commits with its audit event in one
	// transaction, so a crash leaves nothing half-done: there is nothing to
	// repair, and start-up reads nothing. On MongoDB a change spans several
	// single-document writes: the repair reads the open requests and the
	// orders of the approved ones, and finishes what a crash interrupted.
	rctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	if app.SQLite == nil {
		if err := svc.Repair(rctx); err != nil {
			return nil, fmt.Errorf("repair after an interrupted change: %w", err)
		}
	} else if err := svc.OpenBooks(rctx); err != nil {
		// The books of a database kept before the ledger, or of the demo
		// just seeded, are opened once.
		return nil, fmt.Errorf("open the books: %w", err)
	}
	admission := &auth.Admission{Registry: app.Stores.Nations, People: app.Stores.People, Policy: enf, Audit: app.Stores.Audit, Log: log}
	metrics := httpapi.NewMetrics()
	gql := graph.NewServer(svc, cfg.Limits, log, metrics.ObserveOperation,
		graph.WithTransport(httpapi.Transport{}), graph.WithExtensions(cfg.Extensions...), graph.WithAdmitter(admission))
	app.Service = svc
	hc := httpapi.Config{
		GraphQL:     gql,
		Verifier:    ver,
		Admitter:    admission,
		Ready:       func(ctx context.Context) error { return errors.Join(ver.Ready(ctx), ready(ctx)) },
		Metrics:     metrics,
		Log:         log,
		MaxBody:     cfg.MaxBody,
		Timeout:     cfg.Timeout,
		CORSOrigins: cfg.CORSOrigins,
		Documents:   httpapi.NewDocuments(web.TrustedDocuments(), cfg.TrustedDocuments == "enforce"),
		Demo:        demo.Handler(cfg.Auth, time.Now, log),
		Web:         web.NewHandler(cfg.signIn()),
	}
	hc.Export = export.New(export.Config{Source: svc, Fail: hc.Fail, Log: log, PageTimeout: cfg.Timeout})
	app.Handler = httpapi.New(hc)
	ok = true
	return app, nil
}

// signIn is what the web app's sign-in page offers: the demo people while
// the server signs with its own key, each provider once a client id is set.
func (c Config) signIn() web.SignIn {
	s := web.SignIn{Demo: demo.Enabled(c.Auth)}
	if c.OIDCClientID == "" {
		return s
	}
	scope := c.OIDCScope
	if scope == "" {
		scope = "openid"
	}
	for _, p := range c.Auth.Providers {
		s.OIDC = append(s.OIDC, web.OIDCClient{Issuer: p.Issuer, ClientID: c.OIDCClientID, Scope: scope})
	}
	return s
}

// openStore opens the configured store, seeds it if asked, and fills in
// app.Stores; it returns the store's readiness check.
func (app *App) openStore(ctx context.Context) (func(context.Context) error, error) {
	cfg, log := app.cfg, app.log
	if cfg.MongoURI == "" && cfg.Embedded != EmbeddedFerretDB {
		st, err := sqlite.Open(ctx, filepath.Join(cfg.DataDir, "itc.db"))
		if err != nil {
			return nil, fmt.Errorf("open embedded store: %w", err)
		}
		app.SQLite = st
		app.closers = append(app.closers, func() { _ = st.Close() })
		// The file is locked to this process, so in-process turns suffice:
		// no leases.
		app.Stores = service.Stores{
			Nations: st.Nations(), Contributions: st.Contributions(), Requests: st.Requests(),
			Orders: st.Orders(), Suppliers: st.Suppliers(), Audit: st.Audit(), People: st.People(), Books: st.Books(), Deliveries: st.Deliveries(), Amendments: st.Amendments(), NewID: sqlite.NewID,
			// One SQLite transaction per change: the change and its audit
			// event commit together or not at all.
			Tx: st,
		}
		if cfg.Seed == "demo" {
			if err := seed.DemoIfEmpty(ctx, st, app.Stores, time.Now(), log); err != nil {
				return nil, err
			}
		}
		return st.Ping, nil
	}
	uri := cfg.MongoURI
	if uri == "" {
		if cfg.StartFerretDB == nil {
			return nil, errors.New("start embedded store: this binary has no FerretDB (build with -tags ferretdb)")
		}
		es, err := cfg.StartFerretDB(ctx, filepath.Join(cfg.DataDir, "store"), log)
		if err != nil {
			return nil, fmt.Errorf("start embedded store: %w", err)
		}
		app.embedded = es
		app.closers = append(app.closers, func() { _ = es.Stop() })
		uri = es.URI()
	}
	client, err := mongodb.Connect(ctx, uri, cfg.clientOptions()...)
	if err != nil {
		return nil, err
	}
	app.closers = append([]func(){func() {
		cctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = client.Disconnect(cctx)
	}}, app.closers...)
	st := mongodb.New(client, cfg.DB)
	if err := st.EnsureIndexes(ctx); err != nil {
		return nil, err
	}
	app.Store = st
	app.Stores = service.Stores{
		Nations: st.Nations(), Contributions: st.Contributions(), Requests: st.Requests(),
		Orders: st.Orders(), Suppliers: st.Suppliers(), Audit: st.Audit(), People: st.People(), Books: st.Books(), Deliveries: st.Deliveries(), Amendments: st.Amendments(), NewID: mongodb.NewID,
		// Only a real deployment can have other API processes; the embedded
		// store's folder is locked to this one, so in-process turns suffice.
		Tx: st.Turns(app.embedded == nil),
	}
	if cfg.Seed == "demo" {
		if err := seed.DemoIfEmpty(ctx, st, app.Stores, time.Now(), log); err != nil {
			return nil, err
		}
	}
	return st.Ping, nil
}

// Serve listens on the configured address until ctx ends, then drains
// in-flight requests before returning.
func (a *App) Serve(ctx context.Context) error {
	ln, err := net.Listen("tcp", a.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	return a.ServeListener(ctx, ln)
}

// ServeListener serves on ln until ctx ends.
func (a *App) ServeListener(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           a.Handler,
		ReadHeaderTimeout: orDefault(a.cfg.ReadHeaderTimeout, 5*time.Second),
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      a.cfg.Timeout + 10*time.Second,
		IdleTimeout:       orDefault(a.cfg.IdleTimeout, 120*time.Second),
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          slog.NewLogLogger(a.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	a.log.Info("serving", "addr", ln.Addr().String(), "embedded_store", a.embedded != nil || a.SQLite != nil)
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	a.log.Info("shutting down: draining in-flight requests")
	sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func orDefault(d, def time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return def
}

// EmbeddedStore is the in-process store, or nil when MONGODB_URI is set;
// fault tests stop and restart it under a running server.
func (a *App) EmbeddedStore() MongoServer { return a.embedded }

// Close releases the store client and stops the embedded store.
func (a *App) Close() {
	for _, c := range a.closers {
		c()
	}
	a.closers = nil
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/sqlite"
)

// storeFlags are the flags the store commands share, each with the
// server's environment variable as its default.
type storeFlags struct {
	dataDir, mongoURI, db string
}

func newStoreFlags(name string, getenv func(string) string, stderr io.Writer) (*flag.FlagSet, *storeFlags) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := &storeFlags{}
	fs.StringVar(&f.dataDir, "data-dir", envOr(getenv, "ITC_DATA_DIR", "./data"), "the embedded store's folder (ITC_DATA_DIR)")
	fs.StringVar(&f.mongoURI, "mongodb-uri", getenv("MONGODB_URI"), "MongoDB deployment (MONGODB_URI)")
	fs.StringVar(&f.db, "db", envOr(getenv, "ITC_DB", "itc"), "MongoDB database name (ITC_DB)")
	return fs, f
}

func (f *storeFlags) file() string { return filepath.Join(f.dataDir, "itc.db") }

// parseStore parses args, refusing positional arguments.
func parseStore(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%s: unexpected argument %q", fs.Name(), fs.Arg(0))
	}
	return nil
}

// runBackup copies the embedded store to a new file while the server, if
// one runs on it, keeps serving: a second connection reads one snapshot.
func runBackup(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	fs, f := newStoreFlags("backup", getenv, stderr)
	to := fs.String("to", "", "the new backup file (must not exist)")
	if err := parseStore(fs, args); err != nil {
		return err
	}
	if *to == "" {
		return errors.New("backup: -to FILE is required")
	}
	if f.mongoURI != "" {
		return errors.New("backup: MONGODB_URI is set: back up a MongoDB deployment with its own tools (mongodump, snapshots)")
	}
	p := newProgress(stderr)
	p.say("backup: copying %s to %s (the server may keep serving)", f.file(), *to)
	began := time.Now()
	if err := sqlite.BackupFile(ctx, f.file(), *to); err != nil {
		return err
	}
	fi, err := os.Stat(*to)
	if err != nil {
		return err
	}
	p.say("backup: %s written, %.1f MB in %v", *to, float64(fi.Size())/1e6, time.Since(began).Round(time.Millisecond))
	return nil
}

// runRestore puts a backup in place of the embedded store; the server must
// be stopped.
func runRestore(args []string, getenv func(string) string, stderr io.Writer) error {
	fs, f := newStoreFlags("restore", getenv, stderr)
	from := fs.String("from", "", "a backup file made by the backup command")
	if err := parseStore(fs, args); err != nil {
		return err
	}
	if *from == "" {
		return errors.New("restore: -from FILE is required")
	}
	if f.mongoURI != "" {
		return errors.New("restore: MONGODB_URI is set: restore a MongoDB deployment with its own tools")
	}
	err := sqlite.Restore(*from, f.file())
	if errors.Is(err, sqlite.ErrLocked) {
		return fmt.Errorf("restore: a server has %s open: stop it first (%w)", f.file(), err)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "restore: %s now holds the copy from %s\n", f.file(), *from)
	return nil
}

// runMigrateStore copies the coalition from one store into the other,
// which must be empty; neither may be served meanwhile.
func runMigrateStore(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs, f := newStoreFlags("migrate-store", getenv, stderr)
	to := fs.String("to", "mongodb", "where to copy: mongodb (from the embedded store) or sqlite (from MongoDB)")
	if err := parseStore(fs, args); err != nil {
		return err
	}
	if f.mongoURI == "" {
		return errors.New("migrate-store: MONGODB_URI (or -mongodb-uri) must name the MongoDB side")
	}
	if *to != "mongodb" && *to != "sqlite" {
		return fmt.Errorf("migrate-store: -to %q: want mongodb or sqlite", *to)
	}
	lite, err := app.OpenSQLiteEndpoint(ctx, f.dataDir)
	if errors.Is(err, sqlite.ErrLocked) {
		return fmt.Errorf("migrate-store: a server has %s open: stop it first (%w)", f.file(), err)
	}
	if err != nil {
		return err
	}
	defer lite.Close()
	mongo, err := app.OpenMongoEndpoint(ctx, f.mongoURI, f.db)
	if err != nil {
		return err
	}
	defer mongo.Close()
	from, dst := lite, mongo
	if *to == "sqlite" {
		from, dst = mongo, lite
	}
	p := newProgress(stderr)
	p.say("migrate-store: %s -> %s", from.Name, dst.Name)
	began := time.Now()
	m, err := app.Move(ctx, from, dst, func(kind string, n int) { p.update(kind, "migrate-store: %s %d", kind, n) })
	if err != nil {
		return fmt.Errorf("migrate-store: %w", err)
	}
	p.say("migrate-store: done in %v", time.Since(began).Round(time.Millisecond))
	fmt.Fprintf(stdout, "copied %d nations, %d people, %d suppliers, %d requests, %d orders, %d deliveries, %d amendments, "+
		"%d contributions, %d commitments, %d in-kind details, %d receipts, %d ledger entries and the balances, %d audit events; "+
		"counts and balances checked on both sides\n",
		m.Nations, m.People, m.Suppliers, m.Requests, m.Orders, m.Deliveries, m.Amendments,
		m.Contributions, m.Commitments, m.InKind, m.Receipts, m.Entries, m.Audit)
	return nil
}

// progress reports a long command's steps on stderr: on a terminal one
// line rewritten in place, elsewhere (logs, pipes) a line a second at most.
type progress struct {
	w    io.Writer
	tty  bool
	last time.Time
	step string
	open bool
}

func newProgress(w io.Writer) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	return &progress{w: w, tty: tty}
}

func (p *progress) say(format string, args ...any) {
	p.end()
	fmt.Fprintf(p.w, format+"\n", args...)
}

// update reports step's progress: on a terminal every time, elsewhere at
// a step's start and then once a second.
func (p *progress) update(step, format string, args ...any) {
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K"+format, args...)
		p.open = true
		return
	}
	if step != p.step || time.Since(p.last) >= time.Second {
		p.last, p.step = time.Now(), step
		fmt.Fprintf(p.w, format+"\n", args...)
	}
}

func (p *progress) end() {
	if p.open {
		fmt.Fprintln(p.w)
		p.open = false
	}
}

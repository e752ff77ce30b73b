package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/bench"
)

// startFerretDB starts the in-process FerretDB; nil unless the binary is
// built with -tags ferretdb (ferretdb.go) or a test sets it.
var startFerretDB func(ctx context.Context, dir string, log *slog.Logger) (app.MongoServer, error)

// runBench seeds a large coalition into a fresh store, drives the service
// and a raw-driver baseline beside it, and prints their ratios.
func runBench(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg := bench.DefaultConfig
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.DurationVar(&cfg.Duration, "duration", cfg.Duration, "time per scenario, both sides together")
	fs.IntVar(&cfg.Sizes.Orders, "orders", cfg.Sizes.Orders, "orders to seed")
	fs.IntVar(&cfg.Sizes.Requests, "requests", cfg.Sizes.Requests, "priority requests to seed")
	fs.IntVar(&cfg.Sizes.Contributions, "contributions", cfg.Sizes.Contributions, "contributions to seed")
	fs.IntVar(&cfg.Concurrency, "concurrency", cfg.Concurrency, "clients sending at once")
	fs.IntVar(&cfg.Rounds, "rounds", cfg.Rounds, "alternating rounds per scenario (at least two run)")
	fs.StringVar(&cfg.PolicyDir, "policy-dir", envOr(getenv, "ITC_POLICY_DIR", "./policies"), "the real policies (ITC_POLICY_DIR)")
	fs.StringVar(&cfg.MongoURI, "mongodb-uri", "", "run against this MongoDB deployment (a fresh database, dropped after) instead of the embedded store")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("bench: unexpected argument %q", fs.Arg(0))
	}
	if cfg.Sizes.Requests < 8 || cfg.Sizes.Orders < 4 || cfg.Sizes.Contributions < 0 {
		return fmt.Errorf("bench: seed at least 8 requests and 4 orders")
	}
	cfg.Out, cfg.Progress, cfg.StartFerretDB = stdout, stderr, startFerretDB
	return bench.Run(ctx, cfg)
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/bench"
)

// startFerretDB starts the in-process FerretDB; nil unless the binary is
// built with -tags ferretdb (ferretdb.go) or a test sets it.
var startFerretDB func(ctx context.Context, dir string, log *slog.Logger) (app.MongoServer, error)

// runBench runs the size sweep on the embedded SQLite store (the default),
// or with -mode layers seeds a large coalition into a MongoDB store, drives
// the service and a raw-driver baseline beside it, and prints their ratios.
func runBench(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg := bench.DefaultConfig
	sw := bench.SweepConfig{Samples: 40, Mixed: 10 * time.Second, Concurrency: 4, SVG: "bench-sweep.svg"}
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	mode := fs.String("mode", "sweep", "sweep: sizes on the embedded SQLite store; layers: our layers against the raw MongoDB driver")
	sizes := fs.String("sizes", "1000,10000,100000", "sweep: orders at each size, comma-separated")
	fs.IntVar(&sw.Samples, "samples", sw.Samples, "sweep: runs of each query at each size")
	fs.DurationVar(&sw.Mixed, "mixed", sw.Mixed, "sweep: how long the mixed load runs at each size")
	fs.StringVar(&sw.SVG, "svg", sw.SVG, "sweep: where to write the plot (empty: none)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file (go tool pprof)")
	ferretSizes := fs.String("ferretdb-sizes", "", "sweep: also time the app queries on the MongoDB store over the in-process FerretDB at these sizes (-tags ferretdb), comma-separated")
	fs.IntVar(&sw.FerretSamples, "ferretdb-samples", 5, "sweep: runs of each query at each FerretDB size")
	fs.DurationVar(&cfg.Duration, "duration", cfg.Duration, "layers: time per scenario, both sides together")
	fs.IntVar(&cfg.Sizes.Orders, "orders", cfg.Sizes.Orders, "layers: orders to seed")
	fs.IntVar(&cfg.Sizes.Requests, "requests", cfg.Sizes.Requests, "layers: priority requests to seed")
	fs.IntVar(&cfg.Sizes.Contributions, "contributions", cfg.Sizes.Contributions, "layers: contributions to seed")
	fs.IntVar(&cfg.Concurrency, "concurrency", cfg.Concurrency, "clients sending at once (sweep: in the mixed load)")
	fs.IntVar(&cfg.Rounds, "rounds", cfg.Rounds, "layers: alternating rounds per scenario (at least two run)")
	fs.StringVar(&cfg.PolicyDir, "policy-dir", envOr(getenv, "ITC_POLICY_DIR", "./policies"), "the real policies (ITC_POLICY_DIR)")
	fs.StringVar(&cfg.MongoURI, "mongodb-uri", "", "layers: run against this MongoDB deployment (a fresh database, dropped after) instead of the in-process FerretDB (-tags ferretdb)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("bench: unexpected argument %q", fs.Arg(0))
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	switch *mode {
	case "sweep":
		for _, f := range strings.Split(*sizes, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 100 {
				return fmt.Errorf("bench: -sizes %q: each size is a number of orders, at least 100", *sizes)
			}
			sw.Orders = append(sw.Orders, n)
		}
		if !slices.IsSorted(sw.Orders) {
			return errors.New("bench: -sizes must grow")
		}
		if *ferretSizes != "" {
			for _, f := range strings.Split(*ferretSizes, ",") {
				n, err := strconv.Atoi(strings.TrimSpace(f))
				if err != nil || n < 100 {
					return fmt.Errorf("bench: -ferretdb-sizes %q: each size is a number of orders, at least 100", *ferretSizes)
				}
				sw.FerretOrders = append(sw.FerretOrders, n)
			}
			if startFerretDB == nil {
				return errors.New("bench: -ferretdb-sizes needs the in-process FerretDB: go run -tags ferretdb . bench ...")
			}
			if sw.FerretSamples < 3 {
				return errors.New("bench: -ferretdb-samples: at least 3")
			}
		}
		sw.StartFerretDB = startFerretDB
		if flagSet(fs, "concurrency") {
			sw.Concurrency = cfg.Concurrency
		}
		sw.PolicyDir, sw.Out, sw.Progress = cfg.PolicyDir, stdout, stderr
		return bench.Sweep(ctx, sw)
	case "layers":
	default:
		return fmt.Errorf("bench: -mode %q: want sweep or layers", *mode)
	}
	if cfg.Sizes.Requests < 8 || cfg.Sizes.Orders < 4 || cfg.Sizes.Contributions < 0 {
		return fmt.Errorf("bench: seed at least 8 requests and 4 orders")
	}
	cfg.Out, cfg.Progress, cfg.StartFerretDB = stdout, stderr, startFerretDB
	return bench.Run(ctx, cfg)
}

// flagSet reports whether the command line set the flag name.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

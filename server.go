// Command itc-api serves the IT Coalition's GraphQL API.
//
//	go run .                                   serve (embedded store unless MONGODB_URI is set)
//	go run . token -role chair -nation EE      print a signed token for this configuration
//	go run . key rotate [-grace 8h]            replace the generated dev signing key
//	go run . policy explain|test|diff          work with the policies
//	go run . bench                             measure the service against a baseline
//	go run . backup -to FILE                   copy the embedded store, while it serves
//	go run . restore -from FILE                put a backup in place (server stopped)
//	go run . migrate-store -to mongodb|sqlite  copy the coalition between the two stores
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/httpapi"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "itc-api:", err)
		os.Exit(1)
	}
}

// usage lists every subcommand; the flags follow it.
const usage = `usage: itc-api [flags]                 serve the API (flags below, each also an environment variable)
       itc-api token -role ROLE -nation CC [-sub NAME] [-ttl 8h]
                                      print a token this server accepts (with the same configuration)
       itc-api key rotate [-grace 8h]  replace the generated dev signing key; tokens of the old one
                                      stay valid for the grace period
       itc-api policy explain|test|diff
                                      explain, test or compare the Casbin policies
       itc-api bench [flags]          measure the service: a size sweep on SQLite, or -mode layers
       itc-api backup -to FILE        copy the embedded store to a new file, while the server serves
       itc-api restore -from FILE     put a backup in place of the embedded store (server stopped)
       itc-api migrate-store -to mongodb|sqlite
                                      copy the coalition between the embedded store and MONGODB_URI
       itc-api verify-books [flags]   recompute the books' balances from their entries; exit 1 on any difference
Each subcommand takes -h.

flags:
`

// run dispatches to the subcommand named by args[0], or serves. Asking for
// help (-h) is not an error.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	err := dispatch(ctx, args, getenv, stdout, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

func dispatch(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "token":
			return runToken(args[1:], getenv, stdout, stderr)
		case "key":
			return runKey(args[1:], getenv, stdout, stderr)
		case "bench":
			return runBench(ctx, args[1:], getenv, stdout, stderr)
		case "policy":
			return runPolicy(args[1:], getenv, stdout, stderr)
		case "backup":
			return runBackup(ctx, args[1:], getenv, stderr)
		case "restore":
			return runRestore(args[1:], getenv, stderr)
		case "migrate-store":
			return runMigrateStore(ctx, args[1:], getenv, stdout, stderr)
		case "verify-books":
			return runVerifyBooks(ctx, args[1:], getenv, stdout, stderr)
		}
	}
	cfg, err := parseConfig("itc-api", args, getenv, stderr)
	if err != nil {
		return err
	}
	log := slog.New(httpapi.LogHandler{Handler: slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo})})
	a, err := app.Start(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer a.Close()
	return a.Serve(ctx)
}

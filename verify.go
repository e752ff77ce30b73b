package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"github.com/itcoalition/api/internal/app"
)

// runVerifyBooks checks the books of the configured store and fails when
// any balance differs from its entries or any entry breaks a rule.
func runVerifyBooks(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseConfig("itc-api verify-books", args, getenv, stderr)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	bad, err := app.VerifyBooks(ctx, cfg, log)
	if err != nil {
		return fmt.Errorf("verify-books: %w", err)
	}
	for _, d := range bad {
		fmt.Fprintln(stdout, d)
	}
	if len(bad) > 0 {
		return fmt.Errorf("verify-books: %d discrepancies", len(bad))
	}
	fmt.Fprintln(stdout, "books verified: every balance equals the sum of its entries")
	return nil
}

package app

import (
	"context"
	"log/slog"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// VerifyBooks opens the configured store (seeding nothing, serving
// nothing) and checks its books: every balance against the sum of its
// entries, and every rule of the ledger.
func VerifyBooks(ctx context.Context, cfg Config, log *slog.Logger) ([]coalition.Discrepancy, error) {
	cfg.Seed = "none"
	a := &App{cfg: cfg, log: log}
	defer a.Close()
	if _, err := a.openStore(ctx); err != nil {
		return nil, err
	}
	return service.New(a.Stores, nil, log).VerifyBooks(ctx)
}

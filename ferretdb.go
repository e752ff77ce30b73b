//go:build ferretdb

package main

import (
	"context"
	"log/slog"

	"github.com/itcoalition/api/internal/app"
	"github.com/itcoalition/api/internal/embedded"
)

// With -tags ferretdb the binary links the in-process FerretDB again, for
// `bench -mode layers` without a MongoDB deployment.
func init() {
	startFerretDB = func(ctx context.Context, dir string, log *slog.Logger) (app.MongoServer, error) {
		es, err := embedded.Start(ctx, dir, log)
		if err != nil {
			return nil, err
		}
		return es, nil
	}
}

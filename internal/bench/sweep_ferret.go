package bench

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	mrand "math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"time"

	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/mongodb"
)

// ferretResult is what the MongoDB store over the in-process FerretDB
// measured at one size: the same app queries over HTTP, no SQL column.
type ferretResult struct {
	orders   int
	p50, p99 map[string]time.Duration
	errs     map[string]int
}

// sweepFerret seeds the same shape of coalition into a fresh in-process
// FerretDB, starts the real service on it (the MongoDB store) and times
// each app query of the sweep over HTTP, as the SQLite side does.
func sweepFerret(ctx context.Context, cfg SweepConfig, orders int, progress func(string, ...any)) (ferretResult, error) {
	res := ferretResult{orders: orders, p50: map[string]time.Duration{}, p99: map[string]time.Duration{}, errs: map[string]int{}}
	if cfg.StartFerretDB == nil {
		return res, errors.New("the FerretDB side needs the in-process FerretDB: build with -tags ferretdb")
	}
	// A short folder name: the store's socket path must fit in 104 bytes.
	dir, err := os.MkdirTemp("", "itcf")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(dir)
	var stops []func()
	defer func() {
		for _, stop := range slices.Backward(stops) {
			stop()
		}
	}()
	es, err := cfg.StartFerretDB(ctx, filepath.Join(dir, "store"), slog.New(slog.DiscardHandler))
	if err != nil {
		return res, err
	}
	// Stopped last: FerretDB waits for connected clients.
	stops = append(stops, func() { _ = es.Stop() })
	secret := []byte(rand.Text() + rand.Text())
	svc, err := startService(ctx, es.URI(), "itc", dir, cfg.PolicyDir, "demo", secret, &stops)
	if err != nil {
		return res, err
	}
	sz := Sizes{Orders: orders, Requests: max(8, orders/5), Contributions: orders / 10}
	progress("%d orders on FerretDB: seeding %d requests, %d orders, %d contributions, %d audit events", orders, sz.Requests, sz.Orders, sz.Contributions, orders)
	data := Generate(sz, time.Now())
	if err := Seed(ctx, svc.app.Store, data); err != nil {
		return res, err
	}
	if err := seedAudit(data, orders, mongodb.NewID, func(evs []coalition.AuditEvent) error { return svc.app.Store.Audit().Import(ctx, evs) }); err != nil {
		return res, err
	}
	if err := svc.app.Service.BookExisting(ctx, data.Contributions, data.Orders); err != nil {
		return res, fmt.Errorf("book the seeded coalition: %w", err)
	}
	token, err := auth.Mint(auth.Config{Secret: secret}, viewer, time.Hour, time.Now())
	if err != nil {
		return res, err
	}
	orderIDs, pending := idsOf(data)
	var pendingAt atomic.Int64
	nextPending := func() string {
		i := int(pendingAt.Add(1)) - 1
		if i >= len(pending) {
			return ""
		}
		return pending[i]
	}
	rng := mrand.New(mrand.NewPCG(uint64(orders), 13))
	client := &http.Client{Timeout: 3 * time.Minute}
	for _, q := range sweepQueries(orderIDs, nextPending) {
		progress("%d orders on FerretDB: %s, %d samples over HTTP", orders, q.name, cfg.FerretSamples)
		lat, errs := timeQuery(ctx, client, svc.url+"/query", token, q, rng, 1, cfg.FerretSamples)
		res.errs[q.name] += errs
		res.p50[q.name], res.p99[q.name] = pcts(lat)
	}
	return res, nil
}

// seedAudit writes events audit events of the same shape on either
// store, a thousand per import.
func seedAudit(data Coalition, events int, newID func() string, importEvents func([]coalition.AuditEvent) error) error {
	base := time.Now().Add(-time.Duration(events) * time.Minute).UTC().Truncate(time.Millisecond)
	for start := 0; start < events; start += 1000 {
		evs := make([]coalition.AuditEvent, 0, 1000)
		for i := start; i < min(events, start+1000); i++ {
			evs = append(evs, benchEvent(data, base, i, newID()))
		}
		if err := importEvents(evs); err != nil {
			return fmt.Errorf("seed audit: %w", err)
		}
	}
	return nil
}

// benchEvent is the i-th seeded audit event: a chair of EE drafting an
// order, about EE and a donor.
func benchEvent(data Coalition, base time.Time, i int, id string) coalition.AuditEvent {
	o := data.Orders[i%len(data.Orders)]
	return coalition.AuditEvent{ID: id, At: base.Add(time.Duration(i) * time.Minute),
		Actor:  coalition.Actor{Sub: "chair-ee-bench", Role: "chair", Nation: "EE"},
		Action: "draftOrder", Target: o.ID, TargetType: "Order", Nations: []string{"EE", donors[i%len(donors)]}, Outcome: "OK"}
}

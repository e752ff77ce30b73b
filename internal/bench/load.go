package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// endpoint is one side of a scenario: where to send which request, and the
// counter of the store commands its server sends.
type endpoint struct {
	label    string
	url      string
	body     []byte
	token    string
	commands *atomic.Int64
}

// tally is what the runs of one side measured.
type tally struct {
	latencies []time.Duration
	elapsed   time.Duration
	commands  int64
	mallocs   uint64
}

func (t *tally) add(o tally) {
	t.latencies = append(t.latencies, o.latencies...)
	t.elapsed += o.elapsed
	t.commands += o.commands
	t.mallocs += o.mallocs
}

// driver sends requests over loopback HTTP with keep-alive connections.
type driver struct {
	client      *http.Client
	concurrency int
}

func newDriver(concurrency int) *driver {
	tr := &http.Transport{
		MaxIdleConns:        4 * concurrency,
		MaxIdleConnsPerHost: 2 * concurrency,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  true,
	}
	return &driver{client: &http.Client{Transport: tr}, concurrency: concurrency}
}

func (d *driver) close() { d.client.CloseIdleConnections() }

// send makes one request and returns the response body; anything but a 200
// without GraphQL errors is an error, so a broken side cannot look fast.
func (d *driver) send(ctx context.Context, ep endpoint) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.url, bytes.NewReader(ep.body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Authorization", "Bearer "+ep.token)
	resp, err := d.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ep.label, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("%s: read answer: %w", ep.label, err)
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(body, []byte(`"errors"`)) {
		return nil, fmt.Errorf("%s: status %d: %.300s", ep.label, resp.StatusCode, body)
	}
	return body, nil
}

// run drives ep from d.concurrency workers until dur has passed, each
// worker sending at least one request, and measures latencies, wall time,
// store commands and the process's heap allocations meanwhile.
func (d *driver) run(ctx context.Context, ep endpoint, dur time.Duration) (tally, error) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cmds := ep.commands.Load()
	start := time.Now()
	deadline := start.Add(dur)
	lat := make([][]time.Duration, d.concurrency)
	errs := make([]error, d.concurrency)
	var wg sync.WaitGroup
	for w := range d.concurrency {
		wg.Go(func() {
			for {
				t0 := time.Now()
				if _, err := d.send(ctx, ep); err != nil {
					errs[w] = err
					return
				}
				now := time.Now()
				lat[w] = append(lat[w], now.Sub(t0))
				if !now.Before(deadline) || ctx.Err() != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	out := tally{elapsed: time.Since(start), commands: ep.commands.Load() - cmds}
	runtime.ReadMemStats(&after)
	out.mallocs = after.Mallocs - before.Mallocs
	for w := range lat {
		if errs[w] != nil {
			return out, errs[w]
		}
		out.latencies = append(out.latencies, lat[w]...)
	}
	return out, nil
}

// sameData fails unless a and b answer the same data, so that the
// baseline is known to do the work the API does.
func (d *driver) sameData(ctx context.Context, a, b endpoint) error {
	var data [2]any
	for i, ep := range []endpoint{a, b} {
		body, err := d.send(ctx, ep)
		if err != nil {
			return err
		}
		var r struct{ Data any }
		if err := json.Unmarshal(body, &r); err != nil {
			return fmt.Errorf("%s: decode answer: %w", ep.label, err)
		}
		data[i] = r.Data
	}
	if !reflect.DeepEqual(data[0], data[1]) {
		ja, _ := json.Marshal(data[0])
		jb, _ := json.Marshal(data[1])
		return fmt.Errorf("%s and %s answer different data:\n%s: %.600s\n%s: %.600s", a.label, b.label, a.label, ja, b.label, jb)
	}
	return nil
}

// compare alternates a and b in rounds (a b, b a, a b, ...) until dur has
// passed and at least two rounds ran, so that drift in the machine's speed
// falls on both sides alike.
func (d *driver) compare(ctx context.Context, a, b endpoint, dur time.Duration, rounds int) (ta, tb tally, err error) {
	slice := dur / time.Duration(2*rounds)
	start := time.Now()
	for i := 0; i < 2 || time.Since(start) < dur; i++ {
		order := []*tally{&ta, &tb}
		eps := []endpoint{a, b}
		if i%2 == 1 {
			slices.Reverse(order)
			slices.Reverse(eps)
		}
		for j, ep := range eps {
			t, err := d.run(ctx, ep, slice)
			if err != nil {
				return ta, tb, err
			}
			order[j].add(t)
		}
		if err := ctx.Err(); err != nil {
			return ta, tb, err
		}
	}
	return ta, tb, nil
}

// commandsOf sends ep n times, one at a time, and returns the store
// commands each request cost.
func (d *driver) commandsOf(ctx context.Context, ep endpoint, n int) ([]int64, error) {
	out := make([]int64, n)
	for i := range out {
		before := ep.commands.Load()
		if _, err := d.send(ctx, ep); err != nil {
			return nil, err
		}
		out[i] = ep.commands.Load() - before
	}
	return out, nil
}

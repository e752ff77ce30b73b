package mongodb

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/coalition"
)

// TestTurns: a caller whose turn does not come before its deadline gets
// ErrBusy and its change never runs; a change that has its turn runs to its
// end although its caller gives up meanwhile.
func TestTurns(t *testing.T) {
	turns := (&Store{}).Turns(false)
	held := make(chan struct{})
	release := make(chan struct{})
	first := make(chan error, 1)
	callerCtx, giveUp := context.WithCancel(context.Background())
	go func() {
		first <- turns.Atomically(callerCtx, "procurement", func(ctx context.Context) error {
			close(held)
			<-release
			return ctx.Err() // nil unless the store's own bound passed
		})
	}()
	<-held

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	ran := false
	err := turns.Atomically(ctx, "procurement", func(context.Context) error { ran = true; return nil })
	if !errors.Is(err, coalition.ErrBusy) || ran {
		t.Errorf("waiter past its deadline: %v, ran %v; want ErrBusy, not run", err, ran)
	}
	if got := coalition.ErrorCode(err); got != coalition.CodeConflict {
		t.Errorf("ErrBusy has code %q, want conflict", got)
	}
	if err := turns.Atomically(ctx, "registry", func(context.Context) error { return nil }); !errors.Is(err, coalition.ErrBusy) {
		t.Errorf("a caller whose deadline passed took a free turn: %v", err)
	}
	other, cancelOther := context.WithTimeout(context.Background(), time.Second)
	defer cancelOther()
	if err := turns.Atomically(other, "registry", func(context.Context) error { return nil }); err != nil {
		t.Errorf("another turn waited for procurement: %v", err)
	}

	giveUp()
	close(release)
	if err := <-first; err != nil {
		t.Errorf("the change whose caller gave up was cut off: %v", err)
	}
}

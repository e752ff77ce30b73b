package live

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/auth"
	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// scripted answers each poll with the next of its lists (newest first),
// repeating the last; the stream's own logic is what is under test.
type scripted struct {
	mu    sync.Mutex
	polls [][]coalition.AuditEvent
}

func (s *scripted) Admit(context.Context, auth.Principal) error { return nil }

func (s *scripted) AuditLog(context.Context, coalition.AuditFilter, service.PageArgs) (coalition.List[coalition.AuditEvent], error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l := s.polls[0]
	if len(s.polls) > 1 {
		s.polls = s.polls[1:]
	}
	return coalition.List[coalition.AuditEvent]{Items: l}, nil
}

// An event's time is taken before its change commits, so an older event can
// become visible after a newer one was delivered: it is delivered too, and
// nothing twice.
func TestLateCommittedEventIsDelivered(t *testing.T) {
	t0 := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	ev := func(id string, sec int) coalition.AuditEvent {
		return coalition.AuditEvent{ID: id, At: t0.Add(time.Duration(sec) * time.Second), Action: id}
	}
	old, a, b, c := ev("old", 0), ev("a", 1), ev("b", 2), ev("c", 3)
	src := &scripted{polls: [][]coalition.AuditEvent{
		{old},          // at subscribe
		{b, old},       // b committed first
		{b, a, old},    // a, taken earlier, committed later
		{c, b, a, old}, // and on
	}}
	ctx, cancel := context.WithCancel(auth.WithPrincipal(context.Background(), auth.Principal{Sub: "s", Role: "chair", Nation: "EE"}))
	defer cancel()
	out, err := AuditEvents(ctx, src, src, "", time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for len(got) < 3 {
		select {
		case e := <-out:
			got = append(got, e.ID)
		case <-time.After(2 * time.Second):
			t.Fatalf("delivered %v, want b, a, c", got)
		}
	}
	if want := []string{"b", "a", "c"}; !slices.Equal(got, want) {
		t.Errorf("delivered %v, want %v", got, want)
	}
	select {
	case e := <-out:
		t.Errorf("delivered %s again", e.ID)
	case <-time.After(50 * time.Millisecond):
	}
}

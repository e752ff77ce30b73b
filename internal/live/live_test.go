package live_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/itcoalition/api/internal/apptest"
	"github.com/itcoalition/api/internal/auth"
)

const subscription = `subscription { auditEvents { action target outcome actor { sub nation } } }`

type event struct {
	Action, Target, Outcome string
	Actor                   struct{ Sub, Nation string }
	Changes                 []struct {
		Field string
		After *string
	}
	// Code is the first error's code when the result carries errors.
	Code string
}

// stream is one subscriber's server-sent events: each result, then closed
// when the server completes the stream.
type stream struct {
	events chan event
	resp   *http.Response
}

func subscribe(t *testing.T, s *apptest.Server, token, query string) (*stream, *http.Response) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req, _ := http.NewRequest(http.MethodPost, s.HTTP.URL+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := s.HTTP.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	if resp.StatusCode != http.StatusOK {
		return nil, resp
	}
	st := &stream{events: make(chan event, 100), resp: resp}
	go func() {
		defer close(st.events)
		sc := bufio.NewScanner(resp.Body)
		name := ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
				if name == "complete" {
					return
				}
			case strings.HasPrefix(line, "data: ") && name == "next":
				var r struct {
					Data   *struct{ AuditEvents event }
					Errors []struct{ Extensions struct{ Code string } }
				}
				if json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &r) != nil {
					continue
				}
				var e event
				if r.Data != nil {
					e = r.Data.AuditEvents
				}
				if len(r.Errors) > 0 {
					e.Code = r.Errors[0].Extensions.Code
				}
				st.events <- e
			}
		}
	}()
	return st, resp
}

// until collects events until one matches or the stream closes or time runs out.
func (st *stream) until(t *testing.T, match func(event) bool) (seen []event, found bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case e, ok := <-st.events:
			if !ok {
				return seen, false
			}
			seen = append(seen, e)
			if match(e) {
				return seen, true
			}
		case <-deadline:
			t.Fatalf("no matching event in time; saw %+v", seen)
		}
	}
}

// closed waits for the server to complete the stream.
func (st *stream) closed(t *testing.T) []event {
	t.Helper()
	seen, found := st.until(t, func(event) bool { return false })
	if found {
		t.Fatal("unreachable")
	}
	return seen
}

func TestAuditEventsStream(t *testing.T) {
	s := apptest.Start(t)
	chair := s.TokenFor("ee-kadri", "chair", "EE")
	other := s.TokenFor("lu-claire", "chair", "LU")
	member := s.TokenFor("dk-freja", "member", "DK")

	chairs, resp := subscribe(t, s, chair, subscription)
	if chairs == nil {
		t.Fatalf("subscribe: %d", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("Content-Type %q", ct)
	}
	members, _ := subscribe(t, s, member, subscription)

	// Another chair's change reaches the first chair live.
	s.MustQuery(other, `mutation { suspendNation(code: "IS", reason: "test") { code } }`, nil, nil)
	if _, ok := chairs.until(t, func(e event) bool { return e.Action == "suspendNation" && e.Target == "IS" }); !ok {
		t.Fatal("the chair's stream closed before the suspension arrived")
	}

	// The member sees its own nation's pledge, never Iceland's suspension.
	s.MustQuery(member, `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "10.00", currency: "EUR", eurAmount: "10.00"}) { id } }`, nil, nil)
	seen, ok := members.until(t, func(e event) bool { return e.Action == "pledgeContribution" })
	if !ok {
		t.Fatal("the member's stream closed before its pledge arrived")
	}
	for _, e := range seen {
		if e.Target == "IS" || e.Actor.Nation != "DK" {
			t.Errorf("the member received an event about another nation: %+v", e)
		}
	}

	// Suspending the member's nation ends its stream at the next poll.
	s.MustQuery(other, `mutation { suspendNation(code: "DK", reason: "test") { code } }`, nil, nil)
	for _, e := range members.closed(t) {
		if e.Target != "DK" && e.Actor.Nation != "DK" {
			t.Errorf("after its suspension the member received %+v", e)
		}
	}
}

func TestStreamEndsWithToken(t *testing.T) {
	s := apptest.Start(t)
	tok, err := auth.Mint(s.Cfg.Auth, auth.Principal{Sub: "gb-oliver", Role: "chair", Nation: "EE"}, 3*time.Second, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	st, resp := subscribe(t, s, tok, subscription)
	if st == nil {
		t.Fatalf("subscribe: %d", resp.StatusCode)
	}
	start := time.Now()
	st.closed(t)
	if d := time.Since(start); d > 6*time.Second {
		t.Errorf("the stream outlived its token by %v", d-3*time.Second)
	}
}

func TestStreamRefusals(t *testing.T) {
	s := apptest.Start(t)
	tok := s.TokenFor("ee-kadri", "chair", "EE")
	if _, resp := subscribe(t, s, tok, `{ me { sub } }`); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("a query over an event stream = %d, want 400", resp.StatusCode)
	}
	if _, resp := subscribe(t, s, "not-a-token", subscription); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("no valid token = %d, want 401", resp.StatusCode)
	}
	// Observers may not read the audit log: the only result is the refusal.
	observer := s.TokenFor("gb-oliver", "observer", "GB")
	st, resp := subscribe(t, s, observer, subscription)
	if st == nil {
		t.Fatalf("observer subscribe = %d", resp.StatusCode)
	}
	if got := st.closed(t); len(got) != 1 || got[0].Code != "FORBIDDEN" || got[0].Action != "" {
		t.Errorf("observer's stream = %+v, want one FORBIDDEN result", got)
	}
	r := s.Query(tok, subscription, nil)
	if r.Status != http.StatusBadRequest {
		t.Errorf("a subscription without Accept: text/event-stream = %d %s, want 400", r.Status, r.Body)
	}
}

// A client that lost its stream resumes after the last event it received
// and gets what it missed first.
func TestStreamResumesAfter(t *testing.T) {
	s := apptest.Start(t)
	chair := s.TokenFor("chair-ee-1", "chair", "EE")
	s.MustQuery(chair, `mutation { suspendNation(code: "IS", reason: "test") { code } }`, nil, nil)
	s.MustQuery(chair, `mutation { reinstateNation(code: "IS") { code } }`, nil, nil)
	var log struct {
		AuditLog struct {
			Edges []struct{ Node struct{ ID, Action string } }
		}
	}
	s.MustQuery(chair, `{ auditLog(first: 2) { edges { node { id action } } } }`, nil, &log)
	if len(log.AuditLog.Edges) != 2 || log.AuditLog.Edges[1].Node.Action != "suspendNation" {
		t.Fatalf("audit log = %+v", log)
	}
	after := log.AuditLog.Edges[1].Node.ID
	st, resp := subscribe(t, s, chair, `subscription { auditEvents(after: "`+after+`") { action target outcome actor { sub nation } } }`)
	if st == nil {
		t.Fatalf("subscribe: %d", resp.StatusCode)
	}
	seen, ok := st.until(t, func(e event) bool { return e.Action == "reinstateNation" })
	if !ok || len(seen) != 1 {
		t.Errorf("resumed stream = %+v, want the missed reinstateNation first", seen)
	}
}

// TestAuditEventsStreamFieldRules: the stream shows each reader the changes
// its field rules allow, as auditLog does: a chair reads a pledge's
// amount, an observer granted the audit log (it is not by default) reads
// nothing of a contribution, which it may not read at all.
func TestAuditEventsStreamFieldRules(t *testing.T) {
	pol := apptest.PolicyCopy(t, apptest.AppendLine("policy.csv", "p, observer, AuditEvent, read, all"))
	s := apptest.Start(t, apptest.WithPolicyDir(pol))
	const withChanges = `subscription { auditEvents { action target outcome actor { sub nation } changes { field after } } }`
	chairs, _ := subscribe(t, s, s.TokenFor("ee-kadri", "chair", "EE"), withChanges)
	observers, _ := subscribe(t, s, s.Token("observer", "GB"), withChanges)
	if chairs == nil || observers == nil {
		t.Fatal("subscribe refused")
	}
	s.MustQuery(s.TokenFor("dk-freja", "member", "DK"), `mutation { pledgeContribution(input: {kind: FINANCIAL, amount: "12.34", currency: "EUR", eurAmount: "12.34"}) { id } }`, nil, nil)
	pledge := func(e event) bool { return e.Action == "pledgeContribution" }
	amount := func(e event) string {
		for _, c := range e.Changes {
			if c.Field == "amount" && c.After != nil {
				return *c.After
			}
		}
		return ""
	}
	seen, ok := chairs.until(t, pledge)
	if !ok || amount(seen[len(seen)-1]) != "12.34" {
		t.Errorf("the chair's stream: %+v", seen)
	}
	seen, ok = observers.until(t, pledge)
	if !ok || len(seen[len(seen)-1].Changes) != 0 {
		t.Errorf("the observer's stream shows a contribution's changes: %+v", seen)
	}
}

package coalition

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

var at = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func ptr[T any](v T) *T { return &v }

// code is err's code, "ok" for nil.
func code(err error) Code {
	if err == nil {
		return "ok"
	}
	return ErrorCode(err)
}

func TestNationRules(t *testing.T) {
	ee := Nation{Code: "EE", Role: NationChair, Status: NationActive}
	ua := Nation{Code: "UA", Role: NationBeneficiary, Status: NationActive}
	gone := Nation{Code: "DK", Role: NationMember, Status: NationSuspended}
	tests := []struct {
		name string
		got  func() (Nation, error)
		want Code
		then func(Nation) bool
	}{
		{"admit", func() (Nation, error) { return AdmitNation("FR", " France ", NationMember, at) }, "ok",
			func(n Nation) bool { return n.Name == "France" && n.Status == NationActive && n.JoinedAt == at }},
		{"admit bad code", func() (Nation, error) { return AdmitNation("XX", "X", NationMember, at) }, CodeInvalid, nil},
		{"admit empty name", func() (Nation, error) { return AdmitNation("FR", " ", NationMember, at) }, CodeInvalid, nil},
		{"admit a beneficiary", func() (Nation, error) { return AdmitNation("FR", "F", NationBeneficiary, at) }, CodeInvalid, nil},
		{"admit UA", func() (Nation, error) { return AdmitNation("UA", "U", NationMember, at) }, CodeInvalid, nil},
		{"role", func() (Nation, error) { return ee.WithRole(NationMember) }, "ok", func(n Nation) bool { return n.Role == NationMember }},
		{"role of UA", func() (Nation, error) { return ua.WithRole(NationMember) }, CodeConflict, nil},
		{"role beneficiary", func() (Nation, error) { return ee.WithRole(NationBeneficiary) }, CodeConflict, nil},
		{"suspend", func() (Nation, error) { return ee.Suspend("r") }, "ok",
			func(n Nation) bool { return n.Status == NationSuspended && *n.SuspendedReason == "r" }},
		{"suspend twice", func() (Nation, error) { return gone.Suspend("r") }, CodeConflict, nil},
		{"suspend without reason", func() (Nation, error) { return ee.Suspend("") }, CodeInvalid, nil},
		{"reinstate", func() (Nation, error) { return gone.Reinstate() }, "ok",
			func(n Nation) bool { return n.Status == NationActive && n.SuspendedReason == nil }},
		{"reinstate active", func() (Nation, error) { return ee.Reinstate() }, CodeConflict, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := tt.got()
			if got := code(err); got != tt.want {
				t.Fatalf("code = %q (%v), want %q", got, err, tt.want)
			}
			if tt.then != nil && !tt.then(n) {
				t.Errorf("result %+v", n)
			}
		})
	}
}

func TestKeepsAChair(t *testing.T) {
	chair := Nation{Code: "EE", Role: NationChair, Status: NationActive}
	member := Nation{Code: "EE", Role: NationMember, Status: NationActive}
	suspended := Nation{Code: "EE", Role: NationChair, Status: NationSuspended}
	count := func(n int) func() (int, error) { return func() (int, error) { return n, nil } }
	tests := []struct {
		name     string
		from, to Nation
		chairs   func() (int, error)
		want     Code
	}{
		{"last chair steps down", chair, member, count(1), CodeConflict},
		{"last chair suspended", chair, suspended, count(1), CodeConflict},
		{"one of two steps down", chair, member, count(2), "ok"},
		{"member becomes chair", member, chair, nil, "ok"},
		{"store fails", chair, member, func() (int, error) { return 0, errors.New("down") }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := code(KeepsAChair(tt.from, tt.to, tt.chairs)); got != tt.want {
				t.Errorf("code = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestContributionRules(t *testing.T) {
	dk := Nation{Code: "DK", Role: NationMember, Status: NationActive}
	eur := PledgeTerms{Kind: Financial, Amount: 100, Currency: "EUR", EurAmount: 100}
	pledged := Contribution{ID: "c", Status: Pledged}
	received := Contribution{ID: "c", Status: Received}
	with := func(f func(*PledgeTerms)) PledgeTerms { t := eur; f(&t); return t }
	tests := []struct {
		name string
		got  func() (Contribution, error)
		want Code
		then func(Contribution) bool
	}{
		{"pledge", func() (Contribution, error) { return Pledge(eur, dk, "c", "sub", at) }, "ok",
			func(c Contribution) bool { return c.Status == Pledged && c.NationCode == "DK" && c.PledgedBy == "sub" }},
		{"zero amount", func() (Contribution, error) {
			return Pledge(with(func(t *PledgeTerms) { t.Amount = 0 }), dk, "c", "s", at)
		}, CodeInvalid, nil},
		{"zero eur", func() (Contribution, error) {
			return Pledge(with(func(t *PledgeTerms) { t.EurAmount = 0 }), dk, "c", "s", at)
		}, CodeInvalid, nil},
		{"bad currency", func() (Contribution, error) {
			return Pledge(with(func(t *PledgeTerms) { t.Currency = "eur" }), dk, "c", "s", at)
		}, CodeInvalid, nil},
		{"eur mismatch", func() (Contribution, error) {
			return Pledge(with(func(t *PledgeTerms) { t.EurAmount = 99 }), dk, "c", "s", at)
		}, CodeInvalid, nil},
		{"other currency", func() (Contribution, error) {
			return Pledge(with(func(t *PledgeTerms) { t.Currency, t.EurAmount = "DKK", 13 }), dk, "c", "s", at)
		}, "ok", nil},
		{"bad earmark", func() (Contribution, error) {
			return Pledge(with(func(t *PledgeTerms) { t.Earmark = ptr(CapabilityArea("SPACE")) }), dk, "c", "s", at)
		}, CodeInvalid, nil},
		{"suspended nation", func() (Contribution, error) {
			return Pledge(eur, Nation{Code: "DK", Role: NationMember, Status: NationSuspended}, "c", "s", at)
		}, CodeConflict, nil},
		{"beneficiary", func() (Contribution, error) {
			return Pledge(eur, Nation{Code: "UA", Role: NationBeneficiary, Status: NationActive}, "c", "s", at)
		}, CodeConflict, nil},
		{"receive", func() (Contribution, error) { return pledged.Receive(90, "0.9", at) }, "ok",
			func(c Contribution) bool { return c.Status == Received && *c.ReceivedEur == 90 && *c.Rate == "0.9" }},
		{"receive twice", func() (Contribution, error) { return received.Receive(90, "0.9", at) }, CodeConflict, nil},
		{"receive nothing", func() (Contribution, error) { return pledged.Receive(0, "0.9", at) }, CodeInvalid, nil},
		{"receive at rate zero", func() (Contribution, error) { return pledged.Receive(1, "0.000", at) }, CodeInvalid, nil},
		{"receive at bad rate", func() (Contribution, error) { return pledged.Receive(1, "1e3", at) }, CodeInvalid, nil},
		{"cancel", func() (Contribution, error) { return pledged.Cancel() }, "ok", func(c Contribution) bool { return c.Status == Cancelled }},
		{"cancel received", func() (Contribution, error) { return received.Cancel() }, CodeConflict, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := tt.got()
			if got := code(err); got != tt.want {
				t.Fatalf("code = %q (%v), want %q", got, err, tt.want)
			}
			if tt.then != nil && !tt.then(c) {
				t.Errorf("result %+v", c)
			}
		})
	}
}

// TestRequestTransitions walks every (status, operation) pair: each is
// either one of the life cycle's arrows or a conflict.
func TestRequestTransitions(t *testing.T) {
	open := []Order{{Status: Placed}}
	done := []Order{{Status: Delivered}, {Status: OrderCancelled}}
	ops := map[string]func(Request) (Request, error){
		"submit":   Request.Submit,
		"approve":  Request.Approve,
		"reject":   func(r Request) (Request, error) { return r.Reject("why") },
		"withdraw": func(r Request) (Request, error) { return r.Withdraw(done) },
		"fulfil":   func(r Request) (Request, error) { return r.Fulfil(done) },
		"edit":     func(r Request) (Request, error) { return r.Edit(RequestEdit{Title: ptr("New")}) },
	}
	arrows := map[string]map[RequestStatus]RequestStatus{
		"submit":   {Draft: Submitted},
		"approve":  {Submitted: Approved},
		"reject":   {Submitted: Rejected},
		"withdraw": {Draft: Withdrawn, Submitted: Withdrawn, Approved: Withdrawn},
		"fulfil":   {InProcurement: Fulfilled},
		"edit":     {Draft: Draft, Submitted: Submitted},
	}
	valid := Request{ID: "r", Title: "T", Description: "D", Area: Cybersecurity, Phase: 1, EstimatedCost: 1}
	for op, fn := range ops {
		for _, from := range RequestStatuses {
			r := valid
			r.Status = from
			got, err := fn(r)
			to, ok := arrows[op][from]
			switch {
			case ok && err != nil:
				t.Errorf("%s from %s: %v, want %s", op, from, err, to)
			case ok && got.Status != to:
				t.Errorf("%s from %s = %s, want %s", op, from, got.Status, to)
			case !ok && code(err) != CodeConflict:
				t.Errorf("%s from %s: %v, want a conflict", op, from, err)
			}
		}
	}
	if _, err := (Request{Status: Approved}).Withdraw(open); code(err) != CodeConflict {
		t.Errorf("withdraw with an open order: %v, want a conflict", err)
	}
	if _, err := (Request{Status: InProcurement}).Fulfil(open); code(err) != CodeConflict {
		t.Errorf("fulfil with an open order: %v, want a conflict", err)
	}
	if _, err := (Request{Status: Submitted}).Reject(""); code(err) != CodeInvalid {
		t.Errorf("reject without a reason: %v, want invalid", err)
	}
	if _, err := (Request{Status: Draft}).Edit(RequestEdit{}); code(err) != CodeInvalid {
		t.Errorf("edit nothing: %v, want invalid", err)
	}
}

func TestDraftRequestFields(t *testing.T) {
	ok := RequestDraft{Title: "T", Description: "D", Area: DataCentres, Phase: 1, EstimatedCost: 1}
	tests := []struct {
		name string
		edit func(*RequestDraft)
		want Code
	}{
		{"valid", func(*RequestDraft) {}, "ok"},
		{"no title", func(d *RequestDraft) { d.Title = "" }, CodeInvalid},
		{"long title", func(d *RequestDraft) { d.Title = strings.Repeat("x", 201) }, CodeInvalid},
		{"control character", func(d *RequestDraft) { d.Title = "a\x00b" }, CodeInvalid},
		{"multi-line description", func(d *RequestDraft) { d.Description = "a\nb" }, "ok"},
		{"unknown area", func(d *RequestDraft) { d.Area = "SPACE" }, CodeInvalid},
		{"phase 0", func(d *RequestDraft) { d.Phase = 0 }, CodeInvalid},
		{"phase above max", func(d *RequestDraft) { d.Phase = MaxPhase + 1 }, CodeInvalid},
		{"free", func(d *RequestDraft) { d.EstimatedCost = 0 }, CodeInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ok
			tt.edit(&d)
			r, err := DraftRequest(d, "r", at)
			if got := code(err); got != tt.want {
				t.Fatalf("code = %q (%v), want %q", got, err, tt.want)
			}
			if err == nil && (r.Status != Draft || r.Priority != 0) {
				t.Errorf("draft = %+v", r)
			}
		})
	}
}

func ids(rs []Request) string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return strings.Join(out, ",")
}

func TestPriorities(t *testing.T) {
	open := []Request{{ID: "a", Priority: 1, Status: Submitted}, {ID: "b", Priority: 2, Status: Approved}, {ID: "c", Priority: 3, Status: InProcurement}}
	tests := []struct {
		name     string
		id       string
		priority int
		want     string
		code     Code
	}{
		{"to the top", "c", 1, "c,a,b", "ok"},
		{"to the end", "a", 3, "b,c,a", "ok"},
		{"in place", "b", 2, "a,b,c", "ok"},
		{"zero", "a", 0, "", CodeInvalid},
		{"beyond", "a", 4, "", CodeInvalid},
		{"not in the phase", "z", 1, "", CodeConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Request{ID: tt.id, Status: Submitted}
			if i := slices.IndexFunc(open, func(x Request) bool { return x.ID == tt.id }); i >= 0 {
				r = open[i]
			}
			got, err := Reprioritize(open, r, tt.priority)
			if code(err) != tt.code || ids(got) != tt.want {
				t.Errorf("Reprioritize(%s, %d) = %s, %v; want %s, %s", tt.id, tt.priority, ids(got), err, tt.want, tt.code)
			}
		})
	}
	if _, err := Reprioritize(open, Request{ID: "a", Status: Withdrawn}, 1); code(err) != CodeConflict {
		t.Errorf("reprioritize a closed request: %v, want a conflict", err)
	}
	if got := Renumber([]Request{{ID: "c", Priority: 3}, {ID: "a", Priority: 1}, {ID: "b", Priority: 3}}); ids(got) != "c,a" ||
		got[0].Priority != 1 || got[1].Priority != 2 {
		t.Errorf("Renumber = %+v", got)
	}
	if got := Renumber(open); len(got) != 0 {
		t.Errorf("Renumber of a numbered phase = %+v, want no change", got)
	}
	joined, rest := Rank(open, Request{ID: "d", Status: Submitted})
	if joined.Priority != 4 || ids(rest) != "a,b,c" {
		t.Errorf("a request that opens = %d after %s, want 4 after a,b,c", joined.Priority, ids(rest))
	}
	left, rest := Rank(open, Request{ID: "b", Status: Withdrawn, Priority: 2})
	if left.Priority != 0 || ids(rest) != "a,c" {
		t.Errorf("a request that closes = %d leaving %s, want 0 leaving a,c", left.Priority, ids(rest))
	}
}

func TestOrderRules(t *testing.T) {
	approved := Request{ID: "r", Area: Cybersecurity, Status: Approved}
	rich := NewLedger([]Contribution{{NationCode: "DK", Kind: Financial, Status: Received, ReceivedEur: ptr(Money(1000))}}, nil)
	pending := Order{ID: "o", Area: Cybersecurity, Amount: 100, Status: PendingApproval, DraftedBy: "a", DrafterIssuer: "idp-ee"}
	legacy := Order{ID: "o", Area: Cybersecurity, Amount: 100, Status: PendingApproval, DraftedBy: "a"}
	placed := Order{ID: "o", Status: Placed}
	a, b := Signer{Issuer: "idp-ee", Sub: "a"}, Signer{Issuer: "idp-ee", Sub: "b"}
	otherA := Signer{Issuer: "idp-lu", Sub: "a"}
	tests := []struct {
		name string
		got  func() (Order, error)
		want Code
		then func(Order) bool
	}{
		{"draft", func() (Order, error) { return DraftOrder(approved, " S ", 5, "o", "a", at) }, "ok",
			func(o Order) bool { return o.Status == PendingApproval && o.Supplier == "S" && o.Area == Cybersecurity }},
		{"draft for a draft request", func() (Order, error) { return DraftOrder(Request{Status: Draft}, "S", 5, "o", "a", at) }, CodeInvalid, nil},
		{"draft for nothing", func() (Order, error) { return DraftOrder(approved, "S", 0, "o", "a", at) }, CodeInvalid, nil},
		{"draft without supplier", func() (Order, error) { return DraftOrder(approved, "", 5, "o", "a", at) }, CodeInvalid, nil},
		{"approve", func() (Order, error) { return pending.Approve(b, approved, rich, at) }, "ok",
			func(o Order) bool {
				return o.Status == Placed && *o.ApprovedBy == "b" && len(o.Draws) == 1 && o.Draws[0].Amount == 100
			}},
		{"approve own draft", func() (Order, error) { return pending.Approve(a, approved, rich, at) }, CodeForbidden, nil},
		{"approve a draft of another issuer's person with the same sub", func() (Order, error) { return pending.Approve(otherA, approved, rich, at) }, "ok", nil},
		{"approve own draft drafted before issuers were kept", func() (Order, error) { return legacy.Approve(otherA, approved, rich, at) }, CodeForbidden, nil},
		{"approve placed", func() (Order, error) { return placed.Approve(b, approved, rich, at) }, CodeConflict, nil},
		{"approve for a withdrawn request", func() (Order, error) {
			return pending.Approve(b, Request{Status: Withdrawn}, rich, at)
		}, CodeConflict, nil},
		{"approve without money", func() (Order, error) { return pending.Approve(b, approved, NewLedger(nil, nil), at) }, CodeConflict, nil},
		{"cancel pending", func() (Order, error) { return pending.Cancel(at) }, "ok", func(o Order) bool { return o.Status == OrderCancelled }},
		{"cancel placed", func() (Order, error) { return placed.Cancel(at) }, "ok", nil},
		{"cancel delivered", func() (Order, error) { return Order{Status: Delivered}.Cancel(at) }, CodeConflict, nil},
		{"deliver", func() (Order, error) { return placed.ConfirmDelivery(at) }, "ok", func(o Order) bool { return o.Status == Delivered }},
		{"deliver pending", func() (Order, error) { return pending.ConfirmDelivery(at) }, CodeConflict, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := tt.got()
			if got := code(err); got != tt.want {
				t.Fatalf("code = %q (%v), want %q", got, err, tt.want)
			}
			if tt.then != nil && !tt.then(o) {
				t.Errorf("result %+v", o)
			}
		})
	}
	if _, changed, _ := approved.Procure(at); !changed {
		t.Error("the first placed order leaves its request APPROVED")
	}
	if r, changed, _ := (Request{Status: InProcurement}).Procure(at); changed || r.Status != InProcurement {
		t.Error("a request in procurement changed on a second order")
	}
	if !approved.StuckInApproval([]Order{{Status: Delivered}}) || approved.StuckInApproval([]Order{{Status: PendingApproval}}) {
		t.Error("StuckInApproval does not follow the committing statuses")
	}
}

// TestLedger: pledges and in-kind gifts are never spendable, earmarked
// money goes first, and only committing orders hold money.
func TestLedger(t *testing.T) {
	cyber := Cybersecurity
	cons := []Contribution{
		{NationCode: "DK", Kind: Financial, Status: Received, ReceivedEur: ptr(Money(300)), Earmark: &cyber},
		{NationCode: "BE", Kind: Financial, Status: Received, ReceivedEur: ptr(Money(500))},
		{NationCode: "NL", Kind: Financial, Status: Pledged, EurAmount: 10_000},
		{NationCode: "IT", Kind: InKind, Status: Received, EurAmount: 10_000, ReceivedEur: ptr(Money(10_000))},
	}
	orders := []Order{
		{Status: Placed, Draws: []Draw{{Area: &cyber, Amount: 100}}},
		{Status: Delivered, Draws: []Draw{{Amount: 50}}},
		{Status: OrderCancelled, Draws: []Draw{{Amount: 400}}},
		{Status: PendingApproval, Amount: 999},
	}
	l := NewLedger(cons, orders)
	if got, want := l.Available(Pool(cyber)), Money(200); got != want {
		t.Errorf("cyber available = %s, want %s", got, want)
	}
	if got, want := l.Available(Unearmarked), Money(450); got != want {
		t.Errorf("unearmarked available = %s, want %s", got, want)
	}
	if got, want := Total(l.Pledged), Money(10_000); got != want || Total(l.InKind) != 10_000 || len(l.Contributors) != 4 {
		t.Errorf("pledged %s, in kind %s, %d contributors", got, Total(l.InKind), len(l.Contributors))
	}
	tests := []struct {
		name   string
		area   CapabilityArea
		amount Money
		want   []Draw
		code   Code
	}{
		{"within the area", cyber, 150, []Draw{{Area: &cyber, Amount: 150}}, "ok"},
		{"area then unearmarked", cyber, 250, []Draw{{Area: &cyber, Amount: 200}, {Amount: 50}}, "ok"},
		{"all that is there", cyber, 650, []Draw{{Area: &cyber, Amount: 200}, {Amount: 450}}, "ok"},
		{"one cent more", cyber, 651, nil, CodeConflict},
		{"another area uses unearmarked only", DataCentres, 450, []Draw{{Amount: 450}}, "ok"},
		{"another area beyond unearmarked", DataCentres, 451, nil, CodeConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := l.Draw(tt.area, tt.amount)
			if code(err) != tt.code || !slices.EqualFunc(got, tt.want, func(a, b Draw) bool {
				return a.Amount == b.Amount && (a.Area == nil) == (b.Area == nil) && (a.Area == nil || *a.Area == *b.Area)
			}) {
				t.Errorf("Draw(%s, %s) = %+v, %v; want %+v, %s", tt.area, tt.amount, got, err, tt.want, tt.code)
			}
		})
	}
}

func TestErrBusyIsItsOwn(t *testing.T) {
	if !errors.Is(ErrBusy, ErrConflict) || errors.Is(Conflict("x"), ErrBusy) || !errors.Is(ErrBusy, ErrBusy) {
		t.Error("ErrBusy is a conflict, and no other conflict is ErrBusy")
	}
}

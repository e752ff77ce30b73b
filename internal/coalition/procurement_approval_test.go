package coalition

import (
	"reflect"
	"strings"
	"testing"
)

func money(m Money) *Money { return &m }

func approval(s Signer) Approval { return Approval{By: s, At: procNow} }

func TestDecideApproval(t *testing.T) {
	none := ApprovalRule{}
	two := ApprovalRule{TwoNationsAbove: money(250_000_00)}
	capped := ApprovalRule{MaxPerApproval: money(1_000_000_00)}
	drafter := annaEE
	tests := []struct {
		name          string
		rule          ApprovalRule
		amount        Money
		commits       Money
		prior         []Approval
		next          Signer
		wantCode      Code
		wantMsg       string
		wantComplete  bool
		wantAwaiting  string
		wantApprovals int
	}{
		{"second chair, no threshold", none, 9_000_000_00, 9_000_000_00, nil, ottoEE, "", "", true, "", 1},
		{"the drafter", none, 1, 1, nil, annaEE, CodeForbidden, "drafted", false, "", 0},
		{"the drafter from another nation's token", none, 1, 1, nil, Signer{Issuer: "itc", Sub: "anna", Nation: "LU"}, CodeForbidden, "drafted", false, "", 0},
		{"same person twice", two, 300_000_00, 300_000_00, []Approval{approval(ottoEE)}, ottoEE, CodeConflict, "already approved", false, "", 0},
		{"already complete", none, 1, 1, []Approval{approval(ottoEE)}, luc, CodeConflict, "approved already", false, "", 0},
		{"at the threshold one approval does", two, 250_000_00, 250_000_00, nil, ottoEE, "", "", true, "", 1},
		{"above the threshold one approval awaits", two, 250_000_01, 250_000_01, nil, ottoEE, "", "", false, "other than EE", 1},
		{"above the threshold a second nation completes", two, 300_000_00, 300_000_00, []Approval{approval(ottoEE)}, luc, "", "", true, "", 2},
		{"above the threshold the drafter's nation may approve", two, 300_000_00, 300_000_00, []Approval{approval(luc)}, ottoEE, "", "", true, "", 2},
		{"above the threshold two of one nation still await", two, 300_000_00, 300_000_00, []Approval{approval(ottoEE)}, Signer{Issuer: "itc", Sub: "mari", Nation: "EE"}, "", "", false, "other than EE", 2},
		{"above the threshold the drafter still cannot", two, 300_000_00, 300_000_00, []Approval{approval(luc)}, annaEE, CodeForbidden, "drafted", false, "", 0},
		{"within the cap", capped, 1_000_000_00, 1_000_000_00, nil, ottoEE, "", "", true, "", 1},
		{"above the cap", capped, 1_000_000_01, 1_000_000_01, nil, ottoEE, CodeForbidden, "one approval may commit", false, "", 0},
		{"an increase within the cap on a large order", capped, 5_000_000_00, 10_000_00, nil, ottoEE, "", "", true, "", 1},
		{"the cap holds for a second nation too", ApprovalRule{TwoNationsAbove: money(100), MaxPerApproval: money(150)}, 200, 200, []Approval{approval(ottoEE)}, luc, CodeForbidden, "one approval may commit", false, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prior := append([]Approval(nil), tt.prior...)
			got, err := DecideApproval(tt.rule, tt.amount, tt.commits, drafter, prior, approval(tt.next))
			wantCode(t, err, tt.wantCode, tt.wantMsg)
			if got.Complete != tt.wantComplete || len(got.Approvals) != tt.wantApprovals {
				t.Errorf("decision = %+v, want complete %v with %d approvals", got, tt.wantComplete, tt.wantApprovals)
			}
			if !strings.Contains(got.Awaiting, tt.wantAwaiting) || (tt.wantAwaiting == "" && got.Awaiting != "") {
				t.Errorf("awaiting = %q, want %q", got.Awaiting, tt.wantAwaiting)
			}
			if err == nil && got.Approvals[len(got.Approvals)-1].By != tt.next {
				t.Errorf("last approval by %v, want %v", got.Approvals[len(got.Approvals)-1].By, tt.next)
			}
			if !reflect.DeepEqual(prior, tt.prior) {
				t.Errorf("prior approvals changed to %v", prior)
			}
		})
	}
}

func TestParseApprovalTerms(t *testing.T) {
	tests := []struct {
		terms   []string
		want    ApprovalRule
		wantErr string
	}{
		{nil, ApprovalRule{}, ""},
		{[]string{"all", "own"}, ApprovalRule{}, ""},
		{[]string{"all", "two-nations-above:250000.00"}, ApprovalRule{TwoNationsAbove: money(250_000_00)}, ""},
		{[]string{"max-per-approval:5000000", "two-nations-above:250000.5"}, ApprovalRule{TwoNationsAbove: money(250_000_50), MaxPerApproval: money(5_000_000_00)}, ""},
		{[]string{"two-nations-above:1", "two-nations-above:1.00"}, ApprovalRule{TwoNationsAbove: money(100)}, ""},
		{[]string{"two-nations-above:1", "two-nations-above:2"}, ApprovalRule{}, "set twice"},
		{[]string{"two-nations-above:-1"}, ApprovalRule{}, "decimal string"},
		{[]string{"max-per-approval:"}, ApprovalRule{}, "decimal string"},
		{[]string{"max-per-approval:1e6"}, ApprovalRule{}, "decimal string"},
	}
	for _, tt := range tests {
		got, err := ParseApprovalTerms(tt.terms)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseApprovalTerms(%q) error = %v, want %q", tt.terms, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseApprovalTerms(%q) = %+v, %v; want %+v", tt.terms, got, err, tt.want)
		}
	}
}

func TestApprovalRuleExplain(t *testing.T) {
	tests := []struct {
		rule    ApprovalRule
		want    []string
		wantNot []string
	}{
		{ApprovalRule{}, []string{"other than the one who drafted", "One approval suffices", "justification", "earmarked money first"}, []string{"two different nations", "at most"}},
		{ApprovalRule{TwoNationsAbove: money(250_000_00)}, []string{"Above 250000.00 EUR", "two different nations"}, []string{"One approval suffices", "at most"}},
		{ApprovalRule{MaxPerApproval: money(5_000_000_00)}, []string{"at most 5000000.00 EUR", "only its increase"}, []string{"two different nations"}},
	}
	for _, tt := range tests {
		text := strings.Join(tt.rule.Explain(), "\n")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("explanation of %+v does not say %q:\n%s", tt.rule, w, text)
			}
		}
		for _, w := range tt.wantNot {
			if strings.Contains(text, w) {
				t.Errorf("explanation of %+v says %q:\n%s", tt.rule, w, text)
			}
		}
	}
}

func TestApproveOrderByPolicy(t *testing.T) {
	cyber := Cybersecurity
	pending := Order{ID: "o1", RequestID: "r1", Area: Cybersecurity, Amount: 300_000_00, Status: PendingApproval, DraftedBy: "anna"}
	inProc := Request{ID: "r1", Status: InProcurement}
	rich := ProcurementFunds{Earmarked: map[CapabilityArea]Money{Cybersecurity: 100_000_00}, Unearmarked: 1_000_000_00}
	poor := ProcurementFunds{Earmarked: map[CapabilityArea]Money{Cybersecurity: 100_000_00}, Unearmarked: 199_999_99}
	two := ApprovalRule{TwoNationsAbove: money(250_000_00)}
	withStatus := func(o Order, s OrderStatus) Order { o.Status = s; return o }
	tests := []struct {
		name      string
		order     Order
		req       Request
		rule      ApprovalRule
		prior     []Approval
		next      Signer
		funds     ProcurementFunds
		wantCode  Code
		wantState OrderStatus
		wantDraws []Draw
	}{
		{"placed by a second chair", pending, Request{ID: "r1", Status: Approved}, ApprovalRule{}, nil, luc, rich, "", Placed,
			[]Draw{{Area: &cyber, Amount: 100_000_00}, {Amount: 200_000_00}}},
		{"awaits a second nation", pending, inProc, two, nil, ottoEE, poor, "", PendingApproval, nil},
		{"placed by the second nation", pending, inProc, two, []Approval{approval(ottoEE)}, luc, rich, "", Placed,
			[]Draw{{Area: &cyber, Amount: 100_000_00}, {Amount: 200_000_00}}},
		{"money short when complete", pending, inProc, two, []Approval{approval(ottoEE)}, luc, poor, CodeConflict, PendingApproval, nil},
		{"by the drafter", pending, inProc, ApprovalRule{}, nil, annaEE, rich, CodeForbidden, PendingApproval, nil},
		{"an order already placed", withStatus(pending, Placed), inProc, ApprovalRule{}, nil, luc, rich, CodeConflict, Placed, nil},
		{"a cancelled order", withStatus(pending, OrderCancelled), inProc, ApprovalRule{}, nil, luc, rich, CodeConflict, OrderCancelled, nil},
		{"a withdrawn request", pending, Request{ID: "r1", Status: Withdrawn}, ApprovalRule{}, nil, luc, rich, CodeConflict, PendingApproval, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := ApproveOrderByPolicy(tt.order, tt.req, tt.rule, annaEE, tt.prior, approval(tt.next), tt.funds)
			wantCode(t, err, tt.wantCode)
			if got.Status != tt.wantState || !reflect.DeepEqual(got.Draws, tt.wantDraws) {
				t.Errorf("order = %s %v, want %s %v", got.Status, got.Draws, tt.wantState, tt.wantDraws)
			}
			if tt.wantState == Placed && tt.order.Status == PendingApproval {
				if got.ApprovedBy == nil || *got.ApprovedBy != tt.next.Sub || got.PlacedAt == nil || !got.PlacedAt.Equal(procNow) {
					t.Errorf("approvedBy %v placedAt %v, want %s at %v", got.ApprovedBy, got.PlacedAt, tt.next.Sub, procNow)
				}
			} else if got.ApprovedBy != nil || got.PlacedAt != nil {
				t.Errorf("unplaced order has approvedBy %v placedAt %v", got.ApprovedBy, got.PlacedAt)
			}
		})
	}
}

func TestAwaiting(t *testing.T) {
	limit := Money(100_00)
	rule := ApprovalRule{TwoNationsAbove: &limit}
	ee := Approval{By: Signer{Issuer: "itc", Sub: "a", Nation: "EE"}}
	ee2 := Approval{By: Signer{Issuer: "itc", Sub: "b", Nation: "EE"}}
	lu := Approval{By: Signer{Issuer: "itc", Sub: "c", Nation: "LU"}}
	for _, tt := range []struct {
		name      string
		amount    Money
		approvals []Approval
		want      string
	}{
		{"below, none yet", 50_00, nil, "an approval by a chair other than the drafter"},
		{"below, one", 50_00, []Approval{ee}, ""},
		{"above, none yet", 500_00, nil, "an approval by a chair other than the drafter, then one by a chair of another nation: above 100.00 two nations must approve"},
		{"above, one nation twice", 500_00, []Approval{ee, ee2}, "an approval by a chair of a nation other than EE: above 100.00 two nations must approve"},
		{"above, two nations", 500_00, []Approval{ee, lu}, ""},
	} {
		if got := rule.Awaiting(tt.amount, tt.approvals); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

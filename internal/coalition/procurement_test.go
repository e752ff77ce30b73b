package coalition

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// People of the tests: chairs of Estonia and Luxembourg, and two people of
// Ukraine's Ministry.
var (
	annaEE  = Signer{Issuer: "itc", Sub: "anna", Nation: "EE"}
	ottoEE  = Signer{Issuer: "itc", Sub: "otto", Nation: "EE"}
	luc     = Signer{Issuer: "itc", Sub: "luc", Nation: "LU"}
	olena   = Signer{Issuer: "itc", Sub: "olena", Nation: "UA"}
	taras   = Signer{Issuer: "itc", Sub: "taras", Nation: "UA"}
	procNow = time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)
)

// wantCode fails t unless err has code want ("" for no error) and, when
// want is set, a message containing every part of msg.
func wantCode(t *testing.T, err error, want Code, msg ...string) {
	t.Helper()
	if got := ErrorCode(err); got != want || (want == "" && err != nil) {
		t.Fatalf("error = %v (code %q), want code %q", err, got, want)
	}
	for _, m := range msg {
		if err != nil && !strings.Contains(err.Error(), m) {
			t.Errorf("error %q does not say %q", err, m)
		}
	}
}

func TestSignerSame(t *testing.T) {
	tests := []struct {
		a, b Signer
		want bool
	}{
		{annaEE, annaEE, true},
		{annaEE, Signer{Issuer: "itc", Sub: "anna", Nation: "LU"}, true}, // one person, whatever nation the token spoke for
		{annaEE, Signer{Issuer: "other-idp", Sub: "anna", Nation: "EE"}, false},
		{annaEE, ottoEE, false},
	}
	for _, tt := range tests {
		if got := tt.a.Same(tt.b); got != tt.want {
			t.Errorf("%v.Same(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNewSupplier(t *testing.T) {
	tests := []struct {
		name, supplier, country string
		kind                    SupplierIdentifierKind
		identifier              string
		wantCode                Code
		wantField               string
		wantIdentifier          string
	}{
		{"VAT", "Cyber Oy", "EE", SupplierVAT, "EE 1012 3456 7", "", "", "EE101234567"},
		{"VAT lower case", "Cyber Oy", "LU", SupplierVAT, "lu12345678", "", "", "LU12345678"},
		{"Greek VAT starts with EL", "Hellas SA", "GR", SupplierVAT, "EL123456789", "", "", "EL123456789"},
		{"Greek VAT with GR", "Hellas SA", "GR", SupplierVAT, "GR123456789", CodeInvalid, "identifier", ""},
		{"VAT of another country", "Cyber Oy", "EE", SupplierVAT, "LU12345678", CodeInvalid, "identifier", ""},
		{"VAT too short", "Cyber Oy", "EE", SupplierVAT, "EE1", CodeInvalid, "identifier", ""},
		{"VAT with punctuation", "Cyber Oy", "EE", SupplierVAT, "EE1234-567", CodeInvalid, "identifier", ""},
		{"NCAGE", "Comms BV", "NL", SupplierNCAGE, "h1234", "", "", "H1234"},
		{"NCAGE of 6", "Comms BV", "NL", SupplierNCAGE, "H12345", CodeInvalid, "identifier", ""},
		{"DUNS", "Data Ltd", "GB", SupplierDUNS, "123456789", "", "", "123456789"},
		{"DUNS with a letter", "Data Ltd", "GB", SupplierDUNS, "12345678A", CodeInvalid, "identifier", ""},
		{"national", "UAB Tinklas", "LT", SupplierNational, "3012-345/6.7", "", "", "3012-345/6.7"},
		{"national empty", "UAB Tinklas", "LT", SupplierNational, "  ", CodeInvalid, "identifier", ""},
		{"national with a symbol", "UAB Tinklas", "LT", SupplierNational, "30#12", CodeInvalid, "identifier", ""},
		{"unknown kind", "UAB Tinklas", "LT", "LEI", "5493001KJTIIGC8Y1R12", CodeInvalid, "identifierKind", ""},
		{"empty name", " ", "EE", SupplierNCAGE, "H1234", CodeInvalid, "name", ""},
		{"name with a control character", "Cyber\x00Oy", "EE", SupplierNCAGE, "H1234", CodeInvalid, "name", ""},
		{"name too long", strings.Repeat("x", 201), "EE", SupplierNCAGE, "H1234", CodeInvalid, "name", ""},
		{"lower-case country", "Cyber Oy", "ee", SupplierNCAGE, "H1234", CodeInvalid, "country", ""},
		{"unassigned country", "Cyber Oy", "XX", SupplierNCAGE, "H1234", CodeInvalid, "country", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := NewSupplier("s1", tt.supplier, tt.country, tt.kind, tt.identifier, annaEE, procNow)
			wantCode(t, err, tt.wantCode)
			if err != nil {
				var e *Error
				if errors.As(err, &e); e.Field != tt.wantField {
					t.Errorf("field = %q, want %q", e.Field, tt.wantField)
				}
				return
			}
			if s.Identifier != tt.wantIdentifier || s.Name != strings.TrimSpace(tt.supplier) || s.Version != 1 || s.RegisteredBy != annaEE {
				t.Errorf("supplier = %+v, want identifier %q, version 1, registered by anna", s, tt.wantIdentifier)
			}
		})
	}
}

func TestSupplierKey(t *testing.T) {
	a, _ := NewSupplier("s1", "Cyber Oy", "EE", SupplierVAT, "EE10123456", annaEE, procNow)
	b, _ := NewSupplier("s2", "Cyber OY (again)", "EE", SupplierVAT, "ee 1012 3456", luc, procNow)
	c, _ := NewSupplier("s3", "Cyber Oy", "EE", SupplierNational, "EE10123456", annaEE, procNow)
	if a.Key() != b.Key() {
		t.Errorf("one VAT number written twice gives keys %q and %q, want one", a.Key(), b.Key())
	}
	if a.Key() == c.Key() {
		t.Errorf("a VAT number and a national number share key %q", a.Key())
	}
}

func TestCheckOrderDraft(t *testing.T) {
	req := Request{ID: "r1", Area: Cybersecurity, EstimatedCost: 100_000_00, Status: Approved}
	sup := &Supplier{ID: "s1", Name: "Cyber Oy", Country: "EE"}
	nspa := ProcurementAgent{Kind: AgentNSPA}
	terms := OrderTerms{SupplierID: "s1", Agent: nspa, ContractReference: " NSPA-2026-001 "}
	with := func(f func(*OrderTerms)) OrderTerms { t := terms; f(&t); return t }
	placed := []Order{{ID: "o0", Amount: 60_000_00, Status: Placed}}
	cancelled := []Order{{ID: "o0", Amount: 60_000_00, Status: OrderCancelled}}
	tests := []struct {
		name      string
		req       Request
		others    []Order
		amount    Money
		supplier  *Supplier
		terms     OrderTerms
		wantCode  Code
		wantField string
		want      OrderTerms
	}{
		{"within the estimate", req, nil, 100_000_00, sup, terms, "", "", OrderTerms{SupplierID: "s1", Agent: nspa, ContractReference: "NSPA-2026-001"}},
		{"for a request in procurement", Request{ID: "r1", EstimatedCost: 100_000_00, Status: InProcurement}, nil, 1, sup, terms, "", "", OrderTerms{SupplierID: "s1", Agent: nspa, ContractReference: "NSPA-2026-001"}},
		{"for a submitted request", Request{ID: "r1", Status: Submitted}, nil, 1, sup, terms, CodeConflict, "", OrderTerms{}},
		{"for a fulfilled request", Request{ID: "r1", Status: Fulfilled}, nil, 1, sup, terms, CodeConflict, "", OrderTerms{}},
		{"zero amount", req, nil, 0, sup, terms, CodeInvalid, "amount", OrderTerms{}},
		{"above MaxMoney", req, nil, MaxMoney + 1, sup, terms, CodeInvalid, "amount", OrderTerms{}},
		{"unregistered supplier", req, nil, 1, nil, terms, CodeInvalid, "supplier", OrderTerms{}},
		{"another supplier than named", req, nil, 1, &Supplier{ID: "s2"}, terms, CodeInvalid, "supplier", OrderTerms{}},
		{"no contract reference", req, nil, 1, sup, with(func(t *OrderTerms) { t.ContractReference = "" }), CodeInvalid, "contractReference", OrderTerms{}},
		{"above the estimate without a word", req, nil, 100_000_01, sup, terms, CodeInvalid, "justification", OrderTerms{}},
		{"above the estimate with a justification", req, nil, 4_500_000_00, sup, with(func(t *OrderTerms) { t.Justification = "  prices rose  " }), "", "",
			OrderTerms{SupplierID: "s1", Agent: nspa, ContractReference: "NSPA-2026-001", Justification: "prices rose"}},
		{"split orders above the estimate", req, placed, 50_000_00, sup, terms, CodeInvalid, "justification", OrderTerms{}},
		{"a cancelled order does not count", req, cancelled, 50_000_00, sup, terms, "", "", OrderTerms{SupplierID: "s1", Agent: nspa, ContractReference: "NSPA-2026-001"}},
		{"justification given though not needed", req, nil, 1, sup, with(func(t *OrderTerms) { t.Justification = "framework contract" }), "", "",
			OrderTerms{SupplierID: "s1", Agent: nspa, ContractReference: "NSPA-2026-001", Justification: "framework contract"}},
		{"national agency", req, nil, 1, sup, with(func(t *OrderTerms) {
			t.Agent = ProcurementAgent{Kind: AgentNational, Country: "LT", Name: " Defence Materiel Agency "}
		}), "", "", OrderTerms{SupplierID: "s1", Agent: ProcurementAgent{Kind: AgentNational, Country: "LT", Name: "Defence Materiel Agency"}, ContractReference: "NSPA-2026-001"}},
		{"national agency without a country", req, nil, 1, sup, with(func(t *OrderTerms) { t.Agent = ProcurementAgent{Kind: AgentNational, Name: "DMA"} }), CodeInvalid, "agent.country", OrderTerms{}},
		{"national agency without a name", req, nil, 1, sup, with(func(t *OrderTerms) { t.Agent = ProcurementAgent{Kind: AgentNational, Country: "LT"} }), CodeInvalid, "agent.name", OrderTerms{}},
		{"NSPA with a country", req, nil, 1, sup, with(func(t *OrderTerms) { t.Agent = ProcurementAgent{Kind: AgentNSPA, Country: "LU"} }), CodeInvalid, "agent", OrderTerms{}},
		{"no agent", req, nil, 1, sup, with(func(t *OrderTerms) { t.Agent = ProcurementAgent{} }), CodeInvalid, "agent.kind", OrderTerms{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := CheckOrderDraft(tt.req, tt.others, tt.amount, tt.supplier, tt.terms)
			wantCode(t, err, tt.wantCode)
			if err != nil {
				var e *Error
				if errors.As(err, &e); e.Field != tt.wantField {
					t.Errorf("field = %q, want %q", e.Field, tt.wantField)
				}
			}
			if got != tt.want {
				t.Errorf("terms = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestNeedsJustification(t *testing.T) {
	tests := []struct {
		estimate, amount Money
		others           []Order
		want             bool
	}{
		{100, 100, nil, false},
		{100, 101, nil, true},
		{100, 4500, nil, true},
		{100, 50, []Order{{Amount: 50, Status: Delivered}}, false},
		{100, 50, []Order{{Amount: 51, Status: PendingApproval}}, true},
		{100, 50, []Order{{Amount: 51, Status: OrderCancelled}}, false},
		{0, 1, nil, true},
	}
	for _, tt := range tests {
		if got := NeedsJustification(tt.estimate, tt.amount, tt.others); got != tt.want {
			t.Errorf("NeedsJustification(%d, %d, %v) = %v, want %v", tt.estimate, tt.amount, tt.others, got, tt.want)
		}
	}
}

func TestProcurementAgentString(t *testing.T) {
	tests := []struct {
		a    ProcurementAgent
		want string
	}{
		{ProcurementAgent{Kind: AgentNSPA}, "NSPA"},
		{ProcurementAgent{Kind: AgentNational, Country: "LT", Name: "DMA"}, "LT: DMA"},
	}
	for _, tt := range tests {
		if got := tt.a.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.a, got, tt.want)
		}
	}
}

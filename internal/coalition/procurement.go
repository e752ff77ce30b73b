package coalition

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Procurement, as the coalition runs it:
//
//	draft (CheckOrderDraft) -> PENDING_APPROVAL
//	  -> approvals (ApproveOrderByPolicy, DecideApproval) -> PLACED, money drawn (ProcurementDraws)
//	  -> deliveries recorded (RecordDelivery), accepted or rejected by another
//	     person (AcceptDelivery, RejectDelivery) -> PARTLY_DELIVERED -> DELIVERED
//	     (ConfirmDelivery: the rest at once, by one person)
//	  a placed order is amended (ProposeAmendment): a decrease releases money
//	  at once (ProcurementRelease), an increase is approved like a new
//	  commitment (ApproveAmendment)
//	PENDING_APPROVAL or PLACED with nothing delivered -> CANCELLED (CanCancelOrder)
//	the request -> FULFILLED once CanFulfill
//
// PartlyDelivered is the status of a placed order that has at least one
// accepted delivery but not yet deliveries worth its whole amount. Its money
// stays committed, as a PLACED order's does.
const PartlyDelivered OrderStatus = "PARTLY_DELIVERED"

// OpenOrderStatuses are the statuses of an order that may still spend or
// deliver: while a request has such an order it cannot be fulfilled.
var OpenOrderStatuses = []OrderStatus{PendingApproval, Placed, PartlyDelivered}

// Signer is a person who signs a step of procurement (drafts, approves,
// records or decides): issuer and sub name the person, Nation is the nation
// their token spoke for.
type Signer struct {
	Issuer string
	Sub    string
	Nation string
}

// Same reports whether s and o are the same person, whatever nation they
// spoke for.
func (s Signer) Same(o Signer) bool { return s.Issuer == o.Issuer && s.Sub == o.Sub }

// String names the person for audit trails, e.g. "anna@itc (EE)".
func (s Signer) String() string { return s.Sub + "@" + s.Issuer + " (" + s.Nation + ")" }

// SupplierIdentifierKind says which register a supplier's identifier is from.
type SupplierIdentifierKind string

// Supplier identifier kinds.
const (
	// SupplierVAT is an EU VAT number: the country prefix then 2 to 13 letters or digits.
	SupplierVAT SupplierIdentifierKind = "VAT"
	// SupplierNCAGE is a NATO commercial and government entity code: 5 letters or digits.
	SupplierNCAGE SupplierIdentifierKind = "NCAGE"
	// SupplierDUNS is a D-U-N-S number: 9 digits.
	SupplierDUNS SupplierIdentifierKind = "DUNS"
	// SupplierNational is a national company register number: 1 to 40 letters,
	// digits, '-', '/' or '.'.
	SupplierNational SupplierIdentifierKind = "NATIONAL"
)

// SupplierIdentifierKinds lists every identifier kind.
var SupplierIdentifierKinds = []SupplierIdentifierKind{SupplierVAT, SupplierNCAGE, SupplierDUNS, SupplierNational}

// Supplier is a company in the registry the chairs keep; orders name one.
type Supplier struct {
	ID             string
	Name           string
	Country        string
	IdentifierKind SupplierIdentifierKind
	Identifier     string
	RegisteredBy   Signer
	RegisteredAt   time.Time
	Version        int
}

// Key is what makes a supplier unique in the registry: the same company
// cannot be registered twice under one identifier. Stores keep it unique.
func (s Supplier) Key() string {
	return string(s.IdentifierKind) + ":" + s.Country + ":" + s.Identifier
}

// vatPrefix maps a country to the prefix of its VAT numbers where the two
// differ (Greece writes EL).
var vatPrefix = map[string]string{"GR": "EL"}

// NewSupplier checks and normalises a supplier to register: the name is
// trimmed text, the country an ISO 3166-1 alpha-2 code, the identifier
// upper-cased without spaces and valid for its kind. It fails with
// BAD_USER_INPUT naming the field at fault; uniqueness is the store's (Key).
func NewSupplier(id, name, country string, kind SupplierIdentifierKind, identifier string, by Signer, at time.Time) (Supplier, error) {
	name, err := procText("name", name, 200, false)
	if err != nil {
		return Supplier{}, err
	}
	if !ValidCountry(country) {
		return Supplier{}, Invalid("country", "must be an ISO 3166-1 alpha-2 code in upper case, like \"EE\"")
	}
	identifier = strings.ToUpper(strings.Join(strings.Fields(identifier), ""))
	if err := validIdentifier(kind, country, identifier); err != nil {
		return Supplier{}, err
	}
	return Supplier{ID: id, Name: name, Country: country, IdentifierKind: kind, Identifier: identifier,
		RegisteredBy: by, RegisteredAt: at, Version: 1}, nil
}

func validIdentifier(kind SupplierIdentifierKind, country, id string) error {
	switch kind {
	case SupplierVAT:
		prefix := country
		if p, ok := vatPrefix[country]; ok {
			prefix = p
		}
		rest, ok := strings.CutPrefix(id, prefix)
		if !ok || len(rest) < 2 || len(rest) > 13 || !alnum(rest, "") {
			return Invalid("identifier", "a VAT number starts with %s and has 2 to 13 letters or digits after it", prefix)
		}
	case SupplierNCAGE:
		if len(id) != 5 || !alnum(id, "") {
			return Invalid("identifier", "an NCAGE code has 5 letters or digits")
		}
	case SupplierDUNS:
		if len(id) != 9 || !alnum(id, "") || strings.IndexFunc(id, unicode.IsLetter) >= 0 {
			return Invalid("identifier", "a D-U-N-S number has 9 digits")
		}
	case SupplierNational:
		if id == "" || len(id) > 40 || !alnum(id, "-/.") {
			return Invalid("identifier", "a national register number has 1 to 40 letters, digits, '-', '/' or '.'")
		}
	default:
		return Invalid("identifierKind", "must be one of VAT, NCAGE, DUNS or NATIONAL")
	}
	return nil
}

// alnum reports whether s holds only ASCII letters, digits and bytes of extra.
func alnum(s, extra string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || strings.IndexByte(extra, c) >= 0) {
			return false
		}
	}
	return true
}

// AgentKind says who buys on the coalition's behalf.
type AgentKind string

// Procurement agents.
const (
	// AgentNSPA is the NATO Support and Procurement Agency.
	AgentNSPA AgentKind = "NSPA"
	// AgentNational is a nation's own procurement agency.
	AgentNational AgentKind = "NATIONAL_AGENCY"
)

// ProcurementAgent is the agency that signs the contract with the supplier.
// A national agency names its nation and itself; NSPA needs neither.
type ProcurementAgent struct {
	Kind    AgentKind
	Country string
	Name    string
}

// String names the agent, e.g. "NSPA" or "LT: Defence Materiel Agency".
func (a ProcurementAgent) String() string {
	if a.Kind == AgentNational {
		return a.Country + ": " + a.Name
	}
	return string(a.Kind)
}

// OrderTerms are the contract an order stands for: the registered supplier,
// the agent that buys, the contract's reference, and the written
// justification when the order goes above its request's estimate.
type OrderTerms struct {
	SupplierID        string
	Agent             ProcurementAgent
	ContractReference string
	Justification     string
}

// CheckOrderDraft checks a chair's draft of an order of amount for request
// r, given the supplier it names (nil when the registry has none of that
// id) and the request's other orders. It returns the terms normalised.
//
// Errors: CONFLICT when r is not APPROVED or IN_PROCUREMENT;
// BAD_USER_INPUT for a non-positive amount, an unknown supplier, an invalid
// agent or reference, or a missing justification (see NeedsJustification).
func CheckOrderDraft(r Request, others []Order, amount Money, supplier *Supplier, t OrderTerms) (OrderTerms, error) {
	if r.Status != Approved && r.Status != InProcurement {
		return OrderTerms{}, Conflict("request %s is %s; orders can be drafted only for APPROVED or IN_PROCUREMENT requests", r.ID, r.Status)
	}
	if amount <= 0 || amount > MaxMoney {
		return OrderTerms{}, Invalid("amount", "must be more than zero")
	}
	if supplier == nil || supplier.ID != t.SupplierID {
		return OrderTerms{}, Invalid("supplier", "%q is not a registered supplier", t.SupplierID)
	}
	agent, err := checkAgent(t.Agent)
	if err != nil {
		return OrderTerms{}, err
	}
	ref, err := procText("contractReference", t.ContractReference, 100, false)
	if err != nil {
		return OrderTerms{}, err
	}
	why, err := justification(t.Justification, NeedsJustification(r.EstimatedCost, amount, others), r, amount)
	if err != nil {
		return OrderTerms{}, err
	}
	return OrderTerms{SupplierID: supplier.ID, Agent: agent, ContractReference: ref, Justification: why}, nil
}

func checkAgent(a ProcurementAgent) (ProcurementAgent, error) {
	switch a.Kind {
	case AgentNSPA:
		if a.Country != "" || strings.TrimSpace(a.Name) != "" {
			return ProcurementAgent{}, Invalid("agent", "NSPA takes no country and no name")
		}
		return ProcurementAgent{Kind: AgentNSPA}, nil
	case AgentNational:
		if !ValidCountry(a.Country) {
			return ProcurementAgent{}, Invalid("agent.country", "must be an ISO 3166-1 alpha-2 code in upper case, like \"LT\"")
		}
		name, err := procText("agent.name", a.Name, 200, false)
		if err != nil {
			return ProcurementAgent{}, err
		}
		return ProcurementAgent{Kind: AgentNational, Country: a.Country, Name: name}, nil
	}
	return ProcurementAgent{}, Invalid("agent.kind", "must be NSPA or NATIONAL_AGENCY")
}

// NeedsJustification reports whether an order of amount, beside the
// request's other orders that are not cancelled, takes the request's
// orders above its estimate. Counting the others too means that splitting
// a purchase into orders under the estimate does not avoid a word of why.
func NeedsJustification(estimate, amount Money, others []Order) bool {
	return ordersTotal(others)+amount > estimate
}

// ordersTotal sums the amounts of orders that are not cancelled.
func ordersTotal(orders []Order) Money {
	var sum Money
	for _, o := range orders {
		if o.Status != OrderCancelled {
			sum += o.Amount
		}
	}
	return sum
}

// justification checks the written justification: required when needed,
// kept (trimmed) when given anyway.
func justification(v string, needed bool, r Request, amount Money) (string, error) {
	if strings.TrimSpace(v) == "" {
		if needed {
			return "", Invalid("justification", "the orders of request %s would total more than its estimate of %s with this %s: say why in a justification",
				r.ID, r.EstimatedCost, amount)
		}
		return "", nil
	}
	return procText("justification", v, 2000, true)
}

// procText checks a free-text field: trimmed, 1..max characters, printable
// (new lines and tabs allowed where multiline).
func procText(field, v string, max int, multiline bool) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", Invalid(field, "must not be empty")
	}
	if !utf8.ValidString(v) || utf8.RuneCountInString(v) > max {
		return "", Invalid(field, "must be at most %d characters of valid text", max)
	}
	for _, r := range v {
		if !unicode.IsPrint(r) && !(multiline && (r == '\n' || r == '\t')) {
			return "", Invalid(field, "must not contain control characters")
		}
	}
	return v, nil
}

// Package coalition holds the domain of the IT Coalition: its types, rules and errors.
package coalition

import "time"

// NationRole is a nation's standing in the coalition.
type NationRole string

// Nation standings.
const (
	NationChair       NationRole = "CHAIR"
	NationMember      NationRole = "MEMBER"
	NationObserver    NationRole = "OBSERVER"
	NationBeneficiary NationRole = "BENEFICIARY"
)

// NationStatus says whether a nation currently takes part.
type NationStatus string

// Nation statuses.
const (
	NationActive    NationStatus = "ACTIVE"
	NationSuspended NationStatus = "SUSPENDED"
)

// Nation is a participant of the coalition's registry.
type Nation struct {
	Code            string
	Name            string
	Role            NationRole
	Status          NationStatus
	JoinedAt        time.Time
	SuspendedReason *string
}

// ContributionKind says whether a contribution is money or equipment.
type ContributionKind string

// Contribution kinds.
const (
	Financial ContributionKind = "FINANCIAL"
	InKind    ContributionKind = "IN_KIND"
)

// ContributionStatus is where a contribution is in its life cycle.
type ContributionStatus string

// Contribution statuses.
const (
	Pledged   ContributionStatus = "PLEDGED"
	Received  ContributionStatus = "RECEIVED"
	Cancelled ContributionStatus = "CANCELLED"
)

// CapabilityArea is one of the four kinds of equipment the coalition buys.
type CapabilityArea string

// Capability areas.
const (
	Communications CapabilityArea = "COMMUNICATIONS"
	DataCentres    CapabilityArea = "DATA_CENTRES"
	ITArchitecture CapabilityArea = "IT_ARCHITECTURE"
	Cybersecurity  CapabilityArea = "CYBERSECURITY"
)

// Areas lists every capability area in a stable order.
var Areas = []CapabilityArea{Communications, DataCentres, ITArchitecture, Cybersecurity}

// Valid reports whether a is a known capability area.
func (a CapabilityArea) Valid() bool {
	for _, x := range Areas {
		if a == x {
			return true
		}
	}
	return false
}

// Contribution is a nation's pledge of money or equipment.
type Contribution struct {
	ID         string
	NationCode string
	Kind       ContributionKind
	Amount     Money
	Currency   string
	EurAmount  Money
	// ReceivedEur is the EUR actually received; set with the receipt.
	ReceivedEur *Money
	// Rate is the exchange rate used at receipt, as a decimal string.
	Rate       *string
	Earmark    *CapabilityArea
	Status     ContributionStatus
	PledgedAt  time.Time
	ReceivedAt *time.Time
	// PledgedBy is the sub of the person who pledged.
	PledgedBy string
	// Version goes up by one with every change (CheckVersion).
	Version int
}

// RequestStatus is where a priority request is in its life cycle.
type RequestStatus string

// Request statuses.
const (
	Draft         RequestStatus = "DRAFT"
	Submitted     RequestStatus = "SUBMITTED"
	Approved      RequestStatus = "APPROVED"
	Rejected      RequestStatus = "REJECTED"
	InProcurement RequestStatus = "IN_PROCUREMENT"
	Fulfilled     RequestStatus = "FULFILLED"
	Withdrawn     RequestStatus = "WITHDRAWN"
)

// RequestStatuses lists every request status.
var RequestStatuses = []RequestStatus{Draft, Submitted, Approved, Rejected, InProcurement, Fulfilled, Withdrawn}

// Open reports whether a request in status s takes part in its phase's
// priority order. Drafts do not: they get a priority when submitted.
func (s RequestStatus) Open() bool {
	switch s {
	case Submitted, Approved, InProcurement:
		return true
	}
	return false
}

// Request is a priority request of Ukraine's Ministry of Defence.
type Request struct {
	ID            string
	Title         string
	Description   string
	Area          CapabilityArea
	Phase         int
	Priority      int
	EstimatedCost Money
	Status        RequestStatus
	RejectReason  *string
	CreatedAt     time.Time
	UpdatedAt     time.Time
	// Version goes up by one with every change; an edit names the version
	// its editor saw (CheckVersion).
	Version int
}

// OrderStatus is where a procurement order is in its life cycle.
type OrderStatus string

// Order statuses.
const (
	PendingApproval OrderStatus = "PENDING_APPROVAL"
	Placed          OrderStatus = "PLACED"
	Delivered       OrderStatus = "DELIVERED"
	OrderCancelled  OrderStatus = "CANCELLED"
)

// OrderStatuses lists every order status.
var OrderStatuses = []OrderStatus{PendingApproval, Placed, Delivered, OrderCancelled}

// Order is a purchase made with the coalition's money for one request.
type Order struct {
	ID        string
	RequestID string
	Supplier  string
	Amount    Money
	Status    OrderStatus
	DraftedBy string
	// DrafterIssuer is the issuer of DraftedBy's token: a person is an
	// issuer and a subject. Empty for orders drafted before it was kept.
	DrafterIssuer string
	ApprovedBy    *string
	// Area is the capability area of the order's request.
	Area      CapabilityArea
	DraftedAt time.Time
	// Draws say which pools the approval committed the amount from.
	Draws       []Draw
	PlacedAt    *time.Time
	DeliveredAt *time.Time
	CancelledAt *time.Time
	// OrderTerms are the contract: the registered supplier (Supplier keeps
	// its name), the procurement agent, the contract reference and the
	// justification when the order goes above its request's estimate.
	OrderTerms
	// Version goes up by one with every change (CheckVersion).
	Version int
	// Approvals are the chairs' approvals so far, oldest first
	// (DecideApproval); empty for orders placed before they were kept.
	Approvals []Approval
}

// Draw is the part of an order's amount committed from one pool: an area's
// earmarked money, or unearmarked money when Area is nil.
type Draw struct {
	Area   *CapabilityArea
	Amount Money
}

// AuditOutcome says how an audited attempt ended.
type AuditOutcome string

// Audit outcomes.
const (
	OutcomeOK     AuditOutcome = "OK"
	OutcomeDenied AuditOutcome = "DENIED"
	OutcomeFailed AuditOutcome = "FAILED"
)

// Actor is who did something, as their token said.
type Actor struct {
	Issuer string
	Sub    string
	Role   string
	Nation string
}

// AuditEvent records one mutation or one denied attempt.
type AuditEvent struct {
	ID     string
	At     time.Time
	Actor  Actor
	Action string
	Target string
	// TargetType is the type of the target ("Nation", "Contribution", "PriorityRequest", "Order").
	TargetType string
	// Nations are the nations the event is about, for scoping who may read it.
	Nations []string
	Outcome AuditOutcome
	Detail  string
	// Changes are the fields the change set, before and after (none for a
	// refused or failed attempt); readers see them through their field
	// rules (see the service's audit redaction).
	Changes []FieldChange
	// Reason is the reason the actor gave (a rejection, a suspension), if any.
	Reason string
	// TargetNation and TargetStatus are the target's nation and status as
	// the change left them (or found them), so that a reader's row scope
	// of the target's type decides whether it may see the changes.
	TargetNation string
	TargetStatus string
}

// Fund is the pooled money, in EUR cents, as far as the viewer may see it.
type Fund struct {
	Pledged      Money
	Received     Money
	Committed    Money
	Available    Money
	InKind       Money
	Contributors int
	ByArea       []AreaFund
	// Withheld names the totals this viewer may not see (disclosure
	// control); the API shows them as null.
	Withheld map[string]bool
}

// AreaFund is the fund of one capability area, or of unearmarked money when
// Area is nil. Figures are nil when suppressed for the viewer.
type AreaFund struct {
	Area             *CapabilityArea
	Contributors     *int
	Pledged          *Money
	Received         *Money
	Committed        *Money
	Available        *Money
	SuppressedReason *string
}

// Page asks for at most First items after the opaque cursor After.
type Page struct {
	First int
	After string
	// SkipCount leaves List.Total at 0 when the caller does not need it:
	// a count can cost a pass over the collection.
	SkipCount bool
}

// List is one page of a connection.
type List[T any] struct {
	Items   []T
	Cursors []string
	HasNext bool
	Total   int
}

// NationFilter narrows a nation list; nil fields do not narrow.
type NationFilter struct {
	Role   *NationRole
	Status *NationStatus
}

// ContributionFilter narrows a contribution list. Nations nil means any
// nation; an empty non-nil slice means none.
type ContributionFilter struct {
	Nations []string
	Status  *ContributionStatus
	Earmark *CapabilityArea
	Kind    *ContributionKind
}

// RequestFilter narrows a request list. Statuses nil means any status.
type RequestFilter struct {
	Statuses []RequestStatus
	Area     *CapabilityArea
	Phase    *int
}

// OrderFilter narrows an order list.
type OrderFilter struct {
	Status     *OrderStatus
	RequestIDs []string
}

// AuditFilter narrows the audit log. Nations and TargetTypes nil mean any;
// when both are set an event matches either.
type AuditFilter struct {
	Nations     []string
	TargetTypes []string
	Action      *string
	Target      *string
	// The reader's own filters, each narrowing what the scope above lets
	// it see (nil: any). From is inclusive, To exclusive.
	From, To    *time.Time
	ActorSub    *string
	ActorIssuer *string
	ActorNation *string
	Outcome     *AuditOutcome
	TargetType  *string
}

// MaxFirst is the most items one page may ask for.
const MaxFirst = 1000

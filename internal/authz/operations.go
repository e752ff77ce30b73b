package authz

import "slices"

// Operation is one policy resource and action, and the GraphQL operations
// (root fields) that the policy's answer to it decides. This table is the
// one place where the service's resources and actions are spelled: the
// service asks with these values, me.permissions names the operations of
// each grant, and the schema's @policy directives are checked against it.
type Operation struct {
	Resource, Action string
	// Names are the GraphQL root fields this grant decides; the first one
	// names a mutation's audit events.
	Names []string
}

// Name is the operation's first GraphQL name.
func (o Operation) Name() string {
	if len(o.Names) == 0 {
		return o.Resource + "." + o.Action
	}
	return o.Names[0]
}

const read = "read"

// The operations of the coalition.
var (
	NationRead       = op("Nation", read, "nations", "nation")
	NationAdmit      = op("Nation", "admit", "admitNation")
	NationSetRole    = op("Nation", "setRole", "setNationRole")
	NationSuspend    = op("Nation", "suspend", "suspendNation")
	NationReinstate  = op("Nation", "reinstate", "reinstateNation")
	ContributionRead = op("Contribution", read, "contributions", "contribution")
	Pledge           = op("Contribution", "pledge", "pledgeContribution")
	RecordReceipt    = op("Contribution", "recordReceipt", "recordReceipt")
	CancelPledge     = op("Contribution", "cancel", "cancelContribution")
	FundRead         = op("Fund", read, "fund")
	FundByAreaRead   = op("Fund.byArea", read)
	RequestRead      = op("PriorityRequest", read, "requests", "request")
	RequestCreate    = op("PriorityRequest", "create", "createRequest")
	RequestUpdate    = op("PriorityRequest", "update", "updateRequest")
	RequestSubmit    = op("PriorityRequest", "submit", "submitRequest")
	RequestPriority  = op("PriorityRequest", "reprioritize", "reprioritizeRequest")
	RequestWithdraw  = op("PriorityRequest", "withdraw", "withdrawRequest")
	RequestApprove   = op("PriorityRequest", "approve", "approveRequest")
	RequestReject    = op("PriorityRequest", "reject", "rejectRequest")
	RequestFulfil    = op("PriorityRequest", "fulfill", "fulfillRequest")
	OrderRead        = op("Order", read, "orders", "order")
	OrderDraft       = op("Order", "draft", "draftOrder")
	OrderApprove     = op("Order", "approve", "approveOrder")
	OrderCancel      = op("Order", "cancel", "cancelOrder")
	OrderDeliver     = op("Order", "confirmDelivery", "confirmDelivery")
	AuditRead        = op("AuditEvent", read, "auditLog", "auditEvents")

	// People: who used the API; chairs suspend and reinstate one person.
	PersonRead      = op("Person", read, "people")
	PersonSuspend   = op("Person", "suspend", "suspendPerson")
	PersonReinstate = op("Person", "reinstate", "reinstatePerson")

	// The books (issue 12): stages of a contribution.
	CommitContribution = op("Contribution", "commit", "commitContribution")

	// Procurement (issue 13): the supplier registry.
	SupplierRead     = op("Supplier", read, "suppliers")
	SupplierRegister = op("Supplier", "register", "registerSupplier")

	// Procurement (issue 13): deliveries recorded and decided by two people
	// of the Ministry, and amendments of a placed order's amount. Their
	// audit events are about the order.
	DeliveryRecord         = op("Order", "recordDelivery", "recordDelivery")
	DeliveryAccept         = op("Order", "acceptDelivery", "acceptDelivery")
	DeliveryReject         = op("Order", "rejectDelivery", "rejectDelivery")
	OrderAmend             = op("Order", "amend", "amendOrder")
	OrderApproveAmendment  = op("Order", "approveAmendment", "approveAmendment")
	OrderWithdrawAmendment = op("Order", "withdrawAmendment", "withdrawAmendment")

	// The books (issue 12): receipts kept by two people, what money
	// bought, the fund's history, equipment given in kind.
	ConfirmReceipt  = op("Contribution", "confirmReceipt", "confirmReceipt")
	ReverseReceipt  = op("Contribution", "reverseReceipt", "reverseReceipt")
	DeclineReversal = op("Contribution", "declineReversal", "declineReversal")
	ReceiptRead     = op("Receipt", read, "receipts", "receipt")
	AllocationRead  = op("Allocation", read)
	FundHistory     = op("Fund", "history", "fundHistory")
	InKindDelivery  = op("Contribution", "recordInKindDelivery", "recordInKindDelivery")
)

// Operations lists the table, in the order above.
var Operations []Operation

func op(resource, action string, names ...string) Operation {
	o := Operation{Resource: resource, Action: action, Names: names}
	Operations = append(Operations, o)
	return o
}

// FieldRead is the grant to read field (Type.field) of a @guarded field.
func FieldRead(field string) Operation { return Operation{Resource: field, Action: read} }

// Standing is the grant that lets a nation of standing (CHAIR, MEMBER, ...)
// use a token of some role.
func Standing(standing string) Operation {
	return Operation{Resource: "Standing:" + standing, Action: "assume"}
}

// OperationNamed returns the operation whose names include name.
func OperationNamed(name string) (Operation, bool) {
	for _, o := range Operations {
		if slices.Contains(o.Names, name) {
			return o, true
		}
	}
	return Operation{}, false
}

// operationsOf lists the GraphQL operations decided by resource and action.
func operationsOf(resource, action string) []string {
	for _, o := range Operations {
		if o.Resource == resource && o.Action == action {
			return o.Names
		}
	}
	return nil
}

// Ask returns what the policy grants role for o.
func (e *Enforcer) Ask(role string, o Operation) Scope { return e.Scope(role, o.Resource, o.Action) }

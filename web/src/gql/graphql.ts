/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An exact amount: a decimal string with two places, such as "1250000.00". Fund figures are in EUR. */
  Money: { input: string; output: string; }
  /** A moment in RFC 3339 form, in UTC. */
  Time: { input: string; output: string; }
};

export type Actor = {
  __typename?: 'Actor';
  /** The identity provider that vouched for the actor: with sub, the person. */
  issuer: Scalars['String']['output'];
  nation: Scalars['String']['output'];
  role: Scalars['String']['output'];
  sub: Scalars['String']['output'];
};

export type AdmitNationInput = {
  /** ISO 3166-1 alpha-2, upper case. */
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** CHAIR, MEMBER or OBSERVER. */
  role: NationRole;
};

/** Who buys on the coalition's behalf. */
export type AgentKind =
  | 'NATIONAL_AGENCY'
  | 'NSPA';

/**
 * Money of one contribution that paid for one order's draw on one pool, by
 * the tracing rule: within a pool, first received, first spent.
 */
export type Allocation = {
  __typename?: 'Allocation';
  amount: Scalars['Money']['output'];
  /** The pool's area; null for unearmarked money. */
  area?: Maybe<CapabilityArea>;
  contributionId: Scalars['ID']['output'];
  /** The order, as far as the viewer may read it. */
  order?: Maybe<Order>;
  orderId: Scalars['ID']['output'];
};

/** A change of a placed order's amount. */
export type Amendment = {
  __typename?: 'Amendment';
  appliedAt?: Maybe<Scalars['Time']['output']>;
  approvals: Array<Approval>;
  /** What the approvals of an increase still await, in words; null unless PENDING_APPROVAL. */
  awaiting?: Maybe<Scalars['String']['output']>;
  from?: Maybe<Scalars['Money']['output']>;
  id: Scalars['ID']['output'];
  justification?: Maybe<Scalars['String']['output']>;
  proposedAt: Scalars['Time']['output'];
  /** sub of the chair who proposed it. */
  proposedBy: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  status: AmendmentStatus;
  to?: Maybe<Scalars['Money']['output']>;
  version: Scalars['Int']['output'];
};

export type AmendmentStatus =
  | 'APPLIED'
  | 'PENDING_APPROVAL'
  | 'WITHDRAWN';

/** One chair's approval of an order or of an amendment. */
export type Approval = {
  __typename?: 'Approval';
  at: Scalars['Time']['output'];
  /** sub of the chair. */
  by: Scalars['String']['output'];
  /** The nation the chair approved for. */
  nation: Scalars['String']['output'];
};

export type AreaFund = {
  __typename?: 'AreaFund';
  /** The area; null for the unearmarked pool. */
  area?: Maybe<CapabilityArea>;
  available?: Maybe<Scalars['Money']['output']>;
  committed?: Maybe<Scalars['Money']['output']>;
  /** Nations that gave to this area. Null when suppressed. */
  contributors?: Maybe<Scalars['Int']['output']>;
  pledged?: Maybe<Scalars['Money']['output']>;
  received?: Maybe<Scalars['Money']['output']>;
  /** Why the figures are null, when they are. */
  suppressedReason?: Maybe<Scalars['String']['output']>;
};

export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actor: Actor;
  at: Scalars['Time']['output'];
  /**
   * The fields the change set, before and after, that this viewer may read:
   * none for a refused or failed attempt, and none when the target is outside
   * what the viewer may read of its type (another nation's contribution for
   * a member, a draft request for a chair). A field the policy guards
   * (Order.amount, Order.supplier, ...) shows only to who may read it, and an
   * amount of money only to who may read the type's amount.
   */
  changes: Array<FieldChange>;
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  outcome: AuditOutcome;
  /** The reason the actor gave (a rejection, a suspension), if any and if the viewer may read the target. */
  reason?: Maybe<Scalars['String']['output']>;
  target: Scalars['String']['output'];
  /** The type of the target: Nation, Contribution, PriorityRequest, Order, Person, Supplier, ... */
  targetType: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditOutcome =
  | 'DENIED'
  | 'FAILED'
  | 'OK';

export type CapabilityArea =
  | 'COMMUNICATIONS'
  | 'CYBERSECURITY'
  | 'DATA_CENTRES'
  | 'IT_ARCHITECTURE';

export type Contribution = {
  __typename?: 'Contribution';
  /** The orders its money paid for, and how much (chairs all, members their own nation's). */
  allocations?: Maybe<Array<Allocation>>;
  /** The pledged amount, in currency. */
  amount: Scalars['Money']['output'];
  /** ISO 4217 code of amount. */
  currency: Scalars['String']['output'];
  /** Capability area the money is reserved for; null means unearmarked. */
  earmark?: Maybe<CapabilityArea>;
  /** Indicative EUR value given with the pledge. */
  eurAmount: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  /** For equipment given in kind: its valuation and delivery; null for money. */
  inKind?: Maybe<InKindDetails>;
  kind: ContributionKind;
  nation: Nation;
  /** What the contribution still expects in its currency: its amount less its pending and confirmed receipts; 0 once received or cancelled, and for equipment. */
  outstanding?: Maybe<Scalars['Money']['output']>;
  pledgedAt: Scalars['Time']['output'];
  /** Exchange rate used at receipt. */
  rate?: Maybe<Scalars['String']['output']>;
  /** Its receipts, oldest first (chairs all, members their own nation's). */
  receipts?: Maybe<Array<Receipt>>;
  receivedAt?: Maybe<Scalars['Time']['output']>;
  /** EUR actually received; null until the receipt is recorded. */
  receivedEur?: Maybe<Scalars['Money']['output']>;
  status: ContributionStatus;
  version: Scalars['Int']['output'];
};

export type ContributionConnection = {
  __typename?: 'ContributionConnection';
  edges: Array<ContributionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContributionEdge = {
  __typename?: 'ContributionEdge';
  cursor: Scalars['String']['output'];
  node: Contribution;
};

export type ContributionKind =
  | 'FINANCIAL'
  | 'IN_KIND';

export type ContributionStatus =
  | 'CANCELLED'
  | 'COMMITTED'
  | 'PLEDGED'
  | 'RECEIVED';

export type CreateRequestInput = {
  area: CapabilityArea;
  description: Scalars['String']['input'];
  estimatedCost: Scalars['Money']['input'];
  phase: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

/** Goods that arrived against an order. */
export type Delivery = {
  __typename?: 'Delivery';
  /** The day the goods arrived, such as "2026-11-30". */
  date: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['Time']['output']>;
  /** sub of the person who accepted or rejected it. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  order?: Maybe<Order>;
  recordedAt: Scalars['Time']['output'];
  /** sub of the person who recorded it. */
  recordedBy: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  rejectReason?: Maybe<Scalars['String']['output']>;
  status: DeliveryStatus;
  /** What the goods are worth of the order's amount. */
  value?: Maybe<Scalars['Money']['output']>;
  version: Scalars['Int']['output'];
  /** Made by confirmDelivery: the rest of the order, recorded and accepted at once. */
  whole: Scalars['Boolean']['output'];
};

export type DeliveryStatus =
  | 'ACCEPTED'
  | 'RECORDED'
  | 'REJECTED';

export type DraftOrderInput = {
  /** The agency that buys. */
  agent: ProcurementAgentInput;
  amount: Scalars['Money']['input'];
  /** The contract's reference. */
  contractReference: Scalars['String']['input'];
  /** Why, when the request's orders would total more than its estimate. */
  justification?: InputMaybe<Scalars['String']['input']>;
  request: Scalars['ID']['input'];
  supplier: Scalars['String']['input'];
};

/** One field an audited change set. Values are written as the API shows them: money as "1250.00", times in RFC 3339 UTC. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The value after the change; null for a field that became unset. */
  after?: Maybe<Scalars['String']['output']>;
  /** The value before the change; null for a field that was unset (every field of a creation). */
  before?: Maybe<Scalars['String']['output']>;
  /** The field's name, nested fields joined by dots (agent.kind). */
  field: Scalars['String']['output'];
};

/** The pooled money, in EUR. */
export type Fund = {
  __typename?: 'Fund';
  /** received minus committed: what approvals may still draw on. */
  available?: Maybe<Scalars['Money']['output']>;
  /** The figures per capability area, and for unearmarked money. */
  byArea: Array<AreaFund>;
  /** Money committed to placed and delivered orders. */
  committed?: Maybe<Scalars['Money']['output']>;
  /** Nations with at least one pledged or received contribution. */
  contributors: Scalars['Int']['output'];
  /** Value of in-kind contributions: counted, never spendable. */
  inKind?: Maybe<Scalars['Money']['output']>;
  /** Financial pledges not yet received or cancelled. Totals are null where they would disclose the money of too few nations (see withheldReason). */
  pledged?: Maybe<Scalars['Money']['output']>;
  /** Financial money received. */
  received?: Maybe<Scalars['Money']['output']>;
};

/** How much of an in-kind contribution has arrived. */
export type InKindDelivery =
  | 'AWAITED'
  | 'DELIVERED'
  | 'PARTLY_DELIVERED';

/** What equipment given in kind carries beside its value. */
export type InKindDetails = {
  __typename?: 'InKindDetails';
  /** Null when the pledge did not state it. */
  basis?: Maybe<ValuationBasis>;
  deliveredAt?: Maybe<Scalars['Time']['output']>;
  /** EUR value delivered so far. */
  deliveredValue: Scalars['Money']['output'];
  delivery: InKindDelivery;
  /** What is given ("500 firewall licences, 3 years"); empty when not stated. */
  description: Scalars['String']['output'];
};

/** A pool's figures at the end of the month that starts at start (UTC). */
export type MonthFigures = {
  __typename?: 'MonthFigures';
  figures: PoolFigures;
  start: Scalars['Time']['output'];
};

/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accept a recorded delivery (the Ministry, not the person who recorded it). expectedVersion is the delivery's. */
  acceptDelivery: Delivery;
  /** Admit a nation to the registry (chairs). The code is ISO 3166-1 alpha-2. */
  admitNation: Nation;
  /** Change a placed order's amount, for a reason (chairs). A decrease applies at once and releases money; an increase awaits approval (approveAmendment) like a new commitment. justification: when the request's orders would go above its estimate. */
  amendOrder: Order;
  /** Approve the increase awaiting approval on order id (a chair other than its proposer; above the policy's threshold, chairs of two nations). The approval that completes it commits the money: CONFLICT when it is not there. */
  approveAmendment: Order;
  /** Approve an order (a chair other than the one who drafted it): commits its amount, from the area's earmarked money first, then unearmarked money. */
  approveOrder: Order;
  approveRequest: PriorityRequest;
  /** Cancel a pledge that is still PLEDGED. */
  cancelContribution: Contribution;
  /** Cancel a pending or placed order, releasing what it committed. */
  cancelOrder: Order;
  /** Formalises a pledge by a signed agreement: its money is then committed by the donor and outstanding until received. A chair's act. */
  commitContribution: Contribution;
  /** Confirm that a placed order was delivered (the Ministry). */
  confirmDelivery: Order;
  /**
   * Confirm what waits on a receipt (a chair other than the one who recorded
   * it, or who asked for its reversal): a PENDING receipt then counts and its
   * money is spendable; a pending reversal posts and the money leaves the fund.
   */
  confirmReceipt: Receipt;
  /** Draft a priority request (the Ministry). */
  createRequest: PriorityRequest;
  /** Withdraw or decline a receipt's pending reversal; the receipt stays confirmed. */
  declineReversal: Receipt;
  /** Draft an order for an approved request (chairs); it commits no money yet. */
  draftOrder: Order;
  /** Close a request in procurement whose orders are all delivered or cancelled. */
  fulfillRequest: PriorityRequest;
  /** Pledge money or equipment for the viewer's own nation. */
  pledgeContribution: Contribution;
  /** Record goods that arrived against a PLACED or PARTLY_DELIVERED order (the Ministry); date is a day such as "2026-11-30". Another person of the Ministry accepts or rejects it. expectedVersion is the order's. */
  recordDelivery: Delivery;
  /**
   * Record the arrival of equipment given in kind worth value (EUR) (chairs):
   * PARTLY_DELIVERED, or DELIVERED and the contribution RECEIVED once all of
   * its value is in. Never spendable.
   */
  recordInKindDelivery: Contribution;
  /** Record an instalment of money received for a COMMITTED contribution (chairs). It is PENDING and counts only once a second chair confirms it (confirmReceipt). */
  recordReceipt: Receipt;
  /** Register a company in the supplier registry (chairs). One identifier is registered once. */
  registerSupplier: Supplier;
  reinstateNation: Nation;
  /** Lift a person's suspension (chairs). */
  reinstatePerson: Person;
  /** Reject a recorded delivery, saying why (the Ministry, not the person who recorded it); its value may be delivered again. expectedVersion is the delivery's. */
  rejectDelivery: Delivery;
  rejectRequest: PriorityRequest;
  /** Move an open request to priority (1..n of its phase); the others shift. */
  reprioritizeRequest: PriorityRequest;
  /**
   * Ask for a receipt to be taken out of the books, with a reason. A PENDING
   * receipt is reversed at once; a CONFIRMED one keeps counting until a second
   * person confirms the reversal with confirmReceipt. CONFLICT when taking its
   * money out would leave its pool with more committed than received.
   */
  reverseReceipt: Receipt;
  /** Change a nation's standing (chairs). At least one active chair always remains; UA stays the beneficiary. */
  setNationRole: Nation;
  /** Submit a draft; it takes the last priority of its phase. */
  submitRequest: PriorityRequest;
  /** Suspend a nation (chairs); its tokens stop working on its next request. */
  suspendNation: Nation;
  /** Stop one person (chairs): their next request is refused with FORBIDDEN, whatever their token says. */
  suspendPerson: Person;
  /** Edit a request while DRAFT or SUBMITTED. */
  updateRequest: PriorityRequest;
  /** Withdraw the increase awaiting approval on order id. */
  withdrawAmendment: Order;
  withdrawRequest: PriorityRequest;
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationAcceptDeliveryArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationAdmitNationArgs = {
  input: AdmitNationInput;
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationAmendOrderArgs = {
  amount: Scalars['Money']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  justification?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationApproveAmendmentArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationApproveOrderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationApproveRequestArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationCancelContributionArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationCancelOrderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationCommitContributionArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
  signedOn: Scalars['Time']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationConfirmDeliveryArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationConfirmReceiptArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationCreateRequestArgs = {
  input: CreateRequestInput;
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationDeclineReversalArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationDraftOrderArgs = {
  input: DraftOrderInput;
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationFulfillRequestArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationPledgeContributionArgs = {
  input: PledgeInput;
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationRecordDeliveryArgs = {
  date: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  order: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
  value: Scalars['Money']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationRecordInKindDeliveryArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  value: Scalars['Money']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationRecordReceiptArgs = {
  id: Scalars['ID']['input'];
  input: ReceiptInput;
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationRegisterSupplierArgs = {
  input: RegisterSupplierInput;
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationReinstateNationArgs = {
  code: Scalars['String']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationReinstatePersonArgs = {
  issuer: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  sub: Scalars['String']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationRejectDeliveryArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationRejectRequestArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationReprioritizeRequestArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  priority: Scalars['Int']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationReverseReceiptArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationSetNationRoleArgs = {
  code: Scalars['String']['input'];
  role: NationRole;
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationSubmitRequestArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationSuspendNationArgs = {
  code: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationSuspendPersonArgs = {
  issuer: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  sub: Scalars['String']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationUpdateRequestArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateRequestInput;
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationWithdrawAmendmentArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every change to the coalition. Each call writes one audit event, whether it
 * succeeds (OK), is refused by the policies (DENIED) or fails (FAILED).
 */
export type MutationWithdrawRequestArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type Nation = {
  __typename?: 'Nation';
  /** ISO 3166-1 alpha-2 code, upper case. */
  code: Scalars['String']['output'];
  joinedAt: Scalars['Time']['output'];
  name: Scalars['String']['output'];
  role: NationRole;
  status: NationStatus;
  suspendedReason?: Maybe<Scalars['String']['output']>;
};

export type NationConnection = {
  __typename?: 'NationConnection';
  edges: Array<NationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NationEdge = {
  __typename?: 'NationEdge';
  cursor: Scalars['String']['output'];
  node: Nation;
};

export type NationRole =
  | 'BENEFICIARY'
  | 'CHAIR'
  | 'MEMBER'
  | 'OBSERVER';

export type NationStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type Order = {
  __typename?: 'Order';
  /** Null for orders drafted before the registry. */
  agent?: Maybe<ProcurementAgent>;
  /** The amendments of the order's amount, oldest first. */
  amendments: Array<Amendment>;
  amount?: Maybe<Scalars['Money']['output']>;
  /** The chairs' approvals so far, oldest first (none for orders placed before they were kept). */
  approvals: Array<Approval>;
  /** sub of the second chair who approved it. */
  approvedBy?: Maybe<Scalars['String']['output']>;
  /** What the approvals still await, in words; null unless the order is PENDING_APPROVAL. */
  awaiting?: Maybe<Scalars['String']['output']>;
  contractReference?: Maybe<Scalars['String']['output']>;
  deliveredAt?: Maybe<Scalars['Time']['output']>;
  /** The deliveries recorded against the order, oldest first. */
  deliveries: Array<Delivery>;
  draftedAt: Scalars['Time']['output'];
  /** sub of the chair who drafted the order. */
  draftedBy: Scalars['String']['output'];
  /** The pools it drew on and the contributions that paid (members see only their own nation's). */
  funding?: Maybe<Array<PoolFunding>>;
  id: Scalars['ID']['output'];
  /** Why the request's orders go above its estimate, when they do. */
  justification?: Maybe<Scalars['String']['output']>;
  placedAt?: Maybe<Scalars['Time']['output']>;
  /** The registered supplier the order names (null for orders drafted before the registry). */
  registeredSupplier?: Maybe<Supplier>;
  request?: Maybe<PriorityRequest>;
  status: OrderStatus;
  supplier?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'PARTLY_DELIVERED'
  | 'PENDING_APPROVAL'
  | 'PLACED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Something this viewer may do, per the policies. */
export type Permission = {
  __typename?: 'Permission';
  action: Scalars['String']['output'];
  /** The operations (Query and Mutation fields) this grant opens, such as setNationRole. */
  operations: Array<Scalars['String']['output']>;
  resource: Scalars['String']['output'];
  /** Which rows: all, own (own nation's), status:X, target:X, or a suppression rule. */
  scope: Scalars['String']['output'];
};

/** A person is an issuer and a subject: two identity providers may give one subject to different people. */
export type Person = {
  __typename?: 'Person';
  firstSeen: Scalars['Time']['output'];
  issuer: Scalars['String']['output'];
  /** Last use, recorded at most once a minute. */
  lastSeen: Scalars['Time']['output'];
  /** The nation of the person's latest recorded request. */
  nation: Scalars['String']['output'];
  /** Why the person was last suspended or reinstated. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The role of the person's latest recorded request. */
  role: Scalars['String']['output'];
  status: PersonStatus;
  sub: Scalars['String']['output'];
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type PledgeInput = {
  /** The amount in currency; more than zero. */
  amount: Scalars['Money']['input'];
  /** ISO 4217 code. */
  currency: Scalars['String']['input'];
  /** For equipment given in kind: what is given. */
  description?: InputMaybe<Scalars['String']['input']>;
  earmark?: InputMaybe<CapabilityArea>;
  /** Indicative EUR value; equal to amount when currency is EUR. */
  eurAmount: Scalars['Money']['input'];
  kind: ContributionKind;
  /** Pledge for this nation; only where the policy grants pledging for all nations. Defaults to the viewer's. */
  nation?: InputMaybe<Scalars['String']['input']>;
  /** For equipment given in kind: how its EUR value was set (with description). */
  valuationBasis?: InputMaybe<ValuationBasis>;
};

/** One pool's figures in EUR. */
export type PoolFigures = {
  __typename?: 'PoolFigures';
  /** received minus committed: the only spendable money. */
  available: Scalars['Money']['output'];
  /** What approved orders committed. */
  committed: Scalars['Money']['output'];
  /** Value given in kind: counted, never spendable. */
  inKind: Scalars['Money']['output'];
  inKindDelivered: Scalars['Money']['output'];
  /** Committed by an agreement, not yet received. */
  outstanding: Scalars['Money']['output'];
  /** Drafted orders not yet approved or cancelled (reserves nothing). */
  pending: Scalars['Money']['output'];
  /** Receipts waiting for a second person. */
  pendingReceipts: Scalars['Money']['output'];
  /** Reversals waiting for a second person. */
  pendingReversals: Scalars['Money']['output'];
  /** Promised, not yet formalised by an agreement. */
  pledged: Scalars['Money']['output'];
  /** Confirmed receipts net of confirmed reversals. */
  received: Scalars['Money']['output'];
};

/** What an order drew on one pool. */
export type PoolFunding = {
  __typename?: 'PoolFunding';
  /** What the order drew on the pool (EUR). */
  amount: Scalars['Money']['output'];
  /** The pool's area; null for unearmarked money. */
  area?: Maybe<CapabilityArea>;
  /** The contributions whose money paid, as far as the viewer may read them: chairs all, members their own nation's only, others none. */
  contributions: Array<Allocation>;
};

/** One pool's figures month by month. */
export type PoolHistory = {
  __typename?: 'PoolHistory';
  /** The pool's area; null for unearmarked money. */
  area?: Maybe<CapabilityArea>;
  months: Array<MonthFigures>;
};

export type PriorityRequest = {
  __typename?: 'PriorityRequest';
  area: CapabilityArea;
  createdAt: Scalars['Time']['output'];
  description: Scalars['String']['output'];
  estimatedCost?: Maybe<Scalars['Money']['output']>;
  id: Scalars['ID']['output'];
  /** The request's orders the viewer may see, newest first. */
  orders: Array<Order>;
  phase: Scalars['Int']['output'];
  /** 1..n among the phase's open requests; 0 once the request is closed. */
  priority: Scalars['Int']['output'];
  rejectReason?: Maybe<Scalars['String']['output']>;
  status: RequestStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** The agency that signs the contract with the supplier. */
export type ProcurementAgent = {
  __typename?: 'ProcurementAgent';
  /** The agency's nation; null for NSPA. */
  country?: Maybe<Scalars['String']['output']>;
  kind: AgentKind;
  /** The agency's name; null for NSPA. */
  name?: Maybe<Scalars['String']['output']>;
};

export type ProcurementAgentInput = {
  /** The agency's nation (NATIONAL_AGENCY only). */
  country?: InputMaybe<Scalars['String']['input']>;
  kind: AgentKind;
  /** The agency's name (NATIONAL_AGENCY only). */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Audit events, newest first. Filters narrow what the viewer may read: a
   * time range (from inclusive, to exclusive), the actor (a person's sub, with
   * actorIssuer to tell two providers' subjects apart, or a nation), the
   * outcome and the target's type.
   */
  auditLog: AuditEventConnection;
  contribution?: Maybe<Contribution>;
  contributions: ContributionConnection;
  fund: Fund;
  /**
   * Each pool's figures at the end of every month from the month of from to
   * the month of to (at most 240 months), by value date, from the ledger: for
   * the fund's chart. Chairs only by default: past per-pool figures are not
   * checked against today's disclosure rule.
   */
  fundHistory: Array<PoolHistory>;
  /** The viewer behind the token, and what the policies let it do. */
  me: Viewer;
  nation?: Maybe<Nation>;
  nations: NationConnection;
  order?: Maybe<Order>;
  /** Orders, newest draft first. */
  orders: OrderConnection;
  /** People who used the API, in the order of issuer and subject. */
  people: PersonConnection;
  /** One receipt the viewer may read. */
  receipt?: Maybe<Receipt>;
  /** Receipts the viewer may read (chairs all, members their own nation's), oldest recorded first. */
  receipts: ReceiptConnection;
  request?: Maybe<PriorityRequest>;
  /** Requests in order of phase, then priority. */
  requests: RequestConnection;
  /** The supplier registry, newest registration first. */
  suppliers: SupplierConnection;
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorIssuer?: InputMaybe<Scalars['String']['input']>;
  actorNation?: InputMaybe<Scalars['String']['input']>;
  actorSub?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Time']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  target?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Time']['input']>;
};


export type QueryContributionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  earmark?: InputMaybe<CapabilityArea>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ContributionKind>;
  nation?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ContributionStatus>;
};


export type QueryFundArgs = {
  asOf?: InputMaybe<Scalars['Time']['input']>;
};


export type QueryFundHistoryArgs = {
  from: Scalars['Time']['input'];
  to?: InputMaybe<Scalars['Time']['input']>;
};


export type QueryNationArgs = {
  code: Scalars['String']['input'];
};


export type QueryNationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<NationRole>;
  status?: InputMaybe<NationStatus>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  request?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<OrderStatus>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReceiptArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  contribution?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  nation?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ReceiptStatus>;
};


export type QueryRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<CapabilityArea>;
  first?: InputMaybe<Scalars['Int']['input']>;
  phase?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RequestStatus>;
};


export type QuerySuppliersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A receipt kept by two people: it counts only once CONFIRMED by a second person. */
export type Receipt = {
  __typename?: 'Receipt';
  amount: Scalars['Money']['output'];
  confirmedAt?: Maybe<Scalars['Time']['output']>;
  /** sub of the second person who confirmed it; null while PENDING. */
  confirmedBy?: Maybe<Scalars['String']['output']>;
  /** The contribution the money is for. */
  contribution?: Maybe<Contribution>;
  currency: Scalars['String']['output'];
  eurAmount: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  rate: Scalars['String']['output'];
  rateSource: Scalars['String']['output'];
  recordedAt: Scalars['Time']['output'];
  /** sub of the chair who recorded it. */
  recordedBy: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  /** The reversal asked for, pending or confirmed; null when none. */
  reversal?: Maybe<ReceiptReversal>;
  status: ReceiptStatus;
  valueDate: Scalars['Time']['output'];
  version: Scalars['Int']['output'];
};

export type ReceiptConnection = {
  __typename?: 'ReceiptConnection';
  edges: Array<ReceiptEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReceiptEdge = {
  __typename?: 'ReceiptEdge';
  cursor: Scalars['String']['output'];
  node: Receipt;
};

/** An instalment of money for a contribution, in the contribution's currency. */
export type ReceiptInput = {
  /** The amount received, in currency. */
  amount: Scalars['Money']['input'];
  /** ISO 4217: the contribution's currency. */
  currency: Scalars['String']['input'];
  /** The EUR credited: amount x rate within the configured tolerance (ITC_FX_TOLERANCE). */
  eurAmount: Scalars['Money']['input'];
  /** EUR per unit of currency, a decimal with at most 12 places ("0.9215"); 1 for EUR. */
  rate: Scalars['String']['input'];
  /** Where the rate comes from ("ECB reference rate 2026-03-02", the bank's advice). */
  rateSource: Scalars['String']['input'];
  /** The bank's reference of the transfer; one live receipt per reference and contribution. */
  reference: Scalars['String']['input'];
  /** When the money reached the fund's account: never in the future, never before the pledge. */
  valueDate: Scalars['Time']['input'];
};

/** A request to take a receipt out of the books, and its confirmation. */
export type ReceiptReversal = {
  __typename?: 'ReceiptReversal';
  confirmedAt?: Maybe<Scalars['Time']['output']>;
  /** sub of the second person who confirmed it; null while pending. */
  confirmedBy?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  requestedAt: Scalars['Time']['output'];
  /** sub of the person who asked for it. */
  requestedBy: Scalars['String']['output'];
};

export type ReceiptStatus =
  | 'CONFIRMED'
  | 'PENDING'
  | 'REVERSED';

export type RegisterSupplierInput = {
  country: Scalars['String']['input'];
  identifier: Scalars['String']['input'];
  identifierKind: SupplierIdentifierKind;
  name: Scalars['String']['input'];
};

export type RequestConnection = {
  __typename?: 'RequestConnection';
  edges: Array<RequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RequestEdge = {
  __typename?: 'RequestEdge';
  cursor: Scalars['String']['output'];
  node: PriorityRequest;
};

export type RequestStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'FULFILLED'
  | 'IN_PROCUREMENT'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Audit events the viewer may read, as they are written, from the moment of
   * subscribing (over server-sent events: POST /query with Accept:
   * text/event-stream). Each is read through the policies; the stream ends when
   * the registry refuses the viewer or its token expires. A client that lost
   * its stream passes the id of the last event it received as after, and gets
   * what it missed first.
   */
  auditEvents: AuditEvent;
};


export type SubscriptionAuditEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};

/** A company in the registry the chairs keep; orders name one. */
export type Supplier = {
  __typename?: 'Supplier';
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Upper case, without spaces. */
  identifier: Scalars['String']['output'];
  identifierKind: SupplierIdentifierKind;
  name: Scalars['String']['output'];
  registeredAt: Scalars['Time']['output'];
  /** sub of the chair who registered it. */
  registeredBy: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type SupplierConnection = {
  __typename?: 'SupplierConnection';
  edges: Array<SupplierEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupplierEdge = {
  __typename?: 'SupplierEdge';
  cursor: Scalars['String']['output'];
  node: Supplier;
};

/** Which register a supplier's identifier is from. */
export type SupplierIdentifierKind =
  | 'DUNS'
  | 'NATIONAL'
  | 'NCAGE'
  | 'VAT';

export type UpdateRequestInput = {
  area?: InputMaybe<CapabilityArea>;
  description?: InputMaybe<Scalars['String']['input']>;
  estimatedCost?: InputMaybe<Scalars['Money']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** How an in-kind contribution's EUR value was set. */
export type ValuationBasis =
  | 'DONOR_DECLARED'
  | 'INVOICE'
  | 'MARKET';

export type Viewer = {
  __typename?: 'Viewer';
  nation: Scalars['String']['output'];
  permissions: Array<Permission>;
  role: Scalars['String']['output'];
  sub: Scalars['String']['output'];
};

export type AuditQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
  target?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Time']['input']>;
  to?: InputMaybe<Scalars['Time']['input']>;
  actorSub?: InputMaybe<Scalars['String']['input']>;
  actorNation?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  targetType?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEventConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, at: string, action: string, target: string, targetType: string, outcome: AuditOutcome, detail: string, reason?: string | null, actor: { __typename?: 'Actor', sub: string, role: string, nation: string }, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null }> } }> } };

export type FundQueryVariables = Exact<{
  at1: Scalars['Time']['input'];
  at2: Scalars['Time']['input'];
  at3: Scalars['Time']['input'];
  at4: Scalars['Time']['input'];
  at5: Scalars['Time']['input'];
  at6: Scalars['Time']['input'];
  at7: Scalars['Time']['input'];
  at8: Scalars['Time']['input'];
  at9: Scalars['Time']['input'];
  at10: Scalars['Time']['input'];
  at11: Scalars['Time']['input'];
  at12: Scalars['Time']['input'];
  history: Scalars['Boolean']['input'];
  from: Scalars['Time']['input'];
}>;


export type FundQuery = { __typename?: 'Query', history?: Array<{ __typename?: 'PoolHistory', area?: CapabilityArea | null, months: Array<{ __typename?: 'MonthFigures', start: string, figures: { __typename?: 'PoolFigures', received: string, committed: string, pledged: string } }> }>, fund: { __typename?: 'Fund', pledged?: string | null, received?: string | null, committed?: string | null, available?: string | null, inKind?: string | null, contributors: number, byArea: Array<{ __typename?: 'AreaFund', area?: CapabilityArea | null, contributors?: number | null, pledged?: string | null, received?: string | null, committed?: string | null, available?: string | null, suppressedReason?: string | null }> }, h1?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h2?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h3?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h4?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h5?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h6?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h7?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h8?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h9?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h10?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h11?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null }, h12?: { __typename?: 'Fund', received?: string | null, committed?: string | null, pledged?: string | null } };

export type NationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NationsQuery = { __typename?: 'Query', nations: { __typename?: 'NationConnection', edges: Array<{ __typename?: 'NationEdge', node: { __typename?: 'Nation', code: string, name: string, role: NationRole, status: NationStatus, joinedAt: string, suspendedReason?: string | null } }> } };

export type AdmitNationMutationVariables = Exact<{
  input: AdmitNationInput;
}>;


export type AdmitNationMutation = { __typename?: 'Mutation', admitNation: { __typename?: 'Nation', code: string, name: string, role: NationRole, status: NationStatus, joinedAt: string } };

export type SetNationRoleMutationVariables = Exact<{
  code: Scalars['String']['input'];
  role: NationRole;
}>;


export type SetNationRoleMutation = { __typename?: 'Mutation', setNationRole: { __typename?: 'Nation', code: string, role: NationRole } };

export type SuspendNationMutationVariables = Exact<{
  code: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type SuspendNationMutation = { __typename?: 'Mutation', suspendNation: { __typename?: 'Nation', code: string, status: NationStatus, suspendedReason?: string | null } };

export type ReinstateNationMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ReinstateNationMutation = { __typename?: 'Mutation', reinstateNation: { __typename?: 'Nation', code: string, status: NationStatus, suspendedReason?: string | null } };

export type OrdersQueryVariables = Exact<{
  canDraft: Scalars['Boolean']['input'];
  seeValue: Scalars['Boolean']['input'];
  seeFunding: Scalars['Boolean']['input'];
}>;


export type OrdersQuery = { __typename?: 'Query', orders: { __typename?: 'OrderConnection', edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, status: OrderStatus, supplier?: string | null, amount?: string | null, draftedBy: string, approvedBy?: string | null, draftedAt: string, placedAt?: string | null, deliveredAt?: string | null, version: number, contractReference?: string | null, awaiting?: string | null, agent?: { __typename?: 'ProcurementAgent', kind: AgentKind, country?: string | null, name?: string | null } | null, request?: { __typename?: 'PriorityRequest', id: string, title: string, area: CapabilityArea } | null, approvals: Array<{ __typename?: 'Approval', by: string, nation: string, at: string }>, deliveries: Array<{ __typename?: 'Delivery', id: string, value?: string | null, date: string, reference: string, status: DeliveryStatus, whole: boolean, recordedBy: string, recordedAt: string, decidedBy?: string | null, decidedAt?: string | null, rejectReason?: string | null, version: number }>, funding?: Array<{ __typename?: 'PoolFunding', area?: CapabilityArea | null, amount: string, contributions: Array<{ __typename?: 'Allocation', contributionId: string, amount: string }> }> | null, amendments: Array<{ __typename?: 'Amendment', id: string, from?: string | null, to?: string | null, reason: string, status: AmendmentStatus, proposedBy: string, proposedAt: string, awaiting?: string | null, appliedAt?: string | null, version: number, approvals: Array<{ __typename?: 'Approval', by: string, nation: string, at: string }> }> } }> }, approved?: { __typename?: 'RequestConnection', edges: Array<{ __typename?: 'RequestEdge', node: { __typename?: 'PriorityRequest', id: string, title: string } }> } };

export type DraftOrderMutationVariables = Exact<{
  input: DraftOrderInput;
}>;


export type DraftOrderMutation = { __typename?: 'Mutation', draftOrder: { __typename?: 'Order', id: string, status: OrderStatus } };

export type ApproveOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ApproveOrderMutation = { __typename?: 'Mutation', approveOrder: { __typename?: 'Order', version: number, id: string, status: OrderStatus, approvedBy?: string | null, placedAt?: string | null } };

export type CancelOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CancelOrderMutation = { __typename?: 'Mutation', cancelOrder: { __typename?: 'Order', version: number, id: string, status: OrderStatus } };

export type ConfirmDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConfirmDeliveryMutation = { __typename?: 'Mutation', confirmDelivery: { __typename?: 'Order', version: number, id: string, status: OrderStatus, deliveredAt?: string | null } };

export type DraftSuppliersQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftSuppliersQuery = { __typename?: 'Query', suppliers: { __typename?: 'SupplierConnection', edges: Array<{ __typename?: 'SupplierEdge', node: { __typename?: 'Supplier', id: string, name: string, country: string } }> } };

export type RecordDeliveryMutationVariables = Exact<{
  order: Scalars['ID']['input'];
  value: Scalars['Money']['input'];
  date: Scalars['String']['input'];
  reference: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecordDeliveryMutation = { __typename?: 'Mutation', recordDelivery: { __typename?: 'Delivery', id: string, status: DeliveryStatus } };

export type AcceptDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AcceptDeliveryMutation = { __typename?: 'Mutation', acceptDelivery: { __typename?: 'Delivery', id: string, status: DeliveryStatus, decidedBy?: string | null, decidedAt?: string | null, version: number } };

export type RejectDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RejectDeliveryMutation = { __typename?: 'Mutation', rejectDelivery: { __typename?: 'Delivery', id: string, status: DeliveryStatus, decidedBy?: string | null, decidedAt?: string | null, rejectReason?: string | null, version: number } };

export type AmendOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  amount: Scalars['Money']['input'];
  reason: Scalars['String']['input'];
  justification?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AmendOrderMutation = { __typename?: 'Mutation', amendOrder: { __typename?: 'Order', id: string, status: OrderStatus, version: number } };

export type ApproveAmendmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ApproveAmendmentMutation = { __typename?: 'Mutation', approveAmendment: { __typename?: 'Order', id: string, status: OrderStatus, version: number } };

export type WithdrawAmendmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WithdrawAmendmentMutation = { __typename?: 'Mutation', withdrawAmendment: { __typename?: 'Order', id: string, status: OrderStatus, version: number } };

export type PeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', totalCount: number, edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', issuer: string, sub: string, nation: string, role: string, status: PersonStatus, reason?: string | null, firstSeen: string, lastSeen: string } }> } };

export type SuspendPersonMutationVariables = Exact<{
  issuer: Scalars['String']['input'];
  sub: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type SuspendPersonMutation = { __typename?: 'Mutation', suspendPerson: { __typename?: 'Person', issuer: string, sub: string, status: PersonStatus, reason?: string | null } };

export type ReinstatePersonMutationVariables = Exact<{
  issuer: Scalars['String']['input'];
  sub: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReinstatePersonMutation = { __typename?: 'Mutation', reinstatePerson: { __typename?: 'Person', issuer: string, sub: string, status: PersonStatus, reason?: string | null } };

export type RecordReceiptMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReceiptInput;
}>;


export type RecordReceiptMutation = { __typename?: 'Mutation', recordReceipt: { __typename?: 'Receipt', id: string, status: ReceiptStatus } };

export type RecordInKindDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  value: Scalars['Money']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RecordInKindDeliveryMutation = { __typename?: 'Mutation', recordInKindDelivery: { __typename?: 'Contribution', id: string, status: ContributionStatus, version: number, inKind?: { __typename?: 'InKindDetails', delivery: InKindDelivery, deliveredValue: string, deliveredAt?: string | null } | null } };

export type ContributionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContributionsQuery = { __typename?: 'Query', contributions: { __typename?: 'ContributionConnection', edges: Array<{ __typename?: 'ContributionEdge', node: { __typename?: 'Contribution', id: string, kind: ContributionKind, amount: string, currency: string, eurAmount: string, receivedEur?: string | null, earmark?: CapabilityArea | null, status: ContributionStatus, pledgedAt: string, receivedAt?: string | null, rate?: string | null, version: number, outstanding?: string | null, nation: { __typename?: 'Nation', code: string, name: string }, inKind?: { __typename?: 'InKindDetails', basis?: ValuationBasis | null, description: string, delivery: InKindDelivery, deliveredValue: string, deliveredAt?: string | null } | null, receipts?: Array<{ __typename?: 'Receipt', id: string, amount: string, currency: string, eurAmount: string, status: ReceiptStatus, valueDate: string }> | null, allocations?: Array<{ __typename?: 'Allocation', orderId: string, area?: CapabilityArea | null, amount: string, order?: { __typename?: 'Order', id: string, status: OrderStatus, request?: { __typename?: 'PriorityRequest', id: string, title: string } | null } | null }> | null } }> } };

export type PledgeContributionMutationVariables = Exact<{
  input: PledgeInput;
}>;


export type PledgeContributionMutation = { __typename?: 'Mutation', pledgeContribution: { __typename?: 'Contribution', id: string, status: ContributionStatus } };

export type CancelContributionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CancelContributionMutation = { __typename?: 'Mutation', cancelContribution: { __typename?: 'Contribution', id: string, status: ContributionStatus } };

export type CommitContributionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
  signedOn: Scalars['Time']['input'];
}>;


export type CommitContributionMutation = { __typename?: 'Mutation', commitContribution: { __typename?: 'Contribution', id: string, status: ContributionStatus } };

export type ReceiptsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReceiptsQuery = { __typename?: 'Query', receipts: { __typename?: 'ReceiptConnection', edges: Array<{ __typename?: 'ReceiptEdge', node: { __typename?: 'Receipt', id: string, amount: string, currency: string, rate: string, rateSource: string, eurAmount: string, valueDate: string, reference: string, status: ReceiptStatus, recordedBy: string, recordedAt: string, confirmedBy?: string | null, confirmedAt?: string | null, version: number, reversal?: { __typename?: 'ReceiptReversal', reason: string, requestedBy: string, requestedAt: string, confirmedBy?: string | null, confirmedAt?: string | null } | null, contribution?: { __typename?: 'Contribution', id: string, nation: { __typename?: 'Nation', code: string, name: string } } | null } }> } };

export type ConfirmReceiptMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConfirmReceiptMutation = { __typename?: 'Mutation', confirmReceipt: { __typename?: 'Receipt', id: string, status: ReceiptStatus, confirmedBy?: string | null, confirmedAt?: string | null, version: number, reversal?: { __typename?: 'ReceiptReversal', reason: string, requestedBy: string, requestedAt: string, confirmedBy?: string | null, confirmedAt?: string | null } | null } };

export type ReverseReceiptMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReverseReceiptMutation = { __typename?: 'Mutation', reverseReceipt: { __typename?: 'Receipt', id: string, status: ReceiptStatus, version: number, reversal?: { __typename?: 'ReceiptReversal', reason: string, requestedBy: string, requestedAt: string, confirmedBy?: string | null, confirmedAt?: string | null } | null } };

export type DeclineReversalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeclineReversalMutation = { __typename?: 'Mutation', declineReversal: { __typename?: 'Receipt', id: string, status: ReceiptStatus, version: number, reversal?: { __typename?: 'ReceiptReversal', reason: string, requestedBy: string, requestedAt: string, confirmedBy?: string | null, confirmedAt?: string | null } | null } };

export type RequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestsQuery = { __typename?: 'Query', requests: { __typename?: 'RequestConnection', edges: Array<{ __typename?: 'RequestEdge', node: { __typename?: 'PriorityRequest', id: string, title: string, description: string, area: CapabilityArea, phase: number, priority: number, estimatedCost?: string | null, status: RequestStatus, rejectReason?: string | null, createdAt: string } }> } };

export type CreateRequestMutationVariables = Exact<{
  input: CreateRequestInput;
}>;


export type CreateRequestMutation = { __typename?: 'Mutation', createRequest: { __typename?: 'PriorityRequest', id: string, status: RequestStatus } };

export type UpdateRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateRequestInput;
}>;


export type UpdateRequestMutation = { __typename?: 'Mutation', updateRequest: { __typename?: 'PriorityRequest', id: string, title: string, description: string, area: CapabilityArea, estimatedCost?: string | null } };

export type SubmitRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitRequestMutation = { __typename?: 'Mutation', submitRequest: { __typename?: 'PriorityRequest', id: string, status: RequestStatus, priority: number } };

export type ReprioritizeRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  priority: Scalars['Int']['input'];
}>;


export type ReprioritizeRequestMutation = { __typename?: 'Mutation', reprioritizeRequest: { __typename?: 'PriorityRequest', id: string, priority: number } };

export type WithdrawRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawRequestMutation = { __typename?: 'Mutation', withdrawRequest: { __typename?: 'PriorityRequest', id: string, status: RequestStatus, priority: number } };

export type ApproveRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveRequestMutation = { __typename?: 'Mutation', approveRequest: { __typename?: 'PriorityRequest', id: string, status: RequestStatus } };

export type RejectRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectRequestMutation = { __typename?: 'Mutation', rejectRequest: { __typename?: 'PriorityRequest', id: string, status: RequestStatus, priority: number, rejectReason?: string | null } };

export type FulfillRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FulfillRequestMutation = { __typename?: 'Mutation', fulfillRequest: { __typename?: 'PriorityRequest', id: string, status: RequestStatus, priority: number } };

export type SuppliersQueryVariables = Exact<{ [key: string]: never; }>;


export type SuppliersQuery = { __typename?: 'Query', suppliers: { __typename?: 'SupplierConnection', totalCount: number, edges: Array<{ __typename?: 'SupplierEdge', node: { __typename?: 'Supplier', id: string, name: string, country: string, identifierKind: SupplierIdentifierKind, identifier: string, registeredBy: string, registeredAt: string } }> } };

export type RegisterSupplierMutationVariables = Exact<{
  input: RegisterSupplierInput;
}>;


export type RegisterSupplierMutation = { __typename?: 'Mutation', registerSupplier: { __typename?: 'Supplier', id: string, name: string, country: string, identifierKind: SupplierIdentifierKind, identifier: string, registeredBy: string, registeredAt: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', sub: string, role: string, nation: string, permissions: Array<{ __typename?: 'Permission', resource: string, action: string, scope: string }> } };

export type LiveEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LiveEventsSubscription = { __typename?: 'Subscription', auditEvents: { __typename?: 'AuditEvent', id: string, action: string, target: string } };


export const AuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorSub"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorNation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditOutcome"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorSub"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorSub"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorNation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorNation"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditQuery, AuditQueryVariables>;
export const FundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Fund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at4"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at5"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at6"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at7"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at8"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at9"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at10"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at11"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at12"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"history"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"history"},"name":{"kind":"Name","value":"fundHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledged"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"inKind"}},{"kind":"Field","name":{"kind":"Name","value":"contributors"}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"contributors"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedReason"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h1"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at1"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h2"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at2"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h3"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at3"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h4"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at4"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h5"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at5"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h6"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at6"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h7"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at7"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h8"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at8"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h9"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at9"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h10"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at10"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h11"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at11"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h12"},"name":{"kind":"Name","value":"fund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at12"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"history"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}}]}}]}}]} as unknown as DocumentNode<FundQuery, FundQueryVariables>;
export const NationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NationsQuery, NationsQueryVariables>;
export const AdmitNationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitNation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitNationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitNation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}}]}}]} as unknown as DocumentNode<AdmitNationMutation, AdmitNationMutationVariables>;
export const SetNationRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNationRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NationRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNationRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SetNationRoleMutation, SetNationRoleMutationVariables>;
export const SuspendNationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendNation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendNation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}}]}}]}}]} as unknown as DocumentNode<SuspendNationMutation, SuspendNationMutationVariables>;
export const ReinstateNationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstateNation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateNation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedReason"}}]}}]}}]} as unknown as DocumentNode<ReinstateNationMutation, ReinstateNationMutationVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canDraft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seeValue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seeFunding"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contractReference"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seeValue"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"whole"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seeFunding"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributionId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seeValue"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"to"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seeValue"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"approved"},"name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPROVED"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canDraft"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const DraftOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DraftOrderMutation, DraftOrderMutationVariables>;
export const ApproveOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}}]}}]}}]} as unknown as DocumentNode<ApproveOrderMutation, ApproveOrderMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const ConfirmDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmDeliveryMutation, ConfirmDeliveryMutationVariables>;
export const DraftSuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftSuppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DraftSuppliersQuery, DraftSuppliersQueryVariables>;
export const RecordDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordDeliveryMutation, RecordDeliveryMutationVariables>;
export const AcceptDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcceptDeliveryMutation, AcceptDeliveryMutationVariables>;
export const RejectDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RejectDeliveryMutation, RejectDeliveryMutationVariables>;
export const AmendOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AmendOrderMutation, AmendOrderMutationVariables>;
export const ApproveAmendmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAmendment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAmendment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApproveAmendmentMutation, ApproveAmendmentMutationVariables>;
export const WithdrawAmendmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAmendment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAmendment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WithdrawAmendmentMutation, WithdrawAmendmentMutationVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const SuspendPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sub"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"issuer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuer"}}},{"kind":"Argument","name":{"kind":"Name","value":"sub"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sub"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SuspendPersonMutation, SuspendPersonMutationVariables>;
export const ReinstatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReinstatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sub"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"issuer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuer"}}},{"kind":"Argument","name":{"kind":"Name","value":"sub"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sub"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ReinstatePersonMutation, ReinstatePersonMutationVariables>;
export const RecordReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordReceiptMutation, RecordReceiptMutationVariables>;
export const RecordInKindDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInKindDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInKindDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"inKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredValue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInKindDeliveryMutation, RecordInKindDeliveryMutationVariables>;
export const ContributionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"eurAmount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedEur"}},{"kind":"Field","name":{"kind":"Name","value":"earmark"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"inKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredValue"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"eurAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContributionsQuery, ContributionsQueryVariables>;
export const PledgeContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PledgeContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PledgeContributionMutation, PledgeContributionMutationVariables>;
export const CancelContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelContributionMutation, CancelContributionMutationVariables>;
export const CommitContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}},{"kind":"Argument","name":{"kind":"Name","value":"signedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CommitContributionMutation, CommitContributionMutationVariables>;
export const ReceiptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"rateSource"}},{"kind":"Field","name":{"kind":"Name","value":"eurAmount"}},{"kind":"Field","name":{"kind":"Name","value":"valueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceiptsQuery, ReceiptsQueryVariables>;
export const ConfirmReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmReceiptMutation, ConfirmReceiptMutationVariables>;
export const ReverseReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReverseReceiptMutation, ReverseReceiptMutationVariables>;
export const DeclineReversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineReversalMutation, DeclineReversalMutationVariables>;
export const RequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestsQuery, RequestsQueryVariables>;
export const CreateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateRequestMutation, CreateRequestMutationVariables>;
export const UpdateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}}]}}]}}]} as unknown as DocumentNode<UpdateRequestMutation, UpdateRequestMutationVariables>;
export const SubmitRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<SubmitRequestMutation, SubmitRequestMutationVariables>;
export const ReprioritizeRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReprioritizeRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priority"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reprioritizeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"priority"},"value":{"kind":"Variable","name":{"kind":"Name","value":"priority"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<ReprioritizeRequestMutation, ReprioritizeRequestMutationVariables>;
export const WithdrawRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<WithdrawRequestMutation, WithdrawRequestMutationVariables>;
export const ApproveRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveRequestMutation, ApproveRequestMutationVariables>;
export const RejectRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}}]}}]}}]} as unknown as DocumentNode<RejectRequestMutation, RejectRequestMutationVariables>;
export const FulfillRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FulfillRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<FulfillRequestMutation, FulfillRequestMutationVariables>;
export const SuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"identifierKind"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuppliersQuery, SuppliersQueryVariables>;
export const RegisterSupplierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSupplierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSupplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"identifierKind"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]}}]} as unknown as DocumentNode<RegisterSupplierMutation, RegisterSupplierMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"nation"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LiveEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]} as unknown as DocumentNode<LiveEventsSubscription, LiveEventsSubscriptionVariables>;
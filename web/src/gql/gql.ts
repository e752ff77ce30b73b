/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Audit($first: Int!, $after: String, $action: String, $target: String) {\n    auditLog(first: $first, after: $after, action: $action, target: $target) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor {\n            sub\n            role\n            nation\n          }\n          action\n          target\n          outcome\n          detail\n        }\n      }\n    }\n  }\n": typeof types.AuditDocument,
    "\n  query Fund {\n    fund {\n      pledged\n      received\n      committed\n      available\n      inKind\n      contributors\n      byArea {\n        area\n        contributors\n        pledged\n        received\n        committed\n        available\n        suppressedReason\n      }\n    }\n  }\n": typeof types.FundDocument,
    "\n  query Nations {\n    nations(first: 300) {\n      edges {\n        node {\n          code\n          name\n          role\n          status\n          joinedAt\n          suspendedReason\n        }\n      }\n    }\n  }\n": typeof types.NationsDocument,
    "\n  mutation AdmitNation($input: AdmitNationInput!) {\n    admitNation(input: $input) {\n      code\n      name\n      role\n      status\n      joinedAt\n    }\n  }\n": typeof types.AdmitNationDocument,
    "\n  mutation SetNationRole($code: String!, $role: NationRole!) {\n    setNationRole(code: $code, role: $role) {\n      code\n      role\n    }\n  }\n": typeof types.SetNationRoleDocument,
    "\n  mutation SuspendNation($code: String!, $reason: String!) {\n    suspendNation(code: $code, reason: $reason) {\n      code\n      status\n      suspendedReason\n    }\n  }\n": typeof types.SuspendNationDocument,
    "\n  mutation ReinstateNation($code: String!) {\n    reinstateNation(code: $code) {\n      code\n      status\n      suspendedReason\n    }\n  }\n": typeof types.ReinstateNationDocument,
    "\n  query Orders($canDraft: Boolean!) {\n    orders(first: 200) {\n      edges {\n        node {\n          id\n          status\n          supplier\n          amount\n          draftedBy\n          approvedBy\n          draftedAt\n          placedAt\n          deliveredAt\n          request {\n            id\n            title\n            area\n          }\n        }\n      }\n    }\n    approved: requests(first: 200, status: APPROVED) @include(if: $canDraft) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  mutation DraftOrder($input: DraftOrderInput!) {\n    draftOrder(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.DraftOrderDocument,
    "\n  mutation ApproveOrder($id: ID!) {\n    approveOrder(id: $id) {\n      id\n      status\n      approvedBy\n      placedAt\n    }\n  }\n": typeof types.ApproveOrderDocument,
    "\n  mutation CancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation ConfirmDelivery($id: ID!) {\n    confirmDelivery(id: $id) {\n      id\n      status\n      deliveredAt\n    }\n  }\n": typeof types.ConfirmDeliveryDocument,
    "\n  query DraftSuppliers {\n    suppliers(first: 200) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n": typeof types.DraftSuppliersDocument,
    "\n  query Contributions {\n    contributions(first: 500) {\n      edges {\n        node {\n          id\n          nation {\n            code\n            name\n          }\n          kind\n          amount\n          currency\n          eurAmount\n          receivedEur\n          earmark\n          status\n          pledgedAt\n          receivedAt\n          rate\n        }\n      }\n    }\n  }\n": typeof types.ContributionsDocument,
    "\n  mutation PledgeContribution($input: PledgeInput!) {\n    pledgeContribution(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PledgeContributionDocument,
    "\n  mutation CancelContribution($id: ID!) {\n    cancelContribution(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelContributionDocument,
    "\n  mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {\n    recordReceipt(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RecordReceiptDocument,
    "\n  query Requests {\n    requests(first: 500) {\n      edges {\n        node {\n          id\n          title\n          description\n          area\n          phase\n          priority\n          estimatedCost\n          status\n          rejectReason\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.RequestsDocument,
    "\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateRequestDocument,
    "\n  mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {\n    updateRequest(id: $id, input: $input) {\n      id\n      title\n      description\n      area\n      estimatedCost\n    }\n  }\n": typeof types.UpdateRequestDocument,
    "\n  mutation SubmitRequest($id: ID!) {\n    submitRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n": typeof types.SubmitRequestDocument,
    "\n  mutation ReprioritizeRequest($id: ID!, $priority: Int!) {\n    reprioritizeRequest(id: $id, priority: $priority) {\n      id\n      priority\n    }\n  }\n": typeof types.ReprioritizeRequestDocument,
    "\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n": typeof types.WithdrawRequestDocument,
    "\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveRequestDocument,
    "\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      id\n      status\n      priority\n      rejectReason\n    }\n  }\n": typeof types.RejectRequestDocument,
    "\n  mutation FulfillRequest($id: ID!) {\n    fulfillRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n": typeof types.FulfillRequestDocument,
    "\n  query Me {\n    me {\n      sub\n      role\n      nation\n      permissions {\n        resource\n        action\n        scope\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  subscription LiveEvents($after: ID) {\n    auditEvents(after: $after) {\n      id\n      action\n      target\n    }\n  }\n": typeof types.LiveEventsDocument,
};
const documents: Documents = {
    "\n  query Audit($first: Int!, $after: String, $action: String, $target: String) {\n    auditLog(first: $first, after: $after, action: $action, target: $target) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor {\n            sub\n            role\n            nation\n          }\n          action\n          target\n          outcome\n          detail\n        }\n      }\n    }\n  }\n": types.AuditDocument,
    "\n  query Fund {\n    fund {\n      pledged\n      received\n      committed\n      available\n      inKind\n      contributors\n      byArea {\n        area\n        contributors\n        pledged\n        received\n        committed\n        available\n        suppressedReason\n      }\n    }\n  }\n": types.FundDocument,
    "\n  query Nations {\n    nations(first: 300) {\n      edges {\n        node {\n          code\n          name\n          role\n          status\n          joinedAt\n          suspendedReason\n        }\n      }\n    }\n  }\n": types.NationsDocument,
    "\n  mutation AdmitNation($input: AdmitNationInput!) {\n    admitNation(input: $input) {\n      code\n      name\n      role\n      status\n      joinedAt\n    }\n  }\n": types.AdmitNationDocument,
    "\n  mutation SetNationRole($code: String!, $role: NationRole!) {\n    setNationRole(code: $code, role: $role) {\n      code\n      role\n    }\n  }\n": types.SetNationRoleDocument,
    "\n  mutation SuspendNation($code: String!, $reason: String!) {\n    suspendNation(code: $code, reason: $reason) {\n      code\n      status\n      suspendedReason\n    }\n  }\n": types.SuspendNationDocument,
    "\n  mutation ReinstateNation($code: String!) {\n    reinstateNation(code: $code) {\n      code\n      status\n      suspendedReason\n    }\n  }\n": types.ReinstateNationDocument,
    "\n  query Orders($canDraft: Boolean!) {\n    orders(first: 200) {\n      edges {\n        node {\n          id\n          status\n          supplier\n          amount\n          draftedBy\n          approvedBy\n          draftedAt\n          placedAt\n          deliveredAt\n          request {\n            id\n            title\n            area\n          }\n        }\n      }\n    }\n    approved: requests(first: 200, status: APPROVED) @include(if: $canDraft) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.OrdersDocument,
    "\n  mutation DraftOrder($input: DraftOrderInput!) {\n    draftOrder(input: $input) {\n      id\n      status\n    }\n  }\n": types.DraftOrderDocument,
    "\n  mutation ApproveOrder($id: ID!) {\n    approveOrder(id: $id) {\n      id\n      status\n      approvedBy\n      placedAt\n    }\n  }\n": types.ApproveOrderDocument,
    "\n  mutation CancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelOrderDocument,
    "\n  mutation ConfirmDelivery($id: ID!) {\n    confirmDelivery(id: $id) {\n      id\n      status\n      deliveredAt\n    }\n  }\n": types.ConfirmDeliveryDocument,
    "\n  query DraftSuppliers {\n    suppliers(first: 200) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n": types.DraftSuppliersDocument,
    "\n  query Contributions {\n    contributions(first: 500) {\n      edges {\n        node {\n          id\n          nation {\n            code\n            name\n          }\n          kind\n          amount\n          currency\n          eurAmount\n          receivedEur\n          earmark\n          status\n          pledgedAt\n          receivedAt\n          rate\n        }\n      }\n    }\n  }\n": types.ContributionsDocument,
    "\n  mutation PledgeContribution($input: PledgeInput!) {\n    pledgeContribution(input: $input) {\n      id\n      status\n    }\n  }\n": types.PledgeContributionDocument,
    "\n  mutation CancelContribution($id: ID!) {\n    cancelContribution(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelContributionDocument,
    "\n  mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {\n    recordReceipt(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.RecordReceiptDocument,
    "\n  query Requests {\n    requests(first: 500) {\n      edges {\n        node {\n          id\n          title\n          description\n          area\n          phase\n          priority\n          estimatedCost\n          status\n          rejectReason\n          createdAt\n        }\n      }\n    }\n  }\n": types.RequestsDocument,
    "\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateRequestDocument,
    "\n  mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {\n    updateRequest(id: $id, input: $input) {\n      id\n      title\n      description\n      area\n      estimatedCost\n    }\n  }\n": types.UpdateRequestDocument,
    "\n  mutation SubmitRequest($id: ID!) {\n    submitRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n": types.SubmitRequestDocument,
    "\n  mutation ReprioritizeRequest($id: ID!, $priority: Int!) {\n    reprioritizeRequest(id: $id, priority: $priority) {\n      id\n      priority\n    }\n  }\n": types.ReprioritizeRequestDocument,
    "\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n": types.WithdrawRequestDocument,
    "\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveRequestDocument,
    "\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      id\n      status\n      priority\n      rejectReason\n    }\n  }\n": types.RejectRequestDocument,
    "\n  mutation FulfillRequest($id: ID!) {\n    fulfillRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n": types.FulfillRequestDocument,
    "\n  query Me {\n    me {\n      sub\n      role\n      nation\n      permissions {\n        resource\n        action\n        scope\n      }\n    }\n  }\n": types.MeDocument,
    "\n  subscription LiveEvents($after: ID) {\n    auditEvents(after: $after) {\n      id\n      action\n      target\n    }\n  }\n": types.LiveEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit($first: Int!, $after: String, $action: String, $target: String) {\n    auditLog(first: $first, after: $after, action: $action, target: $target) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor {\n            sub\n            role\n            nation\n          }\n          action\n          target\n          outcome\n          detail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Audit($first: Int!, $after: String, $action: String, $target: String) {\n    auditLog(first: $first, after: $after, action: $action, target: $target) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor {\n            sub\n            role\n            nation\n          }\n          action\n          target\n          outcome\n          detail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Fund {\n    fund {\n      pledged\n      received\n      committed\n      available\n      inKind\n      contributors\n      byArea {\n        area\n        contributors\n        pledged\n        received\n        committed\n        available\n        suppressedReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query Fund {\n    fund {\n      pledged\n      received\n      committed\n      available\n      inKind\n      contributors\n      byArea {\n        area\n        contributors\n        pledged\n        received\n        committed\n        available\n        suppressedReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nations {\n    nations(first: 300) {\n      edges {\n        node {\n          code\n          name\n          role\n          status\n          joinedAt\n          suspendedReason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Nations {\n    nations(first: 300) {\n      edges {\n        node {\n          code\n          name\n          role\n          status\n          joinedAt\n          suspendedReason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmitNation($input: AdmitNationInput!) {\n    admitNation(input: $input) {\n      code\n      name\n      role\n      status\n      joinedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdmitNation($input: AdmitNationInput!) {\n    admitNation(input: $input) {\n      code\n      name\n      role\n      status\n      joinedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNationRole($code: String!, $role: NationRole!) {\n    setNationRole(code: $code, role: $role) {\n      code\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SetNationRole($code: String!, $role: NationRole!) {\n    setNationRole(code: $code, role: $role) {\n      code\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendNation($code: String!, $reason: String!) {\n    suspendNation(code: $code, reason: $reason) {\n      code\n      status\n      suspendedReason\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendNation($code: String!, $reason: String!) {\n    suspendNation(code: $code, reason: $reason) {\n      code\n      status\n      suspendedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateNation($code: String!) {\n    reinstateNation(code: $code) {\n      code\n      status\n      suspendedReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateNation($code: String!) {\n    reinstateNation(code: $code) {\n      code\n      status\n      suspendedReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($canDraft: Boolean!) {\n    orders(first: 200) {\n      edges {\n        node {\n          id\n          status\n          supplier\n          amount\n          draftedBy\n          approvedBy\n          draftedAt\n          placedAt\n          deliveredAt\n          request {\n            id\n            title\n            area\n          }\n        }\n      }\n    }\n    approved: requests(first: 200, status: APPROVED) @include(if: $canDraft) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Orders($canDraft: Boolean!) {\n    orders(first: 200) {\n      edges {\n        node {\n          id\n          status\n          supplier\n          amount\n          draftedBy\n          approvedBy\n          draftedAt\n          placedAt\n          deliveredAt\n          request {\n            id\n            title\n            area\n          }\n        }\n      }\n    }\n    approved: requests(first: 200, status: APPROVED) @include(if: $canDraft) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftOrder($input: DraftOrderInput!) {\n    draftOrder(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DraftOrder($input: DraftOrderInput!) {\n    draftOrder(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOrder($id: ID!) {\n    approveOrder(id: $id) {\n      id\n      status\n      approvedBy\n      placedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveOrder($id: ID!) {\n    approveOrder(id: $id) {\n      id\n      status\n      approvedBy\n      placedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmDelivery($id: ID!) {\n    confirmDelivery(id: $id) {\n      id\n      status\n      deliveredAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmDelivery($id: ID!) {\n    confirmDelivery(id: $id) {\n      id\n      status\n      deliveredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftSuppliers {\n    suppliers(first: 200) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftSuppliers {\n    suppliers(first: 200) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contributions {\n    contributions(first: 500) {\n      edges {\n        node {\n          id\n          nation {\n            code\n            name\n          }\n          kind\n          amount\n          currency\n          eurAmount\n          receivedEur\n          earmark\n          status\n          pledgedAt\n          receivedAt\n          rate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Contributions {\n    contributions(first: 500) {\n      edges {\n        node {\n          id\n          nation {\n            code\n            name\n          }\n          kind\n          amount\n          currency\n          eurAmount\n          receivedEur\n          earmark\n          status\n          pledgedAt\n          receivedAt\n          rate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeContribution($input: PledgeInput!) {\n    pledgeContribution(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PledgeContribution($input: PledgeInput!) {\n    pledgeContribution(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelContribution($id: ID!) {\n    cancelContribution(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelContribution($id: ID!) {\n    cancelContribution(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {\n    recordReceipt(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {\n    recordReceipt(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Requests {\n    requests(first: 500) {\n      edges {\n        node {\n          id\n          title\n          description\n          area\n          phase\n          priority\n          estimatedCost\n          status\n          rejectReason\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Requests {\n    requests(first: 500) {\n      edges {\n        node {\n          id\n          title\n          description\n          area\n          phase\n          priority\n          estimatedCost\n          status\n          rejectReason\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {\n    updateRequest(id: $id, input: $input) {\n      id\n      title\n      description\n      area\n      estimatedCost\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {\n    updateRequest(id: $id, input: $input) {\n      id\n      title\n      description\n      area\n      estimatedCost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequest($id: ID!) {\n    submitRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRequest($id: ID!) {\n    submitRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReprioritizeRequest($id: ID!, $priority: Int!) {\n    reprioritizeRequest(id: $id, priority: $priority) {\n      id\n      priority\n    }\n  }\n"): (typeof documents)["\n  mutation ReprioritizeRequest($id: ID!, $priority: Int!) {\n    reprioritizeRequest(id: $id, priority: $priority) {\n      id\n      priority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      id\n      status\n      priority\n      rejectReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      id\n      status\n      priority\n      rejectReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfillRequest($id: ID!) {\n    fulfillRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n"): (typeof documents)["\n  mutation FulfillRequest($id: ID!) {\n    fulfillRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      sub\n      role\n      nation\n      permissions {\n        resource\n        action\n        scope\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      sub\n      role\n      nation\n      permissions {\n        resource\n        action\n        scope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEvents($after: ID) {\n    auditEvents(after: $after) {\n      id\n      action\n      target\n    }\n  }\n"): (typeof documents)["\n  subscription LiveEvents($after: ID) {\n    auditEvents(after: $after) {\n      id\n      action\n      target\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
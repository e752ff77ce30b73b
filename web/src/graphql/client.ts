import { Client, fetchExchange, mapExchange, subscriptionExchange, type CombinedError } from "urql";
import { cacheExchange, type Cache } from "@urql/exchange-graphcache";
import { endSession } from "../session";
import trusted from "../gql/trusted-documents.json";
import { sseForwarder } from "./sse";

// urql with graphcache: a normalised cache, so an order approved on one
// screen is the same object on every other, at a fraction of Apollo's size.

// Which root lists a mutation can change; the cache drops them and the
// screens showing them ask again. Every mutation also writes an audit event.
// A new mutation gets one line here.
const invalidates: Record<string, string[]> = {
  admitNation: ["nations"],
  setNationRole: ["nations"],
  suspendNation: ["nations"],
  reinstateNation: ["nations"],
  pledgeContribution: ["contributions", "fund"],
  recordReceipt: ["contributions", "fund", "fundHistory", "receipts"],
  cancelContribution: ["contributions", "fund"],
  createRequest: ["requests"],
  updateRequest: ["requests"],
  submitRequest: ["requests"],
  reprioritizeRequest: ["requests"],
  withdrawRequest: ["requests"],
  approveRequest: ["requests"],
  rejectRequest: ["requests"],
  fulfillRequest: ["requests"],
  draftOrder: ["orders", "requests"],
  approveOrder: ["orders", "requests", "fund", "fundHistory", "contributions"],
  cancelOrder: ["orders", "requests", "fund", "fundHistory", "contributions"],
  confirmDelivery: ["orders", "requests", "fund", "fundHistory", "contributions"],
  commitContribution: ["contributions", "fund"],
  suspendPerson: ["people"],
  reinstatePerson: ["people"],
  registerSupplier: ["suppliers"],
  confirmReceipt: ["contributions", "fund", "fundHistory", "receipts", "orders"],
  reverseReceipt: ["contributions", "fund", "fundHistory", "receipts", "orders"],
  declineReversal: ["contributions", "receipts"],
  recordInKindDelivery: ["contributions", "fund", "fundHistory"],
  recordDelivery: ["orders", "requests"],
  acceptDelivery: ["orders", "requests", "fund", "fundHistory"],
  rejectDelivery: ["orders", "requests"],
  amendOrder: ["orders", "fund", "fundHistory", "contributions"],
  approveAmendment: ["orders", "fund", "fundHistory", "contributions"],
  withdrawAmendment: ["orders"],
};

function invalidate(cache: Cache, fields: string[]) {
  for (const f of cache.inspectFields("Query")) {
    if (fields.includes(f.fieldName) || f.fieldName === "auditLog") {
      cache.invalidate("Query", f.fieldName, f.arguments ?? undefined);
    }
  }
}

const updates = {
  Mutation: Object.fromEntries(
    Object.entries(invalidates).map(([m, fields]) => [m, (_r: unknown, _a: unknown, cache: Cache) => invalidate(cache, fields)]),
  ),
  // Someone else's change, seen live as its audit event: the same lists go
  // stale as if this viewer had made it.
  Subscription: {
    auditEvents: (r: { auditEvents?: { action?: string } }, _a: unknown, cache: Cache) =>
      invalidate(cache, invalidates[r.auditEvents?.action ?? ""] ?? []),
  },
};

// Types without an id of their own live inside their parent.
const embedded = () => null;
const keys = Object.fromEntries(
  [
    "Viewer", "Permission", "Fund", "AreaFund", "Actor", "PageInfo",
    "NationConnection", "NationEdge", "ContributionConnection", "ContributionEdge",
    "RequestConnection", "RequestEdge", "OrderConnection", "OrderEdge",
    "AuditEventConnection", "AuditEventEdge",
    "PersonConnection", "PersonEdge", "SupplierConnection", "SupplierEdge", "ProcurementAgent", "ReceiptConnection", "ReceiptEdge", "ReceiptReversal", "Allocation", "PoolFunding",
    "PoolHistory", "MonthFigures", "PoolFigures", "InKindDetails", "Approval",
  ].map((t) => [t, embedded]),
);

// The server knows the app's documents by id (the build's manifest), so the
// app sends {"documentId": ...} in place of the query text; a server with
// ITC_TRUSTED_DOCUMENTS=enforce runs nothing else.
const idByText = new Map(Object.entries(trusted as Record<string, string>).map(([id, text]) => [text, id]));

const trustedFetch: typeof fetch = (input, init) => {
  if (typeof init?.body === "string") {
    const body = JSON.parse(init.body);
    const id = idByText.get(body.query);
    if (id) {
      delete body.query;
      body.documentId = id;
      init = { ...init, body: JSON.stringify(body) };
    }
  }
  return fetch(input, init);
};

/**
 * The app's client for one signed-in person. The build passes its own
 * fetch (and trusted: false) to record the exact text of every document.
 */
export function newClient(token: string, opts: { fetch?: typeof fetch; trusted?: boolean } = {}): Client {
  const send = (opts.trusted === false ? opts.fetch : trustedFetch) ?? fetch;
  return new Client({
    url: "/query",
    preferGetMethod: false,
    fetch: send,
    fetchOptions: () => ({
      headers: { Authorization: `Bearer ${token}`, Accept: "application/graphql-response+json, application/json" },
    }),
    exchanges: [
      mapExchange({
        onError(error) {
          const status = (error.response as Response | undefined)?.status;
          if (status === 401 || hasCode(error, "UNAUTHENTICATED")) endSession("expired");
          else if (status === 403) endSession("refused", error.graphQLErrors[0]?.message);
        },
      }),
      cacheExchange({ keys: { ...keys, Nation: (n) => n.code as string, Person: (p) => `${p.issuer} ${p.sub}` }, updates }),
      fetchExchange,
      subscriptionExchange({ forwardSubscription: sseForwarder(send, { Authorization: `Bearer ${token}` }) }),
    ],
  });
}

export interface ApiError {
  code: string;
  message: string;
  path?: readonly (string | number)[];
  /** The input field a BAD_USER_INPUT concerns. */
  field?: string;
}

/** The errors of a result, each with its extensions.code. */
export function apiErrors(error: CombinedError | undefined): ApiError[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ code: "NETWORK", message: error.networkError.message }];
  }
  return error.graphQLErrors.map((e) => ({
    code: String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
    message: e.message,
    path: e.path,
    field: typeof e.extensions?.field === "string" ? e.extensions.field : undefined,
  }));
}

/** The BAD_USER_INPUT messages of a result by the field they concern. */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of apiErrors(error)) if (e.code === "BAD_USER_INPUT" && e.field && !out[e.field]) out[e.field] = e.message;
  return out;
}

function hasCode(error: CombinedError, code: string) {
  return error.graphQLErrors.some((e) => e.extensions?.code === code);
}

/** Whether a FORBIDDEN error names this field path (e.g. ["fund","byArea"]). */
export function forbiddenAt(error: CombinedError | undefined, path: (string | number)[]) {
  return apiErrors(error).some(
    (e) => e.code === "FORBIDDEN" && e.path?.length === path.length && e.path.every((p, i) => p === path[i]),
  );
}

import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { OrdersQuery } from "../../gql/graphql";
import { useAction } from "../../graphql/useAction";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { usePerms } from "../../permissions";
import { Funding } from "./Funding";
import { Amendments, Deliveries } from "./Progress";
import { ActionError, ConfirmButton, Field, Hidden, LoadError, Loading, Status } from "../../ui/ui";

const OrdersQueryDoc = graphql(`
  query Orders($canDraft: Boolean!, $seeValue: Boolean!, $seeFunding: Boolean!) {
    orders(first: 200) {
      edges {
        node {
          id
          status
          supplier
          amount
          draftedBy
          approvedBy
          draftedAt
          placedAt
          deliveredAt
          version
          contractReference
          agent {
            kind
            country
            name
          }
          request {
            id
            title
            area
          }
          approvals {
            by
            nation
            at
          }
          awaiting
          deliveries {
            id
            value @include(if: $seeValue)
            date
            reference
            status
            whole
            recordedBy
            recordedAt
            decidedBy
            decidedAt
            rejectReason
            version
          }
          funding @include(if: $seeFunding) {
            area
            amount
            contributions {
              contributionId
              amount
            }
          }
          amendments {
            id
            from @include(if: $seeValue)
            to @include(if: $seeValue)
            reason
            status
            proposedBy
            proposedAt
            awaiting
            approvals {
              by
              nation
              at
            }
            appliedAt
            version
          }
        }
      }
    }
    approved: requests(first: 200, status: APPROVED) @include(if: $canDraft) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const DraftOrder = graphql(`
  mutation DraftOrder($input: DraftOrderInput!) {
    draftOrder(input: $input) {
      id
      status
    }
  }
`);

const ApproveOrder = graphql(`
  mutation ApproveOrder($id: ID!, $expectedVersion: Int) {
    approveOrder(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
      approvedBy
      placedAt
    }
  }
`);

const CancelOrder = graphql(`
  mutation CancelOrder($id: ID!, $expectedVersion: Int) {
    cancelOrder(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
    }
  }
`);

const ConfirmDelivery = graphql(`
  mutation ConfirmDelivery($id: ID!, $expectedVersion: Int) {
    confirmDelivery(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
      deliveredAt
    }
  }
`);

type Order = OrdersQuery["orders"]["edges"][number]["node"];

export default function Orders() {
  const { t } = useI18n();
  const perms = usePerms();
  const canDraft = perms.can("Order", "draft");
  const [{ data, error }, retry] = useQuery({
    query: OrdersQueryDoc,
    variables: { canDraft, seeValue: perms.canRead("Delivery.value"), seeFunding: perms.canRead("Order.funding") }, requestPolicy: "cache-and-network" });
  if (!data) return error ? <LoadError error={error} retry={() => retry({ requestPolicy: "network-only" })} /> : <Loading />;
  const orders = data.orders.edges.map((e) => e.node);
  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">{t("ordersTitle")}</h1>
      {canDraft && data.approved && <DraftForm requests={data.approved.edges.map((e) => e.node)} />}
      {orders.length === 0 ? (
        <p>{t("noOrders")}</p>
      ) : (
        <ul className="cards">
          {orders.map((o) => (
            <OrderCard key={o.id} o={o} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OrderCard({ o }: { o: Order }) {
  const { t, money, date } = useI18n();
  const perms = usePerms();
  const action = useAction();
  const me = perms.viewer.sub;
  const pending = o.status === "PENDING_APPROVAL";
  const ownDraft = pending && o.draftedBy === me;
  return (
    <li className="card order" data-order={o.id} data-status={o.status}>
      <div className="card-head">
        <h2 className="h3">{o.request?.title ?? o.id}</h2>
        <Status value={o.status} />
      </div>
      {o.request && <p className="muted">{t(`area.${o.request.area}` as Key)}</p>}
      <dl className="pairs">
        <dt>{t("supplier")}</dt>
        <dd>{perms.canRead("Order.supplier") && o.supplier != null ? o.supplier : <Hidden />}</dd>
        <dt>{t("amount")}</dt>
        <dd>{perms.canRead("Order.amount") && o.amount != null ? money(o.amount) : <Hidden />}</dd>
        {o.contractReference && (
          <>
            <dt>{t("contract")}</dt>
            <dd>
              {o.contractReference}
              {o.agent && <> · {o.agent.kind === "NSPA" ? "NSPA" : `${o.agent.name} (${o.agent.country})`}</>}
            </dd>
          </>
        )}
        <dt>{t("draftedBy")}</dt>
        <dd>
          {o.draftedBy} · {date(o.draftedAt)}
        </dd>
        {(o.approvals.length > 0 || o.approvedBy) && (
          <>
            <dt>{t("approvedBy")}</dt>
            <dd data-approvals>
              {o.approvals.length > 0 ? o.approvals.map((a) => `${a.by} (${a.nation})`).join(", ") : o.approvedBy}
              {o.placedAt && <> · {date(o.placedAt)}</>}
            </dd>
          </>
        )}
        {o.deliveredAt && (
          <>
            <dt>{t("deliveredAt")}</dt>
            <dd>{date(o.deliveredAt)}</dd>
          </>
        )}
      </dl>
      {pending && (
        <p className="four-eyes" data-four-eyes>
          <strong>{t("awaitingSecond")}</strong>
          {ownDraft && <> — {t("ownDraft")}</>}
          {o.approvals.some((a) => a.by === me) && <> — {t("youApproved")}</>}
          {o.awaiting && <span className="awaiting"> {o.awaiting}</span>}
        </p>
      )}
      <Deliveries o={o} />
      <Amendments o={o} />
      <Funding o={o} />

      <div className="row actions">
        {perms.can("Order", "approve") && pending && !ownDraft && !o.approvals.some((a) => a.by === me) && (
          <button type="button" className="primary" onClick={() => action.run(ApproveOrder, { id: o.id, expectedVersion: o.version })} disabled={action.busy}>
            {t("approve")}
          </button>
        )}
        {perms.can("Order", "confirmDelivery") && (o.status === "PLACED" || o.status === "PARTLY_DELIVERED") && (
          <button type="button" className="primary" onClick={() => action.run(ConfirmDelivery, { id: o.id, expectedVersion: o.version })} disabled={action.busy}>
            {t("confirmDelivery")}
          </button>
        )}
        {perms.can("Order", "cancel") && (pending || o.status === "PLACED") && (
          <ConfirmButton label={t("cancelOrder")} question={t("confirmCancelOrder")} danger onConfirm={() => action.run(CancelOrder, { id: o.id, expectedVersion: o.version })} />
        )}
      </div>
      <ActionError error={action.error} />
    </li>
  );
}

const DraftSuppliers = graphql(`
  query DraftSuppliers {
    suppliers(first: 200) {
      edges {
        node {
          id
          name
          country
        }
      }
    }
  }
`);

function DraftForm({ requests }: { requests: { id: string; title: string }[] }) {
  const { t } = useI18n();
  const action = useAction();
  const [{ data: suppliers }] = useQuery({ query: DraftSuppliers });
  const [request, setRequest] = useState("");
  const [supplier, setSupplier] = useState("");
  const [amount, setAmount] = useState("");
  const [contractReference, setContractReference] = useState("");
  return (
    <details className="card draft-order">
      <summary>{t("draftOrder")}</summary>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await action.run(DraftOrder, { input: { request, supplier, amount, agent: { kind: "NSPA" }, contractReference } })) {
            setSupplier("");
            setAmount("");
            setContractReference("");
          }
        }}
      >
        <Field label={t("request")}>
          {(id) => (
            <select id={id} value={request} onChange={(e) => setRequest(e.target.value)} required>
              <option value="">—</option>
              {requests.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("supplier")}>
          {(id) => (
            <select id={id} value={supplier} onChange={(e) => setSupplier(e.target.value)} required>
              <option value="">—</option>
              {suppliers?.suppliers.edges.map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.name} ({node.country})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("contractReference")}>
          {(id) => <input id={id} value={contractReference} onChange={(e) => setContractReference(e.target.value)} required />}
        </Field>
        <Field label={t("amount") + " (EUR)"}>
          {(id) => <input id={id} inputMode="decimal" placeholder="100000.00" value={amount} onChange={(e) => setAmount(e.target.value)} required />}
        </Field>
        <button type="submit" className="primary" disabled={action.busy}>
          {t("draft")}
        </button>
        <ActionError error={action.error} />
      </form>
    </details>
  );
}

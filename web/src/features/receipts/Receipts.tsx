import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { ReceiptsQuery } from "../../gql/graphql";
import { useAction } from "../../graphql/useAction";
import { useI18n } from "../../i18n/i18n";
import { usePerms } from "../../permissions";
import { ActionError, ConfirmButton, Field, LoadError, Loading, Status } from "../../ui/ui";

// Receipts kept by two people: a chair records the money that arrived, a
// second chair confirms it, and only then does it count. Booked money is
// corrected by a reversal, which a second person confirms as well. Members
// read their own nation's receipts (the server filters the rows).
const ReceiptsQueryDoc = graphql(`
  query Receipts {
    receipts(first: 1000) {
      edges {
        node {
          id
          amount
          currency
          rate
          rateSource
          eurAmount
          valueDate
          reference
          status
          recordedBy
          recordedAt
          confirmedBy
          confirmedAt
          version
          reversal {
            reason
            requestedBy
            requestedAt
            confirmedBy
            confirmedAt
          }
          contribution {
            id
            nation {
              code
              name
            }
          }
        }
      }
    }
  }
`);

const ConfirmReceipt = graphql(`
  mutation ConfirmReceipt($id: ID!, $expectedVersion: Int) {
    confirmReceipt(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      confirmedBy
      confirmedAt
      version
      reversal {
        reason
        requestedBy
        requestedAt
        confirmedBy
        confirmedAt
      }
    }
  }
`);

const ReverseReceipt = graphql(`
  mutation ReverseReceipt($id: ID!, $reason: String!, $expectedVersion: Int) {
    reverseReceipt(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
      version
      reversal {
        reason
        requestedBy
        requestedAt
        confirmedBy
        confirmedAt
      }
    }
  }
`);

const DeclineReversal = graphql(`
  mutation DeclineReversal($id: ID!, $expectedVersion: Int) {
    declineReversal(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
      reversal {
        reason
        requestedBy
        requestedAt
        confirmedBy
        confirmedAt
      }
    }
  }
`);

type Receipt = ReceiptsQuery["receipts"]["edges"][number]["node"];

export default function Receipts() {
  const { t } = useI18n();
  const [{ data, error }, retry] = useQuery({ query: ReceiptsQueryDoc, requestPolicy: "cache-and-network" });
  if (!data) return error ? <LoadError error={error} retry={() => retry({ requestPolicy: "network-only" })} /> : <Loading />;
  // Newest first: what waits for a second person is usually recent.
  const receipts = data.receipts.edges.map((e) => e.node).reverse();
  return (
    <section aria-labelledby="receipts-title">
      <h1 id="receipts-title">{t("receiptsTitle")}</h1>
      <p className="muted">{t("receiptsIntro")}</p>
      {receipts.length === 0 ? (
        <p>{t("noReceipts")}</p>
      ) : (
        <ul className="cards">
          {receipts.map((r) => (
            <ReceiptCard key={r.id} r={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReceiptCard({ r }: { r: Receipt }) {
  const { t, money, date, dateTime } = useI18n();
  const perms = usePerms();
  const action = useAction();
  const [reason, setReason] = useState("");
  const me = perms.viewer.sub;
  const reversalPending = r.status === "CONFIRMED" && r.reversal && !r.reversal.confirmedBy;
  const waiting = r.status === "PENDING" || reversalPending;
  // Who may not confirm: the one who recorded it, or who asked for the reversal.
  const own = r.status === "PENDING" ? r.recordedBy === me : reversalPending ? r.reversal?.requestedBy === me : false;
  const v = { id: r.id, expectedVersion: r.version };
  return (
    <li className="card receipt" data-receipt={r.id} data-status={r.status} data-reversal={reversalPending ? "PENDING" : undefined}>
      <div className="card-head">
        <h2 className="h3">
          {r.contribution?.nation.name ?? "—"} · {money(r.amount, r.currency)}
        </h2>
        <Status value={`RECEIPT_${r.status}`} />
      </div>
      <dl className="pairs">
        <dt>{t("eurAmount")}</dt>
        <dd>
          {money(r.eurAmount)} · {t("rate")} {r.rate} ({r.rateSource})
        </dd>
        <dt>{t("valueDate")}</dt>
        <dd>{date(r.valueDate)}</dd>
        <dt>{t("bankReference")}</dt>
        <dd className="break">{r.reference}</dd>
        <dt>{t("recordedBy")}</dt>
        <dd>
          {r.recordedBy} · {dateTime(r.recordedAt)}
        </dd>
        {r.confirmedBy && (
          <>
            <dt>{t("confirmedBy")}</dt>
            <dd>
              {r.confirmedBy} · {dateTime(r.confirmedAt)}
            </dd>
          </>
        )}
        {r.reversal && (
          <>
            <dt>{t("reversal")}</dt>
            <dd>
              {r.reversal.reason} · {r.reversal.requestedBy}
              {r.reversal.confirmedBy && <> · {t("confirmedBy")} {r.reversal.confirmedBy}</>}
            </dd>
          </>
        )}
      </dl>
      {waiting && (
        <p className="four-eyes" data-four-eyes>
          <strong>{reversalPending ? t("reversalAwaitingSecond") : t("receiptAwaitingSecond")}</strong>
          {own && <> — {reversalPending ? t("ownReversal") : t("ownReceipt")}</>}
        </p>
      )}
      <div className="row actions">
        {perms.can("Contribution", "confirmReceipt") && waiting && !own && (
          <button type="button" className="primary" disabled={action.busy} onClick={() => action.run(ConfirmReceipt, v)}>
            {reversalPending ? t("confirmReversal") : t("confirmReceipt")}
          </button>
        )}
        {perms.can("Contribution", "declineReversal") && reversalPending && (
          <button type="button" disabled={action.busy} onClick={() => action.run(DeclineReversal, v)}>
            {t("declineReversal")}
          </button>
        )}
        {perms.can("Contribution", "reverseReceipt") && (r.status === "PENDING" || (r.status === "CONFIRMED" && !r.reversal)) && (
          <ConfirmButton
            label={t("reverseReceipt")}
            danger
            question={r.status === "PENDING" ? t("confirmReversePending") : t("confirmReverseConfirmed")}
            onConfirm={() => action.run(ReverseReceipt, { ...v, reason })}
          >
            <Field label={t("reason")}>{(id) => <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} required />}</Field>
          </ConfirmButton>
        )}
      </div>
      <ActionError error={action.error} />
    </li>
  );
}

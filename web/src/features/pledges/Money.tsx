import { useState } from "react";
import { graphql } from "../../gql";
import type { ContributionsQuery } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/client";
import { useAction } from "../../graphql/useAction";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { ActionError, Field, Status } from "../../ui/ui";

// A contribution's money: the instalments received (each waits for a
// second chair), and what it bought (the orders its money paid for, by the
// tracing rule: within a pool, first received, first spent).

type Contribution = ContributionsQuery["contributions"]["edges"][number]["node"];

const RecordReceipt = graphql(`
  mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {
    recordReceipt(id: $id, input: $input) {
      id
      status
    }
  }
`);

/** amount x rate, to two places, as the suggested EUR (the server checks the tolerance). */
function suggestEur(amount: string, rate: string): string {
  const a = Number(amount);
  const r = Number(rate);
  return a > 0 && r > 0 ? (Math.round(a * r * 100) / 100).toFixed(2) : "";
}

export function RecordReceiptForm({ c }: { c: Contribution }) {
  const { t } = useI18n();
  const action = useAction();
  const [amount, setAmount] = useState(c.outstanding ?? c.amount);
  const [rate, setRate] = useState(c.currency === "EUR" ? "1" : "");
  const [rateSource, setRateSource] = useState(c.currency === "EUR" ? "EUR" : "");
  const [eurAmount, setEurAmount] = useState("");
  const [valueDate, setValueDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [reference, setReference] = useState("");
  const errs = fieldErrors(action.error);
  const eur = eurAmount || suggestEur(amount, rate);
  return (
    <details>
      <summary>{t("recordReceipt")}</summary>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          const input = { amount, currency: c.currency, rate, rateSource, eurAmount: eur, valueDate: `${valueDate}T00:00:00Z`, reference };
          if (await action.run(RecordReceipt, { id: c.id, input })) {
            setReference("");
            setEurAmount("");
          }
        }}
      >
        <Field label={`${t("amount")} (${c.currency})`} error={errs.amount}>
          {(id, ax) => <input id={id} {...ax} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} required />}
        </Field>
        <Field label={t("rate")} hint={t("rateHint")} error={errs.rate}>
          {(id, ax) => <input id={id} {...ax} inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} required />}
        </Field>
        <Field label={t("rateSource")} error={errs.rateSource}>
          {(id, ax) => <input id={id} {...ax} value={rateSource} onChange={(e) => setRateSource(e.target.value)} required />}
        </Field>
        <Field label={t("eurCredited")} error={errs.eurAmount}>
          {(id, ax) => <input id={id} {...ax} inputMode="decimal" value={eur} onChange={(e) => setEurAmount(e.target.value)} required />}
        </Field>
        <Field label={t("valueDate")} error={errs.valueDate}>
          {(id, ax) => <input id={id} {...ax} type="date" value={valueDate} onChange={(e) => setValueDate(e.target.value)} required />}
        </Field>
        <Field label={t("bankReference")} error={errs.reference}>
          {(id, ax) => <input id={id} {...ax} value={reference} onChange={(e) => setReference(e.target.value)} required />}
        </Field>
        <button type="submit" className="primary" disabled={action.busy}>
          {t("recordReceipt")}
        </button>
        <ActionError error={action.error} fields={["amount", "rate", "rateSource", "eurAmount", "valueDate", "reference"]} />
      </form>
    </details>
  );
}

/** The receipts of one contribution, each with its two-person state. */
export function ReceiptList({ c }: { c: Contribution }) {
  const { t, money, date } = useI18n();
  if (!c.receipts || c.receipts.length === 0) return null;
  return (
    <section className="sub" aria-label={t("receiptsTitle")}>
      <h4 className="h4">{t("receiptsTitle")}</h4>
      <ul className="plain">
        {c.receipts.map((r) => (
          <li key={r.id} data-receipt={r.id} data-status={r.status}>
            <Status value={`RECEIPT_${r.status}`} /> {money(r.amount, r.currency)} · {money(r.eurAmount)} · {date(r.valueDate)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the contribution's money bought. */
export function Bought({ c }: { c: Contribution }) {
  const { t, money } = useI18n();
  if (!c.allocations) return null;
  return (
    <section className="sub bought" aria-label={t("whatItBought")}>
      <h4 className="h4">{t("whatItBought")}</h4>
      {c.allocations.length === 0 ? (
        <p className="muted">{t("boughtNothingYet")}</p>
      ) : (
        <ul className="plain">
          {c.allocations.map((a) => (
            <li key={`${a.orderId} ${a.area}`} data-order={a.orderId}>
              {a.order?.request?.title ?? a.orderId}: {money(a.amount)}{" "}
              <span className="muted">
                ({a.area ? t(`area.${a.area}` as Key) : t("fundUnearmarked")}
                {a.order && <> · {t(`status.${a.order.status}` as Key)}</>})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const RecordInKindDelivery = graphql(`
  mutation RecordInKindDelivery($id: ID!, $value: Money!, $expectedVersion: Int) {
    recordInKindDelivery(id: $id, value: $value, expectedVersion: $expectedVersion) {
      id
      status
      version
      inKind {
        delivery
        deliveredValue
        deliveredAt
      }
    }
  }
`);

/** Equipment given in kind: what it is, how it was valued, how much arrived; chairs record arrivals. */
export function InKind({ c, canRecord }: { c: Contribution; canRecord: boolean }) {
  const { t, money, date } = useI18n();
  const action = useAction();
  const [value, setValue] = useState("");
  const errs = fieldErrors(action.error);
  const k = c.inKind;
  if (!k) return null;
  return (
    <section className="sub" aria-label={t("inKindTitle")}>
      <dl className="pairs">
        {k.description && (
          <>
            <dt>{t("inKindWhat")}</dt>
            <dd>{k.description}</dd>
          </>
        )}
        {k.basis && (
          <>
            <dt>{t("valuationBasis")}</dt>
            <dd>{t(`basis.${k.basis}` as Key)}</dd>
          </>
        )}
        <dt>{t("inKindArrived")}</dt>
        <dd data-in-kind={k.delivery}>
          {t(`inKind.${k.delivery}` as Key)} · {money(k.deliveredValue)}
          {k.deliveredAt && <> · {date(k.deliveredAt)}</>}
        </dd>
      </dl>
      {canRecord && k.delivery !== "DELIVERED" && (
        <form
          className="form row"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await action.run(RecordInKindDelivery, { id: c.id, value, expectedVersion: c.version })) setValue("");
          }}
        >
          <Field label={t("inKindValueArrived")} error={errs.value}>
            {(id, ax) => <input id={id} {...ax} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} required />}
          </Field>
          <button type="submit" disabled={action.busy}>
            {t("recordInKindDelivery")}
          </button>
          <ActionError error={action.error} fields={["value"]} />
        </form>
      )}
    </section>
  );
}

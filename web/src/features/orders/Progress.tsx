import { useState } from "react";
import { graphql } from "../../gql";
import type { OrdersQuery } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/client";
import { useAction } from "../../graphql/useAction";
import { useI18n } from "../../i18n/i18n";
import { usePerms } from "../../permissions";
import { ActionError, ConfirmButton, Field, Hidden, Status } from "../../ui/ui";

// An order after its approval: the deliveries the Ministry records and a
// second officer accepts or rejects, the chairs' amendments of its amount
// (an increase waits for another chair), and the money that paid for it.

type Order = OrdersQuery["orders"]["edges"][number]["node"];

const RecordDelivery = graphql(`
  mutation RecordDelivery($order: ID!, $value: Money!, $date: String!, $reference: String!, $expectedVersion: Int) {
    recordDelivery(order: $order, value: $value, date: $date, reference: $reference, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

const AcceptDelivery = graphql(`
  mutation AcceptDelivery($id: ID!, $expectedVersion: Int) {
    acceptDelivery(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      decidedBy
      decidedAt
      version
    }
  }
`);

const RejectDelivery = graphql(`
  mutation RejectDelivery($id: ID!, $reason: String!, $expectedVersion: Int) {
    rejectDelivery(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
      decidedBy
      decidedAt
      rejectReason
      version
    }
  }
`);

const AmendOrder = graphql(`
  mutation AmendOrder($id: ID!, $amount: Money!, $reason: String!, $justification: String, $expectedVersion: Int) {
    amendOrder(id: $id, amount: $amount, reason: $reason, justification: $justification, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

const ApproveAmendment = graphql(`
  mutation ApproveAmendment($id: ID!, $expectedVersion: Int) {
    approveAmendment(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

const WithdrawAmendment = graphql(`
  mutation WithdrawAmendment($id: ID!, $expectedVersion: Int) {
    withdrawAmendment(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

const open = (o: Order) => o.status === "PLACED" || o.status === "PARTLY_DELIVERED";

/** The deliveries of an order, and the Ministry's record, accept and reject. */
export function Deliveries({ o }: { o: Order }) {
  const { t, money, date } = useI18n();
  const perms = usePerms();
  const action = useAction();
  const [reason, setReason] = useState("");
  const me = perms.viewer.sub;
  const seeValue = perms.canRead("Delivery.value");
  if (o.deliveries.length === 0 && !(perms.can("Order", "recordDelivery") && open(o))) return null;
  return (
    <section className="sub" aria-label={t("deliveries")}>
      <h3 className="h4">{t("deliveries")}</h3>
      {o.deliveries.length > 0 && (
        <ul className="plain">
          {o.deliveries.map((d) => {
            const own = d.recordedBy === me;
            return (
              <li key={d.id} className="delivery" data-delivery={d.id} data-status={d.status}>
                <Status value={`DELIVERY_${d.status}`} /> {seeValue && d.value != null ? money(d.value) : <Hidden />} · {date(d.date)} · {d.reference}
                <span className="muted">
                  {" "}
                  · {t("recordedBy")} {d.recordedBy}
                  {d.decidedBy && <> · {t("decidedBy")} {d.decidedBy}</>}
                  {d.rejectReason && <> · {d.rejectReason}</>}
                </span>
                {d.status === "RECORDED" && (
                  <p className="four-eyes" data-four-eyes>
                    <strong>{t("deliveryAwaitingSecond")}</strong>
                    {own && <> — {t("ownDelivery")}</>}
                  </p>
                )}
                {d.status === "RECORDED" && !own && (
                  <div className="row actions">
                    {perms.can("Order", "acceptDelivery") && (
                      <button type="button" className="primary" disabled={action.busy} onClick={() => action.run(AcceptDelivery, { id: d.id, expectedVersion: d.version })}>
                        {t("acceptDelivery")}
                      </button>
                    )}
                    {perms.can("Order", "rejectDelivery") && (
                      <ConfirmButton label={t("rejectDelivery")} danger question={t("confirmRejectDelivery")} onConfirm={() => action.run(RejectDelivery, { id: d.id, reason, expectedVersion: d.version })}>
                        <Field label={t("reason")}>{(id) => <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} required />}</Field>
                      </ConfirmButton>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ActionError error={action.error} />
      {perms.can("Order", "recordDelivery") && open(o) && <RecordDeliveryForm o={o} />}
    </section>
  );
}

function RecordDeliveryForm({ o }: { o: Order }) {
  const { t } = useI18n();
  const action = useAction();
  const [value, setValue] = useState("");
  const [day, setDay] = useState(() => new Date().toISOString().slice(0, 10));
  const [reference, setReference] = useState("");
  const errs = fieldErrors(action.error);
  return (
    <details>
      <summary>{t("recordDelivery")}</summary>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await action.run(RecordDelivery, { order: o.id, value, date: day, reference, expectedVersion: o.version })) {
            setValue("");
            setReference("");
          }
        }}
      >
        <Field label={t("deliveryValue")} error={errs.value}>
          {(id, ax) => <input id={id} {...ax} inputMode="decimal" placeholder="1000.00" value={value} onChange={(e) => setValue(e.target.value)} required />}
        </Field>
        <Field label={t("deliveryDate")} error={errs.date}>
          {(id, ax) => <input id={id} {...ax} type="date" value={day} onChange={(e) => setDay(e.target.value)} required />}
        </Field>
        <Field label={t("deliveryReference")} error={errs.reference}>
          {(id, ax) => <input id={id} {...ax} value={reference} onChange={(e) => setReference(e.target.value)} required />}
        </Field>
        <button type="submit" className="primary" disabled={action.busy}>
          {t("recordDelivery")}
        </button>
        <ActionError error={action.error} fields={["value", "date", "reference"]} />
      </form>
    </details>
  );
}

/** The amendments of an order's amount, and the chairs' amend, approve and withdraw. */
export function Amendments({ o }: { o: Order }) {
  const { t, money, dateTime } = useI18n();
  const perms = usePerms();
  const action = useAction();
  const me = perms.viewer.sub;
  const seeMoney = perms.canRead("Amendment.to");
  if (o.amendments.length === 0 && !(perms.can("Order", "amend") && open(o))) return null;
  return (
    <section className="sub" aria-label={t("amendments")}>
      <h3 className="h4">{t("amendments")}</h3>
      {o.amendments.length > 0 && (
        <ul className="plain">
          {o.amendments.map((a) => {
            const own = a.proposedBy === me;
            const approved = a.approvals.some((p) => p.by === me);
            const pending = a.status === "PENDING_APPROVAL";
            return (
              <li key={a.id} className="amendment" data-amendment={a.id} data-status={a.status}>
                <Status value={`AMENDMENT_${a.status}`} />{" "}
                {seeMoney && a.from != null && a.to != null ? (
                  <>
                    {money(a.from)} → {money(a.to)}
                  </>
                ) : (
                  <Hidden />
                )}{" "}
                · {a.reason}
                <span className="muted">
                  {" "}
                  · {a.proposedBy} · {dateTime(a.proposedAt)}
                  {a.approvals.map((p) => (
                    <span key={p.by + p.at}>
                      {" "}
                      · {t("approvedBy")} {p.by} ({p.nation})
                    </span>
                  ))}
                </span>
                {pending && (
                  <p className="four-eyes" data-four-eyes>
                    <strong>{t("amendmentAwaitingSecond")}</strong>
                    {own && <> — {t("ownAmendment")}</>}
                    {approved && <> — {t("youApproved")}</>}
                    {a.awaiting && <span className="awaiting"> {a.awaiting}</span>}
                  </p>
                )}
                {pending && (
                  <div className="row actions">
                    {perms.can("Order", "approveAmendment") && !own && !approved && (
                      <button type="button" className="primary" disabled={action.busy} onClick={() => action.run(ApproveAmendment, { id: o.id, expectedVersion: o.version })}>
                        {t("approveAmendment")}
                      </button>
                    )}
                    {perms.can("Order", "withdrawAmendment") && (
                      <button type="button" disabled={action.busy} onClick={() => action.run(WithdrawAmendment, { id: o.id, expectedVersion: o.version })}>
                        {t("withdrawAmendment")}
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <ActionError error={action.error} />
      {perms.can("Order", "amend") && open(o) && !o.amendments.some((a) => a.status === "PENDING_APPROVAL") && <AmendForm o={o} />}
    </section>
  );
}

function AmendForm({ o }: { o: Order }) {
  const { t } = useI18n();
  const action = useAction();
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [justification, setJustification] = useState("");
  const errs = fieldErrors(action.error);
  return (
    <details>
      <summary>{t("amendOrder")}</summary>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await action.run(AmendOrder, { id: o.id, amount, reason, justification: justification || null, expectedVersion: o.version })) {
            setAmount("");
            setReason("");
            setJustification("");
          }
        }}
      >
        <Field label={t("newAmount")} error={errs.amount}>
          {(id, ax) => <input id={id} {...ax} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} required />}
        </Field>
        <Field label={t("reason")} error={errs.reason}>
          {(id, ax) => <input id={id} {...ax} value={reason} onChange={(e) => setReason(e.target.value)} required />}
        </Field>
        <Field label={t("justification")} hint={t("justificationHint")} error={errs.justification}>
          {(id, ax) => <input id={id} {...ax} value={justification} onChange={(e) => setJustification(e.target.value)} />}
        </Field>
        <button type="submit" className="primary" disabled={action.busy}>
          {t("amend")}
        </button>
        <ActionError error={action.error} fields={["amount", "reason", "justification"]} />
      </form>
    </details>
  );
}

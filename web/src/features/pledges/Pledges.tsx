import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { CapabilityArea, ContributionKind, ContributionsQuery, ValuationBasis } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/client";
import { Bought, InKind, ReceiptList, RecordReceiptForm } from "./Money";
import { useAction } from "../../graphql/useAction";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { usePerms } from "../../permissions";
import { ActionError, ConfirmButton, Field, LoadError, Loading, Status, areas } from "../../ui/ui";

// The server filters rows by the viewer's scope: a member's answer holds its
// own nation's contributions only, so nothing else reaches the browser.
const ContributionsQueryDoc = graphql(`
  query Contributions {
    contributions(first: 200) {
      edges {
        node {
          id
          nation {
            code
            name
          }
          kind
          amount
          currency
          eurAmount
          receivedEur
          earmark
          status
          pledgedAt
          receivedAt
          rate
          version
          outstanding
          inKind {
            basis
            description
            delivery
            deliveredValue
            deliveredAt
          }
          receipts {
            id
            amount
            currency
            eurAmount
            status
            valueDate
          }
          allocations {
            orderId
            area
            amount
            order {
              id
              status
              request {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);

const Pledge = graphql(`
  mutation PledgeContribution($input: PledgeInput!) {
    pledgeContribution(input: $input) {
      id
      status
    }
  }
`);

const CancelContribution = graphql(`
  mutation CancelContribution($id: ID!, $expectedVersion: Int) {
    cancelContribution(id: $id, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

const CommitContribution = graphql(`
  mutation CommitContribution($id: ID!, $reference: String!, $signedOn: Time!) {
    commitContribution(id: $id, reference: $reference, signedOn: $signedOn) {
      id
      status
    }
  }
`);

type Contribution = ContributionsQuery["contributions"]["edges"][number]["node"];

export default function Pledges() {
  const { t } = useI18n();
  const perms = usePerms();
  const canRead = perms.can("Contribution", "read");
  const [{ data, error }, retry] = useQuery({ query: ContributionsQueryDoc, pause: !canRead, requestPolicy: "cache-and-network" });
  const own = perms.scopes("Contribution", "read").every((s) => s === "own");
  return (
    <section aria-labelledby="pledges-title">
      <h1 id="pledges-title">{t("pledgesTitle")}</h1>
      {perms.can("Contribution", "pledge") && <PledgeForm />}
      {canRead &&
        (!data ? (
          error ? (
            <LoadError error={error} retry={() => retry({ requestPolicy: "network-only" })} />
          ) : (
            <Loading />
          )
        ) : (
          <>
            <h2>{own ? t("ownPledges") : t("allPledges")}</h2>
            {data.contributions.edges.length === 0 ? (
              <p>{t("noPledges")}</p>
            ) : (
              <ul className="cards">
                {data.contributions.edges.map(({ node }) => (
                  <ContributionCard key={node.id} c={node} />
                ))}
              </ul>
            )}
          </>
        ))}
    </section>
  );
}

function ContributionCard({ c }: { c: Contribution }) {
  const { t, money, date } = useI18n();
  const perms = usePerms();
  const action = useAction();
  const [reference, setReference] = useState("");
  const [signedOn, setSignedOn] = useState(() => new Date().toISOString().slice(0, 10));
  const errs = fieldErrors(action.error);
  const mine = c.nation.code === perms.viewer.nation;
  return (
    <li className="card contribution" data-contribution={c.id} data-nation={c.nation.code}>
      <div className="card-head">
        <h3>
          {c.nation.name} <span className="muted">({c.nation.code})</span>
        </h3>
        <Status value={c.status} />
      </div>
      <dl className="pairs">
        <dt>{t("kind")}</dt>
        <dd>{t(`kind.${c.kind}` as Key)}</dd>
        <dt>{t("amount")}</dt>
        <dd>{money(c.amount, c.currency)}</dd>
        <dt>{t("eurAmount")}</dt>
        <dd>{money(c.eurAmount)}</dd>
        <dt>{t("earmark")}</dt>
        <dd>{c.earmark ? t(`area.${c.earmark}` as Key) : t("fundUnearmarked")}</dd>
        <dt>{t("pledgedAt")}</dt>
        <dd>{date(c.pledgedAt)}</dd>
        {c.receivedEur && (
          <>
            <dt>{t("receivedEur")}</dt>
            <dd>
              {money(c.receivedEur)} · {date(c.receivedAt)} · {t("rate")} {c.rate}
            </dd>
          </>
        )}
      </dl>
      {c.status !== "PLEDGED" && c.outstanding != null && c.outstanding !== "0.00" && (
        <p className="muted" data-outstanding>
          {t("outstanding")}: {money(c.outstanding, c.currency)}
        </p>
      )}
      <InKind c={c} canRecord={perms.can("Contribution", "recordInKindDelivery")} />
      <ReceiptList c={c} />
      <Bought c={c} />
      {perms.can("Contribution", "recordReceipt") && c.status === "COMMITTED" && c.kind === "FINANCIAL" && <RecordReceiptForm c={c} />}
      <div className="row actions">
        {perms.can("Contribution", "commit") && c.status === "PLEDGED" && (
          <ConfirmButton
            label={t("commitContribution")}
            question={t("confirmCommit", { nation: c.nation.name, amount: money(c.amount, c.currency) })}
            onConfirm={() => action.run(CommitContribution, { id: c.id, reference, signedOn: `${signedOn}T00:00:00Z` })}
          >
            <Field label={t("agreementReference")}>{(id) => <input id={id} value={reference} onChange={(e) => setReference(e.target.value)} required />}</Field>
            <Field label={t("signedOn")}>{(id) => <input id={id} type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} required />}</Field>
          </ConfirmButton>
        )}
        {perms.can("Contribution", "cancel") && mine && c.status === "PLEDGED" && (
          <ConfirmButton label={t("cancelPledge")} danger question={t("confirmCancelPledge")} onConfirm={() => action.run(CancelContribution, { id: c.id, expectedVersion: c.version })} />
        )}
      </div>
      {(errs.reference || errs.signedOn) && (
        <p role="alert" className="field-error">
          {t("agreementReference")} / {t("signedOn")}: {errs.reference ?? errs.signedOn}
        </p>
      )}
      <ActionError error={action.error} fields={["reference", "signedOn"]} />
    </li>
  );
}

function PledgeForm() {
  const { t } = useI18n();
  const action = useAction();
  const [kind, setKind] = useState<ContributionKind>("FINANCIAL");
  const [amount, setAmount] = useState("");
  const [currency, setCurrency] = useState("EUR");
  const [eurAmount, setEurAmount] = useState("");
  const [earmark, setEarmark] = useState<CapabilityArea | "">("");
  const [description, setDescription] = useState("");
  const [basis, setBasis] = useState<ValuationBasis | "">("");
  return (
    <details className="card" open>
      <summary>{t("pledgeForm")}</summary>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          const eur = currency === "EUR" ? amount : eurAmount;
          if (await action.run(Pledge, { input: { kind, amount, currency: currency.toUpperCase(), eurAmount: eur, earmark: earmark || null, ...(kind === "IN_KIND" ? { description, valuationBasis: basis || null } : {}) } })) {
            setAmount("");
            setEurAmount("");
          }
        }}
      >
        <Field label={t("kind")}>
          {(id) => (
            <select id={id} value={kind} onChange={(e) => setKind(e.target.value as ContributionKind)}>
              <option value="FINANCIAL">{t("kind.FINANCIAL")}</option>
              <option value="IN_KIND">{t("kind.IN_KIND")}</option>
            </select>
          )}
        </Field>
        <Field label={t("amount")}>
          {(id) => <input id={id} inputMode="decimal" placeholder="100000.00" value={amount} onChange={(e) => setAmount(e.target.value)} required />}
        </Field>
        <Field label={t("currency")} hint="ISO 4217">
          {(id) => <input id={id} value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value)} required />}
        </Field>
        {currency.toUpperCase() !== "EUR" && (
          <Field label={t("eurAmount")}>
            {(id) => <input id={id} inputMode="decimal" value={eurAmount} onChange={(e) => setEurAmount(e.target.value)} required />}
          </Field>
        )}
        {kind === "IN_KIND" && (
          <>
            <Field label={t("inKindWhat")} hint={t("inKindWhatHint")}>
              {(id) => <input id={id} value={description} onChange={(e) => setDescription(e.target.value)} required />}
            </Field>
            <Field label={t("valuationBasis")}>
              {(id) => (
                <select id={id} value={basis} onChange={(e) => setBasis(e.target.value as ValuationBasis | "")}>
                  <option value="">—</option>
                  {(["MARKET", "DONOR_DECLARED", "INVOICE"] as const).map((b) => (
                    <option key={b} value={b}>
                      {t(`basis.${b}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}
        <Field label={t("earmark")}>
          {(id) => (
            <select id={id} value={earmark} onChange={(e) => setEarmark(e.target.value as CapabilityArea | "")}>
              <option value="">{t("fundUnearmarked")}</option>
              {areas.map((a) => (
                <option key={a} value={a}>
                  {t(`area.${a}` as Key)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="primary" disabled={action.busy}>
          {t("pledge")}
        </button>
        <ActionError error={action.error} />
      </form>
    </details>
  );
}

import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { PeopleQuery } from "../../gql/graphql";
import { useAction } from "../../graphql/useAction";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { usePerms } from "../../permissions";
import { ActionError, ConfirmButton, Field, LoadError, Loading, Status } from "../../ui/ui";

// People who used the API: chairs see everyone and may stop or readmit one
// person; members and the Ministry see their own nation's (the server
// filters the rows).
const PeopleQueryDoc = graphql(`
  query People {
    people(first: 1000) {
      totalCount
      edges {
        node {
          issuer
          sub
          nation
          role
          status
          reason
          firstSeen
          lastSeen
        }
      }
    }
  }
`);

const SuspendPerson = graphql(`
  mutation SuspendPerson($issuer: String!, $sub: String!, $reason: String!) {
    suspendPerson(issuer: $issuer, sub: $sub, reason: $reason) {
      issuer
      sub
      status
      reason
    }
  }
`);

const ReinstatePerson = graphql(`
  mutation ReinstatePerson($issuer: String!, $sub: String!, $reason: String!) {
    reinstatePerson(issuer: $issuer, sub: $sub, reason: $reason) {
      issuer
      sub
      status
      reason
    }
  }
`);

type Person = PeopleQuery["people"]["edges"][number]["node"];

export default function People() {
  const { t } = useI18n();
  const perms = usePerms();
  const [{ data, error }, retry] = useQuery({ query: PeopleQueryDoc, requestPolicy: "cache-and-network" });
  if (!data) return error ? <LoadError error={error} retry={() => retry({ requestPolicy: "network-only" })} /> : <Loading />;
  const own = perms.scopes("Person", "read").every((s) => s === "own");
  const people = data.people.edges.map((e) => e.node);
  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">{t("peopleTitle")}</h1>
      <p className="muted">{own ? t("peopleOwnIntro", { nation: perms.viewer.nation }) : t("peopleIntro")}</p>
      {people.length === 0 ? (
        <p>{t("noPeople")}</p>
      ) : (
        <ul className="cards">
          {people.map((p) => (
            <PersonCard key={`${p.issuer} ${p.sub}`} p={p} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PersonCard({ p }: { p: Person }) {
  const { t, dateTime } = useI18n();
  const perms = usePerms();
  const action = useAction();
  const [reason, setReason] = useState("");
  const me = p.sub === perms.viewer.sub;
  const role = `role.${p.role}` as Key;
  return (
    <li className="card person" data-sub={p.sub} data-nation={p.nation} data-status={p.status}>
      <div className="card-head">
        <h2 className="h3">
          {p.sub} {me && <span className="muted">({t("you")})</span>}
        </h2>
        <span className="badge">
          {t(role)} · {p.nation}
        </span>
        <Status value={p.status} />
      </div>
      <dl className="pairs">
        <dt>{t("issuer")}</dt>
        <dd className="break">{p.issuer}</dd>
        <dt>{t("firstSeen")}</dt>
        <dd>{dateTime(p.firstSeen)}</dd>
        <dt>{t("lastSeen")}</dt>
        <dd>{dateTime(p.lastSeen)}</dd>
        {p.reason && (
          <>
            <dt>{t("reason")}</dt>
            <dd>{p.reason}</dd>
          </>
        )}
      </dl>
      <div className="row actions">
        {perms.can("Person", "suspend") && p.status === "ACTIVE" && !me && (
          <ConfirmButton
            label={t("suspendPerson", { sub: p.sub })}
            danger
            question={t("confirmSuspendPerson", { sub: p.sub })}
            onConfirm={() => action.run(SuspendPerson, { issuer: p.issuer, sub: p.sub, reason })}
          >
            <Field label={t("reason")}>{(id) => <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} required />}</Field>
          </ConfirmButton>
        )}
        {perms.can("Person", "reinstate") && p.status === "SUSPENDED" && (
          <ConfirmButton
            label={t("reinstatePerson", { sub: p.sub })}
            question={t("confirmReinstatePerson", { sub: p.sub })}
            onConfirm={() => action.run(ReinstatePerson, { issuer: p.issuer, sub: p.sub, reason })}
          >
            <Field label={t("reason")}>{(id) => <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} required />}</Field>
          </ConfirmButton>
        )}
      </div>
      <ActionError error={action.error} />
    </li>
  );
}

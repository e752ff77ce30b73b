import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { AuditOutcome, AuditQuery } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { Field, LoadError, Loading } from "../../ui/ui";

// The audit log, newest first, filtered by the server: action, target, a
// time range, who acted (a person or a nation), the outcome and the type of
// the target. Each event shows the fields it changed, before and after, as
// far as the viewer may read them, and the reason given.
const AuditQueryDoc = graphql(`
  query Audit(
    $first: Int!
    $after: String
    $action: String
    $target: String
    $from: Time
    $to: Time
    $actorSub: String
    $actorNation: String
    $outcome: AuditOutcome
    $targetType: String
  ) {
    auditLog(
      first: $first
      after: $after
      action: $action
      target: $target
      from: $from
      to: $to
      actorSub: $actorSub
      actorNation: $actorNation
      outcome: $outcome
      targetType: $targetType
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actor {
            sub
            role
            nation
          }
          action
          target
          targetType
          outcome
          detail
          reason
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

const pageSize = 50;
const outcomes: AuditOutcome[] = ["OK", "DENIED", "FAILED"];
const targetTypes = ["Nation", "Contribution", "Receipt", "PriorityRequest", "Order", "Delivery", "Person", "Supplier"];

interface Filter {
  action: string;
  target: string;
  from: string;
  to: string;
  actorSub: string;
  actorNation: string;
  outcome: string;
  targetType: string;
}
const none: Filter = { action: "", target: "", from: "", to: "", actorSub: "", actorNation: "", outcome: "", targetType: "" };

/** A day of the date input as the start of that day in UTC; to is exclusive, so the day after. */
const day = (d: string, next = false) => (d ? new Date(Date.parse(`${d}T00:00:00Z`) + (next ? 86_400_000 : 0)).toISOString().replace(/\.\d{3}Z$/, "Z") : null);

export default function Audit() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Filter>(none);
  const [filter, setFilter] = useState<Filter>(none);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const apply = (f: Filter) => {
    setFilter(f);
    setPages([null]);
  };
  const text = (k: keyof Filter, label: Key, hint?: string) => (
    <Field label={t(label)} hint={hint}>
      {(id) => <input id={id} value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} />}
    </Field>
  );
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t("auditTitle")}</h1>
      <form
        className="form row filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          apply(draft);
        }}
      >
        {text("action", "auditAction", "approveOrder")}
        {text("target", "auditTarget", "Order:…")}
        <Field label={t("auditTargetType")}>
          {(id) => (
            <select id={id} value={draft.targetType} onChange={(e) => setDraft({ ...draft, targetType: e.target.value })}>
              <option value="">{t("any")}</option>
              {targetTypes.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("actorSub", "auditActorSub")}
        {text("actorNation", "auditActorNation", "EE")}
        <Field label={t("auditOutcome")}>
          {(id) => (
            <select id={id} value={draft.outcome} onChange={(e) => setDraft({ ...draft, outcome: e.target.value })}>
              <option value="">{t("any")}</option>
              {outcomes.map((o) => (
                <option key={o} value={o}>
                  {t(`outcome.${o}` as Key)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("auditFrom")}>
          {(id) => <input id={id} type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />}
        </Field>
        <Field label={t("auditTo")}>
          {(id) => <input id={id} type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />}
        </Field>
        <button type="submit" className="primary">
          {t("filter")}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(none);
            apply(none);
          }}
        >
          {t("clearFilter")}
        </button>
      </form>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("auditAt")}</th>
              <th scope="col">{t("auditActor")}</th>
              <th scope="col">{t("auditAction")}</th>
              <th scope="col">{t("auditTarget")}</th>
              <th scope="col">{t("auditOutcome")}</th>
              <th scope="col">{t("auditChanges")}</th>
            </tr>
          </thead>
          {pages.map((after, i) => (
            <AuditPage
              key={`${JSON.stringify(filter)}|${after}`}
              after={after}
              filter={filter}
              onMore={i === pages.length - 1 ? (cursor) => setPages([...pages, cursor]) : undefined}
            />
          ))}
        </table>
      </div>
    </section>
  );
}

type Event = AuditQuery["auditLog"]["edges"][number]["node"];

function AuditPage({ after, filter, onMore }: { after: string | null; filter: Filter; onMore?: (cursor: string) => void }) {
  const { t, dateTime } = useI18n();
  const [{ data, error }] = useQuery({
    query: AuditQueryDoc,
    variables: {
      first: pageSize,
      after,
      action: filter.action || null,
      target: filter.target || null,
      from: day(filter.from),
      to: day(filter.to, true),
      actorSub: filter.actorSub || null,
      actorNation: filter.actorNation.toUpperCase() || null,
      outcome: (filter.outcome || null) as AuditOutcome | null,
      targetType: filter.targetType || null,
    },
    requestPolicy: "cache-and-network",
  });
  if (!data)
    return (
      <tbody>
        <tr>
          <td colSpan={6}>{error ? <LoadError error={error} /> : <Loading />}</td>
        </tr>
      </tbody>
    );
  const log = data.auditLog;
  return (
    <tbody>
      {log.edges.length === 0 && after === null && (
        <tr>
          <td colSpan={6}>{t("noEvents")}</td>
        </tr>
      )}
      {log.edges.map(({ node: e }) => (
        <tr key={e.id} data-outcome={e.outcome} data-event={e.id}>
          <td>{dateTime(e.at)}</td>
          <td>
            {e.actor.sub} <span className="muted">({e.actor.role}, {e.actor.nation})</span>
          </td>
          <td>{e.action}</td>
          <td>{e.target}</td>
          <td>{t(`outcome.${e.outcome}` as Key)}</td>
          <td className="detail">
            <Changes e={e} />
          </td>
        </tr>
      ))}
      {onMore && log.pageInfo.hasNextPage && log.pageInfo.endCursor && (
        <tr>
          <td colSpan={6}>
            <button type="button" onClick={() => onMore(log.pageInfo.endCursor!)}>
              {t("loadMore")}
            </button>
          </td>
        </tr>
      )}
    </tbody>
  );
}

/** What the event changed, field by field, and why; else its detail. */
function Changes({ e }: { e: Event }) {
  const { t } = useI18n();
  return (
    <>
      {e.reason && (
        <p className="reason">
          {t("reason")}: {e.reason}
        </p>
      )}
      {e.changes.length > 0 ? (
        <dl className="changes">
          {e.changes.map((c) => (
            <div key={c.field} data-field={c.field}>
              <dt>{c.field}</dt>
              <dd>
                <span className="visually-hidden">{t("before")}: </span>
                <del>{c.before ?? "—"}</del> → <span className="visually-hidden">{t("after")}: </span>
                <ins>{c.after ?? "—"}</ins>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        e.detail
      )}
    </>
  );
}

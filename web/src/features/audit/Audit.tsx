import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { Field, LoadError, Loading } from "../../ui/ui";

const AuditQuery = graphql(`
  query Audit($first: Int!, $after: String, $action: String, $target: String) {
    auditLog(first: $first, after: $after, action: $action, target: $target) {
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
          outcome
          detail
        }
      }
    }
  }
`);

const pageSize = 50;

export default function Audit() {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ action: "", target: "" });
  const [filter, setFilter] = useState({ action: "", target: "" });
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const apply = (f: typeof filter) => {
    setFilter(f);
    setPages([null]);
  };
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
        <Field label={t("auditAction")} hint="approveOrder">
          {(id) => <input id={id} value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} />}
        </Field>
        <Field label={t("auditTarget")} hint="Order:…">
          {(id) => <input id={id} value={draft.target} onChange={(e) => setDraft({ ...draft, target: e.target.value })} />}
        </Field>
        <button type="submit" className="primary">
          {t("filter")}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft({ action: "", target: "" });
            apply({ action: "", target: "" });
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
              <th scope="col">{t("auditDetail")}</th>
            </tr>
          </thead>
          {pages.map((after, i) => (
            <AuditPage
              key={`${filter.action}|${filter.target}|${after}`}
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

function AuditPage({
  after,
  filter,
  onMore,
}: {
  after: string | null;
  filter: { action: string; target: string };
  onMore?: (cursor: string) => void;
}) {
  const { t, dateTime } = useI18n();
  const [{ data, error }] = useQuery({
    query: AuditQuery,
    variables: { first: pageSize, after, action: filter.action || null, target: filter.target || null },
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
        <tr key={e.id} data-outcome={e.outcome}>
          <td>{dateTime(e.at)}</td>
          <td>
            {e.actor.sub} <span className="muted">({e.actor.role}, {e.actor.nation})</span>
          </td>
          <td>{e.action}</td>
          <td>{e.target}</td>
          <td>{t(`outcome.${e.outcome}` as Key)}</td>
          <td className="detail">{e.detail}</td>
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

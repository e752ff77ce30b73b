import { useEffect, useRef, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import type { RequestsQuery as RequestsData } from "../../gql/graphql";
import { useAction } from "../../graphql/useAction";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { usePerms } from "../../permissions";
import { ActionError, ConfirmButton, Field, Hidden, LoadError, Loading, Status, areas, useAnnouncer } from "../../ui/ui";
import * as ops from "./operations";

type Req = RequestsData["requests"]["edges"][number]["node"];

export default function Requests() {
  const { t } = useI18n();
  const perms = usePerms();
  const [{ data, error }, retry] = useQuery({ query: ops.RequestsQuery, requestPolicy: "cache-and-network" });
  const [announcement, announce] = useAnnouncer();
  if (!data) return error ? <LoadError error={error} retry={() => retry({ requestPolicy: "network-only" })} /> : <Loading />;
  const all = data.requests.edges.map((e) => e.node);
  const drafts = all.filter((r) => r.status === "DRAFT");
  const open = all.filter((r) => r.status !== "DRAFT" && r.priority > 0);
  const closed = all.filter((r) => r.status !== "DRAFT" && r.priority === 0);
  const phases = [...new Set(open.map((r) => r.phase))].sort((a, b) => a - b);
  return (
    <section aria-labelledby="requests-title">
      <h1 id="requests-title">{t("requestsTitle")}</h1>
      {announcement}
      {perms.can("PriorityRequest", "create") && <NewRequest />}
      {drafts.length > 0 && (
        <section aria-labelledby="drafts-title">
          <h2 id="drafts-title">{t("drafts")}</h2>
          <ul className="cards">
            {drafts.map((r) => (
              <RequestCard key={r.id} r={r} />
            ))}
          </ul>
        </section>
      )}
      {phases.length === 0 && <p>{t("noRequests")}</p>}
      {phases.map((phase) => (
        <Phase key={phase} phase={phase} requests={open.filter((r) => r.phase === phase).sort((a, b) => a.priority - b.priority)} announce={announce} />
      ))}
      {closed.length > 0 && (
        <section aria-labelledby="closed-title">
          <h2 id="closed-title">{t("closedRequests")}</h2>
          <ul className="cards">
            {closed.map((r) => (
              <RequestCard key={r.id} r={r} />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** One phase's open requests in priority order; the Ministry reorders them. */
function Phase({ phase, requests, announce }: { phase: number; requests: Req[]; announce: (m: string) => void }) {
  const { t } = useI18n();
  const perms = usePerms();
  const canMove = perms.can("PriorityRequest", "reprioritize");
  const action = useAction();
  const dragged = useRef<string | null>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // Keep the keyboard where it was: after a move, focus returns to the
  // moved request's button in its new place.
  useEffect(() => {
    if (!focusAfter || !listRef.current) return;
    const el = listRef.current.querySelector<HTMLButtonElement>(`[data-focus-key="${focusAfter}"]`);
    if (el && !el.disabled) {
      el.focus();
      setFocusAfter(null);
    }
  }, [requests, focusAfter]);

  async function move(r: Req, to: number, focusKey?: string) {
    if (to < 1 || to > requests.length || to === r.priority) return;
    const done = await action.run(ops.ReprioritizeRequest, { id: r.id, priority: to });
    if (done) {
      announce(t("moved", { title: r.title, n: to, phase }));
      if (focusKey) setFocusAfter(focusKey);
    }
  }

  return (
    <section aria-labelledby={`phase-${phase}`}>
      <h2 id={`phase-${phase}`}>{t("phase", { n: phase })}</h2>
      {canMove && <p className="muted">{t("dragHint")}</p>}
      <ActionError error={action.error} />
      <ol className="cards" ref={listRef} data-phase={phase}>
        {requests.map((r) => (
          <RequestCard
            key={r.id}
            r={r}
            draggable={canMove}
            onDragStart={() => (dragged.current = r.id)}
            onDrop={() => {
              const from = requests.find((x) => x.id === dragged.current);
              dragged.current = null;
              if (from) move(from, r.priority);
            }}
            mover={
              canMove && (
                <div className="row mover">
                  <button
                    type="button"
                    data-focus-key={`up-${r.id}`}
                    aria-label={t("moveUp", { title: r.title })}
                    disabled={r.priority === 1 || action.busy}
                    onClick={() => move(r, r.priority - 1, r.priority - 1 === 1 ? `down-${r.id}` : `up-${r.id}`)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    data-focus-key={`down-${r.id}`}
                    aria-label={t("moveDown", { title: r.title })}
                    disabled={r.priority === requests.length || action.busy}
                    onClick={() => move(r, r.priority + 1, r.priority + 1 === requests.length ? `up-${r.id}` : `down-${r.id}`)}
                  >
                    ↓
                  </button>
                </div>
              )
            }
          />
        ))}
      </ol>
    </section>
  );
}

function RequestCard({
  r,
  mover,
  draggable,
  onDragStart,
  onDrop,
}: {
  r: Req;
  mover?: React.ReactNode;
  draggable?: boolean;
  onDragStart?: () => void;
  onDrop?: () => void;
}) {
  const { t, money, date } = useI18n();
  const perms = usePerms();
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState("");
  const can = (a: string) => perms.can("PriorityRequest", a);
  return (
    <li
      className="card request"
      data-request={r.id}
      data-status={r.status}
      draggable={draggable}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = "move";
        e.dataTransfer.setData("text/plain", r.id);
        onDragStart?.();
      }}
      onDragOver={draggable ? (e) => e.preventDefault() : undefined}
      onDrop={
        draggable
          ? (e) => {
              e.preventDefault();
              onDrop?.();
            }
          : undefined
      }
    >
      <div className="card-head">
        {r.priority > 0 && (
          <span className="priority" aria-label={`${t("priority")} ${r.priority}`}>
            {r.priority}
          </span>
        )}
        <h3>{r.title}</h3>
        <Status value={r.status} />
      </div>
      <p className="muted">
        {t(`area.${r.area}` as Key)} · {t("phase", { n: r.phase })} · {date(r.createdAt)}
      </p>
      <p>{r.description}</p>
      <p>
        {t("estimatedCost")}: {perms.canRead("PriorityRequest.estimatedCost") && r.estimatedCost != null ? money(r.estimatedCost) : <Hidden />}
      </p>
      {r.rejectReason && (
        <p>
          {t("rejectReason")}: {r.rejectReason}
        </p>
      )}
      {editing ? (
        <RequestForm
          initial={r}
          submitLabel={t("save")}
          onSubmit={async (v) => {
            const ok = await action.run(ops.UpdateRequest, {
              id: r.id,
              input: { title: v.title, description: v.description, area: v.area, estimatedCost: v.estimatedCost },
            });
            if (ok) setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="row actions">
          {mover}
          {can("update") && (r.status === "DRAFT" || r.status === "SUBMITTED") && (
            <button type="button" onClick={() => setEditing(true)}>
              {t("edit")}
            </button>
          )}
          {can("submit") && r.status === "DRAFT" && (
            <button type="button" className="primary" onClick={() => action.run(ops.SubmitRequest, { id: r.id })}>
              {t("submit")}
            </button>
          )}
          {can("approve") && r.status === "SUBMITTED" && (
            <button type="button" className="primary" onClick={() => action.run(ops.ApproveRequest, { id: r.id })}>
              {t("approve")}
            </button>
          )}
          {can("reject") && r.status === "SUBMITTED" && (
            <ConfirmButton label={t("reject")} question={t("reject") + ": " + r.title} danger onConfirm={() => action.run(ops.RejectRequest, { id: r.id, reason })}>
              <Field label={t("rejectReason")}>{(id) => <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} required />}</Field>
            </ConfirmButton>
          )}
          {can("fulfill") && r.status === "IN_PROCUREMENT" && (
            <button type="button" className="primary" onClick={() => action.run(ops.FulfillRequest, { id: r.id })}>
              {t("fulfill")}
            </button>
          )}
          {can("withdraw") && ["DRAFT", "SUBMITTED", "APPROVED"].includes(r.status) && (
            <ConfirmButton label={t("withdraw")} question={t("confirmWithdraw", { title: r.title })} danger onConfirm={() => action.run(ops.WithdrawRequest, { id: r.id })} />
          )}
        </div>
      )}
      <ActionError error={action.error} />
    </li>
  );
}

interface RequestValues {
  title: string;
  description: string;
  area: Req["area"];
  phase: number;
  estimatedCost: string;
}

function RequestForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  withPhase,
}: {
  initial?: Partial<Req>;
  submitLabel: string;
  onSubmit: (v: RequestValues) => Promise<void>;
  onCancel?: () => void;
  withPhase?: boolean;
}) {
  const { t } = useI18n();
  const [v, setV] = useState<RequestValues>({
    title: initial?.title ?? "",
    description: initial?.description ?? "",
    area: initial?.area ?? "COMMUNICATIONS",
    phase: initial?.phase ?? 1,
    estimatedCost: initial?.estimatedCost ?? "",
  });
  const set = <K extends keyof RequestValues>(k: K, val: RequestValues[K]) => setV((o) => ({ ...o, [k]: val }));
  return (
    <form
      className="form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit(v);
      }}
    >
      <Field label={t("title")}>{(id) => <input id={id} value={v.title} onChange={(e) => set("title", e.target.value)} required />}</Field>
      <Field label={t("description")}>
        {(id) => <textarea id={id} value={v.description} onChange={(e) => set("description", e.target.value)} rows={3} />}
      </Field>
      <Field label={t("area")}>
        {(id) => (
          <select id={id} value={v.area} onChange={(e) => set("area", e.target.value as Req["area"])}>
            {areas.map((a) => (
              <option key={a} value={a}>
                {t(`area.${a}` as Key)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {withPhase && (
        <Field label={t("phaseLabel")}>
          {(id) => <input id={id} type="number" min={1} value={v.phase} onChange={(e) => set("phase", Number(e.target.value))} required />}
        </Field>
      )}
      <Field label={t("estimatedCost") + " (EUR)"}>
        {(id) => (
          <input id={id} inputMode="decimal" placeholder="250000.00" value={v.estimatedCost} onChange={(e) => set("estimatedCost", e.target.value)} required />
        )}
      </Field>
      <div className="row">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

function NewRequest() {
  const { t } = useI18n();
  const action = useAction();
  const [key, setKey] = useState(0);
  return (
    <details className="card">
      <summary>{t("newRequest")}</summary>
      <RequestForm
        key={key}
        withPhase
        submitLabel={t("createRequest")}
        onSubmit={async (v) => {
          if (await action.run(ops.CreateRequest, { input: v })) setKey((k) => k + 1);
        }}
      />
      <ActionError error={action.error} />
    </details>
  );
}

import { useState } from "react";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { usePerms } from "../../permissions";
import { endSession, useSession } from "../../session";
import { Field } from "../../ui/ui";

// The reports under /export/, downloaded with the viewer's token: a link
// cannot carry the Authorization header, so the page fetches the file and
// hands it to the browser as a blob. The server applies the same policies
// as to the queries; the page offers only what the viewer may read.
interface Report {
  file: string;
  label: Key;
  resource: string;
  statuses?: string[];
}

const reports: Report[] = [
  { file: "contributions.csv", label: "exportContributions", resource: "Contribution", statuses: ["PLEDGED", "COMMITTED", "RECEIVED", "CANCELLED"] },
  { file: "requests.csv", label: "exportRequests", resource: "PriorityRequest", statuses: ["SUBMITTED", "APPROVED", "REJECTED", "IN_PROCUREMENT", "FULFILLED", "WITHDRAWN"] },
  { file: "orders.csv", label: "exportOrders", resource: "Order", statuses: ["PENDING_APPROVAL", "PLACED", "DELIVERED", "CANCELLED"] },
  { file: "audit.csv", label: "exportAudit", resource: "AuditEvent" },
  { file: "iati.xml", label: "exportIati", resource: "Nation" },
];

export default function Exports() {
  const { t } = useI18n();
  const perms = usePerms();
  return (
    <section aria-labelledby="exports-title">
      <h1 id="exports-title">{t("exportsTitle")}</h1>
      <p className="muted">{t("exportsIntro")}</p>
      <ul className="cards">
        {reports
          .filter((r) => perms.can(r.resource, "read"))
          .map((r) => (
            <ReportCard key={r.file} r={r} />
          ))}
      </ul>
    </section>
  );
}

function ReportCard({ r }: { r: Report }) {
  const { t } = useI18n();
  const session = useSession();
  const [status, setStatus] = useState("");
  const [state, setState] = useState<{ busy?: boolean; error?: string; done?: string }>({});

  async function download() {
    if (!session) return;
    setState({ busy: true });
    const q = status ? `?status=${encodeURIComponent(status)}` : "";
    try {
      const res = await fetch(`/export/${r.file}${q}`, { headers: { Authorization: `Bearer ${session.token}` } });
      if (res.status === 401) {
        endSession("expired");
        return;
      }
      if (!res.ok) {
        const b = await res.json().catch(() => null);
        setState({ error: b?.errors?.[0]?.message ?? res.statusText });
        return;
      }
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = r.file;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ done: t("exportDone", { file: r.file, size: Math.ceil(blob.size / 1024) }) });
    } catch (e) {
      setState({ error: (e as Error).message });
    }
  }

  return (
    <li className="card report" data-report={r.file}>
      <div className="card-head">
        <h2 className="h3">{t(r.label)}</h2>
        <code>{r.file}</code>
      </div>
      <div className="row actions">
        {r.statuses && (
          <Field label={t("status")}>
            {(id) => (
              <select id={id} value={status} onChange={(e) => setStatus(e.target.value)}>
                <option value="">{t("allStatuses")}</option>
                {r.statuses!.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}` as Key)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <button type="button" className="primary" onClick={download} disabled={state.busy} aria-label={t("downloadFile", { file: r.file })}>
          {t("download")}
        </button>
      </div>
      <div aria-live="polite">
        {state.done && <p className="muted">{state.done}</p>}
      </div>
      {state.error && (
        <div role="alert" className="action-error">
          <p>{state.error}</p>
        </div>
      )}
    </li>
  );
}

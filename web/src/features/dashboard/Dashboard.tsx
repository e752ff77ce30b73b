import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { FundQuery, FundQueryVariables } from "../../gql/graphql";
import { forbiddenAt } from "../../graphql/client";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { usePerms } from "../../permissions";
import { Hidden, LoadError, Loading } from "../../ui/ui";

// The figures now, and as they stood at the end of each of the last twelve
// months (fund(asOf:), from the ledger's entries by value date), in one
// request.
const FundQueryDoc = graphql(`
  query Fund($at1: Time!, $at2: Time!, $at3: Time!, $at4: Time!, $at5: Time!, $at6: Time!, $at7: Time!, $at8: Time!, $at9: Time!, $at10: Time!, $at11: Time!, $at12: Time!, $history: Boolean!, $from: Time!) {
    history: fundHistory(from: $from) @include(if: $history) {
      area
      months {
        start
        figures {
          received
          committed
          pledged
        }
      }
    }
    fund {
      pledged
      received
      committed
      available
      inKind
      contributors
      byArea {
        area
        contributors
        pledged
        received
        committed
        available
        suppressedReason
      }
    }
    h1: fund(asOf: $at1) @skip(if: $history) {
      received
      committed
      pledged
    }
    h2: fund(asOf: $at2) @skip(if: $history) {
      received
      committed
      pledged
    }
    h3: fund(asOf: $at3) @skip(if: $history) {
      received
      committed
      pledged
    }
    h4: fund(asOf: $at4) @skip(if: $history) {
      received
      committed
      pledged
    }
    h5: fund(asOf: $at5) @skip(if: $history) {
      received
      committed
      pledged
    }
    h6: fund(asOf: $at6) @skip(if: $history) {
      received
      committed
      pledged
    }
    h7: fund(asOf: $at7) @skip(if: $history) {
      received
      committed
      pledged
    }
    h8: fund(asOf: $at8) @skip(if: $history) {
      received
      committed
      pledged
    }
    h9: fund(asOf: $at9) @skip(if: $history) {
      received
      committed
      pledged
    }
    h10: fund(asOf: $at10) @skip(if: $history) {
      received
      committed
      pledged
    }
    h11: fund(asOf: $at11) @skip(if: $history) {
      received
      committed
      pledged
    }
    h12: fund(asOf: $at12) @skip(if: $history) {
      received
      committed
      pledged
    }
  }
`);

type AreaFund = NonNullable<FundQuery["fund"]["byArea"]>[number];
type Point = { at: string; received?: string | null; committed?: string | null; pledged?: string | null };

const point = (at: string, f: Omit<Point, "at">): Point => ({ at, received: f.received, committed: f.committed, pledged: f.pledged });

/** The fund's figures month by month: the pools added up, at each month's end. */
function sumPools(pools: NonNullable<FundQuery["history"]>): Point[] {
  const cents = (v: string) => Math.round(Number(v) * 100);
  const out: Point[] = [];
  pools.forEach((p) =>
    p.months.forEach((m, i) => {
      const s = new Date(m.start);
      const end = new Date(Math.min(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + 1, 1) - 1000, Date.now())).toISOString();
      const q = (out[i] ??= { at: end, received: "0", committed: "0", pledged: "0" });
      q.received = ((cents(q.received!) + cents(m.figures.received)) / 100).toFixed(2);
      q.committed = ((cents(q.committed!) + cents(m.figures.committed)) / 100).toFixed(2);
      q.pledged = ((cents(q.pledged!) + cents(m.figures.pledged)) / 100).toFixed(2);
    }),
  );
  return out;
}

/** The ends of the last n months, oldest first, as RFC 3339 in UTC. */
function monthEnds(n: number, now = new Date()): string[] {
  const out: string[] = [];
  for (let i = n; i >= 1; i--) {
    out.push(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i + 1, 1) - 1000).toISOString().replace(/\.\d{3}Z$/, "Z"));
  }
  return out;
}

export default function Dashboard() {
  const { t, money } = useI18n();
  const perms = usePerms();
  const [at] = useState(() => monthEnds(12));
  const history = perms.can("Fund", "history");
  const variables = {
    ...Object.fromEntries(at.map((v, i) => [`at${i + 1}`, v])),
    history,
    from: new Date(Date.parse(at[0]) + 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
  } as FundQueryVariables;
  const [{ data, error }, retry] = useQuery({ query: FundQueryDoc, variables, requestPolicy: "cache-and-network" });
  if (!data) return error ? <LoadError error={error} retry={() => retry({ requestPolicy: "network-only" })} /> : <Loading />;
  const f = data.fund;
  const byAreaHidden = !perms.canRead("Fund.byArea") || forbiddenAt(error, ["fund", "byArea"]);
  const figures: [Key, string][] = [
    ["fundReceived", money(f.received)],
    ["fundCommitted", money(f.committed)],
    ["fundAvailable", money(f.available)],
    ["fundPledged", money(f.pledged)],
    ["fundInKind", money(f.inKind)],
    ["fundContributors", String(f.contributors)],
  ];
  return (
    <section aria-labelledby="fund-title">
      <h1 id="fund-title">{t("fundTitle")}</h1>
      <dl className="figures">
        {figures.map(([k, v]) => (
          <div key={k} className="figure" data-figure={k}>
            <dt>{t(k)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("fundByArea")}</h2>
      {byAreaHidden || !f.byArea ? (
        <p>
          <Hidden />
        </p>
      ) : (
        <>
          <AreaChart areas={f.byArea} />
          <AreaTable areas={f.byArea} />
        </>
      )}
      <h2 id="history-title">{t("fundHistory")}</h2>
      <HistoryChart
        points={
          data.history
            ? sumPools(data.history)
            : [...at.map((a, i) => point(a, data[`h${i + 1}` as keyof FundQuery] as Omit<Point, "at">)), point(new Date().toISOString(), f)]
        }
      />
    </section>
  );
}

function areaName(t: (k: Key) => string, a: AreaFund) {
  return a.area ? t(`area.${a.area}` as Key) : t("fundUnearmarked");
}

/** Received against committed per area: SVG bars, their numbers in the table below. */
function AreaChart({ areas }: { areas: readonly AreaFund[] }) {
  const { t } = useI18n();
  const shown = areas.filter((a) => a.received != null);
  const max = Math.max(1, ...shown.map((a) => Number(a.received)));
  const pct = (v: string | null | undefined) => Math.max((Number(v ?? 0) / max) * 100, 0.5);
  return (
    <figure className="chart">
      <div role="img" aria-label={t("fundChartLabel")}>
        {shown.map((a) => (
          <div key={a.area ?? "none"} className="chart-row">
            <span className="chart-label">{areaName(t, a)}</span>
            <svg viewBox="0 0 100 20" preserveAspectRatio="none" className="bars">
              <rect x="0" y="0" width={pct(a.received)} height="9" className="bar-received" />
              <rect x="0" y="11" width={pct(a.committed)} height="9" className="bar-committed" />
            </svg>
          </div>
        ))}
      </div>
      <figcaption>
        <span className="swatch swatch-received" aria-hidden="true" /> {t("fundChartLegendReceived")}{" "}
        <span className="swatch swatch-committed" aria-hidden="true" /> {t("fundChartLegendCommitted")}
      </figcaption>
    </figure>
  );
}

function AreaTable({ areas }: { areas: readonly AreaFund[] }) {
  const { t, money, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("fundArea")}</th>
            <th scope="col">{t("fundContributors")}</th>
            <th scope="col">{t("fundReceived")}</th>
            <th scope="col">{t("fundCommitted")}</th>
            <th scope="col">{t("fundAvailable")}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.area ?? "none"} data-area={a.area ?? "UNEARMARKED"}>
              <th scope="row">{areaName(t, a)}</th>
              {a.suppressedReason ? (
                <td colSpan={4} className="suppressed">
                  <strong>{t("fundSuppressed")}</strong>: {lang === "en" ? a.suppressedReason.replace(/^suppressed:\s*/i, "") : t("fundSuppressedWhy")}
                </td>
              ) : (
                <>
                  <td>{a.contributors}</td>
                  <td>{money(a.received)}</td>
                  <td>{money(a.committed)}</td>
                  <td>{money(a.available)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Received and committed over time: two SVG lines, with the same figures in
 * a table for screen readers and for anyone who wants the numbers.
 */
function HistoryChart({ points }: { points: Point[] }) {
  const { t, money, date } = useI18n();
  const w = 600;
  const h = 200;
  const max = Math.max(1, ...points.flatMap((p) => [Number(p.received ?? 0), Number(p.committed ?? 0)]));
  const x = (i: number) => (i / Math.max(1, points.length - 1)) * (w - 20) + 10;
  const y = (v: string | null | undefined) => h - 10 - (Number(v ?? 0) / max) * (h - 20);
  const line = (k: "received" | "committed") =>
    points
      .filter((p) => p[k] != null)
      .map((p) => `${x(points.indexOf(p)).toFixed(1)},${y(p[k]).toFixed(1)}`)
      .join(" ");
  const withheld = points.some((p) => p.received == null);
  return (
    <figure className="chart history">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby="history-title" className="lines" preserveAspectRatio="none">
        <line x1="10" x2={w - 10} y1={h - 10} y2={h - 10} className="axis" />
        <polyline points={line("received")} className="line-received" fill="none" />
        <polyline points={line("committed")} className="line-committed" fill="none" />
      </svg>
      <figcaption>
        <span className="swatch swatch-received" aria-hidden="true" /> {t("fundChartLegendReceived")}{" "}
        <span className="swatch swatch-committed" aria-hidden="true" /> {t("fundChartLegendCommitted")}
        {" · "}
        {t("fundHistoryRange", { from: date(points[0].at), to: date(points[points.length - 1].at) })}
        {withheld && <> · {t("fundHistoryWithheld")}</>}
      </figcaption>
      <details>
        <summary>{t("fundHistoryTable")}</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("fundAsOf")}</th>
                <th scope="col">{t("fundReceived")}</th>
                <th scope="col">{t("fundCommitted")}</th>
                <th scope="col">{t("fundPledged")}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.at}>
                  <th scope="row">{date(p.at)}</th>
                  <td>{p.received == null ? <span className="hidden-field">{t("fundWithheld")}</span> : money(p.received)}</td>
                  <td>{p.committed == null ? <span className="hidden-field">{t("fundWithheld")}</span> : money(p.committed)}</td>
                  <td>{p.pledged == null ? <span className="hidden-field">{t("fundWithheld")}</span> : money(p.pledged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

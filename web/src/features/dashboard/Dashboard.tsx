import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { FundQuery } from "../../gql/graphql";
import { forbiddenAt } from "../../graphql/client";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { usePerms } from "../../permissions";
import { Hidden, LoadError, Loading } from "../../ui/ui";

const FundQueryDoc = graphql(`
  query Fund {
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
  }
`);

type AreaFund = NonNullable<FundQuery["fund"]["byArea"]>[number];

export default function Dashboard() {
  const { t, money } = useI18n();
  const perms = usePerms();
  const [{ data, error }, retry] = useQuery({ query: FundQueryDoc, requestPolicy: "cache-and-network" });
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

import type { OrdersQuery } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";

type Order = OrdersQuery["orders"]["edges"][number]["node"];

/** The pools an order drew on, and the contributions that paid (as far as the viewer may read them). */
export function Funding({ o }: { o: Order }) {
  const { t, money } = useI18n();
  if (!o.funding || o.funding.length === 0) return null;
  return (
    <section className="sub" aria-label={t("funding")}>
      <h3 className="h4">{t("funding")}</h3>
      <ul className="plain">
        {o.funding.map((p) => (
          <li key={p.area ?? "none"}>
            {p.area ? t(`area.${p.area}` as Key) : t("fundUnearmarked")}: {money(p.amount)}
            {p.contributions.length > 0 && (
              <span className="muted">
                {" "}
                ({p.contributions.map((c) => `${c.contributionId} ${money(c.amount)}`).join(", ")})
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

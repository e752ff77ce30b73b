import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { NationRole, NationsQuery } from "../../gql/graphql";
import { useAction } from "../../graphql/useAction";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { usePerms } from "../../permissions";
import { ActionError, ConfirmButton, Field, LoadError, Loading, Status } from "../../ui/ui";

const NationsQueryDoc = graphql(`
  query Nations {
    nations(first: 300) {
      edges {
        node {
          code
          name
          role
          status
          joinedAt
          suspendedReason
        }
      }
    }
  }
`);

const AdmitNation = graphql(`
  mutation AdmitNation($input: AdmitNationInput!) {
    admitNation(input: $input) {
      code
      name
      role
      status
      joinedAt
    }
  }
`);

const SetNationRole = graphql(`
  mutation SetNationRole($code: String!, $role: NationRole!) {
    setNationRole(code: $code, role: $role) {
      code
      role
    }
  }
`);

const SuspendNation = graphql(`
  mutation SuspendNation($code: String!, $reason: String!) {
    suspendNation(code: $code, reason: $reason) {
      code
      status
      suspendedReason
    }
  }
`);

const ReinstateNation = graphql(`
  mutation ReinstateNation($code: String!) {
    reinstateNation(code: $code) {
      code
      status
      suspendedReason
    }
  }
`);

type Nation = NationsQuery["nations"]["edges"][number]["node"];
const assignable: NationRole[] = ["CHAIR", "MEMBER", "OBSERVER"];

export default function Nations() {
  const { t } = useI18n();
  const perms = usePerms();
  const [{ data, error }, retry] = useQuery({ query: NationsQueryDoc, requestPolicy: "cache-and-network" });
  if (!data) return error ? <LoadError error={error} retry={() => retry({ requestPolicy: "network-only" })} /> : <Loading />;
  const manage = ["setRole", "suspend", "reinstate"].some((a) => perms.can("Nation", a));
  return (
    <section aria-labelledby="nations-title">
      <h1 id="nations-title">{t("nationsTitle")}</h1>
      {perms.can("Nation", "admit") && <AdmitForm />}
      <ul className="cards">
        {data.nations.edges.map(({ node: n }) => (
          <NationRow key={n.code} n={n} manage={manage} />
        ))}
      </ul>
    </section>
  );
}

function NationRow({ n, manage }: { n: Nation; manage: boolean }) {
  const { t, date } = useI18n();
  const perms = usePerms();
  const action = useAction();
  const [role, setRole] = useState<NationRole>(n.role === "BENEFICIARY" ? "MEMBER" : n.role);
  const [reason, setReason] = useState("");
  const isUA = n.role === "BENEFICIARY";
  return (
    <li className="card nation" data-nation={n.code} data-status={n.status}>
      <div className="card-head">
        <h2 className="h3">
          {n.name} <span className="muted">({n.code})</span>
        </h2>
        <span className="badge">{t(`role.${n.role}` as Key)}</span>
        <Status value={n.status} />
      </div>
      <p className="muted">
        {t("joined")}: {date(n.joinedAt)}
        {n.suspendedReason && <> · {t("suspendReason")}: {n.suspendedReason}</>}
      </p>
      {manage && !isUA && (
        <div className="row actions">
          {perms.can("Nation", "setRole") && (
            <>
              <Field label={t("role")}>
                {(id) => (
                  <select id={id} value={role} onChange={(e) => setRole(e.target.value as NationRole)}>
                    {assignable.map((r) => (
                      <option key={r} value={r}>
                        {t(`role.${r}` as Key)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <ConfirmButton
                label={t("changeRole")}
                question={t("confirmRole", { name: n.name, role: t(`role.${role}` as Key) })}
                disabled={role === n.role}
                onConfirm={() => action.run(SetNationRole, { code: n.code, role })}
              />
            </>
          )}
          {perms.can("Nation", "suspend") && n.status === "ACTIVE" && (
            <ConfirmButton
              label={t("suspend")}
              danger
              question={t("confirmSuspend", { name: n.name })}
              onConfirm={() => action.run(SuspendNation, { code: n.code, reason })}
            >
              <Field label={t("suspendReason")}>{(id) => <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} required />}</Field>
            </ConfirmButton>
          )}
          {perms.can("Nation", "reinstate") && n.status === "SUSPENDED" && (
            <ConfirmButton label={t("reinstate")} question={t("confirmReinstate", { name: n.name })} onConfirm={() => action.run(ReinstateNation, { code: n.code })} />
          )}
        </div>
      )}
      <ActionError error={action.error} hint={n.role === "CHAIR" ? t("lastChair") : undefined} />
    </li>
  );
}

function AdmitForm() {
  const { t } = useI18n();
  const action = useAction();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<NationRole>("MEMBER");
  return (
    <details className="card">
      <summary>{t("admitNation")}</summary>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await action.run(AdmitNation, { input: { code: code.toUpperCase(), name, role } })) {
            setCode("");
            setName("");
          }
        }}
      >
        <Field label={t("code")} hint="ISO 3166-1 alpha-2">
          {(id) => <input id={id} value={code} maxLength={2} onChange={(e) => setCode(e.target.value)} required autoCapitalize="characters" />}
        </Field>
        <Field label={t("name")}>{(id) => <input id={id} value={name} onChange={(e) => setName(e.target.value)} required />}</Field>
        <Field label={t("role")}>
          {(id) => (
            <select id={id} value={role} onChange={(e) => setRole(e.target.value as NationRole)}>
              {assignable.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}` as Key)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="primary" disabled={action.busy}>
          {t("admit")}
        </button>
        <ActionError error={action.error} />
      </form>
    </details>
  );
}

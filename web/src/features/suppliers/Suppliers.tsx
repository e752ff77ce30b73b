import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql";
import type { SupplierIdentifierKind } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/client";
import { useAction } from "../../graphql/useAction";
import { useI18n } from "../../i18n/i18n";
import { usePerms } from "../../permissions";
import { ActionError, Field, LoadError, Loading } from "../../ui/ui";

// The supplier registry the chairs keep; orders name one of its companies.
const SuppliersQueryDoc = graphql(`
  query Suppliers {
    suppliers(first: 1000) {
      totalCount
      edges {
        node {
          id
          name
          country
          identifierKind
          identifier
          registeredBy
          registeredAt
        }
      }
    }
  }
`);

const RegisterSupplier = graphql(`
  mutation RegisterSupplier($input: RegisterSupplierInput!) {
    registerSupplier(input: $input) {
      id
      name
      country
      identifierKind
      identifier
      registeredBy
      registeredAt
    }
  }
`);

const kinds: SupplierIdentifierKind[] = ["VAT", "NCAGE", "DUNS", "NATIONAL"];

export default function Suppliers() {
  const { t, date } = useI18n();
  const perms = usePerms();
  const [{ data, error }, retry] = useQuery({ query: SuppliersQueryDoc, requestPolicy: "cache-and-network" });
  return (
    <section aria-labelledby="suppliers-title">
      <h1 id="suppliers-title">{t("suppliersTitle")}</h1>
      {perms.can("Supplier", "register") && <RegisterForm />}
      {!data ? (
        error ? (
          <LoadError error={error} retry={() => retry({ requestPolicy: "network-only" })} />
        ) : (
          <Loading />
        )
      ) : data.suppliers.edges.length === 0 ? (
        <p>{t("noSuppliers")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("suppliersTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("country")}</th>
                <th scope="col">{t("identifier")}</th>
                <th scope="col">{t("registered")}</th>
              </tr>
            </thead>
            <tbody>
              {data.suppliers.edges.map(({ node: s }) => (
                <tr key={s.id} data-supplier={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{s.country}</td>
                  <td>
                    {s.identifierKind} {s.identifier}
                  </td>
                  <td>
                    {date(s.registeredAt)} · {s.registeredBy}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RegisterForm() {
  const { t } = useI18n();
  const action = useAction();
  const [name, setName] = useState("");
  const [country, setCountry] = useState("");
  const [identifierKind, setKind] = useState<SupplierIdentifierKind>("VAT");
  const [identifier, setIdentifier] = useState("");
  const errs = fieldErrors(action.error);
  return (
    <details className="card">
      <summary>{t("registerSupplier")}</summary>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await action.run(RegisterSupplier, { input: { name, country: country.toUpperCase(), identifierKind, identifier } })) {
            setName("");
            setCountry("");
            setIdentifier("");
          }
        }}
      >
        <Field label={t("name")} error={errs.name}>
          {(id, ax) => <input id={id} {...ax} value={name} onChange={(e) => setName(e.target.value)} required />}
        </Field>
        <Field label={t("country")} hint="ISO 3166-1 alpha-2" error={errs.country}>
          {(id, ax) => <input id={id} {...ax} value={country} maxLength={2} onChange={(e) => setCountry(e.target.value)} required autoCapitalize="characters" />}
        </Field>
        <Field label={t("identifierKind")} error={errs.identifierKind}>
          {(id, ax) => (
            <select id={id} {...ax} value={identifierKind} onChange={(e) => setKind(e.target.value as SupplierIdentifierKind)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("identifier")} error={errs.identifier}>
          {(id, ax) => <input id={id} {...ax} value={identifier} onChange={(e) => setIdentifier(e.target.value)} required />}
        </Field>
        <button type="submit" className="primary" disabled={action.busy}>
          {t("register")}
        </button>
        <ActionError error={action.error} fields={["name", "country", "identifierKind", "identifier"]} />
      </form>
    </details>
  );
}

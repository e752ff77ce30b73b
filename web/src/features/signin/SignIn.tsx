import { useEffect, useState, type FormEvent } from "react";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { sessionEnd, startSession, tokenExpiry, tokenName } from "../../session";
import { Field } from "../../ui/ui";
import { beginSignIn, finishSignIn, isCallback, type OIDCClient, type SignInConfig } from "./oidc";

interface DemoPerson {
  sub: string;
  name: string;
  role: string;
  nation: string;
}

const groups: { role: string; label: Key }[] = [
  { role: "chair", label: "groupChairs" },
  { role: "mod", label: "groupMinistry" },
  { role: "member", label: "groupMembers" },
  { role: "observer", label: "groupObservers" },
];

/** What the server offers (GET /auth/config), and the demo people when it offers them. */
function useOffer(): { config: SignInConfig; people: DemoPerson[] } | null {
  const [offer, setOffer] = useState<{ config: SignInConfig; people: DemoPerson[] } | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const config: SignInConfig = await fetch("/auth/config", { headers: { Accept: "application/json" } })
        .then((r) => (r.ok ? r.json() : { demo: false, oidc: [] }))
        .catch(() => ({ demo: false, oidc: [] }));
      let people: DemoPerson[] = [];
      if (config.demo) {
        people = await fetch("/auth/demo", { headers: { Accept: "application/json" } })
          .then((r) => (r.ok ? r.json() : { people: [] }))
          .then((b: { people: DemoPerson[] }) => b.people)
          .catch(() => []);
      }
      if (live) setOffer({ config, people });
    })();
    return () => {
      live = false;
    };
  }, []);
  return offer;
}

function host(issuer: string) {
  try {
    return new URL(issuer).host;
  } catch {
    return issuer;
  }
}

export default function SignIn() {
  const { t } = useI18n();
  const offer = useOffer();
  const [token, setToken] = useState("");
  const [failure, setFailure] = useState("");
  const [busy, setBusy] = useState(isCallback());
  const ended = sessionEnd();

  // Back from the provider: trade the code for a token, once.
  useEffect(() => {
    if (!isCallback()) return;
    finishSignIn()
      .then(({ token, expiresIn, issuer }) => {
        const exp = tokenExpiry(token) ?? (expiresIn ? Date.now() + expiresIn * 1000 : Date.now() + 5 * 60_000);
        startSession({ token, expiresAt: exp, name: tokenName(token), issuer });
      })
      .catch((e: Error) => {
        setFailure(e.message === "state" ? t("signInStateMismatch") : t("signInProviderRefused", { message: e.message }));
        setBusy(false);
      });
  }, [t]);

  async function withProvider(c: OIDCClient) {
    setFailure("");
    setBusy(true);
    try {
      await beginSignIn(c);
    } catch (e) {
      setFailure(t("signInProviderDown", { message: (e as Error).message }));
      setBusy(false);
    }
  }

  async function asDemo(p: DemoPerson) {
    setFailure("");
    const r = await fetch("/auth/demo/token", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sub: p.sub }),
    });
    const b = await r.json().catch(() => ({}));
    if (!r.ok) {
      setFailure(b.error ?? r.statusText);
      return;
    }
    startSession({ token: b.token, expiresAt: Date.parse(b.expiresAt), name: p.name });
  }

  function withToken(e: FormEvent) {
    e.preventDefault();
    const raw = token.trim();
    const exp = tokenExpiry(raw);
    if (!exp || exp <= Date.now()) {
      setFailure(t("sessionExpired"));
      return;
    }
    startSession({ token: raw, expiresAt: exp, name: tokenName(raw) });
  }

  const providers = offer?.config.oidc ?? [];
  // After an expiry, the provider the person used comes first.
  const again = ended && ended.reason !== "signedOut" && ended.issuer ? providers.find((p) => p.issuer === ended.issuer) : undefined;
  return (
    <section aria-labelledby="signin-title" className="signin" aria-busy={busy}>
      <h1 id="signin-title">{t("signInTitle")}</h1>
      {ended?.reason === "expired" && (
        <p role="alert" className="notice">
          {t("sessionExpired")}
        </p>
      )}
      {ended?.reason === "refused" && (
        <p role="alert" className="error">
          {t("sessionRefused", { message: ended.message ?? "" })}
        </p>
      )}
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      {providers.length > 0 && (
        <section aria-labelledby="group-oidc" className="card">
          <h2 id="group-oidc">{t("signInProviders")}</h2>
          <p>{t("signInProvidersIntro")}</p>
          <ul className="people">
            {(again ? [again, ...providers.filter((p) => p !== again)] : providers).map((p) => (
              <li key={p.issuer}>
                <button type="button" className={p === (again ?? providers[0]) ? "primary" : undefined} disabled={busy} onClick={() => withProvider(p)} data-issuer={p.issuer}>
                  {p === again ? t("signInAgainWith", { host: host(p.issuer) }) : t("signInWith", { host: host(p.issuer) })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {offer && offer.people.length > 0 && (
        <>
          <p>{t("signInDemoIntro")}</p>
          {groups.map((g) => (
            <section key={g.role} aria-labelledby={`group-${g.role}`}>
              <h2 id={`group-${g.role}`}>{t(g.label)}</h2>
              <ul className="people">
                {offer.people
                  .filter((p) => p.role === g.role)
                  .map((p) => (
                    <li key={p.sub}>
                      <button type="button" onClick={() => asDemo(p)} data-sub={p.sub}>
                        <span className="visually-hidden">{t("signInAs", { name: "" })}</span>
                        {p.name} <span className="muted">({p.nation})</span>
                      </button>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <details className="card" open={!!offer && providers.length === 0 && offer.people.length === 0}>
        <summary>{t("signInToken")}</summary>
        <form onSubmit={withToken}>
          <Field label={t("signInToken")} hint={t("signInTokenHint")}>
            {(id) => (
              <input id={id} type="password" autoComplete="off" spellCheck={false} value={token} onChange={(e) => setToken(e.target.value)} required />
            )}
          </Field>
          <button type="submit" className="primary">
            {t("signInSubmit")}
          </button>
        </form>
      </details>
    </section>
  );
}

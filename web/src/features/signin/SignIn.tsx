import { useEffect, useState, type FormEvent } from "react";
import { useI18n } from "../../i18n/i18n";
import type { Key } from "../../i18n/en";
import { sessionEnd, startSession, tokenExpiry } from "../../session";
import { Field } from "../../ui/ui";

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

/** The demo people when the server offers them (its own key), else none. */
function useDemoPeople(): DemoPerson[] | null {
  const [people, setPeople] = useState<DemoPerson[] | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/auth/demo", { headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : { people: [] }))
      .then((b: { people: DemoPerson[] }) => live && setPeople(b.people))
      .catch(() => live && setPeople([]));
    return () => {
      live = false;
    };
  }, []);
  return people;
}

export default function SignIn() {
  const { t } = useI18n();
  const people = useDemoPeople();
  const [token, setToken] = useState("");
  const [failure, setFailure] = useState("");
  const ended = sessionEnd();

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
    let name = "";
    try {
      name = JSON.parse(atob(raw.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))).sub ?? "";
    } catch {
      /* the server decides; the name is only for display */
    }
    startSession({ token: raw, expiresAt: exp, name });
  }

  return (
    <section aria-labelledby="signin-title" className="signin">
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
      {people && people.length > 0 && (
        <>
          <p>{t("signInDemoIntro")}</p>
          {groups.map((g) => (
            <section key={g.role} aria-labelledby={`group-${g.role}`}>
              <h2 id={`group-${g.role}`}>{t(g.label)}</h2>
              <ul className="people">
                {people
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
      <form onSubmit={withToken} className="card">
        <Field label={t("signInToken")} hint={t("signInTokenHint")}>
          {(id) => (
            <input id={id} type="password" autoComplete="off" spellCheck={false} value={token} onChange={(e) => setToken(e.target.value)} required />
          )}
        </Field>
        <button type="submit" className="primary">
          {t("signInSubmit")}
        </button>
      </form>
    </section>
  );
}

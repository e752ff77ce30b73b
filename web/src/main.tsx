import { StrictMode, Suspense, lazy, useEffect, useMemo, useRef } from "react";
import { createRoot } from "react-dom/client";
import { Provider, useQuery, useSubscription } from "urql";
import { Link, Route, Switch, useLocation } from "wouter";
import { graphql } from "./gql";
import { newClient } from "./graphql/client";
import { I18nProvider, useI18n, type Lang } from "./i18n/i18n";
import type { Key } from "./i18n/en";
import { PermsProvider, permsOf, usePerms, type Perms } from "./permissions";
import { endSession, useSession } from "./session";
import { LoadError, Loading } from "./ui/ui";
import "./styles.css";

// Every screen is its own chunk: the first page loads only the shell and
// the screen it shows.
const SignIn = lazy(() => import("./features/signin/SignIn"));
const Dashboard = lazy(() => import("./features/dashboard/Dashboard"));
const Requests = lazy(() => import("./features/requests/Requests"));
const Orders = lazy(() => import("./features/orders/Orders"));
const Nations = lazy(() => import("./features/nations/Nations"));
const Pledges = lazy(() => import("./features/pledges/Pledges"));
const Audit = lazy(() => import("./features/audit/Audit"));
const People = lazy(() => import("./features/people/People"));
const Suppliers = lazy(() => import("./features/suppliers/Suppliers"));
const Exports = lazy(() => import("./features/exports/Exports"));
const Receipts = lazy(() => import("./features/receipts/Receipts"));

/** The app's screens: path, menu label, page, and who sees it in the menu. */
const screens: { path: string; label: Key; page: React.ComponentType; shown: (p: Perms) => boolean }[] = [
  { path: "/", label: "navDashboard", page: Dashboard, shown: (p) => p.can("Fund", "read") },
  { path: "/requests", label: "navRequests", page: Requests, shown: (p) => p.can("PriorityRequest", "read") },
  { path: "/orders", label: "navOrders", page: Orders, shown: (p) => p.can("Order", "read") },
  { path: "/nations", label: "navNations", page: Nations, shown: (p) => p.can("Nation", "read") },
  {
    path: "/pledges",
    label: "navPledges",
    page: Pledges,
    shown: (p) => p.can("Contribution", "read") || p.can("Contribution", "pledge"),
  },
  { path: "/receipts", label: "navReceipts", page: Receipts, shown: (p) => p.can("Receipt", "read") },
  { path: "/suppliers", label: "navSuppliers", page: Suppliers, shown: (p) => p.can("Supplier", "read") },
  { path: "/people", label: "navPeople", page: People, shown: (p) => p.can("Person", "read") },
  { path: "/audit", label: "navAudit", page: Audit, shown: (p) => p.can("AuditEvent", "read") },
  { path: "/exports", label: "navExports", page: Exports, shown: () => true },
];

const MeQuery = graphql(`
  query Me {
    me {
      sub
      role
      nation
      permissions {
        resource
        action
        scope
      }
    }
  }
`);

function App() {
  const session = useSession();
  const [location, navigate] = useLocation();
  useEffect(() => {
    if (!session && location !== "/signin") navigate("/signin", { replace: true });
    if (session && location === "/signin") navigate("/", { replace: true });
  }, [session, location, navigate]);
  const client = useMemo(() => (session ? newClient(session.token) : null), [session]);
  if (!session || !client) {
    return (
      <Shell>
        <Suspense fallback={<Loading />}>
          <SignIn />
        </Suspense>
      </Shell>
    );
  }
  return (
    <Provider value={client}>
      <SignedIn name={session.name} />
    </Provider>
  );
}

// Changes by others arrive as audit events the viewer may read; the cache
// then re-reads the lists they touch (graphql/client.ts).
const LiveEvents = graphql(`
  subscription LiveEvents($after: ID) {
    auditEvents(after: $after) {
      id
      action
      target
    }
  }
`);

function Live() {
  useSubscription({ query: LiveEvents });
  return null;
}

function SignedIn({ name }: { name: string }) {
  const [{ data, error, fetching }, retry] = useQuery({ query: MeQuery });
  if (!data) {
    return <Shell>{error ? <LoadError error={error} retry={() => retry({ requestPolicy: "network-only" })} /> : fetching && <Loading />}</Shell>;
  }
  return (
    <PermsProvider viewer={data.me}>
      {permsOf(data.me).can("AuditEvent", "read") && <Live />}
      <Shell nav={<Nav name={name} />}>
        <Suspense fallback={<Loading />}>
          <Switch>
            {screens.map((s) => (
              <Route key={s.path} path={s.path} component={s.page} />
            ))}
          </Switch>
        </Suspense>
      </Shell>
    </PermsProvider>
  );
}

/** Each screen names the page, and moving to it puts the reader at its start. */
function useScreenChange() {
  const { t } = useI18n();
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const screen = screens.find((s) => s.path === location);
    document.title = screen ? `${t(screen.label)} · ${t("appName")}` : t("appName");
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [location, t]);
}

function Nav({ name }: { name: string }) {
  useScreenChange();
  const { t } = useI18n();
  const perms = usePerms();
  const [location] = useLocation();
  const v = perms.viewer;
  return (
    <>
      <nav aria-label={t("mainNav")}>
        <ul>
          {screens
            .filter((s) => s.shown(perms))
            .map((s) => (
              <li key={s.path}>
                <Link href={s.path} aria-current={location === s.path ? "page" : undefined}>
                  {t(s.label)}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <div className="who">
        <span>
          {t("signedInAs", { name })} · {t(`role.${v.role}` as Key)} · {v.nation}
        </span>
        <button type="button" onClick={() => endSession("signedOut")}>
          {t("signOut")}
        </button>
      </div>
    </>
  );
}

function Shell({ nav, children }: { nav?: React.ReactNode; children: React.ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <>
      <a className="skip" href="#main">
        {t("skipToContent")}
      </a>
      <header>
        <div className="bar">
          <strong className="brand">{t("appName")}</strong>
          <label className="lang">
            <span className="visually-hidden">{t("language")}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              <option value="en" lang="en">
                English
              </option>
              <option value="uk" lang="uk">
                Українська
              </option>
            </select>
          </label>
        </div>
        {nav}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);

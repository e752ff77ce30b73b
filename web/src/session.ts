import { useSyncExternalStore } from "react";

// The signed-in person's token, kept in this tab only (sessionStorage): a
// second tab or browser context is a separate sign-in, which is how two
// chairs share one machine for the four-eyes rule.
export interface Session {
  token: string;
  expiresAt: number; // ms since the epoch
  name: string;
  /** The identity provider that issued the token; absent for demo and pasted tokens. */
  issuer?: string;
}

export type EndReason = "expired" | "refused" | "signedOut";

export interface SessionEnd {
  reason: EndReason;
  message?: string;
  /** The provider of the session that ended, to sign in there again. */
  issuer?: string;
}

const key = "itc.session";
const listeners = new Set<() => void>();
let lastEnd: SessionEnd | null = null;
let current: Session | null = read();
let timer: number | undefined;

// A session kept in the tab that expired meanwhile (the tab slept, the
// page was reopened) ends as "expired", so the sign-in page says so.
function read(): Session | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(key) ?? "null") as Session | null;
    if (s && s.expiresAt <= Date.now()) {
      sessionStorage.removeItem(key);
      lastEnd = { reason: "expired", issuer: s.issuer };
      return null;
    }
    return s;
  } catch {
    return null;
  }
}

function emit() {
  window.clearTimeout(timer);
  if (current) {
    const left = current.expiresAt - Date.now();
    timer = window.setTimeout(() => endSession("expired"), Math.min(left, 2 ** 31 - 1));
  }
  listeners.forEach((l) => l());
}

export function startSession(s: Session) {
  current = s;
  lastEnd = null;
  sessionStorage.setItem(key, JSON.stringify(s));
  emit();
}

export function endSession(reason: EndReason, message?: string) {
  if (!current) return;
  lastEnd = { reason, message, issuer: current.issuer };
  current = null;
  sessionStorage.removeItem(key);
  emit();
}

/** Why the last session ended, for the sign-in page to say. */
export function sessionEnd(): SessionEnd | null {
  return lastEnd;
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/** The claims of a JWT, unverified (the server decides), or {} when unreadable. */
export function tokenClaims(token: string): Record<string, unknown> {
  try {
    const json = decodeURIComponent(
      [...atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))].map((c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0")).join(""),
    );
    const claims = JSON.parse(json);
    return claims && typeof claims === "object" ? claims : {};
  } catch {
    return {};
  }
}

/** The exp claim of a JWT, in ms, or null when it cannot be read. */
export function tokenExpiry(token: string): number | null {
  const exp = tokenClaims(token).exp;
  return typeof exp === "number" ? exp * 1000 : null;
}

/** A name to show for a token's person: its name, preferred_username or sub. */
export function tokenName(token: string): string {
  const c = tokenClaims(token);
  for (const k of ["name", "preferred_username", "sub"]) if (typeof c[k] === "string" && c[k]) return c[k] as string;
  return "";
}

emit();

import { useSyncExternalStore } from "react";

// The signed-in person's token, kept in this tab only (sessionStorage): a
// second tab or browser context is a separate sign-in, which is how two
// chairs share one machine for the four-eyes rule.
export interface Session {
  token: string;
  expiresAt: number; // ms since the epoch
  name: string;
}

export type EndReason = "expired" | "refused" | "signedOut";

const key = "itc.session";
const listeners = new Set<() => void>();
let current: Session | null = read();
let lastEnd: { reason: EndReason; message?: string } | null = null;
let timer: number | undefined;

function read(): Session | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(key) ?? "null") as Session | null;
    return s && s.expiresAt > Date.now() ? s : null;
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
  current = null;
  lastEnd = { reason, message };
  sessionStorage.removeItem(key);
  emit();
}

/** Why the last session ended, for the sign-in page to say. */
export function sessionEnd() {
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

/** The exp claim of a JWT, in ms, or null when it cannot be read. */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
    return typeof payload.exp === "number" ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

emit();

// Sign-in through an OpenID Connect provider: the authorisation code flow
// with PKCE (RFC 7636) for a public client. The browser makes a random
// verifier, sends its SHA-256 (the challenge) with the person to the
// provider, and trades the code it gets back, with the verifier, for an
// access token at the provider's token endpoint. Nothing secret lives in
// the app; the verifier and state stay in this tab's sessionStorage for the
// round trip only.

export interface OIDCClient {
  issuer: string;
  clientId: string;
  scope: string;
}

export interface SignInConfig {
  demo: boolean;
  oidc: OIDCClient[];
}

interface Pending {
  issuer: string;
  clientId: string;
  tokenEndpoint: string;
  verifier: string;
  state: string;
}

const pendingKey = "itc.oidc";

function b64url(bytes: Uint8Array): string {
  let s = "";
  bytes.forEach((b) => (s += String.fromCharCode(b)));
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function random(n = 32): string {
  return b64url(crypto.getRandomValues(new Uint8Array(n)));
}

/** The page the provider sends the person back to: registered at the provider. */
export function redirectURI(): string {
  return `${location.origin}/signin`;
}

async function discover(issuer: string): Promise<{ authorization_endpoint: string; token_endpoint: string }> {
  const r = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${issuer}: ${r.status} ${r.statusText}`);
  const d = await r.json();
  if (typeof d.authorization_endpoint !== "string" || typeof d.token_endpoint !== "string") {
    throw new Error(`${issuer}: the discovery document names no authorisation or token endpoint`);
  }
  return d;
}

/** Sends the person to the provider's sign-in page. */
export async function beginSignIn(c: OIDCClient): Promise<void> {
  const d = await discover(c.issuer);
  const verifier = random();
  const challenge = b64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  const p: Pending = { issuer: c.issuer, clientId: c.clientId, tokenEndpoint: d.token_endpoint, verifier, state: random(16) };
  sessionStorage.setItem(pendingKey, JSON.stringify(p));
  const u = new URL(d.authorization_endpoint);
  u.search = new URLSearchParams({
    response_type: "code",
    client_id: c.clientId,
    redirect_uri: redirectURI(),
    scope: c.scope,
    state: p.state,
    code_challenge: challenge,
    code_challenge_method: "S256",
  }).toString();
  location.assign(u.toString());
}

/** Whether this page is the provider sending the person back. */
export function isCallback(): boolean {
  const q = new URLSearchParams(location.search);
  return q.has("state") && (q.has("code") || q.has("error"));
}

/**
 * Finishes the round trip: checks the state, trades the code for tokens,
 * and returns the access token with its issuer. Throws with the provider's
 * own words when it refused.
 */
export async function finishSignIn(): Promise<{ token: string; expiresIn?: number; issuer: string }> {
  const q = new URLSearchParams(location.search);
  history.replaceState(null, "", location.pathname); // the code is single-use; keep it out of the history
  const raw = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  const p = raw ? (JSON.parse(raw) as Pending) : null;
  if (q.get("error")) throw new Error(q.get("error_description") || q.get("error")!);
  if (!p || q.get("state") !== p.state) throw new Error("state");
  const r = await fetch(p.tokenEndpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: q.get("code") ?? "",
      redirect_uri: redirectURI(),
      client_id: p.clientId,
      code_verifier: p.verifier,
    }),
  });
  const b = await r.json().catch(() => ({}));
  if (!r.ok || typeof b.access_token !== "string") throw new Error(b.error_description || b.error || `${r.status} ${r.statusText}`);
  return { token: b.access_token, expiresIn: typeof b.expires_in === "number" ? b.expires_in : undefined, issuer: p.issuer };
}

// A stand-in OpenID provider for the browser tests of the sign-in by
// authorisation code with PKCE: discovery, a JWK Set, an authorisation
// endpoint that signs the one test person in at once, and a token endpoint
// that checks the code, the client, the redirect URI and the PKCE verifier
// (S256) before it issues an RS256 access token. Run by .ci/web.sh; prints
// its issuer URL on its first line. Loopback only, test use only.
import { createHash, generateKeyPairSync, randomBytes, sign } from "node:crypto";
import { createServer } from "node:http";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const kid = randomBytes(8).toString("hex");
const b64url = (b) => Buffer.from(b).toString("base64url");
const codes = new Map(); // code -> { clientId, redirectURI, challenge }
let ttl = 3600; // seconds; the tests shorten it to see a session expire
const person = { sub: "oidc-chair-ee", name: "Kai Oidc", role: "chair", nation: "EE" };

function jwt(claims) {
  const head = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }));
  const body = b64url(JSON.stringify(claims));
  return `${head}.${body}.${b64url(sign("sha256", Buffer.from(`${head}.${body}`), privateKey))}`;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store", ...headers });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, issuer);
  if (req.method === "OPTIONS") {
    return send(res, 204, "", { "Access-Control-Allow-Methods": "GET, POST", "Access-Control-Allow-Headers": "Content-Type, Accept" });
  }
  if (url.pathname === "/.well-known/openid-configuration") {
    return send(res, 200, {
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ["code"],
      code_challenge_methods_supported: ["S256"],
      id_token_signing_alg_values_supported: ["RS256"],
      subject_types_supported: ["public"],
    });
  }
  if (url.pathname === "/jwks") {
    return send(res, 200, { keys: [{ ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" }] });
  }
  if (url.pathname === "/ttl" && req.method === "POST") {
    ttl = Number(url.searchParams.get("seconds")) || 3600;
    return send(res, 200, { ttl });
  }
  if (url.pathname === "/authorize") {
    const q = url.searchParams;
    const back = new URL(q.get("redirect_uri") ?? "");
    if (q.get("response_type") !== "code" || q.get("code_challenge_method") !== "S256" || !q.get("code_challenge") || !q.get("client_id")) {
      back.search = new URLSearchParams({ error: "invalid_request", error_description: "code flow with S256 PKCE required", state: q.get("state") ?? "" });
    } else {
      const code = randomBytes(16).toString("base64url");
      codes.set(code, { clientId: q.get("client_id"), redirectURI: q.get("redirect_uri"), challenge: q.get("code_challenge") });
      back.search = new URLSearchParams({ code, state: q.get("state") ?? "" });
    }
    res.writeHead(302, { Location: back.toString() });
    return res.end();
  }
  if (url.pathname === "/token" && req.method === "POST") {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const f = new URLSearchParams(raw);
    const c = codes.get(f.get("code") ?? "");
    codes.delete(f.get("code") ?? "");
    const verifier = f.get("code_verifier") ?? "";
    if (!c || f.get("grant_type") !== "authorization_code" || f.get("client_id") !== c.clientId || f.get("redirect_uri") !== c.redirectURI) {
      return send(res, 400, { error: "invalid_grant" });
    }
    if (createHash("sha256").update(verifier).digest("base64url") !== c.challenge) {
      return send(res, 400, { error: "invalid_grant", error_description: "PKCE verification failed" });
    }
    const now = Math.floor(Date.now() / 1000);
    const token = jwt({ iss: issuer, aud: "itc-api", iat: now, exp: now + ttl, ...person });
    return send(res, 200, { access_token: token, token_type: "Bearer", expires_in: ttl });
  }
  send(res, 404, { error: "not_found" });
});

let issuer = "";
server.listen(0, "127.0.0.1", () => {
  issuer = `http://127.0.0.1:${server.address().port}`;
  console.log(issuer);
});

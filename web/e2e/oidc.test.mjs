// Sign-in for a real deployment: a server that trusts an identity provider
// (ITC_OIDC_URL, started by .ci/web.sh with ITC_OIDC_ISSUER and
// ITC_OIDC_CLIENT_ID) offers no demo people; the app signs in by the
// authorisation code flow with PKCE at the provider (a loopback stand-in,
// e2e/oidc-provider.mjs, that checks the verifier), and when the token
// expires it says so and offers the same provider again.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axe, launch, newPage, screenshot } from "./helpers.mjs";

const app = process.env.ITC_OIDC_URL;
const provider = process.env.ITC_OIDC_PROVIDER;

let browser;
before(async () => {
  if (app) browser = await launch();
});
after(async () => {
  await browser?.close();
  if (provider) await fetch(`${provider}/ttl?seconds=3600`, { method: "POST" });
});

test("OIDC: sign-in by code flow with PKCE, then the session-expired path", { skip: !app && "ITC_OIDC_URL is not set" }, async () => {
  const { page, context, problems } = await newPage(browser);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${app}/`);
  await page.waitForURL("**/signin");
  const host = new URL(provider).host;
  const button = page.getByRole("button", { name: `Sign in with ${host}` });
  await button.waitFor();
  assert.equal(await page.locator("button[data-sub]").count(), 0, "no demo people beside a provider");
  assert.deepEqual(await axe(page), []);
  await screenshot(page, "signin-oidc");
  await button.click();
  await page.getByRole("navigation").waitFor();
  assert.equal(new URL(page.url()).search, "", "the code is taken out of the address");
  await page.getByText("Signed in as Kai Oidc").waitFor();
  await page.getByText("· chair · EE").waitFor();
  const auth = requests.find((u) => u.startsWith(`${provider}/authorize`));
  assert.ok(auth, "the browser went to the provider");
  const q = new URL(auth).searchParams;
  assert.equal(q.get("code_challenge_method"), "S256");
  assert.equal(q.get("redirect_uri"), `${app}/signin`);
  assert.equal(q.get("client_id"), "itc-web");

  // A token that lives a few seconds: the app ends the session when it
  // expires, says so, and offers the same provider first.
  await fetch(`${provider}/ttl?seconds=4`, { method: "POST" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await button.click();
  await page.getByRole("navigation").waitFor();
  await page.waitForURL("**/signin", { timeout: 15000 });
  await page.getByRole("alert").filter({ hasText: "Your session has expired" }).waitFor();
  await fetch(`${provider}/ttl?seconds=3600`, { method: "POST" });
  await page.getByRole("button", { name: `Sign in again with ${host}` }).click();
  await page.getByText("Signed in as Kai Oidc").waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

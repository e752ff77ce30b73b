// The chairs' registry screens (people, suppliers), the exports, the fund
// over time and the books' agreement step, in a real Chromium against the
// demo server (.ci/web.sh). Each screen is checked with axe-core.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axe, launch, newPage, open, screenshot, signIn } from "./helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("chair: suspends a person, who is then refused, and reinstates them", async () => {
  // The member signs in first, so that the API has seen them.
  const m = await newPage(browser);
  await signIn(m.page, "member-lv-1");
  const c = await newPage(browser);
  await signIn(c.page, "chair-lu-2");
  await open(c.page, "/people");
  assert.deepEqual(await axe(c.page), []);
  const card = c.page.locator("li.person[data-sub=member-lv-1]");
  await card.waitFor();
  await card.getByRole("button", { name: "Suspend member-lv-1" }).click();
  const dialog = c.page.locator("dialog[open]");
  await dialog.getByLabel("Reason").fill("lost laptop");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await c.page.locator("li.person[data-sub=member-lv-1][data-status=SUSPENDED]").waitFor();
  await c.page.locator("li.person[data-sub=member-lv-1]", { hasText: "lost laptop" }).waitFor();
  await screenshot(c.page, "chair-people");

  // The member's next request is refused: back to sign-in, saying why.
  await m.page.getByRole("navigation").locator('a[href="/orders"]').click();
  await m.page.waitForURL("**/signin");
  await m.page.getByRole("alert").filter({ hasText: "The server refused this sign-in" }).waitFor();

  await c.page.locator("li.person[data-sub=member-lv-1]").getByRole("button", { name: "Reinstate member-lv-1" }).click();
  await dialog.getByLabel("Reason").fill("laptop found");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await c.page.locator("li.person[data-sub=member-lv-1][data-status=ACTIVE]").waitFor();
  await signIn(m.page, "member-lv-1");
  await open(m.page, "/people");
  // A member sees its own nation's people only.
  await m.page.locator("li.person").first().waitFor();
  const nations = await m.page.locator("li.person").evaluateAll((ls) => ls.map((l) => l.dataset.nation));
  assert.ok(nations.length >= 1);
  assert.deepEqual([...new Set(nations)], ["LV"], "a member sees its own nation's people only");
  assert.equal(await m.page.getByRole("button", { name: /^Suspend/ }).count(), 0, "a member cannot suspend");
  await m.context.close();
  await c.context.close();
});

test("audit: filters by type, outcome and actor; a change shows before, after and the reason", async () => {
  const { page, context } = await newPage(browser);
  await signIn(page, "chair-ee-1");
  await open(page, "/audit");
  await page.getByLabel("Target type").selectOption("Person");
  await page.getByLabel("Outcome").selectOption("OK");
  await page.getByLabel("Nation of the person").fill("LU");
  await page.getByRole("button", { name: "Filter" }).click();
  const row = page.locator("tbody tr[data-event]", { hasText: "suspendPerson" }).first();
  await row.waitFor();
  const rows = await page.locator("tbody tr[data-event]").evaluateAll((rs) => rs.map((r) => [r.children[1].textContent, r.children[3].textContent, r.dataset.outcome]));
  assert.ok(rows.length >= 2, "the suspension and the reinstatement above");
  for (const [actor, target, outcome] of rows) {
    assert.match(actor, /, LU\)$/, `actor ${actor}`);
    assert.match(target, /member-lv-1/, `target ${target}`);
    assert.equal(outcome, "OK");
  }
  assert.match(await row.locator("[data-field=status]").innerText(), /ACTIVE[\s\S]*→[\s\S]*SUSPENDED/);
  await row.locator(".reason", { hasText: "lost laptop" }).waitFor();
  assert.deepEqual(await axe(page), []);
  await screenshot(page, "chair-audit");

  // A filter that matches nothing says so.
  await page.getByLabel("Outcome").selectOption("DENIED");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByText("No events.").waitFor();
  await context.close();
});

test("chair: registers a supplier; a bad identifier is refused beside its field", async () => {
  const { page, context } = await newPage(browser);
  await signIn(page, "chair-ee-2");
  await open(page, "/suppliers");
  const before = await page.locator("tr[data-supplier]").count();
  assert.ok(before >= 1, "the demo registry has suppliers");
  await page.getByText("Register a supplier").click();
  const form = page.locator("details form");
  await form.getByLabel("Name").fill("Baltic Fibre OÜ");
  await form.getByLabel("Country").fill("EE");
  await form.getByLabel("Register", { exact: true }).selectOption("DUNS");
  await form.getByLabel("Identifier").fill("12AB");
  await form.getByRole("button", { name: "Register", exact: true }).click();
  const err = form.locator("[data-field-error]");
  await err.waitFor();
  assert.match(await err.innerText(), /D-U-N-S/);
  assert.equal(await form.getByLabel("Identifier").getAttribute("aria-invalid"), "true");
  assert.deepEqual(await axe(page), [], "the refused form passes axe");
  await form.getByLabel("Identifier").fill("123456789");
  await form.getByRole("button", { name: "Register", exact: true }).click();
  await page.locator("tr[data-supplier]", { hasText: "Baltic Fibre OÜ" }).waitFor();
  assert.equal(await form.locator("[data-field-error]").count(), 0);
  await screenshot(page, "chair-suppliers");
  await context.close();
});

test("exports: the files download with the token; a member's holds its own nation only", async () => {
  const { page, context } = await newPage(browser);
  await signIn(page, "member-be-1");
  await open(page, "/exports");
  assert.deepEqual(await axe(page), []);
  const files = await page.locator("li.report").evaluateAll((ls) => ls.map((l) => l.dataset.report));
  assert.deepEqual(files, ["contributions.csv", "requests.csv", "orders.csv", "audit.csv", "iati.xml"]);
  const card = page.locator("li.report[data-report='contributions.csv']");
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Download contributions.csv" }).click()]);
  assert.equal(download.suggestedFilename(), "contributions.csv");
  const text = await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString("utf8"));
  const rows = text.replace(/^\uFEFF/, "").trim().split("\r\n");
  const header = rows[0].split(",");
  const nationCol = header.indexOf("nation");
  assert.ok(nationCol >= 0, `a nation column in ${rows[0]}`);
  assert.ok(rows.length >= 2, "Belgium's contributions are in its file");
  for (const r of rows.slice(1)) assert.equal(r.split(",")[nationCol], "BE", `a member's file holds ${r}`);
  await card.getByText("contributions.csv downloaded").waitFor();

  const iati = page.locator("li.report[data-report='iati.xml']");
  const [x] = await Promise.all([page.waitForEvent("download"), iati.getByRole("button", { name: "Download iati.xml" }).click()]);
  const xml = await (await x.createReadStream()).toArray().then((b) => Buffer.concat(b).toString("utf8"));
  assert.match(xml, /<iati-activities/);
  await context.close();

  // An observer is offered only what it may read.
  const o = await newPage(browser);
  await signIn(o.page, "observer-gb-1");
  await open(o.page, "/exports");
  const offered = await o.page.locator("li.report").evaluateAll((ls) => ls.map((l) => l.dataset.report));
  assert.deepEqual(offered, ["requests.csv", "orders.csv", "iati.xml"]);
  await o.context.close();
});

test("fund over time: a line per figure, the numbers month by month", async () => {
  const { page, context, traffic } = await newPage(browser);
  await signIn(page, "member-nl-1");
  await page.locator("[data-figure=fundReceived]").waitFor();
  await page.locator("figure.history polyline.line-received").waitFor();
  const pts = await page.locator("figure.history polyline.line-received").getAttribute("points");
  assert.ok(pts && pts.split(" ").length === 13, `13 points (12 month ends and now), got ${pts}`);
  await page.getByText("The figures month by month").click();
  const rows = page.locator("figure.history tbody tr");
  assert.equal(await rows.count(), 13);
  assert.deepEqual(await axe(page), []);
  // One request for the whole screen.
  const fundRequests = traffic.filter((t) => t.request.includes('"documentId"') && t.body.includes('"h12"'));
  assert.equal(fundRequests.length, 1, "the fund screen asks once");
  await screenshot(page, "member-fund-history", page.locator("#history-title"));
  await context.close();
});

test("chair: records a pledge's signed agreement; an empty reference is refused", async () => {
  const m = await newPage(browser);
  await signIn(m.page, "member-jp-1");
  await open(m.page, "/pledges");
  const form = m.page.locator("form", { has: m.page.getByRole("button", { name: "Pledge", exact: true }) });
  await form.getByLabel("Amount").fill("7777.00");
  await form.getByRole("button", { name: "Pledge", exact: true }).click();
  await m.page.locator("li.contribution", { hasText: "€7,777.00" }).waitFor();
  await m.context.close();

  const { page, context } = await newPage(browser);
  await signIn(page, "chair-ee-1");
  await open(page, "/pledges");
  const card = page.locator("li.contribution[data-nation=JP]", { hasText: "€7,777.00" });
  const dialog = page.locator("dialog[open]");
  await card.getByRole("button", { name: "Record agreement" }).click();
  await dialog.getByLabel("Agreement reference").fill("   ");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await card.locator(".field-error", { hasText: "reference is required" }).waitFor();
  await card.getByRole("button", { name: "Record agreement" }).click();
  await dialog.getByLabel("Agreement reference").fill("FMA-JP-2026-07");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await page.locator("li.contribution[data-nation=JP]", { hasText: "€7,777.00" }).locator(".badge", { hasText: "Committed" }).waitFor();
  assert.deepEqual(await axe(page), []);
  await context.close();
});

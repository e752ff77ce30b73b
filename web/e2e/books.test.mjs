// The books in a real Chromium against the demo server (.ci/web.sh):
// receipts recorded by one chair and confirmed by another, what a member's
// money bought, the receipts in the audit log, and the chairs' fund
// history. Each screen is checked with axe-core.
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

test("receipts: one chair records, the same chair cannot confirm, a second chair confirms", async () => {
  // A member pledges; a chair records the signed agreement, then the money.
  const m = await newPage(browser);
  await signIn(m.page, "member-it-1");
  await open(m.page, "/pledges");
  const form = m.page.locator("form", { has: m.page.getByRole("button", { name: "Pledge", exact: true }) });
  await form.getByLabel("Amount").fill("4321.00");
  await form.getByRole("button", { name: "Pledge", exact: true }).click();
  await m.page.locator("li.contribution", { hasText: "€4,321.00" }).waitFor();

  const a = await newPage(browser);
  await signIn(a.page, "chair-ee-1");
  await open(a.page, "/pledges");
  const card = a.page.locator("li.contribution[data-nation=IT]", { hasText: "€4,321.00" });
  await card.getByRole("button", { name: "Record agreement" }).click();
  const dialog = a.page.locator("dialog[open]");
  await dialog.getByLabel("Agreement reference").fill("FMA-IT-4321");
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await card.locator(".badge", { hasText: "Committed" }).waitFor();
  await card.locator("summary", { hasText: "Record receipt" }).click();
  const rf = card.locator("details form");
  await rf.getByLabel("Bank reference").fill("TRF-IT-0001");
  await rf.getByRole("button", { name: "Record receipt" }).click();
  await card.locator("[data-receipt][data-status=PENDING]").waitFor();
  assert.deepEqual(await axe(a.page), [], "pledges with a receipt form");

  await open(a.page, "/receipts");
  const mine = a.page.locator("li.receipt[data-status=PENDING]", { hasText: "TRF-IT-0001" });
  await mine.locator("[data-four-eyes]", { hasText: "You recorded this receipt" }).waitFor();
  assert.equal(await mine.getByRole("button", { name: "Confirm receipt" }).count(), 0, "the recorder cannot confirm its own receipt");
  assert.deepEqual(await axe(a.page), []);
  await screenshot(a.page, "chair-receipts");

  const b = await newPage(browser);
  await signIn(b.page, "chair-lu-1");
  await open(b.page, "/receipts");
  const theirs = b.page.locator("li.receipt", { hasText: "TRF-IT-0001" });
  await theirs.getByRole("button", { name: "Confirm receipt" }).click();
  await b.page.locator("li.receipt[data-status=CONFIRMED]", { hasText: "TRF-IT-0001" }).waitFor();

  // The member sees its receipt confirmed, and only its own nation's.
  await open(m.page, "/receipts");
  await m.page.locator("li.receipt[data-status=CONFIRMED]", { hasText: "TRF-IT-0001" }).waitFor();
  assert.equal(await m.page.getByRole("button", { name: /Confirm|Reverse/ }).count(), 0, "a member has no receipt actions");
  const nations = await m.page.locator("li.receipt h2").allInnerTexts();
  for (const n of nations) assert.match(n, /^Italy/, `a member of IT sees ${n}`);
  await m.context.close();
  await a.context.close();
  await b.context.close();
});

test("member: what its money bought, and nothing of other nations", async () => {
  const { page, context, traffic } = await newPage(browser);
  await signIn(page, "member-dk-1");
  await open(page, "/pledges");
  const bought = page.locator("li.contribution .bought").first();
  await bought.waitFor();
  assert.ok((await page.locator(".bought li[data-order]").count()) >= 1, "Denmark's money paid for at least one order");
  assert.deepEqual(await axe(page), []);
  await screenshot(page, "member-bought", page.locator(".bought").first());
  const walk = (v) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === "object") {
      if (v.__typename === "Contribution" && v.nation) assert.equal(v.nation.code, "DK");
      Object.values(v).forEach(walk);
    }
  };
  for (const t of traffic) walk(JSON.parse(t.body));
  await context.close();
});

test("audit: a receipt's confirmation, filtered by action, type and outcome", async () => {
  const { page, context } = await newPage(browser);
  await signIn(page, "chair-lu-1");
  await open(page, "/audit");
  // Receipts are steps of a contribution: their events' type is Contribution.
  await page.getByLabel("Action").fill("confirmReceipt");
  await page.getByLabel("Target type").selectOption("Contribution");
  await page.getByLabel("Outcome").selectOption("OK");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.locator("tbody tr[data-event]").first().waitFor();
  const rows = await page.locator("tbody tr[data-event]").evaluateAll((rs) => rs.map((r) => [r.children[1].textContent, r.children[2].textContent, r.dataset.outcome]));
  assert.ok(rows.length >= 1, "the receipt confirmed above");
  for (const [actor, action, outcome] of rows) {
    assert.equal(action, "confirmReceipt");
    assert.equal(outcome, "OK");
    assert.match(actor, /^chair-lu-1 /, "Luxembourg's chair confirmed it");
  }
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test("fund history: chairs see the pools month by month in one request", async () => {
  const { page, context, traffic } = await newPage(browser);
  await signIn(page, "chair-lu-2");
  await page.locator("figure.history polyline.line-received").waitFor();
  const pts = (await page.locator("figure.history polyline.line-received").getAttribute("points")).split(" ");
  assert.ok(pts.length >= 12, `a point a month, got ${pts.length}`);
  const fund = traffic.filter((t) => t.request.includes('"operationName":"Fund"'));
  assert.equal(fund.length, 1, "the fund screen asks once");
  assert.ok(!traffic.some((t) => t.body.includes('"h12"')), "chairs ask fundHistory, not twelve fund(asOf:)");
  assert.deepEqual(await axe(page), []);
  await context.close();
});

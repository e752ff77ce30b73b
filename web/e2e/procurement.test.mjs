// Procurement after approval in a real Chromium against the demo server
// (.ci/web.sh): deliveries recorded by one officer of the Ministry and
// accepted by another, and an order's increase approved by a second chair.
// Each screen is checked with axe-core.
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

test("deliveries: one officer records, another accepts; the recorder cannot", async () => {
  const a = await newPage(browser);
  await signIn(a.page, "mod-ua-1");
  await open(a.page, "/orders");
  const order = a.page.locator("li.order[data-status=PLACED]").first();
  const id = await order.getAttribute("data-order");
  await order.locator("summary", { hasText: "Record a delivery" }).click();
  const f = order.locator("form");
  await f.getByLabel("Value (EUR)").fill("10.00");
  await f.getByLabel("Delivery note").fill("DN-UA-777");
  await f.getByRole("button", { name: "Record a delivery" }).click();
  const mine = a.page.locator(`li.order[data-order="${id}"] li.delivery[data-status=RECORDED]`, { hasText: "DN-UA-777" });
  await mine.locator("[data-four-eyes]", { hasText: "You recorded this delivery" }).waitFor();
  assert.equal(await mine.getByRole("button", { name: "Accept delivery" }).count(), 0);
  assert.deepEqual(await axe(a.page), []);

  const b = await newPage(browser);
  await signIn(b.page, "mod-ua-2");
  await open(b.page, "/orders");
  const theirs = b.page.locator(`li.order[data-order="${id}"] li.delivery`, { hasText: "DN-UA-777" });
  await theirs.getByRole("button", { name: "Accept delivery" }).click();
  await b.page.locator(`li.order[data-order="${id}"] li.delivery[data-status=ACCEPTED]`, { hasText: "DN-UA-777" }).waitFor();
  await b.page.locator(`li.order[data-order="${id}"][data-status=PARTLY_DELIVERED]`).waitFor();
  await screenshot(b.page, "ministry-deliveries", b.page.locator(`li.order[data-order="${id}"]`));
  await a.context.close();
  await b.context.close();
});

test("amendments: an increase above the threshold waits for chairs of two nations", async () => {
  const a = await newPage(browser);
  await signIn(a.page, "chair-ee-2");
  await open(a.page, "/orders");
  // The demo's placed order of 1.2 million: above the policy's 1,000,000.00,
  // so its increase needs approvals by chairs of two nations.
  const order = a.page.locator("li.order:is([data-status=PLACED], [data-status=PARTLY_DELIVERED])", { hasText: "€1,200,000.00" }).first();
  const id = await order.getAttribute("data-order");
  await order.locator("summary", { hasText: "Change the amount" }).click();
  const f = order.locator("form");
  await f.getByLabel("New amount (EUR)").fill("1200001.00");
  await f.getByLabel("Reason").fill("cables");
  await f.getByRole("button", { name: "Propose change" }).click();
  const card = (p) => p.locator(`li.order[data-order="${id}"] li.amendment[data-status=PENDING_APPROVAL]`);
  await card(a.page).locator("[data-four-eyes]", { hasText: "You proposed this change" }).waitFor();
  assert.equal(await card(a.page).getByRole("button", { name: "Approve change" }).count(), 0, "the proposer cannot approve");
  assert.deepEqual(await axe(a.page), []);

  // Luxembourg approves: one nation; it still waits, and says for what.
  const b = await newPage(browser);
  await signIn(b.page, "chair-lu-2");
  await open(b.page, "/orders");
  await card(b.page).getByRole("button", { name: "Approve change" }).click();
  await card(b.page).locator("[data-four-eyes]", { hasText: "you approved it" }).waitFor();
  assert.equal(await card(b.page).getByRole("button", { name: "Approve change" }).count(), 0, "one approval per chair");
  assert.ok((await card(b.page).locator(".awaiting").innerText()).length > 0, "the order says what it still awaits");

  // Another chair of Estonia completes it.
  const c = await newPage(browser);
  await signIn(c.page, "chair-ee-1");
  await open(c.page, "/orders");
  await card(c.page).getByRole("button", { name: "Approve change" }).click();
  await c.page.locator(`li.order[data-order="${id}"] li.amendment[data-status=APPLIED]`).waitFor();
  await c.page.locator(`li.order[data-order="${id}"]`, { hasText: "€1,200,001.00" }).first().waitFor();
  for (const x of [a, b, c]) await x.context.close();
});

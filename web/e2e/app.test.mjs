// Each role's journey through the app in a real Chromium, against a server
// with a fresh demo coalition (started by .ci/web.sh). The tests run in
// order: later ones see what earlier ones changed.
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

const screens = ["/", "/requests", "/orders", "/nations", "/pledges", "/suppliers", "/people", "/audit", "/exports"];

/** Visits each screen the menu offers, checking accessibility and phone width. */
async function visitAll(page, role) {
  const links = await page.getByRole("navigation").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const path of links) {
    await open(page, path);
    assert.deepEqual(await axe(page), [], `${role} ${path}: serious accessibility violations`);
  }
  return links;
}

async function noHorizontalScroll(page, label) {
  const [sw, w, wide] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
    // What sticks out, outside the tables (which scroll in their own box).
    [...document.querySelectorAll("main *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest(".table-wrap"))
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}px`),
  ]);
  assert.ok(sw <= w, `${label}: page is ${sw}px wide in a ${w}px window: ${wide.join(", ")}`);
}

test("sign-in lists the demo people and passes axe", async () => {
  const { page, context } = await newPage(browser);
  await page.goto("/");
  await page.waitForURL("**/signin");
  for (const sub of ["chair-ee-1", "chair-ee-2", "chair-lu-1", "chair-lu-2", "mod-ua-1", "member-dk-1", "observer-gb-1"]) {
    await page.locator(`button[data-sub="${sub}"]`).waitFor();
  }
  assert.deepEqual(await axe(page), []);
  await screenshot(page, "signin");
  await context.close();
});

test("observer: the public view, nothing it cannot use", async () => {
  const { page, context, problems } = await newPage(browser);
  await signIn(page, "observer-gb-1");
  const links = await visitAll(page, "observer");
  assert.deepEqual(links, ["/", "/requests", "/orders", "/nations", "/exports"]);
  await open(page, "/requests");
  await page.locator("li.request").first().waitFor();
  const statuses = await page.locator("li.request").evaluateAll((ls) => ls.map((l) => l.dataset.status));
  assert.ok(statuses.length > 0);
  for (const s of statuses) assert.ok(["APPROVED", "IN_PROCUREMENT", "FULFILLED"].includes(s), `observer sees a ${s} request`);
  assert.ok((await page.getByText("not visible to your role").count()) >= statuses.length, "estimated cost is marked as not visible");
  await open(page, "/orders");
  await page.locator("li.order").first().waitFor();
  assert.ok((await page.getByText("not visible to your role").count()) >= 2);
  assert.equal(await page.locator("main button").count(), 0, "the observer sees no buttons on orders");
  await open(page, "/nations");
  await page.locator("li.nation").first().waitFor();
  assert.equal(await page.locator("main button").count(), 0, "the observer sees no buttons on nations");
  await open(page, "/");
  await page.locator("[data-figure=fundReceived]").waitFor();
  await screenshot(page, "observer-fund");
  assert.deepEqual(problems, []);
  await context.close();
});

test("member: own pledges only, in the page and in the traffic", async () => {
  const { page, context, traffic } = await newPage(browser);
  await signIn(page, "member-dk-1");
  const links = await visitAll(page, "member");
  for (const l of ["/pledges", "/audit", "/suppliers", "/people", "/exports"]) assert.ok(links.includes(l), `the member's menu lacks ${l}`);
  await open(page, "/pledges");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Pledge", exact: true }) });
  await form.getByLabel("Amount").fill("12345.67");
  await form.getByLabel("Earmark").selectOption("CYBERSECURITY");
  await form.getByRole("button", { name: "Pledge", exact: true }).click();
  await page.locator("li.contribution", { hasText: "€12,345.67" }).waitFor();
  const nations = await page.locator("li.contribution").evaluateAll((ls) => ls.map((l) => l.dataset.nation));
  assert.ok(nations.length >= 2);
  assert.deepEqual([...new Set(nations)], ["DK"]);
  await screenshot(page, "member-pledges");

  // Every Contribution in every answer the page received is Denmark's.
  let seen = 0;
  const walk = (v) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === "object") {
      if (v.__typename === "Contribution" && v.nation) {
        seen++;
        assert.equal(v.nation.code, "DK", `a contribution of ${v.nation.code} reached the member's browser`);
      }
      Object.values(v).forEach(walk);
    }
  };
  for (const t of traffic) walk(JSON.parse(t.body));
  assert.ok(seen >= 2, "the traffic holds the member's own contributions");
  await context.close();
});

test("Ministry: drafts, submits, reorders by keyboard and by drag and drop", async () => {
  const { page, context } = await newPage(browser);
  await signIn(page, "mod-ua-1");
  await visitAll(page, "mod");
  await open(page, "/requests");
  await page.getByText("New request").click();
  const form = page.locator("details form");
  await form.getByLabel("Title").fill("Satellite terminals for field hospitals");
  await form.getByLabel("Description").fill("Terminals and power kits.");
  await form.getByLabel("Area").selectOption("COMMUNICATIONS");
  await form.getByLabel("Phase").fill("1");
  await form.getByLabel("Estimated cost (EUR)").fill("not money");
  await form.getByRole("button", { name: "Create draft" }).click();
  await page.locator("details .action-error[data-code=BAD_USER_INPUT]").waitFor();
  await form.getByLabel("Estimated cost (EUR)").fill("420000.00");
  await form.getByRole("button", { name: "Create draft" }).click();
  const draft = page.locator("li.request[data-status=DRAFT]", { hasText: "Satellite terminals" });
  await draft.getByRole("button", { name: "Submit" }).click();
  const phase1 = page.locator("ol[data-phase='1']");
  const card = phase1.locator("li.request", { hasText: "Satellite terminals" });
  await card.waitFor();
  const last = Number(await card.locator(".priority").innerText());
  assert.ok(last >= 2, "a submitted request takes the last priority of its phase");

  // Keyboard only: focus the move-up button, press Enter twice.
  const up = card.getByRole("button", { name: "Move Satellite terminals for field hospitals up" });
  await up.focus();
  await page.keyboard.press("Enter");
  await card.locator(".priority", { hasText: String(last - 1) }).waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label")?.includes("Satellite terminals"));
  await page.keyboard.press("Enter");
  await card.locator(".priority", { hasText: String(last - 2) }).waitFor();
  await page.getByRole("status").filter({ hasText: `is now priority ${last - 2} of phase 1` }).waitFor();
  const order = await phase1.locator("li.request .priority").allInnerTexts();
  assert.deepEqual(order.map(Number), order.map((_, i) => i + 1), "priorities stay 1..n without gap");

  // Drag and drop: the last request of phase 1 onto the first. Headless
  // chromium starts no native drag from synthetic mouse input, so the test
  // sends the drag events the browser would.
  const cards = phase1.locator("li.request");
  const n = await cards.count();
  const lastTitle = await cards.nth(n - 1).locator("h3").innerText();
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await cards.nth(n - 1).dispatchEvent("dragstart", { dataTransfer });
  await cards.nth(0).dispatchEvent("dragover", { dataTransfer });
  await cards.nth(0).dispatchEvent("drop", { dataTransfer });
  await cards.nth(n - 1).dispatchEvent("dragend", { dataTransfer });
  await phase1.locator("li.request").first().locator("h3", { hasText: lastTitle }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "ministry-requests");
  await context.close();
});

test("two chairs complete the four-eyes approval of an order, each seeing the other live", async () => {
  const a = await newPage(browser);
  const b = await newPage(browser);
  await signIn(a.page, "chair-ee-1");
  await signIn(b.page, "chair-lu-1");
  await visitAll(a.page, "chair");
  await open(b.page, "/orders"); // open before the order exists

  await open(a.page, "/orders");
  await a.page.getByText("Draft an order").click();
  const form = a.page.locator("details.draft-order form");
  await form.getByLabel("Request").selectOption({ label: "Modular field data centre" });
  // A supplier from the registry whose only other order is cancelled, so
  // the open order below is the one drafted here.
  await form.getByLabel("Supplier").selectOption({ label: "Segment Networks (EE)" });
  await form.getByLabel("Contract reference (bought through NSPA)").fill("NSPA-FOUR-EYES-1");
  await form.getByLabel("Amount (EUR)").fill("2500.00");
  await form.getByRole("button", { name: "Draft order" }).click();
  const mine = a.page.locator("li.order[data-status=PENDING_APPROVAL]", { hasText: "Segment Networks" });
  await mine.locator("[data-four-eyes]", { hasText: "You drafted this order" }).waitFor();
  assert.equal(await mine.getByRole("button", { name: "Approve" }).count(), 0, "the drafter cannot approve its own order");
  await screenshot(a.page, "chair-orders");

  // The second chair's page shows the new order without a reload.
  const theirs = b.page.locator("li.order[data-status=PENDING_APPROVAL]", { hasText: "Segment Networks" });
  await theirs.locator("[data-four-eyes]", { hasText: "Awaiting a second chair" }).waitFor({ timeout: 15000 });
  await theirs.getByRole("button", { name: "Approve" }).click();
  await b.page.locator("li.order[data-status=PLACED]", { hasText: "Segment Networks" }).waitFor();

  // And the drafter's page shows it placed, again without a reload.
  const placed = a.page.locator("li.order[data-status=PLACED]", { hasText: "Segment Networks" });
  await placed.waitFor({ timeout: 15000 });
  assert.equal(await placed.getByText("chair-lu-1").count(), 1);
  await a.context.close();
  await b.context.close();
});

test("chair: the last-chair refusal is explained beside the action", async () => {
  const { page, context } = await newPage(browser);
  await signIn(page, "chair-ee-1");
  await open(page, "/nations");
  const setRole = async (code, role) => {
    const row = page.locator(`li.nation[data-nation=${code}]`);
    await row.getByLabel("Role").selectOption(role);
    await row.getByRole("button", { name: "Change role" }).click();
    await page.locator("dialog[open]").getByRole("button", { name: "Confirm" }).click();
    return row;
  };
  await (await setRole("LU", "MEMBER")).locator(".badge", { hasText: "member" }).waitFor();
  const ee = await setRole("EE", "MEMBER");
  await ee.locator(".action-error[data-code=CONFLICT]", { hasText: "at least one nation must always be an active chair" }).waitFor();
  await (await setRole("LU", "CHAIR")).locator(".badge", { hasText: "chair" }).waitFor();

  // The audit log, filtered by action, shows only that action.
  await open(page, "/audit");
  await page.getByLabel("Action").fill("setNationRole");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.locator("tbody tr td", { hasText: "setNationRole" }).first().waitFor();
  const actions = await page.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.children[2]?.textContent));
  assert.ok(actions.length >= 3, `expected the three role changes, got ${actions.length}`);
  for (const a of actions) assert.equal(a, "setNationRole");
  const outcomes = await page.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.outcome));
  assert.ok(outcomes.includes("FAILED") || outcomes.includes("DENIED"), "the refused change is in the log too");
  await context.close();
});

test("Ukrainian: chosen once, remembered, money and dates per locale", async () => {
  const { page, context } = await newPage(browser);
  await signIn(page, "chair-lu-2");
  await page.getByLabel("Language").selectOption("uk");
  await page.getByRole("heading", { name: "Фонд" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "uk");
  const received = await page.locator("[data-figure=fundReceived] dd").innerText();
  assert.match(received, /^\d{1,3}(\s\d{3})*,\d{2}\s(€|EUR)$/u, `Ukrainian money format, got ${received}`);
  await page.reload();
  await page.getByRole("heading", { name: "Фонд" }).waitFor();
  for (const path of screens) {
    await open(page, path);
    assert.deepEqual(await axe(page), [], `uk ${path}`);
  }
  await open(page, "/");
  await page.locator("[data-figure=fundReceived]").waitFor();
  await screenshot(page, "chair-fund-uk");
  await context.close();
});

test("every screen fits a 375-pixel phone", async () => {
  const { page, context } = await newPage(browser, { width: 375, height: 800 });
  await signIn(page, "chair-ee-2");
  for (const path of screens) {
    await open(page, path);
    await noHorizontalScroll(page, path);
  }
  await open(page, "/orders");
  await page.locator("li.order").first().waitFor();
  await screenshot(page, "chair-orders-phone");
  await context.close();
});

test("an expired or refused session leads back to sign-in", async () => {
  const { page, context } = await newPage(browser);
  await signIn(page, "member-it-1");
  await page.evaluate(() => {
    const s = JSON.parse(sessionStorage.getItem("itc.session"));
    s.token = s.token.slice(0, -4) + "AAAA"; // a signature the server refuses
    sessionStorage.setItem("itc.session", JSON.stringify(s));
  });
  await page.reload();
  await page.waitForURL("**/signin");
  await page.getByRole("alert").filter({ hasText: "Your session has expired" }).waitFor();
  await context.close();
});

test("enforce mode: the app sends only document ids; a foreign document is refused", async () => {
  const { page, context, traffic } = await newPage(browser);
  await signIn(page, "chair-lu-1");
  await open(page, "/orders");
  assert.ok(traffic.length >= 2);
  for (const t of traffic) {
    const body = JSON.parse(t.request);
    assert.ok(body.documentId?.startsWith("sha256:") && !("query" in body), `the app sent ${t.request.slice(0, 80)}`);
  }
  const answer = await page.evaluate(async () => {
    const { token } = JSON.parse(sessionStorage.getItem("itc.session"));
    const r = await fetch("/query", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ contributions { edges { node { id } } } }" }),
    });
    return { status: r.status, body: await r.json() };
  });
  assert.equal(answer.status, 400);
  assert.equal(answer.body.errors[0].extensions.code, "BAD_USER_INPUT");
  assert.equal(answer.body.data, undefined);
  await context.close();
});

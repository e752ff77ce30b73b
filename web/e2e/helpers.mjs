// Shared set-up of the browser tests: Debian's chromium driven by
// playwright-core, the server under test at ITC_URL, sign-in as a demo
// person, and an axe-core check.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
export const base = process.env.ITC_URL ?? "http://127.0.0.1:18080";
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
}

/** A fresh context (its own session) that records every /query exchange. */
export async function newPage(browser, { width = 1280, height = 900, lang } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, baseURL: base, locale: "en-GB" });
  if (lang) await context.addInitScript((l) => localStorage.setItem("itc.lang", l), lang);
  const page = await context.newPage();
  const traffic = [];
  page.on("response", async (res) => {
    // A live stream's body never ends; reading it through the browser's
    // devtools would hold it back from the page.
    if (!res.url().includes("/query") || res.headers()["content-type"]?.startsWith("text/event-stream")) return;
    try {
      traffic.push({ request: res.request().postData() ?? "", body: await res.text() });
    } catch {
      /* the page moved on */
    }
  });
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  return { context, page, traffic, problems };
}

/** Follows a menu link inside the app (no reload) and waits for the screen. */
export async function open(page, path) {
  await page.getByRole("navigation").locator(`a[href="${path}"]`).click();
  await page.waitForURL((u) => u.pathname === path);
  await page.locator("main h1").waitFor();
  await page.locator("main .loading").first().waitFor({ state: "detached" });
}

export async function signIn(page, sub) {
  await page.goto("/signin");
  await page.locator(`button[data-sub="${sub}"]`).click();
  await page.getByRole("navigation").waitFor();
}

/** axe-core's serious and critical violations on the page as it is. */
export async function axe(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      resultTypes: ["violations"],
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Saves the window (from the top, or from `at`, a locator) when SCREENSHOTS names a folder. */
export async function screenshot(page, name, at) {
  if (!process.env.SCREENSHOTS) return;
  if (at) await at.evaluate((el) => el.scrollIntoView({ block: "start" }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${process.env.SCREENSHOTS}/${name}.png`, fullPage: false });
}

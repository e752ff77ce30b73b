// Reports what each route loads (gzip-compressed script), and fails the
// build when the first screen passes its budget of 300 KB.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const dist = new URL("../dist/", import.meta.url).pathname;
const budget = 300 * 1024;
const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const html = readFileSync(join(dist, "index.html"), "utf8");
const entry = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const first = entry.reduce((n, f) => n + gz(f), 0);
const kb = (n) => (n / 1024).toFixed(1) + " KB";
console.log(`first screen (shell): ${kb(first)} gzip of script, budget ${kb(budget)}`);
for (const f of readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js") && !entry.includes("assets/" + f)).sort()) {
  console.log(`  route chunk ${f.replace(/-[\w-]{8}\.js$/, "")}: +${kb(gz("assets/" + f))}`);
}
if (first > budget) {
  console.error("first screen is over its budget");
  process.exit(1);
}

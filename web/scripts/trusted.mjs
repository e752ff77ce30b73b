// Writes src/gql/trusted-documents.json, the manifest of the app's
// operations (documentId -> document text). It runs every generated
// document through the app's own urql client (the same exchanges, so the
// same __typename additions and printing) and records the text that would
// go on the wire, so the ids match what the browser sends byte for byte.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { writeFileSync, rmSync } from "node:fs";

const out = new URL("../node_modules/.trusted-entry.mjs", import.meta.url).pathname;
await build({
  stdin: {
    contents: `
      export * as docs from "./src/gql/graphql";
      export { newClient } from "./src/graphql/client";
    `,
    resolveDir: new URL("..", import.meta.url).pathname,
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["module", "main"],
  outfile: out,
  logLevel: "error",
});

// The session module reads these at start; the client never uses them here.
const memory = new Map();
globalThis.sessionStorage = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, v), removeItem: (k) => memory.delete(k) };
globalThis.window = globalThis;
const { docs, newClient } = await import(out);
rmSync(out);

const sent = [];
const record = async (_url, init) => {
  sent.push(JSON.parse(init.body).query);
  return new Response(JSON.stringify({ data: null }), { headers: { "Content-Type": "application/json" } });
};
const client = newClient("unused", { fetch: record, trusted: false });
for (const doc of Object.values(docs)) {
  if (doc?.kind !== "Document") continue;
  const op = doc.definitions.find((d) => d.kind === "OperationDefinition");
  if (op.operation === "subscription") {
    const sub = client.subscription(doc, {}).subscribe(() => {});
    await new Promise((r) => setTimeout(r, 20));
    sub.unsubscribe();
    continue;
  }
  const run = op.operation === "mutation" ? client.mutation : client.query;
  await run.call(client, doc, {}, { requestPolicy: "network-only" }).toPromise();
}
const manifest = {};
for (const text of [...new Set(sent)].sort()) {
  manifest["sha256:" + createHash("sha256").update(text).digest("hex")] = text;
}
writeFileSync(new URL("../src/gql/trusted-documents.json", import.meta.url), JSON.stringify(manifest, null, 1) + "\n");
console.log(`trusted documents: ${Object.keys(manifest).length}`);

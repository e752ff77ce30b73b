import type { ExecutionResult, SubscriptionForwarder } from "urql";

// Subscriptions over server-sent events: POST /query with Accept:
// text/event-stream, read with fetch (EventSource can neither POST nor send
// the Authorization header). Each "next" event is one result; "complete"
// ends the stream. A stream that drops without "complete" (a restart, a
// network blip) is opened again with growing pauses, passing the id of the
// last event received as the variable "after" (auditEvents replays what
// was missed from there).
export function sseForwarder(send: typeof fetch, headers: Record<string, string>): SubscriptionForwarder {
  return (request) => ({
    subscribe(sink) {
      const abort = new AbortController();
      let after: string | undefined;
      const fail = (message: string, code: string) =>
        sink.next({ errors: [{ message, extensions: { code } }] } as unknown as ExecutionResult);

      /** One connection: true when the stream ended for good. */
      const once = async (): Promise<boolean> => {
        const res = await send("/query", {
          method: "POST",
          signal: abort.signal,
          headers: { ...headers, "Content-Type": "application/json", Accept: "text/event-stream" },
          body: JSON.stringify({ query: request.query, variables: after ? { ...request.variables, after } : request.variables }),
        });
        if (!res.ok || !res.body || !res.headers.get("Content-Type")?.startsWith("text/event-stream")) {
          const body = await res.json().catch(() => null);
          const e = body?.errors?.[0];
          fail(e?.message ?? res.statusText, e?.extensions?.code ?? (res.status === 401 ? "UNAUTHENTICATED" : "INTERNAL_SERVER_ERROR"));
          return res.status < 500;
        }
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buf = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return false;
          buf += value;
          let end: number;
          while ((end = buf.indexOf("\n\n")) >= 0) {
            const block = buf.slice(0, end);
            buf = buf.slice(end + 2);
            let name = "";
            let data = "";
            for (const line of block.split("\n")) {
              if (line.startsWith("event:")) name = line.slice(6).trim();
              else if (line.startsWith("data:")) data += line.slice(5).trim();
            }
            if (name === "next" && data) {
              const result = JSON.parse(data);
              const id = Object.values(result.data ?? {}).map((v) => (v as { id?: unknown } | null)?.id)[0];
              if (typeof id === "string") after = id;
              sink.next(result);
            }
            if (name === "complete") return true;
          }
        }
      };

      (async () => {
        for (let attempt = 0; !abort.signal.aborted; attempt++) {
          try {
            if (await once()) break;
          } catch {
            if (abort.signal.aborted) return;
          }
          await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * 2 ** attempt)));
        }
        if (!abort.signal.aborted) sink.complete();
      })();
      return { unsubscribe: () => abort.abort() };
    },
  });
}

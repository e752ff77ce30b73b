import type { ExecutionResult, SubscriptionForwarder } from "urql";

// Subscriptions over server-sent events: POST /query with Accept:
// text/event-stream, read with fetch (EventSource can neither POST nor send
// the Authorization header). Each "next" event is one result; "complete"
// ends the stream.
export function sseForwarder(send: typeof fetch, headers: Record<string, string>): SubscriptionForwarder {
  return (request) => ({
    subscribe(sink) {
      const abort = new AbortController();
      const fail = (message: string, code: string) => {
        sink.next({ errors: [{ message, extensions: { code } }] } as unknown as ExecutionResult);
        sink.complete();
      };
      (async () => {
        const res = await send("/query", {
          method: "POST",
          signal: abort.signal,
          headers: { ...headers, "Content-Type": "application/json", Accept: "text/event-stream" },
          body: JSON.stringify({ query: request.query, variables: request.variables }),
        });
        if (!res.ok || !res.body || !res.headers.get("Content-Type")?.startsWith("text/event-stream")) {
          const body = await res.json().catch(() => null);
          const e = body?.errors?.[0];
          fail(e?.message ?? res.statusText, e?.extensions?.code ?? (res.status === 401 ? "UNAUTHENTICATED" : "INTERNAL_SERVER_ERROR"));
          return;
        }
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buf = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
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
            if (name === "next" && data) sink.next(JSON.parse(data));
            if (name === "complete") {
              sink.complete();
              return;
            }
          }
        }
        sink.complete();
      })().catch((e: unknown) => {
        if (!abort.signal.aborted) fail(String(e), "NETWORK");
      });
      return { unsubscribe: () => abort.abort() };
    },
  });
}

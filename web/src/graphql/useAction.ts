import { useCallback, useState } from "react";
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from "urql";

/**
 * Runs mutations for one place on a screen and keeps the last refusal, so
 * CONFLICT or BAD_USER_INPUT shows beside the action that caused it.
 */
export function useAction() {
  const client = useClient();
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <D, V extends AnyVariables>(doc: TypedDocumentNode<D, V>, vars: V): Promise<D | undefined> => {
      setBusy(true);
      const r = await client.mutation(doc, vars).toPromise();
      setBusy(false);
      setError(r.error);
      return r.error ? undefined : r.data;
    },
    [client],
  );
  return { run, error, busy, clear: () => setError(undefined) };
}

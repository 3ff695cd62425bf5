/**
 * Reading and changing the server's state from a console screen: `useAdminQuery` loads (and, with
 * `pollMs`, keeps reloading while the screen is open), `useAdminAction` runs one change at a time
 * and keeps its failure for the screen to show.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type * as v from 'valibot';
import type { ApiFailure, ApiResult } from '#app/panitia/api-client.ts';
import { usePanitia } from '#app/panitia/panitia-context.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Query<T> {
  data: T | undefined;
  failure: ApiFailure | null;
  reload: () => Promise<void>;
  /** Replace the data with a reply that already holds the new state (saves a round trip). */
  set: (value: T) => void;
}

export function useAdminQuery<S extends v.GenericSchema>(
  path: string,
  schema: S,
  pollMs?: number,
): Query<v.InferOutput<S>> {
  const { client, onFailure } = usePanitia();
  const [data, setData] = useState<v.InferOutput<S> | undefined>(undefined);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const schemaRef = useRef(schema);
  const reload = useCallback(async () => {
    const result = await client.request('GET', path, schemaRef.current);
    if (result.ok) {
      setData(result.value);
      setFailure(null);
    } else {
      setFailure(result.failure);
      onFailure(result.failure);
    }
  }, [client, path, onFailure]);

  useEffect(() => {
    void reload();
    if (!pollMs) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, pollMs);
    return () => clearInterval(timer);
  }, [reload, pollMs]);

  return { data, failure, reload, set: setData };
}

export interface Action {
  busy: boolean;
  failure: ApiFailure | null;
  run<S extends v.GenericSchema>(
    method: Method,
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<ApiResult<v.InferOutput<S>>>;
  clear: () => void;
}

export function useAdminAction(): Action {
  const { client, onFailure } = usePanitia();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  return {
    busy,
    failure,
    clear: () => setFailure(null),
    async run(method, path, schema, body) {
      setBusy(true);
      setFailure(null);
      const result = await client.request(method, path, schema, body);
      setBusy(false);
      if (!result.ok) {
        setFailure(result.failure);
        onFailure(result.failure);
      }
      return result;
    },
  };
}

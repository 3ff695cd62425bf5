/**
 * Dexie's liveQuery as a Preact hook: re-renders when the rows a query read change, in this tab or
 * another. Unlike dexie-react-hooks (which needs preact/compat), it answers `undefined` — loading —
 * as soon as the arguments change, so a screen never shows one juror's or team's data under
 * another's name for a frame. It subscribes in a layout effect, right after the render that asks, not
 * after the next paint: on a reopened app the first IndexedDB read then starts a frame sooner.
 */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

interface Answer<T> {
  key: string;
  value: T;
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const key = JSON.stringify(deps);
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const [error, setError] = useState<unknown>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is re-created each render; `key` stands for its inputs
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setAnswer({ key, value }),
      error: (cause: unknown) => setError(cause ?? new Error('liveQuery failed')),
    });
    return () => subscription.unsubscribe();
  }, [key]);
  // A failed read belongs to the error boundary, as it would with dexie-react-hooks.
  if (error !== null) throw error;
  return answer !== null && answer.key === key ? answer.value : undefined;
}

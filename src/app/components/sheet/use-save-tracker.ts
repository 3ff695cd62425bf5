/**
 * Tracks repository calls so the header can tell the truth: "saving" while any call is pending or a
 * typed text waits for its debounce, "saved" only after a call resolved, and a failure until the
 * same field saves successfully (a later save of another field does not make the failed one saved).
 */
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { ChangeRejection } from '#app/db/errors.ts';
import type { StorageFailureKind } from '#app/db/storage-errors.ts';

export type SaveFailure =
  | { kind: 'rejected'; code: ChangeRejection['code']; message: string }
  | { kind: 'storage'; reason: StorageFailureKind; name: string; message: string };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; failure: SaveFailure; key: string };

interface Tracking {
  pending: Readonly<Record<string, number>>;
  waiting: ReadonlySet<string>;
  failures: readonly { key: string; failure: SaveFailure }[];
  savedOnce: boolean;
}

export interface SaveTracker {
  state: SaveState;
  /** Runs one repository call under `key`; resolves to whether it was saved. Never rejects. */
  track: (key: string, run: () => Promise<unknown>) => Promise<boolean>;
  /** A text field has unsaved typing that a debounced save will pick up. */
  markWaiting: (key: string) => void;
  dismiss: (key: string) => void;
}

const START: Tracking = { pending: {}, waiting: new Set(), failures: [], savedOnce: false };

export function useSaveTracker(describeError: (error: unknown) => SaveFailure): SaveTracker {
  const [tracking, setTracking] = useState<Tracking>(START);

  const track = useCallback(
    async (key: string, run: () => Promise<unknown>): Promise<boolean> => {
      setTracking((t) => ({ ...t, pending: bump(t.pending, key, 1), waiting: without(t.waiting, key) }));
      try {
        await run();
        setTracking((t) => ({
          ...t,
          pending: bump(t.pending, key, -1),
          failures: t.failures.filter((f) => f.key !== key),
          savedOnce: true,
        }));
        return true;
      } catch (error) {
        const failure = describeError(error);
        setTracking((t) => ({
          ...t,
          pending: bump(t.pending, key, -1),
          failures: [...t.failures.filter((f) => f.key !== key), { key, failure }],
        }));
        return false;
      }
    },
    [describeError],
  );

  const markWaiting = useCallback((key: string) => {
    setTracking((t) => (t.waiting.has(key) ? t : { ...t, waiting: new Set([...t.waiting, key]) }));
  }, []);

  const dismiss = useCallback((key: string) => {
    setTracking((t) => ({ ...t, failures: t.failures.filter((f) => f.key !== key) }));
  }, []);

  const state = useMemo(() => stateOf(tracking), [tracking]);
  return { state, track, markWaiting, dismiss };
}

function stateOf(t: Tracking): SaveState {
  const latest = t.failures.at(-1);
  // A failure outranks "saving": the juror must see that something was lost even while typing on.
  if (latest) return { kind: 'failed', failure: latest.failure, key: latest.key };
  if (t.waiting.size > 0 || Object.keys(t.pending).length > 0) return { kind: 'saving' };
  return t.savedOnce ? { kind: 'saved' } : { kind: 'idle' };
}

function bump(pending: Readonly<Record<string, number>>, key: string, by: number): Record<string, number> {
  const next = { ...pending };
  const count = (next[key] ?? 0) + by;
  if (count > 0) next[key] = count;
  else delete next[key];
  return next;
}

function without(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  if (!set.has(key)) return set;
  const next = new Set(set);
  next.delete(key);
  return next;
}

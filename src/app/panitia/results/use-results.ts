/**
 * The results snapshot the page shows, polled like the progress grid while the page is visible, and
 * the ranking changes between snapshots (ranking-change.ts) kept as notices. The poll waits at least
 * ten times as long as the last computation took: a national event's replay takes seconds, and the
 * console must not keep the server busy.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import type { ApiFailure } from '#app/panitia/api-client.ts';
import { usePanitia } from '#app/panitia/panitia-context.ts';
import { type RankingChange, rankingChange } from '#app/panitia/results/ranking-change.ts';
import { EventDraftSchema } from '#shared/event.ts';
import { EventResultsResponseSchema } from '#shared/results/results-schema.ts';
import { ScoreSheetSchema } from '#shared/sheet-schema.ts';

export const RESULTS_POLL_MS = 5_000;
const NOTICES_KEPT = 5;

/** The results with the package and sheets they were computed from (GET …/results?detail=1). */
export const ResultsSnapshotSchema = v.object({
  ...EventResultsResponseSchema.entries,
  detail: v.object({ package: EventDraftSchema, sheets: v.array(ScoreSheetSchema) }),
});
export type ResultsSnapshot = v.InferOutput<typeof ResultsSnapshotSchema>;

export interface ChangeNotice {
  /** When the page noticed it (ISO). */
  at: string;
  change: RankingChange;
  /** The snapshot after the change, whose names the notice uses. */
  snapshot: ResultsSnapshot;
}

export function useResults(eventId: string) {
  const { client, onFailure } = usePanitia();
  const [snapshot, setSnapshot] = useState<ResultsSnapshot | undefined>(undefined);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [notices, setNotices] = useState<ChangeNotice[]>([]);
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  const last = useRef<ResultsSnapshot | undefined>(undefined);
  const path = `/events/${encodeURIComponent(eventId)}/results?detail=1`;

  /** Shows a snapshot (polled, or the reply to recording a draw), noting how the ranking changed. */
  const show = useCallback((next: ResultsSnapshot) => {
    const before = last.current;
    last.current = next;
    setSnapshot(next);
    setCheckedAt(new Date().toISOString());
    const change = before ? rankingChange(before, next) : null;
    if (change)
      setNotices((list) =>
        [{ at: new Date().toISOString(), change, snapshot: next }, ...list].slice(0, NOTICES_KEPT),
      );
  }, []);

  const reload = useCallback(async (): Promise<number> => {
    const started = performance.now();
    const result = await client.request('GET', path, ResultsSnapshotSchema);
    if (result.ok) {
      show(result.value);
      setFailure(null);
    } else {
      setFailure(result.failure);
      onFailure(result.failure);
    }
    return performance.now() - started;
  }, [client, path, onFailure, show]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      const took = document.visibilityState === 'visible' ? await reload() : 0;
      if (!stopped) timer = setTimeout(() => void tick(), Math.max(RESULTS_POLL_MS, took * 10));
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [reload]);

  return { snapshot, failure, notices, checkedAt, show, path };
}

import { useChangesAwaitingUpload } from '#app/db/outbox-count.ts';
import { type UpdateBlocker, updateBlocker } from '#app/pwa/update-gate.ts';
import { type UpdatePhase, useUpdateState } from '#app/pwa/update-store.ts';
import { useUi } from '#app/store/ui-store.ts';

export interface UpdateView {
  phase: UpdatePhase;
  /** Why the waiting update cannot be applied now; null when the juror may tap update. */
  blocker: UpdateBlocker | null;
}

/** The update banner's view: live from the worker state, the open sheet and the outbox. */
export function useUpdate(): UpdateView {
  const phase = useUpdateState((s) => s.phase);
  const openSheetTeamId = useUi((s) => s.openSheetTeamId);
  const awaitingUpload = useChangesAwaitingUpload();
  return { phase, blocker: updateBlocker({ openSheetTeamId, awaitingUpload }) };
}

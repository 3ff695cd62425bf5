import { useChangesAwaitingUpload } from '../db/outbox-count.ts';
import { useUi } from '../store/ui-store.ts';
import { type UpdateBlocker, updateBlocker } from './update-gate.ts';
import { type UpdatePhase, useUpdateState } from './update-store.ts';

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

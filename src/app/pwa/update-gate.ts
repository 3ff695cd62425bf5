import { countChangesAwaitingUpload } from '#app/db/outbox-count.ts';
import { useUi } from '#app/store/ui-store.ts';

/** Why a waiting app update may not be applied yet; null when it may. */
export type UpdateBlocker = { kind: 'sheet-open' } | { kind: 'unsent'; count: number } | { kind: 'checking' };

export interface UpdateConditions {
  /** The team whose score sheet is on screen, or null. */
  openSheetTeamId: string | null;
  /** Changes waiting to be uploaded (see countChangesAwaitingUpload); undefined while still counting. */
  awaitingUpload: number | undefined;
}

/**
 * An update reloads the page. It must not interrupt a sheet being scored, and it waits for the
 * outbox to empty so a new version never has to understand an old version's unsent changes.
 */
export function updateBlocker({ openSheetTeamId, awaitingUpload }: UpdateConditions): UpdateBlocker | null {
  if (openSheetTeamId !== null) return { kind: 'sheet-open' };
  if (awaitingUpload === undefined) return { kind: 'checking' };
  if (awaitingUpload > 0) return { kind: 'unsent', count: awaitingUpload };
  return null;
}

/** The blocker now, read fresh from the UI state and the change log (not from a rendered view). */
export async function readUpdateBlocker(): Promise<UpdateBlocker | null> {
  const awaitingUpload = await countChangesAwaitingUpload();
  return updateBlocker({ openSheetTeamId: useUi.getState().openSheetTeamId, awaitingUpload });
}

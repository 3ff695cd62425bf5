/** What the sync status shows, read from IndexedDB and reduced to one state; no UI here. */
import { getCredential } from '#app/db/credential-repo.ts';
import { type RetiredDevice, readDeviceHistory } from '#app/db/device-identity.ts';
import { countStrandedChanges, countUnconfirmedChanges } from '#app/db/outbox-count.ts';
import { getSyncStatus, isBlockingProblem, type SyncProblem } from '#app/db/sync-status-repo.ts';

export interface SyncOverview {
  enrolled: boolean;
  jurorName: string | null;
  eventId: string | null;
  deviceId: string | null;
  /** The enrolled juror's changes the server has not confirmed. */
  unconfirmed: number;
  /** Changes of earlier enrollments of this tablet that the server refused for good (kept here). */
  stranded: number;
  /** Device ids this tablet had before the current one (each revoked), oldest first. */
  retired: RetiredDevice[];
  lastSuccessAt: string | null;
  problem: SyncProblem | null;
}

/**
 * - demo:    not enrolled; nothing leaves the tablet
 * - sent:    the server holds everything
 * - sending: a pass is uploading
 * - pending: changes wait for the next pass
 * - offline: changes wait for the network (grey: offline is normal)
 * - action:  a person must act (red)
 */
export type SyncBadgeState = 'demo' | 'sent' | 'sending' | 'pending' | 'offline' | 'action';

export async function readSyncOverview(): Promise<SyncOverview> {
  const credential = await getCredential();
  const status = await getSyncStatus();
  return {
    enrolled: credential !== undefined,
    jurorName: credential?.jurorName ?? null,
    eventId: credential?.eventId ?? null,
    deviceId: credential?.deviceId ?? null,
    unconfirmed: credential ? await countUnconfirmedChanges(credential) : 0,
    stranded: await countStrandedChanges(),
    retired: await readDeviceHistory(),
    lastSuccessAt: status.lastSuccessAt,
    problem: status.problem,
  };
}

export function badgeState(
  overview: SyncOverview,
  running: boolean,
  serverReachable: boolean | null,
): SyncBadgeState {
  if (!overview.enrolled) return 'demo';
  if (overview.problem && isBlockingProblem(overview.problem.code)) return 'action';
  if (overview.unconfirmed === 0) return 'sent';
  if (running) return 'sending';
  if (serverReachable === false || overview.problem) return 'offline';
  return 'pending';
}

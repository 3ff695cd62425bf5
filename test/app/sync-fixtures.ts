/** Shared setup for the sync tests: an empty tablet, a local enrollment, and scores made the real way. */

import { saveEnrollment } from '#app/db/credential-repo.ts';
import { type ChangeRow, db } from '#app/db/database.ts';
import { saveEventPackage } from '#app/db/events-repo.ts';
import { getDeviceId } from '#app/db/meta-repo.ts';
import { saveScore } from '#app/db/sheets-repo.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { makeSmallEvent, SMALL_EVENT } from '../fixtures/small-event.ts';

export const EVENT_ID = SMALL_EVENT.event.id;
const TEAMS = SMALL_EVENT.teams.map((t) => t.id);
const CRITERIA = SMALL_EVENT.rubric.criteria.map((c) => c.id);

export async function emptyTablet(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveEventPackage(makeSmallEvent(), 'demo');
}

export async function enrollLocally(
  credential: { token: string; secret: string; prevHash?: string },
  jurorId = 'juri-1',
  expectedSeq = 1,
): Promise<void> {
  await saveEnrollment(makeSmallEvent(), {
    deviceId: await getDeviceId(),
    token: credential.token,
    secret: credential.secret,
    jurorId,
    jurorName: 'Dr. Ratna Wulandari',
    eventId: EVENT_ID,
    expectedSeq,
    prevHash: credential.prevHash ?? GENESIS_HASH,
    enrolledAt: new Date().toISOString(),
  });
}

/** Records `count` score changes for `jurorId`, each a real change-log entry (no repeated values). */
export async function scoreChanges(count: number, jurorId = 'juri-1', offset = 0): Promise<void> {
  for (let i = offset; i < offset + count; i++) {
    const teamId = TEAMS[i % TEAMS.length] ?? '';
    const criterionId = CRITERIA[Math.floor(i / TEAMS.length) % CRITERIA.length] ?? '';
    const round = Math.floor(i / (TEAMS.length * CRITERIA.length));
    await saveScore({ eventId: EVENT_ID, jurorId, teamId }, criterionId, 1 + (round % 10));
  }
}

export async function allChanges(): Promise<ChangeRow[]> {
  return db.changes.orderBy('seq').toArray();
}

/**
 * Writes a change straight into the log at `seq`, past the repository's checks: what an older app
 * version or a stale tab could have left in an enrolled tablet's log. Used to test the outbox's guard.
 */
export async function writeForeignChange(seq: number, jurorId: string, eventId = EVENT_ID): Promise<void> {
  await db.changes.add({
    seq,
    eventId,
    jurorId,
    teamId: TEAMS[0] ?? '',
    kind: 'score',
    criterionId: CRITERIA[0] ?? '',
    oldValue: null,
    newValue: 5,
    at: new Date().toISOString(),
    state: 'unsent',
  });
}

/** Shared setup for the sync tests: an empty tablet, a local enrollment, and scores made the real way. */
import { vi } from 'vitest';
import { type ChangeRow, db } from '#app/db/database.ts';
import { saveEnrollment } from '#app/db/enrollment-repo.ts';
import { saveEventPackage } from '#app/db/events-repo.ts';
import { getDeviceId } from '#app/db/meta-repo.ts';
import { saveNote, saveScore } from '#app/db/sheets-repo.ts';
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

/**
 * `count` edits of long notes (about 1,400 characters each, old and new text both travel): 500 of
 * them make a body well over the server's 512 KiB limit.
 */
export async function longNoteEdits(count: number, jurorId = 'juri-1'): Promise<void> {
  const filler = 'Inovasi ini dijelaskan dengan rinci oleh tim; catatan juri panjang. '.repeat(20);
  for (let i = 0; i < count; i++) {
    const teamId = TEAMS[i % TEAMS.length] ?? '';
    const criterionId = CRITERIA[Math.floor(i / TEAMS.length) % CRITERIA.length] ?? '';
    await saveNote({ eventId: EVENT_ID, jurorId, teamId }, criterionId, `${i}: ${filler}`);
  }
}

/**
 * Makes the next read-only transaction commit `save` right after it completes, before the caller can
 * read again: a juror's tap landing between two reads of the same planning step. Restore the spy after.
 */
export function commitBetweenReads(save: () => Promise<void>) {
  const transaction = db.transaction.bind(db) as unknown as (...args: unknown[]) => Promise<unknown>;
  let done = false;
  return vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
    const result = transaction(...args);
    if (done || args[0] !== 'r') return result;
    done = true;
    return result.then(async (value) => {
      await save();
      return value;
    });
  }) as unknown as typeof db.transaction);
}

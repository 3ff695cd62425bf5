/**
 * A replacement tablet for the same juror: enrollment hands it the juror's sheets from the server, so
 * its own checks (a final sheet needs a reason) match what the server will check.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { getCredential } from '#app/db/credential-repo.ts';
import { db } from '#app/db/database.ts';
import { ChangeRejectedError } from '#app/db/errors.ts';
import { getDeviceId, getSession } from '#app/db/meta-repo.ts';
import { getSheet, saveScore } from '#app/db/sheets-repo.ts';
import { enrollWithCode } from '#app/sync/enroll.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { emptySheet, type ScoreSheet } from '#shared/sheet.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';
import { allChanges, EVENT_ID, emptyTablet, scoreChanges } from './sync-fixtures.ts';

const JUROR = 'juri-1';
const scored = { eventId: EVENT_ID, jurorId: JUROR, teamId: 'dispendukcapil' };

/** A sheet as the server materialised it from the broken tablet's changes. */
function serverSheet(teamId: string, status: ScoreSheet['status'], jurorId = JUROR): ScoreSheet {
  return {
    ...emptySheet(EVENT_ID, jurorId, teamId, '2021-03-16T02:00:00.000Z'),
    status,
    scores: { kebaruan: 8, efektif: 7 },
    coiReason: status === 'coi' ? 'Kerabat bekerja di sini' : null,
    lastSeq: 41,
  };
}

function replyWith(deviceId: string, sheets: ScoreSheet[], expectedSeq = 1) {
  const body = {
    device: { deviceId, token: 'tok-new', secret: 'sec-new' },
    juror: { id: JUROR, name: 'Dr. Ratna Wulandari' },
    eventId: EVENT_ID,
    package: makeSmallEvent(),
    sync: { expectedSeq, prevHash: GENESIS_HASH },
    sheets,
  };
  return async () =>
    new Response(JSON.stringify(body), { status: 201, headers: { 'content-type': 'application/json' } });
}

async function rejection(attempt: Promise<unknown>): Promise<string | undefined> {
  try {
    await attempt;
    return undefined;
  } catch (error) {
    return error instanceof ChangeRejectedError ? error.reason.code : String(error);
  }
}

beforeEach(emptyTablet);

describe('enrolling a replacement tablet', () => {
  it("takes the juror's final sheet from the server, so a change to it needs a reason here too", async () => {
    const deviceId = await getDeviceId();
    const fetchImpl = replyWith(deviceId, [serverSheet('dispendukcapil', 'final')]);

    expect(await enrollWithCode('ABCDEFGH', { fetchImpl })).toMatchObject({ ok: true });
    expect(await getSheet(scored)).toMatchObject({ status: 'final', scores: { kebaruan: 8, efektif: 7 } });
    expect(await allChanges()).toEqual([]);

    expect(await rejection(saveScore(scored, 'kebaruan', 9))).toBe('reason_required');
    expect(await allChanges()).toEqual([]);
    expect((await getSheet(scored))?.scores.kebaruan).toBe(8);

    const saved = await saveScore(scored, 'kebaruan', 9, 'Salah ketik');
    expect(saved.change).toMatchObject({ oldValue: 8, newValue: 9, reason: 'Salah ketik' });
    expect((await getSheet(scored))?.scores.kebaruan).toBe(9);
  });

  it('refuses a conflicted team the server holds, as the server would', async () => {
    const deviceId = await getDeviceId();
    const fetchImpl = replyWith(deviceId, [serverSheet('puskesmas-dinoyo', 'coi')]);
    await enrollWithCode('ABCDEFGH', { fetchImpl });
    const ref = { ...scored, teamId: 'puskesmas-dinoyo' };
    expect(await rejection(saveScore(ref, 'kebaruan', 5, 'alasan'))).toBe('conflict_of_interest');
  });

  it("refuses a reply carrying another juror's sheet and stores nothing", async () => {
    const deviceId = await getDeviceId();
    const fetchImpl = replyWith(deviceId, [
      serverSheet('dispendukcapil', 'final'),
      serverSheet('smpn-5-malang', 'final', 'juri-2'),
    ]);

    expect(await enrollWithCode('ABCDEFGH', { fetchImpl })).toMatchObject({
      ok: false,
      failure: 'bad_reply',
    });
    expect(await getCredential()).toBeUndefined();
    expect(await getSession()).toBeUndefined();
    expect(await db.sheets.count()).toBe(0);
  });

  it('keeps the local sheet of a team with changes the server has not confirmed, and the whole log', async () => {
    // seq 1 on dispendukcapil, seq 2 on puskesmas-dinoyo; the server has seen seq 1 only.
    await scoreChanges(2, JUROR);
    const before = await allChanges();
    const local = await getSheet({ ...scored, teamId: 'puskesmas-dinoyo' });
    const deviceId = await getDeviceId();
    const fetchImpl = replyWith(
      deviceId,
      [serverSheet('dispendukcapil', 'final'), serverSheet('puskesmas-dinoyo', 'draft')],
      2,
    );

    expect(await enrollWithCode('ABCDEFGH', { fetchImpl })).toMatchObject({ ok: true });

    expect((await getSheet(scored))?.status).toBe('final');
    expect(await getSheet({ ...scored, teamId: 'puskesmas-dinoyo' })).toEqual(local);
    expect(await allChanges()).toEqual(before);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '#app/db/database.ts';
import { ChangeRejectedError, InvalidPackageError } from '#app/db/errors.ts';
import { getEventPackage, saveEventPackage } from '#app/db/events-repo.ts';
import {
  declareConflict,
  finaliseSheet,
  getSheet,
  listChanges,
  type SheetRef,
  saveComment,
  saveNote,
  saveScore,
} from '#app/db/sheets-repo.ts';
import { resetDatabase } from '../component/support/seed.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

const ref: SheetRef = { eventId: 'kipp-malang-2021', jurorId: 'j-rahma', teamId: 'dispendukcapil' };

const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];

/** Scores every criterion (kebaruan at `kebaruan`, the rest at 7): only a complete sheet can be finalised. */
async function scoreAll(kebaruan: number): Promise<void> {
  for (const id of CRITERIA) await saveScore(ref, id, id === 'kebaruan' ? kebaruan : 7);
}

async function counts() {
  return { changes: await db.changes.count(), sheets: await db.sheets.count() };
}

beforeEach(async () => {
  await resetDatabase();
  const pkg = makeSmallEvent();
  ref.jurorId = pkg.jurors[0]?.id ?? 'missing';
  ref.teamId = pkg.teams[0]?.id ?? 'missing';
  await saveEventPackage(pkg, 'import');
});

describe('saveScore', () => {
  it('writes the sheet and one change-log entry in the same commit, with increasing seqs', async () => {
    await saveScore(ref, 'kebaruan', 7);
    await saveScore(ref, 'kebaruan', 8);
    const changes = await listChanges(ref.eventId, ref.jurorId);
    expect(changes.map((c) => [c.seq, c.oldValue, c.newValue, c.state])).toEqual([
      [1, null, 7, 'unsent'],
      [2, 7, 8, 'unsent'],
    ]);
    expect((await getSheet(ref))?.scores).toEqual({ kebaruan: 8 });
  });

  it('writes nothing when the same value is tapped again', async () => {
    await saveScore(ref, 'efektif', 5);
    const again = await saveScore(ref, 'efektif', 5);
    expect(again.change).toBeNull();
    expect(await counts()).toEqual({ changes: 1, sheets: 1 });
  });

  it.each([
    ['above the scale', 11],
    ['below the scale', 0],
    ['between steps', 5.5],
  ])('rejects a score %s and writes nothing', async (_name, value) => {
    await expect(saveScore(ref, 'kebaruan', value)).rejects.toBeInstanceOf(ChangeRejectedError);
    expect(await counts()).toEqual({ changes: 0, sheets: 0 });
  });

  it('rejects an edit of a final sheet without a reason, and keeps the sheet as it was', async () => {
    await scoreAll(6);
    await finaliseSheet(ref);
    const before = await counts();
    const error = await saveScore(ref, 'kebaruan', 9).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangeRejectedError);
    expect((error as ChangeRejectedError).reason.code).toBe('reason_required');
    expect(await counts()).toEqual(before);
    expect((await getSheet(ref))?.scores.kebaruan).toBe(6);
  });

  it('records the reason of an edit after finalising in the log and the audit trail', async () => {
    await scoreAll(6);
    await finaliseSheet(ref);
    await saveScore(ref, 'kebaruan', 9, 'salah ketuk, seharusnya 9');
    const last = (await listChanges(ref.eventId, ref.jurorId)).at(-1);
    expect(last).toMatchObject({
      kind: 'score',
      oldValue: 6,
      newValue: 9,
      reason: 'salah ketuk, seharusnya 9',
    });
    const sheet = await getSheet(ref);
    expect(sheet?.status).toBe('final');
    expect(sheet?.audit).toHaveLength(1);
  });

  it('clears a draft score with a logged change to empty', async () => {
    await saveScore(ref, 'efektif', 7);
    await saveScore(ref, 'efektif', null);
    const last = (await listChanges(ref.eventId, ref.jurorId)).at(-1);
    expect(last).toMatchObject({ kind: 'score', criterionId: 'efektif', oldValue: 7, newValue: null });
    expect((await getSheet(ref))?.scores).toEqual({});
  });

  it('refuses to finalise a sheet with an empty criterion, and writes nothing', async () => {
    for (const id of CRITERIA.slice(0, 4)) await saveScore(ref, id, 8);
    const before = await counts();
    await expect(finaliseSheet(ref)).rejects.toMatchObject({ reason: { code: 'incomplete_sheet' } });
    expect(await counts()).toEqual(before);
    expect((await getSheet(ref))?.status).toBe('draft');
  });

  it('refuses to empty a score of a final sheet, even with a reason', async () => {
    await scoreAll(6);
    await finaliseSheet(ref);
    await expect(saveScore(ref, 'efektif', null, 'salah ketuk')).rejects.toMatchObject({
      reason: { code: 'incomplete_sheet' },
    });
    expect((await getSheet(ref))?.scores.efektif).toBe(7);
  });

  it('refuses scores for a team declared a conflict of interest', async () => {
    await declareConflict(ref, 'Instansi tempat saya bekerja');
    await expect(saveScore(ref, 'kebaruan', 5)).rejects.toMatchObject({
      reason: { code: 'conflict_of_interest' },
    });
    expect((await getSheet(ref))?.coiReason).toBe('Instansi tempat saya bekerja');
  });

  it('keeps notes and comments as their own changes', async () => {
    await saveNote(ref, 'bermanfaat', 'Data pengguna meningkat');
    await saveComment(ref, 'Presentasi jelas');
    const kinds = (await listChanges(ref.eventId, ref.jurorId)).map((c) => c.kind);
    expect(kinds).toEqual(['note', 'comment']);
  });

  it('validates against the new rubric after the event package is replaced', async () => {
    await saveScore(ref, 'kebaruan', 10);
    const pkg = makeSmallEvent();
    pkg.rubric = {
      ...pkg.rubric,
      criteria: pkg.rubric.criteria.map((c) => ({ ...c, scale: { min: 1, max: 5, step: 1 } })),
    };
    await saveEventPackage(pkg, 'import');
    await expect(saveScore(ref, 'efektif', 8)).rejects.toMatchObject({ reason: { code: 'out_of_scale' } });
  });
});

describe('saveEventPackage', () => {
  it('refuses a package failing the schema with a message naming the field, storing nothing', async () => {
    const pkg = makeSmallEvent();
    const bad = {
      ...pkg,
      event: { ...pkg.event, id: 'another-event' },
      teams: [{ ...pkg.teams[0], title: '' }],
    };
    const error = await saveEventPackage(bad, 'import').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidPackageError);
    expect((error as InvalidPackageError).field).toBe('teams.0.title');
    expect((error as InvalidPackageError).message).toContain('teams.0.title');
    expect(await getEventPackage('another-event')).toBeUndefined();
  });
});

/**
 * The tablet's export against the real server: the score file the export screen builds, imported by
 * the organizer, leaves the server exactly as a network sync would — and the two never double a
 * change. Also what a full storage, practice mode and an already synced tablet export.
 */
import readXlsxFile from 'read-excel-file/universal';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '#app/db/database.ts';
import { startSession } from '#app/db/meta-repo.ts';
import { saveComment, saveNote, saveScore } from '#app/db/sheets-repo.ts';
import { buildScoreFile, prepareExport, readableTable, scoreFileText } from '#app/export/prepare-export.ts';
import { readableCsv, readableXlsx } from '#app/export/readable-copy.ts';
import { runSyncPass } from '#app/sync/sync-pass.ts';
import { canonicalJson } from '#shared/canonical.ts';
import { EVENT_ID, emptyTablet, scoreChanges } from './sync-fixtures.ts';
import { SyncTestServer } from './sync-server.ts';

let server: SyncTestServer;
const pass = () => runSyncPass({ fetchImpl: server.fetch, timeoutMs: 500 });

beforeEach(async () => {
  await emptyTablet();
  server = new SyncTestServer();
});
afterEach(() => {
  vi.restoreAllMocks();
  server.close();
});

async function exportedFile(scope: 'all' | 'unsent' = 'all'): Promise<string> {
  const source = await prepareExport();
  if (source.kind !== 'signed') throw new Error(`nothing signed: ${source.kind}`);
  return scoreFileText(await buildScoreFile(source, { scope, withSheets: true }));
}

/** What the server holds, as anyone could compare it: bodies, change seqs, sheets. */
async function serverState() {
  const sheets = await server.sheets();
  return {
    bodies: server.bundles().map((b) => b.body),
    seqs: server.seqs(),
    sheets: sheets.map(({ teamId, status, scores, notes, comment, lastSeq }) => ({
      teamId,
      status,
      scores,
      notes,
      comment,
      lastSeq,
    })),
  };
}

async function scoreASheetWithWords(): Promise<void> {
  const ref = { eventId: EVENT_ID, jurorId: 'juri-1', teamId: 'puskesmas-dinoyo' };
  await saveNote(ref, 'kebaruan', 'Posyandu daring, baru di Malang');
  await saveComment(ref, 'Paparan jelas; data pemantauan balita lengkap.');
}

describe('export → import', () => {
  it('leaves the server as a network sync would, and the network later adds nothing twice', async () => {
    await server.enrollOrThrow();
    const enrolled = await server.backup();
    await scoreChanges(7);
    await scoreASheetWithWords();
    const text = await exportedFile();

    // One way: the tablet comes online and syncs.
    expect(await pass()).toEqual({ kind: 'done' });
    const synced = await serverState();
    expect(synced.seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);

    // The other: the same server before any score, and the organizer imports the file.
    server.restore(enrolled);
    const imported = await server.importScoreFile(text, 'nilai-ratna.juri');
    expect(imported.status).toBe(201);
    expect(await serverState()).toEqual(synced);

    // The tablet's bundles reach it once more over the network: each answered, nothing doubled.
    await db.bundles.toCollection().modify({ state: 'pending' });
    expect(await pass()).toEqual({ kind: 'done' });
    expect(await serverState()).toEqual(synced);
    expect((await db.bundles.toArray()).map((b) => b.state)).toEqual(['sent']);
  });

  it('bundles what was not bundled yet through the outbox, so the sync loop sends the very same bytes', async () => {
    await server.enrollOrThrow();
    await scoreChanges(4);
    expect(await db.bundles.count()).toBe(0);
    const text = await exportedFile('unsent');
    const local = await db.bundles.orderBy('fromSeq').toArray();
    expect(local.map((b) => b.state)).toEqual(['pending']);
    expect(text).toContain(canonicalJson(local[0]?.bundle));
    expect(await pass()).toEqual({ kind: 'done' });
    expect(server.bundles().map((b) => b.body)).toEqual([canonicalJson(local[0]?.bundle)]);
    // Imported after the network delivered it: already had, nothing changes.
    const again = await server.importScoreFile(text);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ report: { outcome: 'already_had', alreadyHad: 1 } });
    expect(server.seqs()).toEqual([1, 2, 3, 4]);
  });

  it('still exports after everything was synced', async () => {
    await server.enrollOrThrow();
    await scoreChanges(3);
    expect(await pass()).toEqual({ kind: 'done' });
    await scoreChanges(2, 'juri-1', 3);
    expect(await pass()).toEqual({ kind: 'done' });
    const text = await exportedFile('all');
    const file = JSON.parse(text);
    expect(file.manifest).toMatchObject({
      scope: 'all',
      counts: { bundles: 2, changes: 5, unbundledChanges: 0 },
    });
    expect(file.sheets.length).toBeGreaterThan(0);
    expect((await server.importScoreFile(text)).body).toMatchObject({ report: { outcome: 'already_had' } });
  });

  it('exports what is signed when the storage refuses to bundle the rest, and says how much is missing', async () => {
    await server.enrollOrThrow();
    await scoreChanges(2);
    expect(await pass()).toEqual({ kind: 'done' });
    await scoreChanges(3, 'juri-1', 2);
    vi.spyOn(db.bundles, 'add').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const source = await prepareExport();
    if (source.kind !== 'signed') throw new Error('not signed');
    expect(source).toMatchObject({ unbundled: 3, bundlingError: 'QuotaExceededError' });
    const file = await buildScoreFile(source, { scope: 'all', withSheets: true });
    expect(file.manifest.counts).toMatchObject({ bundles: 1, changes: 2, unbundledChanges: 3 });
    // The sheets (and so the readable copy) still hold all five scores.
    expect(file.sheets.flatMap((s) => Object.keys(s.scores))).toHaveLength(5);
  });
});

describe('a tablet with nothing signed', () => {
  it('offers the readable copy only, in practice mode', async () => {
    await startSession(EVENT_ID, 'juri-1', 'demo');
    await saveScore({ eventId: EVENT_ID, jurorId: 'juri-1', teamId: 'dispendukcapil' }, 'kebaruan', 8);
    const source = await prepareExport();
    expect(source).toMatchObject({ kind: 'readable', reason: 'practice' });
    expect(await db.bundles.count()).toBe(0);
  });
});

describe('the readable copy', () => {
  it('lists every team with its scores, total and notes, in XLSX and in CSV for Indonesian Excel', async () => {
    await server.enrollOrThrow();
    const ref = { eventId: EVENT_ID, jurorId: 'juri-1', teamId: 'puskesmas-dinoyo' };
    for (const [criterion, value] of [
      ['kebaruan', 8],
      ['efektif', 7],
      ['bermanfaat', 9],
      ['replikasi', 6],
      ['berkelanjutan', 7],
    ] as const)
      await saveScore(ref, criterion, value);
    await scoreASheetWithWords();
    const source = await prepareExport();
    if (source.kind === 'none') throw new Error('no source');
    const table = readableTable(source.pkg, source.sheets);

    const [sheet] = await readXlsxFile(await (await readableXlsx(table)).arrayBuffer());
    const rows = sheet?.data ?? [];
    expect(rows[0]).toEqual(table.header);
    const dinoyo = rows.find((row) => row[2] === 'Posyandu Daring Dinoyo');
    // 1–10 scale, equal weights: the mean of (v − 1) / 9 over the five criteria, as the sheet shows it.
    expect(dinoyo?.slice(5, 12)).toEqual(['Draf', 8, 7, 9, 6, 7, 71.11]);
    expect(dinoyo?.[12]).toBe('Kebaruan: Posyandu daring, baru di Malang');
    expect(dinoyo?.[13]).toBe('Paparan jelas; data pemantauan balita lengkap.');
    expect(rows).toHaveLength(1 + 3);

    const bytes = new Uint8Array(await readableCsv(table).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith('No;Perangkat daerah / unit;')).toBe(true);
    expect(csv).toContain(';Draf;8;7;9;6;7;71,11;');
  });
});

/**
 * Steps the sync specs share: a real server with a known organizer token, enrollment through the
 * QR link, scoring through the sheet, and reading both sides' records — the tablet's IndexedDB and
 * the server's SQLite file — to prove nothing was lost or doubled.
 */
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { canonicalJson } from '#shared/canonical.ts';
import { criterionIds, openFirstSheet, SCHEDULE_ROW, scoreCriterion } from './pwa-flow.ts';
import { type RunningServer, type ServerOptions, startServer } from './support/server.ts';

export const ORGANIZER_TOKEN = 'organizer-token-for-sync-e2e';
export const EVENT_ID = 'kipp-malang-2021';

export function startSyncServer(options: ServerOptions = {}): Promise<RunningServer> {
  return startServer({ ...options, env: { ORGANIZER_TOKEN, ...options.env } });
}

export async function createEnrollmentCode(server: RunningServer, jurorId: string): Promise<string> {
  const res = await fetch(`${server.url}/api/admin/enrollments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANIZER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ jurorId, eventId: EVENT_ID }),
  });
  expect(res.status).toBe(201);
  const body: { code: string } = await res.json();
  return body.code;
}

/** Opens the QR's link, confirms, accepts the integrity pact and lands on the schedule. */
export async function enrollThroughLink(page: Page, server: RunningServer, jurorId: string): Promise<void> {
  const code = await createEnrollmentCode(server, jurorId);
  await page.goto(`${server.url}/enroll?code=${code.toLowerCase()}`);
  await page.getByRole('button', { name: 'Ya, daftarkan' }).click();
  await acceptPact(page);
}

/** Signs the integrity pact the schedule asks for after an enrollment. */
export async function acceptPact(page: Page): Promise<void> {
  await page.locator('.pact-card input[type="checkbox"]').check();
  await page.locator('.pact-card button[type="submit"]').click();
  await page.locator(SCHEDULE_ROW).first().waitFor();
}

/** Opens the first team's sheet; returns its id and criterion ids. */
export async function openSheet(page: Page): Promise<{ teamId: string; criteria: string[] }> {
  const teamId = await openFirstSheet(page);
  return { teamId, criteria: await criterionIds(page) };
}

export async function scoreAll(page: Page, criteria: string[], values: number[]): Promise<void> {
  for (const [i, criterionId] of criteria.entries()) await scoreCriterion(page, criterionId, values[i] ?? 5);
}

export const syncBadge = (page: Page): Locator => page.locator('.app-bar [data-testid="sync-status"]');

/**
 * Waits until the tablet holds no unconfirmed change and its badge says so. The outbox is read too:
 * right after a tap the badge may still show the state from before the tap.
 */
export async function expectAllSent(page: Page): Promise<void> {
  await expect
    .poll(async () => (await localOutbox(page)).changes.filter((c) => c.state !== 'sent').length, {
      timeout: 45_000,
    })
    .toBe(0);
  await expect(syncBadge(page)).toHaveAttribute('data-state', 'sent');
}

export interface ServerSheet {
  jurorId: string;
  teamId: string;
  scores: Record<string, number>;
}

export async function serverSheets(server: RunningServer, jurorId: string): Promise<ServerSheet[]> {
  const res = await fetch(`${server.url}/api/admin/events/${EVENT_ID}/sheets`, {
    headers: { authorization: `Bearer ${ORGANIZER_TOKEN}` },
  });
  expect(res.status).toBe(200);
  const body: { sheets: ServerSheet[] } = await res.json();
  return body.sheets
    .filter((s) => s.jurorId === jurorId)
    .map(({ jurorId, teamId, scores }) => ({ jurorId, teamId, scores }));
}

export interface ServerRecords {
  bundles: { bundleId: string; fromSeq: number; toSeq: number; receipt: string; body: string }[];
  seqs: number[];
}

/** Reads the server's append-only tables straight from its SQLite file (WAL allows a reader beside it). */
export function serverRecords(server: RunningServer): ServerRecords {
  const db = new Database(join(server.dataDir, 'juri.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const bundles = db
      .prepare<[], ServerRecords['bundles'][number]>(
        'SELECT bundle_id AS bundleId, from_seq AS fromSeq, to_seq AS toSeq, receipt, body FROM bundles ORDER BY from_seq',
      )
      .all();
    const seqs = db
      .prepare<[], { seq: number }>('SELECT seq FROM changes ORDER BY seq')
      .all()
      .map((r) => r.seq);
    return { bundles, seqs };
  } finally {
    db.close();
  }
}

export interface LocalOutbox {
  changes: { seq: number; jurorId: string; state: string; bundleId?: string }[];
  bundles: {
    bundleId: string;
    fromSeq: number;
    toSeq: number;
    state: string;
    attempts: number;
    receipt?: { receivedAt: string };
  }[];
  problem: string | null;
}

/** The tablet's change log, bundles and sync problem, read with the raw IndexedDB API. */
export function localOutbox(page: Page): Promise<LocalOutbox> {
  return page.evaluate(
    () =>
      new Promise<LocalOutbox>((resolve, reject) => {
        const open = indexedDB.open('juri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['changes', 'bundles', 'meta'], 'readonly');
          const changes = tx.objectStore('changes').getAll();
          const bundles = tx.objectStore('bundles').getAll();
          const status = tx.objectStore('meta').get('syncStatus');
          tx.oncomplete = () => {
            db.close();
            resolve({
              changes: changes.result.map(({ seq, jurorId, state, bundleId }) => ({
                seq,
                jurorId,
                state,
                bundleId,
              })),
              bundles: bundles.result
                .map(({ bundleId, fromSeq, toSeq, state, attempts, receipt }) => ({
                  bundleId,
                  fromSeq,
                  toSeq,
                  state,
                  attempts,
                  receipt,
                }))
                .sort((a, b) => a.fromSeq - b.fromSeq),
              problem: status.result?.value?.problem?.code ?? null,
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The enrolled juror's seqs on the tablet: what the server must end up holding, once each. */
export function enrolledSeqs(outbox: LocalOutbox, jurorId: string): number[] {
  return outbox.changes.filter((c) => c.jurorId === jurorId).map((c) => c.seq);
}

/** Every local bundle and change of the juror is sent, and the server holds exactly those seqs, once. */
export async function expectExactlyOnce(
  page: Page,
  server: RunningServer,
  jurorId: string,
): Promise<LocalOutbox> {
  const outbox = await localOutbox(page);
  const mine = outbox.changes.filter((c) => c.jurorId === jurorId);
  expect(mine.map((c) => c.state)).toEqual(mine.map(() => 'sent'));
  expect(outbox.bundles.map((b) => b.state)).toEqual(outbox.bundles.map(() => 'sent'));
  const records = serverRecords(server);
  expect(records.seqs).toEqual(enrolledSeqs(outbox, jurorId));
  expect(records.bundles.map((b) => b.bundleId)).toEqual(outbox.bundles.map((b) => b.bundleId));
  return outbox;
}

/** Every local bundle as the upload sends it (its canonical JSON), in seq order. */
export async function localBundleBodies(page: Page): Promise<string[]> {
  const bundles = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('juri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('bundles').objectStore('bundles').getAll();
          read.onsuccess = () => {
            open.result.close();
            const rows: { fromSeq: number; bundle: unknown }[] = read.result;
            resolve(rows.sort((a, b) => a.fromSeq - b.fromSeq).map((r) => r.bundle));
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
  return bundles.map((bundle) => canonicalJson(bundle));
}

/** Every change on the tablet is sent, and the server holds each of them, whoever's, exactly once. */
export async function expectEveryChangeOnce(page: Page, server: RunningServer): Promise<LocalOutbox> {
  const outbox = await localOutbox(page);
  expect(outbox.changes.map((c) => c.state)).toEqual(outbox.changes.map(() => 'sent'));
  expect(outbox.bundles.map((b) => b.state)).toEqual(outbox.bundles.map(() => 'sent'));
  const records = serverRecords(server);
  expect(records.seqs).toEqual(outbox.changes.map((c) => c.seq).sort((a, b) => a - b));
  expect(records.bundles.map((b) => b.bundleId)).toEqual(outbox.bundles.map((b) => b.bundleId));
  return outbox;
}

/**
 * A revoked credential stops the uploads, keeps every score on the tablet and tells the juror in red.
 * A revoked device stays revoked, so with the panitia's new code the tablet enrolls under a new device
 * id, continues the revoked one's uploads, and every score reaches the server exactly once.
 */
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import Database from 'better-sqlite3';
import type { RunningServer } from './support/server.ts';
import {
  acceptPact,
  createEnrollmentCode,
  enrollThroughLink,
  expectAllSent,
  expectExactlyOnce,
  localOutbox,
  ORGANIZER_TOKEN,
  openSheet,
  scoreAll,
  serverRecords,
  serverSheets,
  startSyncServer,
  syncBadge,
} from './sync-support.ts';

test.use({ serviceWorkers: 'block' });

let server: RunningServer;

test.afterEach(async () => {
  await server.stop();
});

const deviceIdOf = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('juri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('meta').objectStore('meta').get('deviceId');
          read.onsuccess = () => {
            open.result.close();
            resolve(String(read.result?.value));
          };
        };
      }),
  );

/** Which device id each change the server holds came under, in seq order. */
function serverChangesByDevice(running: RunningServer): { deviceId: string; seq: number }[] {
  const db = new Database(join(running.dataDir, 'juri.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[], { deviceId: string; seq: number }>(
        'SELECT device_id AS deviceId, seq FROM changes ORDER BY seq, device_id',
      )
      .all();
  } finally {
    db.close();
  }
}

test('after the panitia revokes the tablet, scores stay on it; with a new code every score reaches the server once', async ({
  page,
}) => {
  server = await startSyncServer();
  await enrollThroughLink(page, server, 'j5');
  const { teamId, criteria } = await openSheet(page);
  await scoreAll(page, criteria.slice(0, 1), [6]);
  await expectAllSent(page);

  const revokedId = await deviceIdOf(page);
  const revoke = await fetch(`${server.url}/api/admin/devices/${revokedId}/revoke`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANIZER_TOKEN}` },
  });
  expect(revoke.status).toBe(200);

  await scoreAll(page, criteria.slice(1, 3), [7, 8]);
  await expect(syncBadge(page)).toHaveAttribute('data-state', 'action', { timeout: 20_000 });

  const outbox = await localOutbox(page);
  expect(outbox.problem).toBe('revoked');
  expect(outbox.changes.filter((c) => c.jurorId === 'j5').map((c) => c.state)).toEqual([
    'sent',
    'bundled',
    'bundled',
  ]);
  expect(serverRecords(server).seqs).toHaveLength(1);

  await syncBadge(page).click();
  await expect(page.getByTestId('sync-problem')).toContainText('Akses tablet ini sudah dicabut');
  await expect(page.getByTestId('sync-problem')).toContainText('Hubungi panitia untuk kode pendaftaran baru');

  // The panitia issues a new code; the form for it is already open on the juror's screen.
  const code = await createEnrollmentCode(server, 'j5');
  await page.getByLabel('Kode pendaftaran').fill(code);
  await page.getByRole('button', { name: 'Daftarkan', exact: true }).click();
  await acceptPact(page);
  await expectAllSent(page);

  const newId = await deviceIdOf(page);
  expect(newId).not.toBe(revokedId);
  await expectExactlyOnce(page, server, 'j5');
  expect(serverChangesByDevice(server)).toEqual([
    { deviceId: revokedId, seq: 1 },
    { deviceId: newId, seq: 2 },
    { deviceId: newId, seq: 3 },
  ]);
  const [sheet] = await serverSheets(server, 'j5');
  expect(sheet?.teamId).toBe(teamId);
  expect(sheet?.scores).toEqual({ [criteria[0] ?? '']: 6, [criteria[1] ?? '']: 7, [criteria[2] ?? '']: 8 });

  await page.goto(`${server.url}/enroll`);
  await expect(page.getByTestId('previous-ids')).toContainText(revokedId);
  await expect(page.getByTestId('sync-continued')).toContainText(revokedId);
});

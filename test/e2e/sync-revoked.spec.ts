/** A revoked credential stops the uploads, keeps every score on the tablet and tells the juror in red. */
import { expect, test } from '@playwright/test';
import type { RunningServer } from './support/server.ts';
import {
  enrollThroughLink,
  expectAllSent,
  localOutbox,
  ORGANIZER_TOKEN,
  openSheet,
  scoreAll,
  serverRecords,
  startSyncServer,
  syncBadge,
} from './sync-support.ts';

test.use({ serviceWorkers: 'block' });

let server: RunningServer;

test.afterEach(async () => {
  await server.stop();
});

test('after the panitia revokes the tablet, scores stay on it and the juror is told what to do', async ({
  page,
}) => {
  server = await startSyncServer();
  await enrollThroughLink(page, server, 'j5');
  const { criteria } = await openSheet(page);
  await scoreAll(page, criteria.slice(0, 1), [6]);
  await expectAllSent(page);

  const deviceId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('juri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('meta').objectStore('meta').get('deviceId');
          read.onsuccess = () => resolve(String(read.result?.value));
        };
      }),
  );
  const revoke = await fetch(`${server.url}/api/admin/devices/${deviceId}/revoke`, {
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
  await expect(page.getByTestId('sync-problem')).toContainText('Hubungi panitia');
});

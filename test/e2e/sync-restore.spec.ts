/**
 * The organizer restores the server from a backup taken earlier in the day: the server now expects a
 * lower seq than the tablet has sent. The tablet sends again, byte for byte, what the server lost,
 * and the server ends up holding every score exactly once — without the juror doing anything.
 */
import { expect, test } from '@playwright/test';
import { backupDatabase, restoreDatabase } from './support/backup.ts';
import { type RunningServer, startServer } from './support/server.ts';
import {
  enrollThroughLink,
  expectAllSent,
  expectExactlyOnce,
  localBundleBodies,
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

test('a server restored from a backup gets back, byte for byte, what the tablet had sent', async ({
  page,
}) => {
  test.setTimeout(120_000);
  server = await startSyncServer();
  await enrollThroughLink(page, server, 'j1');
  const { teamId, criteria } = await openSheet(page);
  await scoreAll(page, criteria.slice(0, 2), [8, 7]);
  await expectAllSent(page);
  const backup = await backupDatabase(server.dataDir);

  await scoreAll(page, criteria.slice(2, 4), [6, 5]);
  await expectAllSent(page);
  const sent = serverRecords(server).seqs;
  expect(sent).toHaveLength(4);

  // The organizer restores the earlier backup; the server restarts on it.
  await server.stop();
  restoreDatabase(server.dataDir, backup);
  server = await startServer({ port: server.port, dataDir: server.dataDir, env: { ORGANIZER_TOKEN } });
  expect(serverRecords(server).seqs).toEqual(sent.slice(0, 2));

  await scoreAll(page, criteria.slice(4), [9]);
  await expectAllSent(page);
  await expect(syncBadge(page)).toHaveText(/Semua nilai terkirim/);

  await expectExactlyOnce(page, server, 'j1');
  expect(serverRecords(server).bundles.map((b) => b.body)).toEqual(await localBundleBodies(page));
  expect(await serverSheets(server, 'j1')).toEqual([
    { jurorId: 'j1', teamId, scores: Object.fromEntries(criteria.map((id, i) => [id, [8, 7, 6, 5, 9][i]])) },
  ]);
});

/**
 * The tablet scores through outages and the server ends up with exactly those scores: scoring with
 * the network off, and the server killed (SIGKILL) while a bundle is in flight, then restarted.
 */
import { expect, test } from '@playwright/test';
import { type RunningServer, startServer } from './support/server.ts';
import {
  enrollThroughLink,
  expectAllSent,
  expectExactlyOnce,
  localOutbox,
  ORGANIZER_TOKEN,
  openSheet,
  scoreAll,
  serverSheets,
  startSyncServer,
  syncBadge,
} from './sync-support.ts';

// page.route must see every upload; a service worker would hide them from it.
test.use({ serviceWorkers: 'block' });

let server: RunningServer;

test.afterEach(async () => {
  await server.stop();
});

test('scores made offline reach the server exactly once when the tablet comes back online', async ({
  page,
  context,
}) => {
  server = await startSyncServer();
  await enrollThroughLink(page, server, 'j2');
  const { teamId, criteria } = await openSheet(page);
  await expectAllSent(page);

  await context.setOffline(true);
  const values = [7, 8, 6, 9, 5];
  await scoreAll(page, criteria, values);

  // Offline is normal: calm grey, and the count of what waits.
  await expect(syncBadge(page)).toHaveAttribute('data-state', 'offline');
  await expect(syncBadge(page)).toHaveText(/Tersimpan di tablet · 5 perubahan akan dikirim saat online/);
  expect(await serverSheets(server, 'j2')).toEqual([]);

  await context.setOffline(false);
  await expectAllSent(page);
  await expect(syncBadge(page)).toHaveText(/Semua nilai terkirim/);

  const expected = Object.fromEntries(criteria.map((id, i) => [id, values[i]]));
  expect(await serverSheets(server, 'j2')).toEqual([{ jurorId: 'j2', teamId, scores: expected }]);
  const outbox = await expectExactlyOnce(page, server, 'j2');
  expect(outbox.changes.filter((c) => c.jurorId === 'j2')).toHaveLength(5);
});

test('a server killed in the middle of a sync and restarted on the same data loses nothing and doubles nothing', async ({
  page,
}) => {
  server = await startSyncServer();
  await enrollThroughLink(page, server, 'j3');
  const { teamId, criteria } = await openSheet(page);
  await scoreAll(page, criteria.slice(0, 2), [4, 5]);
  await expectAllSent(page);

  // The next upload reaches the server and commits; the server dies (SIGKILL) before its reply leaves.
  let seen = 0;
  const killed = new Promise<void>((done) => {
    void page.route('**/api/bundles', async (route) => {
      if (seen++ > 0) return route.continue();
      await route.fetch();
      await server.stop('SIGKILL');
      await route.abort('connectionreset');
      done();
    });
  });
  await scoreAll(page, criteria.slice(2, 4), [6, 7]);
  await killed;
  // The juror keeps scoring while the server is down.
  await scoreAll(page, criteria.slice(4), [8]);

  // Keeps everything and waits calmly while the server is down.
  await expect(syncBadge(page)).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
  const during = await localOutbox(page);
  expect(during.changes.filter((c) => c.jurorId === 'j3')).toHaveLength(5);

  server = await startServer({ port: server.port, dataDir: server.dataDir, env: { ORGANIZER_TOKEN } });
  await expectAllSent(page);

  expect(await serverSheets(server, 'j3')).toEqual([
    { jurorId: 'j3', teamId, scores: Object.fromEntries(criteria.map((id, i) => [id, [4, 5, 6, 7, 8][i]])) },
  ]);
  await expectExactlyOnce(page, server, 'j3');
});

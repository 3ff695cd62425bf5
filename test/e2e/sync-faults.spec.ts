/**
 * What venues do to uploads: a 500, a captive portal's 200 HTML page, a server that hangs past the
 * timeout, a reply lost after the server committed. Each time the tablet keeps the bundle, retries,
 * and the server ends up holding exactly one copy.
 */
import { expect, type Route, test } from '@playwright/test';
import type { RunningServer } from './support/server.ts';
import {
  enrollThroughLink,
  expectAllSent,
  expectExactlyOnce,
  type LocalOutbox,
  localOutbox,
  openSheet,
  scoreAll,
  serverRecords,
  startSyncServer,
  syncBadge,
} from './sync-support.ts';

test.use({ serviceWorkers: 'block' });

let server: RunningServer;

test.beforeEach(async () => {
  server = await startSyncServer();
});

test.afterEach(async () => {
  await server.stop();
});

const FAULTS: { name: string; problem: string; answer: (route: Route) => Promise<void> }[] = [
  {
    name: 'answers 500',
    problem: 'server_error',
    answer: (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"error":{"code":"internal","message":"boom"}}',
      }),
  },
  {
    name: "answers a captive portal's 200 HTML",
    problem: 'not_json',
    answer: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<html><body>Selamat datang di Wi-Fi hotel. Silakan login.</body></html>',
      }),
  },
  {
    name: 'hangs past the timeout',
    problem: 'timeout',
    // Never answered: the tablet must give up on its own (AbortController) and try again later.
    answer: async () => {},
  },
];

for (const fault of FAULTS) {
  test(`the server ${fault.name}: the tablet keeps the bundle and retries`, async ({ page }) => {
    test.setTimeout(90_000);
    await enrollThroughLink(page, server, 'j1');
    const { criteria } = await openSheet(page);

    // The retry itself is the moment to look: the tablet has recorded the failure and kept the bundle.
    let requests = 0;
    let atRetry: LocalOutbox | undefined;
    await page.route('**/api/bundles', async (route) => {
      requests++;
      if (requests === 1) return fault.answer(route);
      if (requests === 2) atRetry = await localOutbox(page);
      await route.continue();
    });
    await scoreAll(page, criteria.slice(0, 3), [8, 8, 7]);

    await expectAllSent(page);
    expect(atRetry?.problem).toBe(fault.problem);
    expect(atRetry?.bundles[0]).toMatchObject({ state: 'pending', attempts: 1 });
    const firstBundle = atRetry?.bundles[0]?.bundleId;
    const inFirst = atRetry?.changes.filter((c) => c.bundleId === firstBundle) ?? [];
    expect(inFirst.length).toBeGreaterThan(0);
    expect(inFirst.map((c) => c.state)).toEqual(inFirst.map(() => 'bundled'));

    const outbox = await expectExactlyOnce(page, server, 'j1');
    expect(outbox.changes.filter((c) => c.jurorId === 'j1')).toHaveLength(3);
    expect(outbox.bundles[0]).toMatchObject({ bundleId: firstBundle, attempts: 2 });
  });
}

test('the reply is lost after the server committed: the resend gets the original receipt, the server holds one copy', async ({
  page,
}) => {
  await enrollThroughLink(page, server, 'j4');
  const { criteria } = await openSheet(page);

  const statuses: number[] = [];
  await page.route('**/api/bundles', async (route) => {
    const response = await route.fetch();
    statuses.push(response.status());
    if (statuses.length === 1) await route.abort('connectionreset');
    else await route.fulfill({ response });
  });
  await scoreAll(page, criteria, [9, 9, 8, 8, 7]);

  await expectAllSent(page);
  await expect(syncBadge(page)).toHaveText(/Semua nilai terkirim/);
  const outbox = await expectExactlyOnce(page, server, 'j4');

  // The first request was committed (201) though the tablet never saw it; the resend got 200.
  expect(statuses.slice(0, 2)).toEqual([201, 200]);
  const records = serverRecords(server);
  expect(records.bundles[0]?.bundleId).toBe(outbox.bundles[0]?.bundleId);
  expect(JSON.parse(records.bundles[0]?.receipt ?? '{}').receivedAt).toBe(
    outbox.bundles[0]?.receipt?.receivedAt,
  );
});

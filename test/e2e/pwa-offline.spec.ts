/**
 * After one online visit the tablet works with no network at all: the browser is offline AND the
 * server is stopped, and the app still starts, shows the schedule, and keeps a score across reloads.
 */
import { expect, test } from '@playwright/test';
import {
  criterionIds,
  enterDemoAsJuror,
  openFirstSheet,
  SCHEDULE_ROW,
  scoreCriterion,
  waitForServiceWorkerControl,
} from './pwa-flow.ts';
import { type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;

test.beforeEach(async () => {
  server = await startServer();
});

test.afterEach(async () => {
  await server.stop();
});

test('starts, shows the schedule and keeps a score with no network and no server', async ({
  page,
  context,
}) => {
  await page.goto(server.url);
  await enterDemoAsJuror(page);
  await waitForServiceWorkerControl(page);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'online');

  await server.stop();
  await context.setOffline(true);
  await page.reload();

  await expect(page.locator(SCHEDULE_ROW).first()).toBeVisible();
  // The probe cannot reach the server: the badge says so, calmly.
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline');
  await expect(page.getByTestId('connection-status')).toContainText('nilai tetap tersimpan di tablet');

  // The score sheet is a lazily loaded chunk: it must come from the precache too.
  const teamId = await openFirstSheet(page);
  const [first] = await criterionIds(page);
  if (!first) throw new Error('sheet without criteria');
  await scoreCriterion(page, first, 7);

  await page.reload();
  expect(new URL(page.url()).pathname).toBe(`/nilai/${teamId}`);
  await expect(page.locator(`[data-criterion-id="${first}"] [data-score-value="7"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto(server.url);
  await expect(page.locator(`${SCHEDULE_ROW}[data-team-id="${teamId}"]`)).toBeVisible();
});

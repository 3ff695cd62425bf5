/**
 * Chromium gets the app brotli-compressed from the real server, and the service worker installs from
 * those answers: its precache (originals' URLs, decoded bodies) still starts the app with no server.
 */
import { expect, type Response, test } from '@playwright/test';
import { enterDemoAsJuror, SCHEDULE_ROW, waitForServiceWorkerControl } from './pwa-flow.ts';
import { type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;

test.beforeEach(async () => {
  server = await startServer();
});

test.afterEach(async () => {
  await server.stop();
});

test('loads the app compressed, and the worker precaches it for a start with no server', async ({
  page,
  context,
}) => {
  const answers: Response[] = [];
  page.on('response', (response) => answers.push(response));
  await page.goto(server.url);

  const script = answers.find((r) => /\/assets\/index-[\w-]+\.js$/.test(r.url()));
  expect(script, 'the entry script was requested').toBeDefined();
  expect(await script?.headerValue('content-encoding')).toBe('br');
  expect(await script?.headerValue('vary')).toContain('Accept-Encoding');
  const html = answers.find((r) => new URL(r.url()).pathname === '/');
  expect(await html?.headerValue('content-encoding')).toBe('br');

  await enterDemoAsJuror(page);
  await waitForServiceWorkerControl(page);
  const sw = await context.request.get(`${server.url}/sw.js`, { headers: { 'Accept-Encoding': 'br' } });
  expect(sw.headers()['content-encoding']).toBe('br');
  expect(await sw.text()).toContain('precacheAndRoute');

  await server.stop();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator(SCHEDULE_ROW).first()).toBeVisible();
});

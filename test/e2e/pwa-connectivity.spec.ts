/**
 * The connection badge believes only the Juri server: a hotel captive portal that answers every
 * request with its HTML login page (status 200) is not "online".
 */
import { expect, test } from '@playwright/test';
import { type RunningServer, startServer } from './support/server.ts';

// Requests a service worker passes through are invisible to page.route(); this spec tests the probe.
test.use({ serviceWorkers: 'block' });

let server: RunningServer;

test.beforeEach(async () => {
  server = await startServer();
});

test.afterEach(async () => {
  await server.stop();
});

test("a captive portal's login page counts as offline; the real server as online", async ({ page }) => {
  await page.route('**/api/health', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<html><body><form>Login Wi-Fi Hotel</form></body></html>',
    }),
  );
  await page.goto(`${server.url}/status`);
  const badge = page.locator('.app-bar').getByTestId('connection-status');
  await expect(badge).toHaveAttribute('data-state', 'offline');
  // The bar shows the word; screen readers (and /status) get the whole sentence.
  await expect(badge.locator('.pill-text')).toHaveText('Offline');
  await expect(badge).toContainText('Offline — nilai tetap tersimpan di tablet');

  await page.unroute('**/api/health');
  await page.getByRole('button', { name: 'Periksa sekarang' }).click();
  await expect(badge).toHaveAttribute('data-state', 'online');
  await expect(badge.locator('.pill-text')).toHaveText('Online');
});

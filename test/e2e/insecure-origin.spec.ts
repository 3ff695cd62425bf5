/**
 * A printed enrollment link with an http:// LAN address: the page is not a secure context, so
 * WebCrypto is missing and the tablet could never send a score. The enrollment page says so in plain
 * words and does not spend the code; the same code then works at a secure address. Chromium treats
 * http://127.0.0.1 as secure, so the server is reached through another name mapped to it.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import config from '../../playwright.config.ts';
import type { RunningServer } from './support/server.ts';
import { acceptPact, createEnrollmentCode, startSyncServer } from './sync-support.ts';

const LAN_NAME = 'juri-lan.test';
const launchOptions = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), `--host-resolver-rules=MAP ${LAN_NAME} 127.0.0.1`],
  },
});

let server: RunningServer;

test.afterEach(async () => {
  await server.stop();
});

function codeUsedAt(code: string): string | null {
  const db = new Database(join(server.dataDir, 'juri.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (
      db
        .prepare<[string], { usedAt: string | null }>(
          'SELECT used_at AS usedAt FROM enrollment_codes WHERE code = ?',
        )
        .get(code)?.usedAt ?? null
    );
  } finally {
    db.close();
  }
}

test('an http:// LAN link explains what to do and leaves the code unused', async ({ page }) => {
  server = await startSyncServer();
  const code = await createEnrollmentCode(server, 'j1');
  const enrollRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/enroll')) enrollRequests.push(request.url());
  });

  await page.goto(`http://${LAN_NAME}:${server.port}/enroll?code=${code}`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  const notice = page.getByTestId('insecure-notice');
  await expect(notice).toContainText('Alamat ini tidak aman untuk pendaftaran');
  await expect(notice).toContainText(`http://${LAN_NAME}:${server.port}`);
  await expect(notice).toContainText('alamat HTTPS Juri');
  await expect(page.getByRole('button', { name: 'Ya, daftarkan' })).toHaveCount(0);
  expect(enrollRequests).toEqual([]);
  expect(codeUsedAt(code)).toBeNull();

  // The same code, at an address the browser trusts, enrolls the tablet.
  await page.goto(`${server.url}/enroll?code=${code}`);
  await page.getByRole('button', { name: 'Ya, daftarkan' }).click();
  await acceptPact(page);
  expect(codeUsedAt(code)).not.toBeNull();
});

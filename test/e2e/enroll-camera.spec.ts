/**
 * A fresh tablet's first screen is enrollment, and the juror enrolls by holding the enrollment card
 * up to the camera: Chromium's fake camera plays a video made in this test from the card's QR code
 * (the very link the server issued). Desktop Linux Chromium has no BarcodeDetector, so this reads the
 * code with the lazily loaded jsQR fallback.
 */
import { expect, test } from '@playwright/test';
import { SCHEDULE_ROW } from './pwa-flow.ts';
import { launchWithFakeCamera } from './support/fake-camera.ts';
import { qrCodeVideo } from './support/qr-video.ts';
import type { RunningServer } from './support/server.ts';
import { EVENT_ID, ORGANIZER_TOKEN, startSyncServer } from './sync-support.ts';

let server: RunningServer;

test.beforeEach(async () => {
  server = await startSyncServer();
});

test.afterEach(async () => {
  await server.stop();
});

async function issueEnrollment(jurorId: string): Promise<{ code: string; url: string }> {
  const res = await fetch(`${server.url}/api/admin/enrollments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANIZER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ jurorId, eventId: EVENT_ID }),
  });
  expect(res.status).toBe(201);
  return res.json();
}

test('a fresh tablet opens on enrollment and enrolls from the card held up to the camera', async () => {
  const card = await issueEnrollment('j3');
  expect(card.url).toContain(`/enroll?code=${card.code}`);
  const video = await qrCodeVideo(card.url);

  const browser = await launchWithFakeCamera(video);
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    await context.grantPermissions(['camera'], { origin: server.url });
    const page = await context.newPage();
    await page.goto(server.url);

    // The first screen: enrollment, no juror names to pick.
    await expect(page.getByRole('heading', { level: 1, name: 'Daftarkan tablet' })).toBeVisible();
    await expect(page.locator('[data-juror-id]')).toHaveCount(0);
    expect(await page.evaluate(() => 'BarcodeDetector' in globalThis)).toBe(false);

    await page.getByRole('button', { name: 'Pindai kode QR' }).click();
    const formatted = `${card.code.slice(0, 4)}-${card.code.slice(4)}`;
    await expect(page.getByText(`Daftarkan tablet ini dengan kode ${formatted}?`)).toBeVisible({
      timeout: 20_000,
    });
    // The camera is released once the code is read.
    await expect(page.getByTestId('qr-scanner')).toHaveCount(0);
    const decoderChunks = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /jsQR/i.test(name)),
    );
    expect(decoderChunks.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Ya, daftarkan' }).click();
    await page.locator('.pact-card input[type="checkbox"]').check();
    await page.locator('.pact-card button[type="submit"]').click();
    await page.locator(SCHEDULE_ROW).first().waitFor();
    await expect(page.getByTestId('practice-band')).toHaveCount(0);
    await expect(page.locator('.schedule-juror')).toContainText('Yuliana Puspitasari');
    await context.close();
  } finally {
    await browser.close();
  }
});

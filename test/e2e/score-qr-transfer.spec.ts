/**
 * The zero-network transfer end to end in Chromium: a tablet whose uploads never get through shows
 * its unsent bundles as QR codes; each code is screenshot as the tablet draws it, and the frames are
 * played to the organizer's Chromium through its fake camera — out of order, one of them twice, with
 * an unreadable moment — until the console has read them all, rebuilt the score file and imported it.
 * Desktop Linux Chromium has no BarcodeDetector, so this reads with the lazily loaded jsQR.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  blockUploads,
  cameraVideo,
  openConsoleScoreFiles,
  scoreTeams,
  screenshotFrames,
} from './score-files-support.ts';
import { launchWithFakeCamera } from './support/fake-camera.ts';
import type { RunningServer } from './support/server.ts';
import { enrollThroughLink, localOutbox, serverSheets, startSyncServer } from './sync-support.ts';

test.use({ serviceWorkers: 'block' });
test.setTimeout(180_000);

let server: RunningServer;
test.beforeEach(async () => {
  server = await startSyncServer();
});
test.afterEach(async () => {
  await server.stop();
});

test('the organizer’s camera reads the tablet’s QR codes in any order and imports its unsent scores', async ({
  page,
}) => {
  await enrollThroughLink(page, server, 'j4');
  await blockUploads(page);
  await scoreTeams(page, 6);
  const unsent = (await localOutbox(page)).changes.filter((c) => c.state !== 'sent').length;
  expect(unsent).toBe(36);

  await page.goto(`${server.url}/ekspor`);
  await page.getByRole('button', { name: 'Tampilkan kode QR' }).click();
  await expect(page.getByTestId('transfer-qr')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('tablet-qr-1280.png') });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath('tablet-qr-1366.png') });
  const frames = await screenshotFrames(page, await mkdtemp(join(tmpdir(), 'juri-qr-frames-')));
  expect(frames.length).toBeGreaterThan(1);

  // What a camera held up to the tablet catches: the codes out of order, one twice, a blurred moment.
  const [first, ...rest] = frames;
  const video = await cameraVideo([...rest.toReversed(), null, rest[0] ?? null, first ?? null]);

  const organizerBrowser = await launchWithFakeCamera(video);
  try {
    const context = await organizerBrowser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
    });
    await context.grantPermissions(['camera'], { origin: server.url });
    const organizer = await context.newPage();
    await openConsoleScoreFiles(organizer, server);
    await organizer.getByRole('button', { name: 'Pindai kode QR dari tablet' }).click();
    const progress = organizer.getByTestId('scan-progress');
    await expect(progress).toHaveText(new RegExp(`^\\d+ dari ${frames.length} kode terbaca$`), {
      timeout: 30_000,
    });
    await organizer.screenshot({ path: test.info().outputPath('console-scanning.png') });

    const report = organizer.locator('[data-testid="score-reports"] li').first();
    await expect(report).toHaveAttribute('data-outcome', 'accepted', { timeout: 60_000 });
    await expect(report).toContainText(/^kode-qr-[0-9A-F]{8}\.juri — Diterima/);
    await expect(report).toContainText('36 perubahan');
    // The camera is released once the transfer is read.
    await expect(organizer.getByTestId('transfer-scanner')).toHaveCount(0);
    await organizer.screenshot({ path: test.info().outputPath('console-after-scan.png') });
    await context.close();
  } finally {
    await organizerBrowser.close();
  }
  const sheets = await serverSheets(server, 'j4');
  expect(sheets).toHaveLength(6);
  expect(sheets.every((sheet) => Object.keys(sheet.scores).length === 5)).toBe(true);
});

/**
 * Steps the score-file specs share: a tablet whose uploads never get through (the venue's Wi-Fi
 * reaches nothing), several teams scored with notes, the organizer console opened on its Berkas nilai
 * tab, and the QR frames the tablet shows, screenshot by screenshot, turned into a camera video.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';
import { criterionIds, SCHEDULE_ROW, scoreCriterion } from './pwa-flow.ts';
import type { RunningServer } from './support/server.ts';
import { EVENT_ID, ORGANIZER_TOKEN } from './sync-support.ts';

const run = promisify(execFile);
const FFMPEG = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg';

/** Every upload fails as if the network dropped it; the rest of the app works. */
export async function blockUploads(page: Page): Promise<void> {
  await page.route('**/api/bundles', (route) => route.abort('internetdisconnected'));
}

/** Scores the first `teams` teams of the schedule on every criterion, with a note on the first. */
export async function scoreTeams(page: Page, teams: number): Promise<void> {
  for (let i = 0; i < teams; i++) {
    await page.goto(new URL('/', page.url()).href);
    const row = page.locator(SCHEDULE_ROW).nth(i);
    await row.click();
    await page.locator('[data-criterion-id]').first().waitFor();
    const criteria = await criterionIds(page);
    for (const [c, id] of criteria.entries()) await scoreCriterion(page, id, 5 + ((i + c) % 5));
    const first = criteria[0] ?? '';
    await page
      .locator(`[data-criterion-id="${first}"]`)
      .getByRole('button', { name: /^Catatan/ })
      .click();
    const note = page.getByLabel(/^Catatan untuk/);
    await note.fill(`Catatan juri untuk peserta ${i + 1}: dampak sudah terukur.`);
    await note.blur();
    await expect(page.getByTestId('save-state')).toContainText('Tersimpan');
  }
}

export async function openConsoleScoreFiles(page: Page, server: RunningServer): Promise<void> {
  await page.goto(`${server.url}/panitia/acara/${EVENT_ID}/berkas#token=${ORGANIZER_TOKEN}`);
  await expect(page.getByRole('heading', { name: 'Impor berkas nilai' })).toBeVisible();
}

/** The report line of one imported file. */
export const reportOf = (page: Page, fileName: string) =>
  page.locator(`[data-testid="score-reports"] li[data-file="${fileName}"]`);

/** Steps through the tablet's QR codes (paused), screenshotting each; returns the PNG files. */
export async function screenshotFrames(page: Page, dir: string): Promise<string[]> {
  const counter = page.locator('.transfer-qr-counter');
  await page.getByRole('button', { name: 'Jeda' }).click();
  const count = Number(await counter.getAttribute('data-count'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const number = Number(await counter.getAttribute('data-frame'));
    const file = join(dir, `frame-${number}.png`);
    await page.getByTestId('transfer-qr-code').screenshot({ path: file });
    files.push(file);
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await expect(counter).toHaveAttribute('data-frame', String((number % count) + 1));
  }
  return files;
}

/**
 * A camera's view of the tablet: the frames in the order given (repeats and `null` — a blurred,
 * unreadable moment — allowed), each held `seconds`, framed in 640×480, as a .y4m Chromium loops.
 */
export async function cameraVideo(frames: (string | null)[], seconds = 0.6): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'juri-qr-camera-'));
  const blank = join(dir, 'blank.pgm');
  await writeFile(blank, Buffer.concat([Buffer.from('P5\n64 64\n255\n'), Buffer.alloc(64 * 64, 200)]));
  const list = frames.flatMap((frame) => [`file '${frame ?? blank}'`, `duration ${seconds}`]);
  // The concat demuxer takes the last file's duration only when it is listed once more.
  list.push(`file '${frames.at(-1) ?? blank}'`);
  const listFile = join(dir, 'frames.txt');
  await writeFile(listFile, `${list.join('\n')}\n`);
  const video = join(dir, 'camera.y4m');
  await run(FFMPEG, [
    '-y',
    '-loglevel',
    'error',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    listFile,
    '-vf',
    'scale=460:460:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2:white,format=yuv420p',
    '-r',
    '10',
    video,
  ]);
  return video;
}

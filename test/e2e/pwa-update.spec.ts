/**
 * A new version is deployed while a juror is scoring. The running tab must keep working and must not
 * reload; the banner waits until the sheet is closed; the juror's tap loads the new build, and every
 * score is still there.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import {
  criterionIds,
  enterDemoAsJuror,
  openFirstSheet,
  SCHEDULE_ROW,
  scoreCriterion,
  waitForServiceWorkerControl,
} from './pwa-flow.ts';
import { type RunningServer, startServer } from './support/server.ts';

const BUILD_A = 'e2e-build-a';
const BUILD_B = 'e2e-build-b';

let workDir: string;
let buildA: string;
let buildB: string;
let deployDir: string;
let server: RunningServer;

function build(outDir: string, buildId: string): void {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      env: { ...process.env, BUILD_ID: buildId },
      stdio: 'inherit',
    },
  );
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  workDir = mkdtempSync(join(tmpdir(), 'juri-pwa-update-'));
  buildA = join(workDir, 'a');
  buildB = join(workDir, 'b');
  deployDir = join(workDir, 'deployed');
  build(buildA, BUILD_A);
  build(buildB, BUILD_B);
});

test.afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test.beforeEach(async () => {
  rmSync(deployDir, { recursive: true, force: true });
  cpSync(buildA, deployDir, { recursive: true });
  server = await startServer({ distDir: deployDir });
});

test.afterEach(async () => {
  await server.stop();
});

/** Like a real deploy: the new files land over the old ones; old hashed assets stay. */
function deployBuildB(): void {
  cpSync(buildB, deployDir, { recursive: true, force: true });
}

async function shownBuildId(page: Page): Promise<string | null> {
  await page.locator('.app-bar nav a[href="/status"]').click();
  return page.getByTestId('build-id').textContent();
}

test('a deploy during scoring waits for the closed sheet and the juror tap, and keeps every score', async ({
  page,
}) => {
  await page.goto(server.url);
  await enterDemoAsJuror(page);
  await waitForServiceWorkerControl(page);
  expect(await shownBuildId(page)).toBe(BUILD_A);
  await page.locator('.app-bar nav a[href="/"]').click();

  const teamId = await openFirstSheet(page);
  const ids = await criterionIds(page);
  expect(ids.length).toBeGreaterThanOrEqual(3);
  const scored = ids.slice(0, 3).map((id, i) => ({ id, value: 6 + i }));
  for (const { id, value } of scored) await scoreCriterion(page, id, value);
  const comment = page.locator('.comment-field textarea');
  await comment.fill('Inovasi layanan drive-thru, perlu data dampak.');
  // A page reload would drop this mark: it proves the tab was never reloaded under the juror.
  await page.evaluate(() => Object.assign(window, { __notReloaded: true }));

  deployBuildB();
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });

  const banner = page.getByTestId('update-banner');
  await expect(banner).toContainText('Versi baru Juri tersedia');
  await expect(banner).toContainText('Tutup lembar penilaian dulu');
  await expect(page.getByTestId('update-apply')).toBeDisabled();
  expect(await page.evaluate(() => '__notReloaded' in window)).toBe(true);
  await expect(comment).toHaveValue('Inovasi layanan drive-thru, perlu data dampak.');
  for (const { id, value } of scored) {
    await expect(page.locator(`[data-criterion-id="${id}"] [data-score-value="${value}"]`)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }

  // The running old version still opens lazily loaded screens after the deploy.
  await page.locator('.app-bar nav a[href="/rekap"]').click();
  await expect(page.locator(`tr[data-team-id="${teamId}"]`)).toBeVisible();
  expect(await page.evaluate(() => '__notReloaded' in window)).toBe(true);

  // The sheet is closed now: the update may be applied, and only the juror's tap applies it.
  await expect(page.getByTestId('update-apply')).toBeEnabled();
  await Promise.all([page.waitForEvent('load'), page.getByTestId('update-apply').click()]);
  expect(await page.evaluate(() => '__notReloaded' in window)).toBe(false);
  expect(await shownBuildId(page)).toBe(BUILD_B);
  await expect(page.getByTestId('update-banner')).toHaveCount(0);

  await page.locator('.app-bar nav a[href="/"]').click();
  await page.locator(`${SCHEDULE_ROW}[data-team-id="${teamId}"]`).click();
  for (const { id, value } of scored) {
    await expect(page.locator(`[data-criterion-id="${id}"] [data-score-value="${value}"]`)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }
  await expect(page.locator('.comment-field textarea')).toHaveValue(
    'Inovasi layanan drive-thru, perlu data dampak.',
  );
});

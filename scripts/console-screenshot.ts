/**
 * `npx tsx scripts/console-screenshot.ts [OUT] [RESULTS_OUT]` (after `npm run build`): the README's
 * pictures of the console (the progress grid, then the ranking page). Starts the real server on a temporary data directory with the demo event, enrolls the five
 * demo jurors' tablets through the API, uploads signed score bundles as their tablets would (some
 * final, some draft), and photographs the live progress grid at 1366×768 in Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '#server/start.ts';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import { enrollDemoTablet, launchChromium, sendFirstBundle } from './demo-tablets.ts';

const OUT = resolve(process.argv[2] ?? 'docs/console.png');
const RESULTS_OUT = resolve(process.argv[3] ?? 'docs/results.png');
const TOKEN = 'screenshot-organizer-token';
const dataDir = mkdtempSync(join(tmpdir(), 'juri-shot-'));
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  distDir: resolve('dist'),
  seedPackage: DEMO_EVENT,
  organizerToken: TOKEN,
});
const at = (minute: number) => new Date(Date.UTC(2021, 2, 16, 1, minute)).toISOString();

try {
  // Jurors got through the morning at different paces; one declared a conflict of interest.
  const paces = [9, 8, 8, 6, 7];
  for (const [index, enrollment] of server.enrollments.entries()) {
    const tablet = await enrollDemoTablet(server.url, enrollment.code, `tablet-juri-${index + 1}`);
    const changes: ChangeEntry[] = [];
    const teams = DEMO_EVENT.teams.slice(0, paces[index] ?? 5);
    for (const [t, team] of teams.entries()) {
      const base = {
        eventId: DEMO_EVENT.event.id,
        jurorId: tablet.juror.id,
        teamId: team.id,
        at: at(t * 20 + index),
      };
      if (index === 2 && t === 3) {
        changes.push({
          ...base,
          seq: changes.length + 1,
          kind: 'status',
          criterionId: null,
          oldValue: 'draft',
          newValue: 'coi',
          reason: 'Pernah membina unit ini',
        });
        continue;
      }
      for (const criterion of DEMO_EVENT.rubric.criteria)
        changes.push({
          ...base,
          seq: changes.length + 1,
          kind: 'score',
          criterionId: criterion.id,
          oldValue: null,
          newValue: 5 + ((t + index) % 5),
        });
      if (t < teams.length - 1)
        changes.push({
          ...base,
          seq: changes.length + 1,
          kind: 'status',
          criterionId: null,
          oldValue: 'draft',
          newValue: 'final',
        });
    }
    await sendFirstBundle(server.url, tablet, {
      bundleId: `shot-bundle-${index + 1}`,
      eventId: DEMO_EVENT.event.id,
      createdAt: at(200),
      changes,
    });
  }
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  await page.goto(`${server.url}/panitia/acara/${DEMO_EVENT.event.id}/kemajuan#token=${TOKEN}`);
  await page.locator('[data-testid="progress"] td[data-status="final"]').first().waitFor();
  await page.screenshot({ path: OUT });
  await page.goto(`${server.url}/panitia/acara/${DEMO_EVENT.event.id}/peringkat`);
  await page.locator('table').first().waitFor();
  await page.screenshot({ path: RESULTS_OUT });
  await browser.close();
  console.log(`wrote ${OUT} and ${RESULTS_OUT}`);
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

/**
 * `npx tsx scripts/berita-acara-pdf.ts [--draft] [OUT_DIR]` (after `npm run build`): the README's
 * pictures of the berita acara. Starts the real server on a temporary data directory with the demo
 * event and its berita acara settings, uploads signed bundles for the five demo jurors as their tablets
 * would (every sheet final, one conflict of interest, one edit after finalising; with --draft some
 * sheets are left open), prints the console's berita acara page to PDF in Chromium and renders its
 * first and last pages with pdftoppm: OUT_DIR/berita-acara[-draf]-1.png and …-last.png (default docs/).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '#server/start.ts';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import { DEMO_MINUTES } from '#shared/demo/kipp-malang-2021-minutes.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import { enrollDemoTablet, launchChromium, sendFirstBundle } from './demo-tablets.ts';

const draft = process.argv.includes('--draft');
const outDir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'docs');
mkdirSync(outDir, { recursive: true });
const name = draft ? 'berita-acara-draf' : 'berita-acara';
const TOKEN = 'berita-acara-organizer-token';
const dataDir = mkdtempSync(join(tmpdir(), 'juri-ba-'));
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  distDir: resolve('dist'),
  seedPackage: DEMO_EVENT,
  seedMinutes: DEMO_MINUTES,
  organizerToken: TOKEN,
});
const at = (day: number, minute: number) => new Date(Date.UTC(2021, 2, 16 + day, 1, minute)).toISOString();
const teams = DEMO_EVENT.teams;

/** A spread of plausible scores, 4–10, fixed by team, juror and criterion (a small integer hash). */
function score(t: number, j: number, c: number): number {
  const h = Math.imul(t + 1, 2654435761) ^ Math.imul(j + 7, 40503) ^ Math.imul(c + 3, 9973);
  return 4 + ((h >>> 7) % 7);
}

try {
  for (const [j, enrollment] of server.enrollments.entries()) {
    const tablet = await enrollDemoTablet(server.url, enrollment.code, `tablet-juri-${j + 1}`);
    const changes: ChangeEntry[] = [];
    const push = (change: Omit<ChangeEntry, 'seq'>) => changes.push({ ...change, seq: changes.length + 1 });
    for (const [t, team] of teams.entries()) {
      const day = t < 23 ? 0 : 1;
      const base = {
        eventId: DEMO_EVENT.event.id,
        jurorId: tablet.juror.id,
        teamId: team.id,
        at: at(day, (t % 23) * 20 + j),
      };
      // Juror 4 (Bappeda) declares a conflict for the Bappeda-adjacent planning team.
      if (j === 3 && t === 12) {
        push({
          ...base,
          kind: 'status',
          criterionId: null,
          oldValue: 'draft',
          newValue: 'coi',
          reason: 'Inovasi ini disusun bersama unit kerja saya',
        });
        continue;
      }
      for (const [c, criterion] of DEMO_EVENT.rubric.criteria.entries())
        push({ ...base, kind: 'score', criterionId: criterion.id, oldValue: null, newValue: score(t, j, c) });
      if (draft && t >= 40 && j >= 3) continue;
      push({ ...base, kind: 'status', criterionId: null, oldValue: 'draft', newValue: 'final' });
    }
    if (j === 1) {
      const first = teams[0];
      const c = DEMO_EVENT.rubric.criteria[1];
      if (first && c)
        push({
          eventId: DEMO_EVENT.event.id,
          jurorId: tablet.juror.id,
          teamId: first.id,
          at: at(1, 500),
          kind: 'score',
          criterionId: c.id,
          oldValue: score(0, 1, 1),
          newValue: score(0, 1, 1) - 1,
          reason: 'Salah ketuk: data antrean belum menunjukkan hasil terukur',
        });
    }
    await sendFirstBundle(server.url, tablet, {
      bundleId: `ba-bundle-${j + 1}`,
      eventId: DEMO_EVENT.event.id,
      createdAt: at(1, 520),
      changes,
    });
  }
  const browser = await launchChromium();
  const page = await browser.newPage({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  await page.goto(`${server.url}/panitia/acara/${DEMO_EVENT.event.id}/berita-acara#token=${TOKEN}`);
  await page.getByTestId('fingerprint').waitFor();
  const pdf = join(dataDir, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  await browser.close();
  if (process.env.KEEP_PDF) writeFileSync(process.env.KEEP_PDF, readFileSync(pdf));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 1);
  for (const [n, suffix] of [
    [1, '1'],
    [pages, 'last'],
  ] as const)
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      String(n),
      '-l',
      String(n),
      '-singlefile',
      pdf,
      join(outDir, `${name}-${suffix}`),
    ]);
  console.log(
    `${pages} pages; wrote ${join(outDir, `${name}-1.png`)} and ${join(outDir, `${name}-last.png`)}`,
  );
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

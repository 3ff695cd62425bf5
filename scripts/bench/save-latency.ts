/**
 * Section `save-latency`: a score tap to its committed transaction (click → one strict-durability
 * Dexie transaction → IndexedDB `complete`, marked by the app) and on to "Tersimpan" on screen, beside a bare IndexedDB put of the same sheet row with strict
 * durability, in the same page and the same run. Taps and baselines alternate round by round, so
 * disk and CPU conditions (other processes included) fall on both series alike.
 */
import type { Page } from '@playwright/test';
import { openBrowser } from './browser.ts';
import type { BenchContext, Figure, SectionOutcome } from './figures.ts';
import { percentile, round } from './figures.ts';
import { completedTaps, installTapProbe, readAppRows, tapSamples } from './in-page.ts';
import {
  installTapRawPut,
  setTapRawRecord,
  tapRawSamples,
  timeRawPut,
  timeReplicaSave,
} from './in-page-idb.ts';
import { openSheetAsDemoJuror } from './juror-session.ts';
import { serveApp } from './serve-app.ts';

export const SAVE_ROUNDS = 200;
const WARM_UP_ROUNDS = 10;
const TEAM_ID = 't01';
export const MAX_SAVE_TO_RAW_RATIO = 2;

interface Series {
  saves: number[];
  commits: number[];
  shown: number[];
  raw: number[];
  tapRaw: number[];
  replica: number[];
}

export async function measureSaveLatency(context: BenchContext): Promise<SectionOutcome> {
  const served = await serveApp(context.distDir);
  const browser = await openBrowser(context.launchOptions);
  try {
    const page = await browser.context.newPage();
    await openSheetAsDemoJuror(page, served.url, TEAM_ID);
    await page.evaluate(installTapProbe);
    await page.evaluate(installTapRawPut);
    const baselines = await runRounds(page, WARM_UP_ROUNDS + SAVE_ROUNDS);
    const taps = await page.evaluate(tapSamples);
    const tapRaw = await page.evaluate(tapRawSamples);
    const { changes } = await page.evaluate(readAppRows, TEAM_ID);
    if (changes < WARM_UP_ROUNDS + SAVE_ROUNDS)
      throw new Error(`only ${changes} changes were logged for ${WARM_UP_ROUNDS + SAVE_ROUNDS} taps`);
    const series: Series = {
      saves: taps.saves.slice(WARM_UP_ROUNDS),
      commits: taps.commits.slice(WARM_UP_ROUNDS),
      shown: taps.shown.slice(WARM_UP_ROUNDS),
      raw: baselines.raw.slice(WARM_UP_ROUNDS),
      tapRaw: tapRaw.slice(WARM_UP_ROUNDS),
      replica: baselines.replica.slice(WARM_UP_ROUNDS),
    };
    if (series.commits.some((ms) => !Number.isFinite(ms)))
      throw new Error('a tap saw no juri:change-committed mark: is the app marking commits?');
    if (series.tapRaw.length !== series.commits.length)
      throw new Error('tap-triggered raw puts went missing');
    return { status: 'ok', figures: figuresOf(series, served.servedBy, browser.browser.version()) };
  } finally {
    await browser.close();
    await served.stop();
  }
}

/** Taps score buttons, each a real change, and after each tap times the baselines once. */
async function runRounds(page: Page, rounds: number): Promise<Pick<Series, 'raw' | 'replica'>> {
  const rows = page.locator('[data-criterion-id]');
  const criteria = (
    await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-criterion-id')))
  ).filter((id): id is string => id !== null);
  const values = await rows
    .first()
    .locator('[data-score-value]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-score-value')));
  const high = values.at(-1);
  const low = values.at(-2);
  if (criteria.length === 0 || !high || !low)
    throw new Error('the score sheet shows no criteria with score buttons');

  const raw: number[] = [];
  const replica: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const criterion = criteria[i % criteria.length];
    // Each visit to a criterion flips its value, so every tap writes a change.
    const value = Math.floor(i / criteria.length) % 2 === 0 ? high : low;
    await page.locator(`[data-criterion-id="${criterion}"] [data-score-value="${value}"]`).click();
    await page
      .waitForFunction((count) => (window.__juriBench?.saves.length ?? 0) >= count, i + 1, {
        timeout: 10_000,
      })
      .catch(() => {
        throw new Error(
          `tap ${i + 1} never reached "Tersimpan": is the save state shown in [data-testid="save-state"]?`,
        );
      });
    const { sheet } = await page.evaluate(readAppRows, TEAM_ID);
    if (!sheet) throw new Error(`no sheet row for ${TEAM_ID} after tap ${i + 1}`);
    raw.push(await page.evaluate(timeRawPut, { record: sheet, round: i }));
    await page.evaluate(setTapRawRecord, sheet);
    await page.locator('#bench-raw-tap').click();
    await page.waitForFunction((count) => (window.__juriBaselines?.tapRaw?.length ?? 0) >= count, i + 1);
    replica.push(await page.evaluate(timeReplicaSave, { sheet, round: i }));
  }
  if ((await page.evaluate(completedTaps)) !== rounds) throw new Error('tap count and save count differ');
  return { raw, replica };
}

function figuresOf(series: Series, servedBy: string, chromium: string): Figure[] {
  const ms = (name: string, samples: number[], p: number): Figure => ({
    name: `${name} p${p}`,
    value: round(percentile(samples, p)),
    unit: 'ms',
  });
  const ratio = percentile(series.commits, 95) / percentile(series.tapRaw, 95);
  const ratioNoInput = percentile(series.commits, 95) / percentile(series.raw, 95);
  return [
    ms('tap → committed transaction', series.commits, 50),
    ms('tap → committed transaction', series.commits, 95),
    ms('tap → "Tersimpan" on screen', series.saves, 50),
    ms('tap → "Tersimpan" on screen', series.saves, 95),
    ms('tap → raw IndexedDB put committed (strict)', series.tapRaw, 50),
    ms('tap → raw IndexedDB put committed (strict)', series.tapRaw, 95),
    ms('raw IndexedDB put, no tap (strict)', series.raw, 50),
    ms('raw IndexedDB put, no tap (strict)', series.raw, 95),
    { name: 'tap→commit p95 / raw put p95 without a tap (info)', value: round(ratioNoInput), unit: '×' },
    {
      name: 'tap→commit p95 / tap→raw put p95',
      value: round(ratio),
      unit: '×',
      target: { op: '<=', value: MAX_SAVE_TO_RAW_RATIO },
    },
    ms('tap → value read back and shown', series.shown, 50),
    ms('tap → value read back and shown', series.shown, 95),
    ms('bare-IDB replica of the save transaction', series.replica, 50),
    ms('bare-IDB replica of the save transaction', series.replica, 95),
    { name: 'samples per series (after warm-up)', value: series.saves.length },
    { name: 'served by', value: servedBy },
    { name: 'chromium', value: chromium },
  ];
}

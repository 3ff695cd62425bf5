/**
 * Offline cold start: how long a juror waits, with no network and the server gone, from a reload's
 * navigation start until the schedule's first row is on screen; everything comes from the service
 * worker's precache and IndexedDB. Measured beside a bare Vite + Preact + Dexie page that reads the
 * same 46-team package from IndexedDB and renders its rows (cold-start-baseline/), in the same run
 * and browser, reloads alternated (ABBA) so a busy moment of the machine weighs on both alike.
 * Used by `npm run bench`.
 */
import { type BrowserContext, chromium, type LaunchOptions, type Page } from '@playwright/test';
import config from '../../playwright.config.ts';
import { enterDemoAsJuror, SCHEDULE_ROW, waitForServiceWorkerControl } from '../../test/e2e/pwa-flow.ts';
import { startServer } from '../../test/e2e/support/server.ts';
import { buildBaseline } from './build-baseline.ts';
import { type Figure, round } from './figures.ts';
import { startStaticServer } from './static-server.ts';

export interface OfflineColdStartOptions {
  /** The built app to serve (e.g. "dist"). */
  distDir: string;
  /** How many offline reloads to time, each (10 or more for a stable median). */
  reloads: number;
  /** Chromium launch options; defaults to those of playwright.config.ts. */
  launchOptions?: LaunchOptions;
}

/** The app may take this many times the bare page's time to its first row. */
export const COLD_START_RATIO_TARGET = 1.3;

declare global {
  interface Window {
    __scheduleShownAt?: number;
  }
}

// Runs in the page before any app code: notes the time (from navigation start) of the frame in which
// the first schedule row exists, so the figure does not include Playwright's own round trips. A string,
// not a function: tsx would wrap a function's inner names in helpers the page does not have.
const markScheduleShown = (selector: string) => `(() => {
  const observer = new MutationObserver(() => {
    if (window.__scheduleShownAt !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__scheduleShownAt ??= performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export async function measureOfflineColdStart(opts: OfflineColdStartOptions): Promise<Figure[]> {
  if (!Number.isInteger(opts.reloads) || opts.reloads < 1)
    throw new Error('reloads must be a positive integer');
  const bare = await buildBaseline();
  const server = await startServer({ distDir: opts.distDir });
  const bareServer = await startStaticServer(bare.distDir);
  const launch = opts.launchOptions ?? config.use?.launchOptions ?? {};
  const browser = await chromium.launch({
    ...launch,
    executablePath: launch.executablePath ?? '/usr/bin/chromium',
  });
  try {
    const newContext = () =>
      browser.newContext({
        viewport: config.use?.viewport ?? null,
        locale: 'id-ID',
        timezoneId: 'Asia/Jakarta',
      });
    const appContext = await newContext();
    const app = await appContext.newPage();
    await app.goto(server.url);
    await enterDemoAsJuror(app);
    await waitForServiceWorkerControl(app);

    const bareContext = await newContext();
    const barePage = await bareContext.newPage();
    await barePage.goto(bareServer.url);
    await barePage.locator(SCHEDULE_ROW).first().waitFor();
    await waitForServiceWorkerControl(barePage);

    await server.stop();
    await bareServer.stop();
    for (const context of [appContext, bareContext]) await goOffline(context);

    const appMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < opts.reloads; i++) {
      // ABBA: the app first on even rounds, the bare page first on odd ones.
      const order: [Page, number[]][] = [
        [app, appMs],
        [barePage, bareMs],
      ];
      if (i % 2 === 1) order.reverse();
      for (const [page, samples] of order) samples.push(await timeReload(page));
    }
    await appContext.close();
    await bareContext.close();

    const appMedian = median(appMs);
    const bareMedian = median(bareMs);
    return [
      { name: 'app: reload → first schedule row (median)', value: round(appMedian, 1), unit: 'ms' },
      { name: 'bare Vite+Preact+Dexie page, same rows (median)', value: round(bareMedian, 1), unit: 'ms' },
      {
        name: 'app ÷ bare page',
        value: round(appMedian / bareMedian, 2),
        unit: '×',
        target: { op: '<=', value: COLD_START_RATIO_TARGET },
      },
      { name: `app samples (${appMs.length})`, value: appMs.join(', '), unit: 'ms' },
      { name: `bare page samples (${bareMs.length})`, value: bareMs.join(', '), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await server.stop();
    await bareServer.stop();
    await bare.remove();
  }
}

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.addInitScript({ content: markScheduleShown(SCHEDULE_ROW) });
}

async function timeReload(page: Page): Promise<number> {
  await page.reload({ waitUntil: 'commit' });
  const shownAt = await page.waitForFunction(() => window.__scheduleShownAt, undefined, { timeout: 30_000 });
  return Math.round((await shownAt.jsonValue()) ?? Number.NaN);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

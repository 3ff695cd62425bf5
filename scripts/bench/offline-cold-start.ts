/**
 * Offline cold start: how long a juror waits, with no network and the server gone, from a reload's
 * navigation start until the schedule's first row is on screen; everything comes from the service
 * worker's precache and IndexedDB. Used by `npm run bench`.
 */
import { chromium, type LaunchOptions } from '@playwright/test';
import config from '../../playwright.config.ts';
import { enterDemoAsJuror, SCHEDULE_ROW, waitForServiceWorkerControl } from '../../test/e2e/pwa-flow.ts';
import { startServer } from '../../test/e2e/support/server.ts';

export interface OfflineColdStartOptions {
  /** The built app to serve (e.g. "dist"). */
  distDir: string;
  /** How many offline reloads to time (10 or more for a stable median). */
  reloads: number;
  /** Chromium launch options; defaults to those of playwright.config.ts. */
  launchOptions?: LaunchOptions;
}

export interface OfflineColdStartResult {
  medianMs: number;
  samplesMs: number[];
}

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

export async function measureOfflineColdStart(
  opts: OfflineColdStartOptions,
): Promise<OfflineColdStartResult> {
  if (!Number.isInteger(opts.reloads) || opts.reloads < 1)
    throw new Error('reloads must be a positive integer');
  const server = await startServer({ distDir: opts.distDir });
  const launch = opts.launchOptions ?? config.use?.launchOptions ?? {};
  const browser = await chromium.launch({
    ...launch,
    executablePath: launch.executablePath ?? '/usr/bin/chromium',
  });
  try {
    const context = await browser.newContext({
      viewport: config.use?.viewport ?? null,
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await enterDemoAsJuror(page);
    await waitForServiceWorkerControl(page);

    await server.stop();
    await context.setOffline(true);
    await context.addInitScript({ content: markScheduleShown(SCHEDULE_ROW) });

    const samplesMs: number[] = [];
    for (let i = 0; i < opts.reloads; i++) {
      await page.reload({ waitUntil: 'commit' });
      const shownAt = await page.waitForFunction(() => window.__scheduleShownAt, undefined, {
        timeout: 30_000,
      });
      samplesMs.push(Math.round((await shownAt.jsonValue()) ?? Number.NaN));
    }
    await context.close();
    return { medianMs: median(samplesMs), samplesMs };
  } finally {
    await browser.close();
    await server.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * One juror tablet: its own persistent Chromium profile (IndexedDB, service worker and all survive a
 * closed page), reaching the server only through its own proxy. Here: opening pages, enrolling through
 * the real enrollment link and integrity pact, and reading what the tablet holds.
 */
import { type BrowserContext, chromium, type LaunchOptions, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config.ts';
import type { TabletProxy } from './proxy.ts';
import { issueCode, type VenueServer } from './venue-server.ts';
import type { AckedChange } from './verdict.ts';

export type Interruption = 'reload' | 'crash' | 'close-reopen' | 'handover';

export interface Tablet {
  name: string;
  proxy: TabletProxy;
  context: BrowserContext;
  page: Page;
  homeJuror: string;
  /** The juror this tablet is handed to and back from; none for a tablet that is never handed over. */
  spareJuror: string | null;
  currentJuror: string;
  /** Changes the UI acknowledged with "Tersimpan", in the order it did. */
  acked: AckedChange[];
  /** Set by the fault injector; the juror meets it at their next step, in the middle of an edit. */
  interruption: Interruption | null;
  /** What the juror loop is doing now: named in the report when a run outlives its time. */
  step: string;
}

const SCHEDULE_ROW = 'a[data-team-id]';

export async function launchTablet(
  name: string,
  profileDir: string,
  proxy: TabletProxy,
  launchOptions: LaunchOptions,
  jurors: { home: string; spare: string | null },
): Promise<Tablet> {
  const { viewport, locale, timezoneId } = playwrightConfig.use ?? {};
  const context = await chromium.launchPersistentContext(profileDir, {
    ...launchOptions,
    headless: true,
    viewport,
    locale,
    timezoneId,
  });
  // tsx keeps function names through a `__name` helper that exists only in Node; page.evaluate needs one.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  return {
    name,
    proxy,
    context,
    page,
    homeJuror: jurors.home,
    spareJuror: jurors.spare,
    currentJuror: jurors.home,
    acked: [],
    interruption: null,
    step: 'launched',
  };
}

/** Loads `path`, trying again while the network (or a not yet installed service worker) says no. */
export async function openPath(tablet: Tablet, path: string, deadline = Date.now() + 120_000): Promise<void> {
  for (;;) {
    try {
      await tablet.page.goto(`${tablet.proxy.url}${path}`, { waitUntil: 'domcontentloaded' });
      await tablet.page.locator('#app > *').first().waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(1_000);
    }
  }
}

/** A new page on the same profile (after a crash or a closed tab), showing `path`. */
export async function reopenPage(tablet: Tablet, path: string): Promise<void> {
  if (!tablet.page.isClosed())
    await bounded(tablet.page.close({ runBeforeUnload: false }), 10_000, 'page.close').catch(() => {});
  tablet.page = await newPageRetrying(tablet);
  tablet.page.setDefaultTimeout(20_000);
  await openPath(tablet, path);
}

/**
 * Chromium can refuse a new tab for a moment while it tears down a crashed renderer ("Failed to open
 * a new tab"): a juror would simply tap the app icon again, so the harness tries again too.
 */
async function newPageRetrying(tablet: Tablet): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await tablet.context.newPage();
    } catch (error) {
      if (attempt >= 15) throw error;
      await sleep(1_000);
    }
  }
}

const RENEW_CODE = new Set(['code_used', 'code_expired', 'code_not_found', 'storage_failed', 'device_taken']);

/**
 * Enrolls the tablet for `jurorId` the way a juror does: the card's link, "Ya, daftarkan", the pact.
 * While the tablet cannot enroll (no network, the outgoing juror's scores not yet delivered) it tries
 * again, as the juror would; a spent or expired code is replaced by a new one from the panitia.
 */
export async function enroll(
  tablet: Tablet,
  server: VenueServer,
  jurorId: string,
  deadline = Date.now() + 180_000,
): Promise<void> {
  const page = (): Page => tablet.page;
  const start = async () => {
    const code = await issueCode(server, jurorId);
    await openPath(tablet, `/enroll?code=${code.toLowerCase()}`, deadline);
    await page().getByRole('button', { name: 'Ya, daftarkan' }).click();
  };
  await start();
  for (;;) {
    const pact = page().locator('.pact-card input[type="checkbox"]');
    const refused = page().getByTestId('enroll-error');
    await pact.or(refused).first().waitFor({ timeout: 30_000 });
    if (await pact.isVisible()) break;
    if (Date.now() > deadline) throw new Error(`${tablet.name}: could not enroll ${jurorId} in time`);
    const failure = (await refused.getAttribute('data-failure')) ?? '';
    await sleep(1_500);
    if (RENEW_CODE.has(failure)) await start();
    else await page().getByRole('button', { name: 'Daftarkan', exact: true }).click();
  }
  await page().locator('.pact-card input[type="checkbox"]').check();
  await page().locator('.pact-card button[type="submit"]').click();
  await page().locator(SCHEDULE_ROW).first().waitFor();
  tablet.currentJuror = jurorId;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * Some Playwright calls have no timeout of their own (evaluate, setOffline, page.close) and a browser
 * busy with a crashed renderer or a service worker can leave them unanswered for minutes: the
 * harness gives up on them after `ms`, as a juror gives up on a frozen screen.
 */
export function bounded<T>(call: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([call, late]).finally(() => clearTimeout(timer));
}

/** The tablet's own idea of the network (navigator.onLine); the proxy is what really cuts it. */
export async function setTabletOffline(tablet: Tablet, offline: boolean): Promise<void> {
  await bounded(tablet.context.setOffline(offline), 10_000, 'setOffline').catch(() => {});
}

export interface LocalChange {
  seq: number;
  state: string;
  bundleId?: string;
  entry: Record<string, unknown>;
}

export interface LocalState {
  changes: LocalChange[];
  bundles: { bundleId: string; state: string; deviceId: string; fromSeq: number; toSeq: number }[];
  sheets: Record<string, unknown>[];
}

/** Everything the tablet holds, read with the raw IndexedDB API (no app code involved). */
export function readLocal(page: Page): Promise<LocalState> {
  return bounded(readLocalUnbounded(page), 20_000, 'reading IndexedDB');
}

function readLocalUnbounded(page: Page): Promise<LocalState> {
  return page.evaluate(
    () =>
      new Promise<LocalState>((resolve, reject) => {
        const open = indexedDB.open('juri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['changes', 'bundles', 'sheets'], 'readonly');
          const changes = tx.objectStore('changes').getAll();
          const bundles = tx.objectStore('bundles').getAll();
          const sheets = tx.objectStore('sheets').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({
              changes: changes.result.map((row) => {
                const { state, bundleId, ...entry } = row;
                return { seq: row.seq, state, bundleId, entry };
              }),
              bundles: bundles.result.map((b) => ({
                bundleId: b.bundleId,
                state: b.state,
                deviceId: b.bundle.deviceId,
                fromSeq: b.fromSeq,
                toSeq: b.toSeq,
              })),
              sheets: sheets.result,
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

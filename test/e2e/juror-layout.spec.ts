/**
 * Taps land where the juror aims: nothing above or around the score buttons moves while the sync and
 * connection badges change state (a wrapping badge used to push the rows down mid-tap), a whole team
 * takes at most 8 taps with everything in reach without scrolling, and no layout shift at all is
 * recorded while a team is scored, at a landscape and a portrait tablet and a phone.
 */
import { expect, type Page, test } from '@playwright/test';
import { enterDemoAsJuror, SCHEDULE_ROW } from './pwa-flow.ts';
import type { RunningServer } from './support/server.ts';
import { type Point, pointOnScreen, TapCounter } from './support/tap.ts';
import { enrollThroughLink, expectAllSent, startSyncServer, syncBadge } from './sync-support.ts';

declare global {
  interface Window {
    __badgeStates?: string[];
    __shifts?: { value: number; hadRecentInput: boolean; sources: string[] }[];
  }
}

const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];
const VALUES = [8, 6, 9, 7, 5];

let server: RunningServer;

test.beforeEach(async () => {
  server = await startSyncServer();
});

test.afterEach(async () => {
  await server.stop();
});

const scoreButton = (page: Page, criterionId: string, value: number) =>
  page.locator(`[data-criterion-id="${criterionId}"] [data-score-value="${value}"]`);

/** Notes every state the app bar's two badges pass through, from now on. */
async function watchBadges(page: Page): Promise<void> {
  await page.evaluate(() => {
    const states: string[] = [];
    window.__badgeStates = states;
    const bar = document.querySelector('.app-bar');
    if (!bar) throw new Error('no app bar');
    const record = () => {
      const sync = bar.querySelector('[data-testid="sync-status"]');
      const connection = bar.querySelector('[data-testid="connection-status"]');
      const now = `${sync?.getAttribute('data-state')} ${sync?.textContent} | ${connection?.getAttribute('data-state')}`;
      if (states.at(-1) !== now) states.push(now);
    };
    record();
    new MutationObserver(record).observe(bar, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

/** Records every layout shift from now on, whether or not it followed an input (CLS would skip those). */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const shifts: NonNullable<Window['__shifts']> = [];
    window.__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const sources: unknown = Reflect.get(entry, 'sources');
        shifts.push({
          value: Number(Reflect.get(entry, 'value')),
          hadRecentInput: Boolean(Reflect.get(entry, 'hadRecentInput')),
          sources: Array.isArray(sources)
            ? sources.map((s: unknown) => {
                const node: unknown = typeof s === 'object' && s !== null ? Reflect.get(s, 'node') : null;
                return node instanceof Element ? `${node.tagName}.${node.className}` : String(node);
              })
            : [],
        });
      }
    }).observe({ type: 'layout-shift', buffered: false });
  });
}

/** The browser loses and regains the network: both badges change state at once. */
const goOffline = (page: Page) => page.evaluate(() => dispatchEvent(new Event('offline')));
const goOnline = (page: Page) => page.evaluate(() => dispatchEvent(new Event('online')));

async function openFirstTeam(page: Page): Promise<void> {
  await page.locator(SCHEDULE_ROW).first().click();
  await page.locator('[data-criterion-id]').first().waitFor();
  await expect(page.getByTestId('save-state')).toBeAttached();
}

test.describe('portrait tablet, 800×1280', () => {
  test.use({ viewport: { width: 800, height: 1280 } });

  test('five scores tapped 300 ms apart while the badges change state all land on the intended buttons', async ({
    page,
  }) => {
    await enrollThroughLink(page, server, 'j1');
    await openFirstTeam(page);
    await expectAllSent(page);
    await watchBadges(page);

    // Aimed once, before the first tap, as a juror reads the sheet and taps down the rows.
    const aims: Point[] = [];
    for (const [i, id] of CRITERIA.entries())
      aims.push(await pointOnScreen(page, scoreButton(page, id, VALUES[i] ?? 5)));
    for (const [i, aim] of aims.entries()) {
      await page.mouse.click(aim.x, aim.y);
      if (i === 1) await goOffline(page);
      if (i === 3) await goOnline(page);
      await page.waitForTimeout(300);
    }

    for (const [i, id] of CRITERIA.entries()) {
      await expect(scoreButton(page, id, VALUES[i] ?? 5)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator(`[data-criterion-id="${id}"] [aria-pressed="true"]`)).toHaveCount(1);
    }
    // Nothing else was hit: no guidance or note opened, nothing cleared.
    await expect(page.locator('.toggle-btn[aria-expanded="true"]')).toHaveCount(0);
    await goOnline(page);
    await expectAllSent(page);
    const states = (await page.evaluate(() => window.__badgeStates)) ?? [];
    const syncStates = new Set(states.map((s) => s.split(' ')[0]));
    // sent → (pending) → offline (network lost) → (sending) → sent: the badge really changed under the
    // taps. How long 'pending' or 'sending' lasts depends on the machine, so either one counts.
    expect([...syncStates]).toEqual(expect.arrayContaining(['sent', 'offline']));
    expect(syncStates.has('pending') || syncStates.has('sending')).toBe(true);
    expect(new Set(states.map((s) => s.split('| ')[1])).size).toBeGreaterThan(1);
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
  { width: 390, height: 844 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('no layout shift while a team is scored and finalised, as the badges change state', async ({
      page,
    }) => {
      await enrollThroughLink(page, server, 'j2');
      await openFirstTeam(page);
      await expectAllSent(page);
      await watchLayoutShifts(page);
      await watchBadges(page);

      for (const [i, id] of CRITERIA.entries()) {
        await scoreButton(page, id, VALUES[i] ?? 5).click();
        if (i === 1) await goOffline(page);
        if (i === 3) await goOnline(page);
      }
      await page.getByRole('button', { name: 'Finalkan', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ya, finalkan' }).click();
      await expect(page.getByTestId('sheet-action-bar')).toContainText('Final');
      // An upload that timed out on a busy machine waits out its backoff; the network "coming back"
      // cuts that short, as it would at the venue (and moves the badges once more).
      await goOnline(page);
      await expectAllSent(page);
      await expect(syncBadge(page)).toHaveAttribute('data-state', 'sent');
      // One more frame, so a shift from the last change would be reported.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
      );

      const states = (await page.evaluate(() => window.__badgeStates)) ?? [];
      expect(states.length, 'the badges changed while scoring').toBeGreaterThan(3);
      const shifts = (await page.evaluate(() => window.__shifts)) ?? [];
      expect(shifts, 'layout shifts while scoring').toEqual([]);
    });
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
]) {
  test.describe(`a whole team at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('takes at most 8 taps, none of them after a scroll, and offers the next team', async ({ page }) => {
      await page.goto(server.url);
      // Practice mode: its LATIHAN band takes room too, so this is the tightest the sheet gets.
      await enterDemoAsJuror(page);
      const taps = new TapCounter(page);

      await taps.tap(page.locator(SCHEDULE_ROW).first());
      await page.locator('[data-criterion-id]').first().waitFor();
      for (const [i, id] of CRITERIA.entries()) {
        const button = scoreButton(page, id, VALUES[i] ?? 5);
        await taps.tap(button);
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      }
      await taps.tap(page.getByRole('button', { name: 'Finalkan', exact: true }));
      await taps.tap(page.getByRole('dialog').getByRole('button', { name: 'Ya, finalkan' }));

      await expect(page.getByTestId('sheet-action-bar')).toContainText('Final');
      expect(taps.taps).toBeLessThanOrEqual(8);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The next team is offered where the finalise button was, again without scrolling.
      const next = page.getByTestId('sheet-action-bar').getByRole('link', { name: /Berikutnya/ });
      await expect(next).toHaveAttribute('href', /^\/nilai\/t02$/);
      await pointOnScreen(page, next);
    });
  });
}

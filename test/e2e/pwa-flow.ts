/**
 * Steps the PWA specs (and the offline cold-start bench) share: enter the demo event as a juror and
 * make sure the service worker controls the page. Selectors are the screens' data attributes.
 */
import { expect, type Page } from '@playwright/test';

/** A row of the schedule: the juror's home screen. */
export const SCHEDULE_ROW = 'a[data-team-id]';

/** From the first screen (enrollment) into practice mode, through the integrity pact to the schedule. */
export async function enterDemoAsJuror(page: Page): Promise<void> {
  await page.locator('a[href="/latihan"]').click();
  await page.locator('[data-juror-id]').first().click();
  await page.locator('.pact-card input[type="checkbox"]').check();
  await page.locator('.pact-card button[type="submit"]').click();
  await page.locator(SCHEDULE_ROW).first().waitFor();
}

/**
 * Waits until the worker is active and has precached the app, then reloads so it controls the page
 * (the state of a tablet after its first online visit).
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/** Opens the first team's score sheet from the schedule; returns the team id. */
export async function openFirstSheet(page: Page): Promise<string> {
  const row = page.locator(SCHEDULE_ROW).first();
  const teamId = await row.getAttribute('data-team-id');
  if (!teamId) throw new Error('schedule row without data-team-id');
  await row.click();
  await page.locator('[data-criterion-id]').first().waitFor();
  return teamId;
}

/** Taps `value` on a criterion and waits until it is committed (the sheet reads it back) and "Tersimpan". */
export async function scoreCriterion(page: Page, criterionId: string, value: number): Promise<void> {
  const button = page.locator(`[data-criterion-id="${criterionId}"] [data-score-value="${value}"]`);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('save-state')).toContainText('Tersimpan');
}

/** The criterion ids of the open sheet, in order. */
export async function criterionIds(page: Page): Promise<string[]> {
  // evaluateAll does not wait: a sheet still loading from IndexedDB would read as no criteria at all.
  await page.locator('section[data-criterion-id]').first().waitFor();
  const ids = await page
    .locator('section[data-criterion-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-criterion-id')));
  return ids.filter((id): id is string => typeof id === 'string');
}

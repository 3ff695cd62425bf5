/** Brings a fresh browser to a team's score sheet the way a juror would in demo mode. */
import type { Page } from '@playwright/test';

const STEP_TIMEOUT = 15_000;

/** Opens practice mode, picks the first practice juror, accepts the integrity pact and opens `/nilai/<teamId>`. */
export async function openSheetAsDemoJuror(page: Page, baseUrl: string, teamId: string): Promise<void> {
  await page.goto(baseUrl);
  await page.locator('a[href="/latihan"]').click({ timeout: STEP_TIMEOUT });
  await page.locator('[data-juror-id]').first().click({ timeout: STEP_TIMEOUT });
  await page.getByRole('checkbox').first().check({ timeout: STEP_TIMEOUT });
  await page.getByRole('button', { name: /setuju|agree/i }).click({ timeout: STEP_TIMEOUT });
  await page.locator('[data-team-id]').first().waitFor({ timeout: STEP_TIMEOUT });
  await page.goto(`${baseUrl}/nilai/${teamId}`);
  await page.locator('[data-criterion-id] [data-score-value]').first().waitFor({ timeout: STEP_TIMEOUT });
}

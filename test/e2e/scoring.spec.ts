/**
 * A juror's day in miniature, in real Chromium against the built app and the real server: choose a
 * practice juror, accept the integrity pact, score three teams (a note on one, one finalised), reload,
 * and find every value on screen and every change in the tablet's change log, in order.
 */
import { expect, type Page, test } from '@playwright/test';
import { type RunningServer, startServer } from './support/server.ts';

const EVENT_ID = 'kipp-malang-2021-latihan';
const JUROR_ID = 'j1';
const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'] as const;
type Scores = Record<(typeof CRITERIA)[number], number>;

// Equal weights on 1–10: total = Σ(score − 1) / 45 × 100, so these give round totals.
const TEAMS: { teamId: string; scores: Scores; total: string }[] = [
  {
    teamId: 't01',
    scores: { kebaruan: 9, efektif: 8, bermanfaat: 10, replikasi: 7, berkelanjutan: 7 },
    total: '80,00',
  },
  {
    teamId: 't02',
    scores: { kebaruan: 7, efektif: 6, bermanfaat: 5, replikasi: 8, berkelanjutan: 6 },
    total: '60,00',
  },
  {
    teamId: 't03',
    scores: { kebaruan: 4, efektif: 5, bermanfaat: 3, replikasi: 6, berkelanjutan: 5 },
    total: '40,00',
  },
];
const NOTE = {
  teamId: 't01',
  criterionId: 'kebaruan',
  text: 'Drive-thru adminduk pertama di Jawa Timur; perlu data antrean sebelum dan sesudah.',
};
const FINAL_TEAM = 't02';

interface LoggedChange {
  seq: number;
  eventId: string;
  jurorId: string;
  teamId: string;
  kind: string;
  criterionId: string | null;
  oldValue: unknown;
  newValue: unknown;
}

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer();
});

test.afterAll(async () => {
  await server?.stop();
});

test('a juror scores three teams and finds every value and change after a reload', async ({ page }) => {
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Buka mode latihan' }).click();
  await page.locator(`[data-juror-id="${JUROR_ID}"]`).click();
  await page.getByRole('checkbox', { name: /pakta integritas/i }).check();
  await page.getByRole('button', { name: 'Saya setuju' }).click();

  for (const team of TEAMS) {
    await openFromSchedule(page, team.teamId);
    for (const criterionId of CRITERIA) await tapScore(page, criterionId, team.scores[criterionId]);
    await expect(page.getByTestId('total')).toHaveText(team.total);
    if (team.teamId === NOTE.teamId) await writeNote(page, NOTE.criterionId, NOTE.text);
    if (team.teamId === FINAL_TEAM) await finalise(page);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Jadwal' })
      .click();
  }

  await page.reload();
  await expect(scheduleRow(page, 't01')).toHaveAttribute('data-status', 'draft');
  await expect(scheduleRow(page, 't02')).toHaveAttribute('data-status', 'final');
  await expect(scheduleRow(page, 't03')).toHaveAttribute('data-status', 'draft');
  await expect(scheduleRow(page, 't04')).toHaveAttribute('data-status', 'none');
  await expect(page.getByText('1 dari 46 final')).toBeVisible();

  for (const team of TEAMS) {
    await page.goto(`${server.url}/nilai/${team.teamId}`);
    for (const criterionId of CRITERIA) {
      const row = page.locator(`[data-criterion-id="${criterionId}"]`);
      await expect(row.locator('[aria-pressed="true"]')).toHaveAttribute(
        'data-score-value',
        String(team.scores[criterionId]),
      );
      await expect(row.locator('[aria-pressed="true"]')).toHaveCount(1);
    }
    await expect(page.getByTestId('total')).toHaveText(team.total);
    if (team.teamId === NOTE.teamId) {
      await expect(page.locator(`[data-criterion-id="${NOTE.criterionId}"] textarea`)).toHaveValue(NOTE.text);
    }
    if (team.teamId === FINAL_TEAM) {
      // A final sheet is read-only until "Ubah nilai" asks for a reason.
      await expect(page.locator('[data-score-value]').first()).toBeDisabled();
      await expect(page.getByRole('button', { name: 'Ubah nilai' })).toBeVisible();
    }
  }

  const changes = await readChangeLog(page);
  expect(changes.map((c) => c.seq)).toEqual(
    Array.from({ length: expectedChanges().length }, (_, i) => i + 1),
  );
  expect(
    changes.map(({ teamId, kind, criterionId, oldValue, newValue }) => ({
      teamId,
      kind,
      criterionId,
      oldValue,
      newValue,
    })),
  ).toEqual(expectedChanges());
  for (const change of changes) {
    expect(change.eventId).toBe(EVENT_ID);
    expect(change.jurorId).toBe(JUROR_ID);
  }
});

function scheduleRow(page: Page, teamId: string) {
  return page.locator(`a[data-team-id="${teamId}"]`);
}

async function openFromSchedule(page: Page, teamId: string): Promise<void> {
  await scheduleRow(page, teamId).click();
  await expect(page.locator('[data-criterion-id]')).toHaveCount(CRITERIA.length);
}

/** Taps a score and waits until it is committed: the button is pressed as read back, and "Tersimpan". */
async function tapScore(page: Page, criterionId: string, value: number): Promise<void> {
  const button = page.locator(`[data-criterion-id="${criterionId}"] [data-score-value="${value}"]`);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('save-state')).toHaveText(/Tersimpan/);
}

async function writeNote(page: Page, criterionId: string, text: string): Promise<void> {
  const row = page.locator(`[data-criterion-id="${criterionId}"]`);
  await row.getByRole('button', { name: 'Catatan' }).click();
  const field = row.getByRole('textbox');
  await field.fill(text);
  await field.blur();
  // The toggle's tick comes from the stored sheet, so it appears only once the note is committed.
  await expect(row.getByRole('button', { name: /^Catatan\b.*✓$/ })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText(/Tersimpan/);
}

async function finalise(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Finalkan', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, finalkan' }).click();
  await expect(page.getByRole('button', { name: 'Ubah nilai' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText(/Tersimpan/);
}

function expectedChanges() {
  return TEAMS.flatMap(({ teamId, scores }) => [
    ...CRITERIA.map((criterionId) => ({
      teamId,
      kind: 'score',
      criterionId,
      oldValue: null,
      newValue: scores[criterionId],
    })),
    ...(teamId === NOTE.teamId
      ? [{ teamId, kind: 'note', criterionId: NOTE.criterionId, oldValue: null, newValue: NOTE.text }]
      : []),
    ...(teamId === FINAL_TEAM
      ? [{ teamId, kind: 'status', criterionId: null, oldValue: 'draft', newValue: 'final' }]
      : []),
  ]);
}

/** The change log as stored, read with the raw IndexedDB API rather than through the app's code. */
async function readChangeLog(page: Page): Promise<LoggedChange[]> {
  const rows = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('juri');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('changes', 'readonly').objectStore('changes').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
  return rows.map(toLoggedChange).sort((a, b) => a.seq - b.seq);
}

function toLoggedChange(row: unknown): LoggedChange {
  if (typeof row !== 'object' || row === null)
    throw new Error(`change-log row is not an object: ${JSON.stringify(row)}`);
  const field = (name: string): unknown => Reflect.get(row, name);
  const text = (name: string): string => {
    const value = field(name);
    if (typeof value !== 'string')
      throw new Error(`change-log row has no string ${name}: ${JSON.stringify(row)}`);
    return value;
  };
  const seq = field('seq');
  const criterionId = field('criterionId');
  if (typeof seq !== 'number') throw new Error(`change-log row has no numeric seq: ${JSON.stringify(row)}`);
  if (criterionId !== null && typeof criterionId !== 'string')
    throw new Error(`bad criterionId: ${JSON.stringify(row)}`);
  return {
    seq,
    eventId: text('eventId'),
    jurorId: text('jurorId'),
    teamId: text('teamId'),
    kind: text('kind'),
    criterionId,
    oldValue: field('oldValue'),
    newValue: field('newValue'),
  };
}

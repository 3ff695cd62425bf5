/**
 * A small event judged by a panel of tablets, for browser tests that need real scores from real
 * jurors: the organizer sets the event up through the admin API (KIPP Malang rubric), prints the
 * enrollment cards, and each juror's tablet — its own browser context — opens its card's link, enrolls
 * through the app's enrollment screen, signs the integrity pact and scores through the score sheet.
 * Every wait below waits for something on screen or in IndexedDB, never for a span of time.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';
import * as v from 'valibot';
import { type EnrollmentCard, EnrollmentCardsSchema, EventDetailSchema } from '#shared/admin-api.ts';
import { acceptPact, expectAllSent } from '../sync-support.ts';
import type { RunningServer } from './server.ts';

/** Generous bounds on waits: five tablets share two CPU cores with the server and the organizer. */
export const WAIT = { timeout: 30_000 };

export interface PanelTeam {
  id: string;
  title: string;
  agency: string;
}

export interface PanelJuror {
  name: string;
  title?: string;
  institution?: string;
}

export interface PanelEvent {
  id: string;
  name: string;
  day: string;
  teams: PanelTeam[];
  jurors: PanelJuror[];
}

export interface Tablet {
  jurorId: string;
  name: string;
  context: BrowserContext;
  page: Page;
}

/** The organizer's API with the token, answering parsed JSON; a status other than `expected` throws. */
export function adminApi(server: RunningServer, token: string) {
  return async (method: string, path: string, body?: unknown, expected = [200, 201]): Promise<unknown> => {
    const res = await fetch(`${server.url}/api/admin${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!expected.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text);
  };
}

/** Creates the event with the KIPP Malang rubric, its teams (one slot each) and its jurors; returns juror ids in order. */
export async function createPanelEvent(
  server: RunningServer,
  token: string,
  event: PanelEvent,
): Promise<string[]> {
  const api = adminApi(server, token);
  await api('POST', '/events', {
    id: event.id,
    name: event.name,
    organiser: 'Bagian Organisasi, Sekretariat Daerah Kota Malang',
    venue: 'Hotel Gajahmada, Malang',
    days: [event.day],
    timezone: 'Asia/Jakarta',
    presentationMinutes: 7,
    interviewMinutes: 13,
    topGroups: [6, 3],
    rubricPreset: 'kipp-malang',
  });
  for (const [i, team] of event.teams.entries()) {
    const minutes = 8 * 60 + i * 20;
    const start = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    await api('PUT', `/events/${event.id}/teams/${team.id}`, {
      agency: team.agency,
      agencyType: 'perangkat-daerah',
      title: team.title,
      summary: `Ringkasan ${team.title}.`,
      no: i + 1,
      slot: { day: event.day, start, room: 'Ruang Bromo' },
      create: true,
    });
  }
  let detail: unknown;
  for (const juror of event.jurors) detail = await api('POST', `/events/${event.id}/jurors`, juror);
  return jurorIdsOf(detail);
}

/** One tablet per juror, each enrolled with its own card's link through the enrollment screen. */
export async function enrollPanel(
  browser: Browser,
  server: RunningServer,
  token: string,
  eventId: string,
): Promise<Tablet[]> {
  const reply = await adminApi(server, token)('POST', `/events/${eventId}/cards`);
  const tablets: Tablet[] = [];
  for (const card of cardsOf(reply)) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    const page = await context.newPage();
    await page.goto(card.url);
    await page.getByRole('button', { name: 'Ya, daftarkan' }).click();
    await acceptPact(page);
    tablets.push({ jurorId: card.jurorId, name: card.name, context, page });
  }
  return tablets;
}

/** Opens a team's score sheet on the tablet. */
export async function openSheet(tablet: Tablet, server: RunningServer, teamId: string): Promise<void> {
  await tablet.page.goto(`${server.url}/nilai/${teamId}`);
  await expect(tablet.page.locator('section[data-criterion-id]')).toHaveCount(5, WAIT);
}

/** Taps one value per criterion, in the rubric's order, each committed ("Tersimpan") before the next. */
export async function scoreSheet(tablet: Tablet, values: readonly number[]): Promise<void> {
  const { page } = tablet;
  const ids = await page
    .locator('section[data-criterion-id]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-criterion-id') ?? ''));
  for (const [i, criterionId] of ids.entries()) await tap(page, criterionId, values[i] ?? 5);
}

export async function tap(page: Page, criterionId: string, value: number): Promise<void> {
  const button = page.locator(`[data-criterion-id="${criterionId}"] [data-score-value="${value}"]`);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true', WAIT);
  await expect(page.getByTestId('save-state')).toContainText('Tersimpan', WAIT);
}

export async function finalise(tablet: Tablet): Promise<void> {
  const { page } = tablet;
  await page.getByRole('button', { name: 'Finalkan', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, finalkan' }).click();
  await expect(page.getByRole('button', { name: 'Ubah nilai' })).toBeVisible(WAIT);
}

/** "Ubah nilai" on a final sheet: the reason first, then the new value. */
export async function editFinal(
  tablet: Tablet,
  criterionId: string,
  value: number,
  reason: string,
): Promise<void> {
  const { page } = tablet;
  await page.getByRole('button', { name: 'Ubah nilai' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(reason);
  await dialog.getByRole('button', { name: 'Lanjutkan' }).click();
  await tap(page, criterionId, value);
}

export async function declareConflict(tablet: Tablet, reason: string): Promise<void> {
  const { page } = tablet;
  await page.getByRole('button', { name: 'Konflik kepentingan' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(reason);
  await dialog.getByRole('button', { name: 'Nyatakan konflik' }).click();
  await expect(page.locator('.banner-coi')).toContainText(reason, WAIT);
}

/** Waits until every tablet's change log is confirmed by the server. */
export async function allSent(tablets: readonly Tablet[]): Promise<void> {
  for (const tablet of tablets) await expectAllSent(tablet.page);
}

export async function closePanel(tablets: readonly Tablet[]): Promise<void> {
  for (const tablet of tablets) await tablet.context.close();
}

/** Prints the page to A4 PDF as Chromium does and returns each page's text (pdftotext), whitespace collapsed. */
export async function printedPages(page: Page, dir: string, name: string): Promise<string[]> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' })
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

function jurorIdsOf(detail: unknown): string[] {
  return v.parse(EventDetailSchema, detail).package.jurors.map((j) => j.id);
}

function cardsOf(reply: unknown): EnrollmentCard[] {
  return v.parse(EnrollmentCardsSchema, reply).cards;
}

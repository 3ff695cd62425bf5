/**
 * What a juror does with a tablet during a chaos run, through the real UI only: open each team from
 * the schedule, tap scores, change some, write notes, finalise, change a final score with a reason,
 * declare a conflict of interest now and then. A change counts as acknowledged only when the save
 * indicator said "Tersimpan" for it; that list is what the verdict holds the server to.
 * The fault injector's interruptions (reload, renderer crash, closed page, hand-over) are met here,
 * in the middle of an edit: the tap just made is never waited for.
 */
import { expect, type Page } from '@playwright/test';
import type { FaultKind } from './faults.ts';
import type { Random } from './random.ts';
import { bounded, enroll, openPath, reopenPage, sleep, type Tablet } from './tablet.ts';
import type { VenueServer } from './venue-server.ts';
import type { AckedChange } from './verdict.ts';

export interface TeamSlot {
  id: string;
  day: string;
}

export interface JurorContext {
  server: VenueServer;
  teams: readonly TeamSlot[];
  /** The harness's own log line (e.g. an interruption met, an update applied). */
  note: (tablet: Tablet, what: string, fault?: FaultKind) => void;
}

type Status = 'draft' | 'final' | 'coi';

interface SheetView {
  status: Status;
  scores: Record<string, number | null>;
  scale: number[];
}

const SCHEDULE_ROW = 'a[data-team-id]';
let notesWritten = 0;
const SAVE_SETTLED = '[data-testid="save-state"].save-saved, [data-testid="save-state"].save-failed';

/** Reads the event's teams, day by day, from the schedule on screen. */
export async function readTeams(page: Page): Promise<TeamSlot[]> {
  await page.locator(SCHEDULE_ROW).first().waitFor();
  const days = await page
    .locator('[data-day]')
    .evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-day')));
  const teams: TeamSlot[] = [];
  for (const day of days.length > 0 ? days : [null]) {
    if (day) await page.locator(`[data-day="${day}"]`).click();
    const ids = await page
      .locator(SCHEDULE_ROW)
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-team-id')));
    for (const id of ids) if (id) teams.push({ id, day: day ?? '' });
  }
  return teams;
}

/** The juror's work until `until`: team after team; every failure is met by reopening the app. */
export async function jurorLoop(
  ctx: JurorContext,
  tablet: Tablet,
  random: Random,
  until: number,
): Promise<void> {
  const next = new Map<string, number>();
  while (Date.now() < until) {
    try {
      if (tablet.interruption === 'handover') {
        tablet.step = 'handing over';
        await handOver(ctx, tablet, random, until);
        continue;
      }
      const at = next.get(tablet.currentJuror) ?? 0;
      const team = ctx.teams[at % ctx.teams.length];
      if (!team) throw new Error('the event has no teams');
      tablet.step = `scoring ${team.id}`;
      if (await workOnTeam(ctx, tablet, random, team)) next.set(tablet.currentJuror, at + 1);
    } catch (error) {
      if (Date.now() >= until) break;
      ctx.note(tablet, `recovering after: ${firstLine(error)}`);
      tablet.step = `reopening after: ${firstLine(error)}`;
      await reopenPage(tablet, '/').catch((e: unknown) => ctx.note(tablet, `reopen failed: ${firstLine(e)}`));
    }
  }
  tablet.step = 'checking the page is usable';
  await ensureUsablePage(tablet);
  tablet.step = 'done';
}

/** The drain needs every tablet's page running its sync loop: a closed or crashed page is opened again. */
async function ensureUsablePage(tablet: Tablet): Promise<void> {
  const alive = tablet.page.isClosed()
    ? false
    : await Promise.race([
        tablet.page.evaluate(() => true).catch(() => false),
        sleep(10_000).then(() => false),
      ]);
  if (!alive) await reopenPage(tablet, '/');
}

/** Scores one team as far as the juror gets; true when its sheet is done (final or a conflict). */
async function workOnTeam(
  ctx: JurorContext,
  tablet: Tablet,
  random: Random,
  team: TeamSlot,
): Promise<boolean> {
  await openTeam(ctx, tablet, team);
  let view = await readSheet(tablet.page);
  if (view.status === 'coi') return true;
  if (view.status === 'final') {
    if (random.chance(0.4)) await editWithReason(ctx, tablet, random, team, view);
    return true;
  }
  if (Object.values(view.scores).every((s) => s === null) && random.chance(0.05)) {
    await declareConflict(tablet, team.id, `instansi saya sendiri (${random.int(1, 99)})`);
    return true;
  }
  for (;;) {
    if (tablet.interruption && tablet.interruption !== 'handover') {
      await interrupt(ctx, tablet, random, team, view);
      return false;
    }
    const unscored = Object.keys(view.scores).filter((c) => view.scores[c] === null);
    const scored = Object.keys(view.scores).filter((c) => view.scores[c] !== null);
    const roll = random.next();
    if (unscored.length === 0 && roll < 0.75) break;
    if (scored.length > 0 && roll < 0.12) {
      const criterion = random.pick(scored);
      await tapScore(tablet, team.id, criterion, otherValue(random, view, criterion));
    } else if (roll < 0.24) {
      await writeNote(tablet, team.id, random.pick(Object.keys(view.scores)), random);
    } else if (unscored.length > 0) {
      const criterion = random.pick(unscored);
      await tapScore(tablet, team.id, criterion, otherValue(random, view, criterion));
    }
    view = await readSheet(tablet.page);
  }
  await finalise(tablet, team.id);
  if (random.chance(0.15)) await editWithReason(ctx, tablet, random, team, await readSheet(tablet.page));
  return true;
}

async function openTeam(ctx: JurorContext, tablet: Tablet, team: TeamSlot): Promise<void> {
  const page = tablet.page;
  if (!(await page.locator(SCHEDULE_ROW).first().isVisible())) {
    await page.locator('.app-bar nav a[href="/"]').click();
    await page.locator(SCHEDULE_ROW).first().waitFor();
  }
  await applyWaitingUpdate(ctx, tablet);
  const row = tablet.page.locator(`${SCHEDULE_ROW}[data-team-id="${team.id}"]`);
  if (!(await row.isVisible()) && team.day) await tablet.page.locator(`[data-day="${team.day}"]`).click();
  await row.click();
  await tablet.page.getByTestId('sheet-action-bar').waitFor();
}

/** A deployed update waits for a closed sheet and an empty outbox; a juror on the schedule taps it. */
async function applyWaitingUpdate(ctx: JurorContext, tablet: Tablet): Promise<void> {
  const apply = tablet.page.getByTestId('update-apply');
  if (!(await apply.isVisible()) || !(await apply.isEnabled())) return;
  await Promise.all([tablet.page.waitForEvent('load'), apply.click()]);
  await tablet.page.locator(SCHEDULE_ROW).first().waitFor();
  ctx.note(tablet, 'applied the new app version');
}

async function readSheet(page: Page): Promise<SheetView> {
  await page.getByTestId('sheet-action-bar').waitFor();
  return bounded(readSheetView(page), 20_000, 'reading the sheet');
}

function readSheetView(page: Page): Promise<SheetView> {
  return page.evaluate(() => {
    const bar = document.querySelector('[data-testid="sheet-action-bar"]');
    const text = bar?.textContent ?? '';
    const status: Status = bar?.querySelector('.btn-finalise')
      ? 'draft'
      : text.includes('Ubah nilai') || text.includes('Selesai mengubah')
        ? 'final'
        : 'coi';
    const scores: Record<string, number | null> = {};
    let scale: number[] = [];
    for (const row of document.querySelectorAll('section[data-criterion-id]')) {
      const id = row.getAttribute('data-criterion-id') ?? '';
      const pressed = row.querySelector('[data-score-value][aria-pressed="true"]');
      scores[id] = pressed ? Number(pressed.getAttribute('data-score-value')) : null;
      scale = [...row.querySelectorAll('[data-score-value]')].map((b) =>
        Number(b.getAttribute('data-score-value')),
      );
    }
    return { status, scores, scale };
  });
}

function otherValue(random: Random, view: SheetView, criterion: string): number {
  const choices = view.scale.filter((v) => v !== view.scores[criterion]);
  return random.pick(choices.length > 0 ? choices : view.scale);
}

/** True when the save indicator settled on "Tersimpan" (a failure is never an acknowledgement). */
async function acknowledged(page: Page): Promise<boolean> {
  const settled = page.locator(SAVE_SETTLED);
  await settled.waitFor();
  return (await settled.getAttribute('class'))?.includes('save-saved') ?? false;
}

function ack(tablet: Tablet, change: Omit<AckedChange, 'jurorId'>): void {
  tablet.acked.push({ jurorId: tablet.currentJuror, ...change });
}

async function tapScore(tablet: Tablet, teamId: string, criterionId: string, value: number, reason?: string) {
  const button = tablet.page.locator(`[data-criterion-id="${criterionId}"] [data-score-value="${value}"]`);
  await button.click();
  if (!(await acknowledged(tablet.page))) return;
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  ack(tablet, { teamId, kind: 'score', criterionId, newValue: value, ...(reason ? { reason } : {}) });
}

async function writeNote(tablet: Tablet, teamId: string, criterionId: string, random: Random): Promise<void> {
  const row = tablet.page.locator(`section[data-criterion-id="${criterionId}"]`);
  const field = row.locator('textarea');
  if (!(await field.isVisible())) await row.getByRole('button', { name: /^Catatan/ }).click();
  // Never the text already there: an unchanged note writes nothing, and must not be counted as a change.
  notesWritten += 1;
  const text = `Catatan ${notesWritten}/${random.int(1000, 9999)}: data dampak perlu dilengkapi`;
  await field.fill(text);
  await field.blur();
  if (await acknowledged(tablet.page)) ack(tablet, { teamId, kind: 'note', criterionId, newValue: text });
}

async function finalise(tablet: Tablet, teamId: string): Promise<void> {
  await tablet.page.getByRole('button', { name: 'Finalkan', exact: true }).click();
  await tablet.page.getByRole('dialog').getByRole('button', { name: 'Ya, finalkan' }).click();
  if (await acknowledged(tablet.page))
    ack(tablet, { teamId, kind: 'status', criterionId: null, newValue: 'final' });
  await tablet.page.getByRole('button', { name: 'Ubah nilai' }).waitFor();
}

async function declareConflict(tablet: Tablet, teamId: string, reason: string): Promise<void> {
  await tablet.page
    .getByTestId('sheet-action-bar')
    .getByRole('button', { name: 'Konflik kepentingan' })
    .click();
  const dialog = tablet.page.getByRole('dialog');
  await dialog.locator('textarea').fill(reason);
  await dialog.getByRole('button', { name: 'Nyatakan konflik' }).click();
  if (await acknowledged(tablet.page))
    ack(tablet, { teamId, kind: 'status', criterionId: null, newValue: 'coi', reason });
}

async function editWithReason(
  ctx: JurorContext,
  tablet: Tablet,
  random: Random,
  team: TeamSlot,
  view: SheetView,
): Promise<void> {
  const criteria = Object.keys(view.scores);
  if (criteria.length === 0) return;
  const reason = `salah ketik saat presentasi (${random.int(1, 999)})`;
  await tablet.page.getByRole('button', { name: 'Ubah nilai' }).click();
  const dialog = tablet.page.getByRole('dialog');
  await dialog.locator('textarea').fill(reason);
  await dialog.getByRole('button', { name: 'Lanjutkan' }).click();
  const criterion = random.pick(criteria);
  if (tablet.interruption && tablet.interruption !== 'handover') {
    await interrupt(ctx, tablet, random, team, view);
    return;
  }
  await tapScore(tablet, team.id, criterion, otherValue(random, view, criterion), reason);
  await tablet.page.getByRole('button', { name: 'Selesai mengubah' }).click();
}

/** Meets the injected interruption mid-edit: a tap is made and, without waiting for it, the tab goes. */
async function interrupt(
  ctx: JurorContext,
  tablet: Tablet,
  random: Random,
  team: TeamSlot,
  view: SheetView,
): Promise<void> {
  const kind = tablet.interruption;
  tablet.interruption = null;
  const criteria = Object.keys(view.scores);
  if (criteria.length > 0) {
    const criterion = random.pick(criteria);
    const value = otherValue(random, view, criterion);
    await tablet.page
      .locator(`[data-criterion-id="${criterion}"] [data-score-value="${value}"]`)
      .click({ noWaitAfter: true, timeout: 5_000 })
      .catch(() => {});
  }
  if (kind === 'reload') {
    ctx.note(tablet, 'tab reloaded mid-edit', 'tab-reload');
    await tablet.page.reload({ waitUntil: 'domcontentloaded' }).catch(() => {});
    await tablet.page.locator('#app > *').first().waitFor();
  } else if (kind === 'crash') {
    ctx.note(tablet, 'renderer crashed mid-edit', 'renderer-crash');
    const cdp = await tablet.context.newCDPSession(tablet.page);
    const crashed = tablet.page.waitForEvent('crash', { timeout: 10_000 }).catch(() => {});
    void cdp.send('Page.crash').catch(() => {});
    await crashed;
    await reopenPage(tablet, `/nilai/${team.id}`);
  } else if (kind === 'close-reopen') {
    ctx.note(tablet, 'page closed mid-edit and opened again', 'page-reopen');
    await sleep(random.int(200, 3_000));
    await reopenPage(tablet, `/nilai/${team.id}`);
  }
}

/** The tablet goes to the spare juror, who scores a team or two, and comes back to its juror. */
async function handOver(ctx: JurorContext, tablet: Tablet, random: Random, until: number): Promise<void> {
  tablet.interruption = null;
  const spare = tablet.spareJuror;
  if (!spare) return;
  const home = tablet.homeJuror;
  ctx.note(tablet, `handed to ${spare}`, 'handover');
  await enroll(tablet, ctx.server, spare);
  for (let i = random.int(1, 2); i > 0 && Date.now() < until; i--) {
    const team = ctx.teams[random.int(0, ctx.teams.length - 1)];
    if (team)
      await workOnTeam(ctx, tablet, random, team).catch((e: unknown) => ctx.note(tablet, firstLine(e)));
    if (tablet.page.isClosed()) await openPath(tablet, '/');
  }
  await enroll(tablet, ctx.server, home);
  ctx.note(tablet, `handed back to ${home}`);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

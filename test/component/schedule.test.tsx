import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentChild } from 'preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '#app/db/database.ts';
import { saveEventPackage } from '#app/db/events-repo.ts';
import { acceptPact, getSession, type Session, startSession } from '#app/db/meta-repo.ts';
import { declareConflict, finaliseSheet, type SheetRef, saveScore } from '#app/db/sheets-repo.ts';
import { HomeScreen } from '#app/screens/home-screen.tsx';
import { useUi } from '#app/store/ui-store.ts';
import type { EventPackage } from '#shared/event.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';
import { renderAsPage } from './support/render-route.tsx';

const EVENT = 'kipp-malang-2021';
const JUROR = 'juri-1';
const ref = (teamId: string): SheetRef => ({ eventId: EVENT, jurorId: JUROR, teamId });

/** The small event with day 1's order swapped in time only, so order must come from the clock, not the array. */
function swappedEvent(): EventPackage {
  const pkg = makeSmallEvent();
  for (const slot of pkg.slots) {
    if (slot.teamId === 'dispendukcapil') slot.start = '08:50';
    if (slot.teamId === 'puskesmas-dinoyo') slot.start = '08:30';
  }
  return pkg;
}

async function seed(pkg: EventPackage = makeSmallEvent()): Promise<Session> {
  await saveEventPackage(pkg, 'demo');
  await startSession(EVENT, JUROR, 'demo');
  await acceptPact();
  const session = await getSession();
  if (!session) throw new Error('no session');
  return session;
}

async function scoreAll(teamId: string, value: number) {
  for (const criterion of ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan']) {
    await saveScore(ref(teamId), criterion, value);
  }
}

function renderWith(ui: ComponentChild) {
  return render(<LocationProvider>{ui}</LocationProvider>);
}

/** The home screen as the tablet's clock reads `now` (only Date is faked: IndexedDB's timers run as usual). */
function renderAt(now: Date) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  return renderWith(<HomeScreen />);
}

const rows = () => within(screen.getByRole('tabpanel')).queryAllByRole('link');
function row(index: number): HTMLElement {
  const found = rows()[index];
  if (!found) throw new Error(`no row ${index}`);
  return found;
}

afterEach(() => {
  vi.useRealTimers();
});

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useUi.setState({ lang: 'id' });
  history.replaceState(null, '', '/');
});

describe('schedule', () => {
  it("lists the day's teams in time order with their status and the juror's progress", async () => {
    await seed(swappedEvent());
    await saveScore(ref('dispendukcapil'), 'kebaruan', 7);
    await scoreAll('puskesmas-dinoyo', 8);
    await finaliseSheet(ref('puskesmas-dinoyo'));
    await declareConflict(ref('smpn-5-malang'), 'Anak saya bersekolah di sana');
    renderAsPage(HomeScreen);

    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows().map((r) => [r.dataset.teamId, r.dataset.status])).toEqual([
      ['puskesmas-dinoyo', 'final'],
      ['dispendukcapil', 'draft'],
    ]);
    expect(row(0).getAttribute('href')).toBe('/nilai/puskesmas-dinoyo');
    expect(row(0).textContent).toContain('08:30');
    expect(row(0).textContent).toContain('Posyandu Daring Dinoyo');
    expect(within(row(0)).getByText('Final')).toBeTruthy();
    expect(within(row(1)).getByText('Draf')).toBeTruthy();

    expect(screen.getByText('1 dari 3 final')).toBeTruthy();
    expect(screen.getByText(/1 konflik kepentingan/)).toBeTruthy();
    const bar = screen.getByRole('progressbar');
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['1', '3']);
    expect(screen.getByText('Dr. Ratna Wulandari')).toBeTruthy();
  });

  it('shows a team nobody scored yet as "Belum dinilai"', async () => {
    await seed();
    renderAsPage(HomeScreen);

    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows().map((r) => r.dataset.status)).toEqual(['none', 'none']);
    expect(within(screen.getByRole('tabpanel')).getAllByText('Belum dinilai')).toHaveLength(2);
    expect(screen.getByText('0 dari 3 final')).toBeTruthy();
  });

  it('switches to the other day with its tab', async () => {
    await seed();
    await declareConflict(ref('smpn-5-malang'), 'Anak saya bersekolah di sana');
    renderAsPage(HomeScreen);
    await waitFor(() => expect(rows()).toHaveLength(2));

    const day2 = screen.getByRole('tab', { name: /Hari 2/ });
    expect(day2.getAttribute('aria-selected')).toBe('false');
    fireEvent.click(day2);

    await waitFor(() => expect(rows().map((r) => r.dataset.teamId)).toEqual(['smpn-5-malang']));
    expect(screen.getByRole('tab', { name: /Hari 2/ }).getAttribute('aria-selected')).toBe('true');
    expect(row(0).dataset.status).toBe('coi');
    expect(within(row(0)).getByText('Konflik kepentingan')).toBeTruthy();
  });

  it('follows sheet changes without a reload', async () => {
    await seed();
    renderAsPage(HomeScreen);
    await waitFor(() => expect(screen.getByText('0 dari 3 final')).toBeTruthy());

    await scoreAll('dispendukcapil', 9);
    await finaliseSheet(ref('dispendukcapil'));

    await waitFor(() => expect(screen.getByText('1 dari 3 final')).toBeTruthy());
    expect(rows().find((r) => r.dataset.teamId === 'dispendukcapil')?.dataset.status).toBe('final');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
  });

  it('labels the slot on now and the next one from the WIB clock', async () => {
    await seed();
    // 01:35 UTC is 08:35 WIB: the 08:30 slot is on, the 08:50 slot comes next.
    renderAt(new Date('2021-03-16T01:35:00Z'));

    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(row(0).dataset.teamId).toBe('dispendukcapil');
    expect(within(row(0)).getByText('Sedang berlangsung')).toBeTruthy();
    expect(within(row(1)).getByText('Berikutnya')).toBeTruthy();
    expect(within(row(1)).queryByText('Sedang berlangsung')).toBeNull();
  });

  it("opens on today's tab during the event", async () => {
    await seed();
    renderAt(new Date('2021-03-17T01:40:00Z'));

    await waitFor(() => expect(rows().map((r) => r.dataset.teamId)).toEqual(['smpn-5-malang']));
    expect(screen.getByRole('tab', { name: /Hari 2/ }).getAttribute('aria-selected')).toBe('true');
    expect(within(row(0)).getByText('Sedang berlangsung')).toBeTruthy();
  });

  it('"Keluar dari latihan" ends the practice session and returns to enrollment', async () => {
    await seed();
    renderAsPage(HomeScreen);
    fireEvent.click(await screen.findByRole('button', { name: 'Keluar dari latihan' }));

    expect(await screen.findByRole('heading', { name: 'Daftarkan tablet' })).toBeTruthy();
    expect(await getSession()).toBeUndefined();
  });
});

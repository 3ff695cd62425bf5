import { render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '#app/db/database.ts';
import { saveEventPackage } from '#app/db/events-repo.ts';
import { acceptPact, startSession } from '#app/db/meta-repo.ts';
import { declareConflict, finaliseSheet, type SheetRef, saveScore } from '#app/db/sheets-repo.ts';
import { MyScoresScreen } from '#app/screens/my-scores-screen.tsx';
import { useUi } from '#app/store/ui-store.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

const EVENT = 'kipp-malang-2021';
const JUROR = 'juri-1';
const ref = (teamId: string): SheetRef => ({ eventId: EVENT, jurorId: JUROR, teamId });

async function seedEvent() {
  const pkg = makeSmallEvent();
  // Package order must not matter: the table follows the schedule.
  pkg.teams.reverse();
  await saveEventPackage(pkg, 'demo');
  await startSession(EVENT, JUROR, 'demo');
}

function renderMyScores() {
  return render(
    <LocationProvider>
      <MyScoresScreen />
    </LocationProvider>,
  );
}

const tableRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((r) => r.hasAttribute('data-team-id'));

function rowOf(teamId: string): HTMLElement {
  const found = tableRows().find((r) => r.dataset.teamId === teamId);
  if (!found) throw new Error(`no row for ${teamId}`);
  return found;
}

const cells = (teamId: string) =>
  Array.from(rowOf(teamId).querySelectorAll('td[data-criterion-id]'), (td) => td.textContent);
const totalOf = (teamId: string) => rowOf(teamId).querySelector('.total-value')?.textContent ?? '';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useUi.setState({ lang: 'id' });
  history.replaceState(null, '', '/rekap');
});

describe('my scores', () => {
  it('keeps a withdrawn team the juror scored, marked as withdrawn, and drops one never scored', async () => {
    await seedEvent();
    await acceptPact();
    await saveScore(ref('dispendukcapil'), 'kebaruan', 8);
    const pkg = makeSmallEvent();
    pkg.event.packageVersion = 2;
    pkg.teams = pkg.teams.map((t) =>
      t.id === 'smpn-5-malang' || t.id === 'dispendukcapil' ? { ...t, withdrawn: true } : t,
    );
    pkg.slots = pkg.slots.filter((s) => s.teamId === 'puskesmas-dinoyo');
    await saveEventPackage(pkg, 'enrolled');
    renderMyScores();
    await waitFor(() =>
      expect(tableRows().map((r) => r.dataset.teamId)).toEqual(['puskesmas-dinoyo', 'dispendukcapil']),
    );
    expect(rowOf('dispendukcapil').textContent).toContain('Ditarik panitia · nilai tetap tersimpan');
    expect(cells('dispendukcapil')[0]).toBe('8');
  });

  it('shows every score, the weighted total and the status per team, in schedule order', async () => {
    await seedEvent();
    await acceptPact();
    const scores = { kebaruan: 8, efektif: 7, bermanfaat: 9, replikasi: 6, berkelanjutan: 10 };
    for (const [criterion, value] of Object.entries(scores))
      await saveScore(ref('dispendukcapil'), criterion, value);
    await finaliseSheet(ref('dispendukcapil'));
    await saveScore(ref('puskesmas-dinoyo'), 'kebaruan', 10);
    renderMyScores();

    await waitFor(() => expect(tableRows()).toHaveLength(3));
    expect(tableRows().map((r) => r.dataset.teamId)).toEqual([
      'dispendukcapil',
      'puskesmas-dinoyo',
      'smpn-5-malang',
    ]);
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Peserta',
      'Kebaruan',
      'Efektif',
      'Bermanfaat',
      'Dapat ditransfer / direplikasi',
      'Berkelanjutan',
      'Nilai',
      'Status',
    ]);

    expect(cells('dispendukcapil')).toEqual(['8', '7', '9', '6', '10']);
    // (7 + 6 + 8 + 5 + 9) / 9 / 5 of the way from 1 to 10 → 77.78 on 0–100, Indonesian decimal comma.
    expect(totalOf('dispendukcapil')).toBe('77,78');
    expect(within(rowOf('dispendukcapil')).getByText('Final')).toBeTruthy();
    expect(rowOf('dispendukcapil').textContent).not.toContain('sementara');

    expect(cells('puskesmas-dinoyo')).toEqual(['10', '–', '–', '–', '–']);
    // Unscored criteria count for nothing, so a partial total says how much of the sheet it covers.
    expect(totalOf('puskesmas-dinoyo')).toBe('20,00');
    expect(within(rowOf('puskesmas-dinoyo')).getByText('sementara · 1 dari 5 kriteria')).toBeTruthy();
    expect(within(rowOf('puskesmas-dinoyo')).getByText('Draf')).toBeTruthy();

    expect(cells('smpn-5-malang')).toEqual(['–', '–', '–', '–', '–']);
    expect(totalOf('smpn-5-malang')).toBe('–');
    expect(within(rowOf('smpn-5-malang')).getByText('Belum dinilai')).toBeTruthy();
    expect(screen.getByText('1 dari 3 final')).toBeTruthy();
  });

  it('gives no total for a team declared as a conflict of interest', async () => {
    await seedEvent();
    await acceptPact();
    await saveScore(ref('smpn-5-malang'), 'kebaruan', 6);
    await declareConflict(ref('smpn-5-malang'), 'Anak saya bersekolah di sana');
    renderMyScores();

    await waitFor(() => expect(rowOf('smpn-5-malang').dataset.status).toBe('coi'));
    expect(totalOf('smpn-5-malang')).toBe('–');
    expect(within(rowOf('smpn-5-malang')).getByText('Konflik kepentingan')).toBeTruthy();
  });

  it('uses English names and separators after the language switch', async () => {
    await seedEvent();
    await acceptPact();
    await saveScore(ref('dispendukcapil'), 'kebaruan', 10);
    useUi.setState({ lang: 'en' });
    renderMyScores();

    await waitFor(() => expect(tableRows()).toHaveLength(3));
    expect(screen.getByRole('columnheader', { name: 'Novelty' })).toBeTruthy();
    expect(totalOf('dispendukcapil')).toBe('20.00');
    expect(within(rowOf('dispendukcapil')).getByText('provisional · 1 of 5 criteria')).toBeTruthy();
  });

  it('asks for a juror and the pact before showing any table', async () => {
    await seedEvent();
    renderMyScores();

    expect(await screen.findByText(/setujui pakta integritas/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('link', { name: 'Ke halaman awal' }).getAttribute('href')).toBe('/');
  });
});

/**
 * The results page as the committee reads it, from one snapshot (test/unit/results/export-fixture.ts
 * has its arithmetic): sementara with the missing sheet named, Top N and disagreement said in words,
 * drafts and conflicts visibly not counted, and a team's detail with its jurors' notes, the edit after
 * finalising with its reason, the conflict with its reason and the chart's text alternative.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { AdminClient } from '#app/panitia/api-client.ts';
import { PanitiaContext } from '#app/panitia/panitia-context.ts';
import { ResultsTab } from '#app/panitia/results/results-tab.tsx';
import type { ResultsSnapshot } from '#app/panitia/results/use-results.ts';
import { exportInput } from '../unit/results/export-fixture.ts';

function setup(change: (snapshot: ResultsSnapshot) => ResultsSnapshot = (s) => s) {
  const snapshot = change(structuredClone(exportInput().reply));
  const client: AdminClient = { request: async () => ({ ok: true, value: snapshot as never }) };
  render(
    <PanitiaContext.Provider value={{ client, onFailure: () => {} }}>
      <ResultsTab eventId="kipp-malang-2021" />
    </PanitiaContext.Provider>,
  );
}

const row = (teamId: string) => {
  const found = document.querySelector<HTMLElement>(`tr[data-team-id="${teamId}"]`);
  if (!found) throw new Error(`no row ${teamId}`);
  return found;
};

describe('results page', () => {
  it('says sementara and names the missing sheet; marks Top N, drafts and conflicts in words', async () => {
    setup();
    const status = await screen.findByTestId('results-status');
    expect(status.textContent).toContain('Peringkat SEMENTARA: 1 lembar wajib belum final');
    expect(status.textContent).toContain('Kelas Radio Belajar dari Rumah: Bambang Setiawan (draf)');
    expect(within(row('dispendukcapil')).getByText('★ Top 3')).toBeTruthy();
    expect(row('dispendukcapil').querySelector('td.rank')?.textContent).toBe('1');
    expect(row('dispendukcapil').querySelector('td.mean')?.textContent).toBe('84,44');
    expect(row('smpn-5-malang').querySelector('td[data-juror-id="juri-2"]')?.textContent).toBe(
      '55,56 (draf)',
    );
    expect(row('puskesmas-dinoyo').querySelector('td[data-juror-id="juri-2"]')?.textContent).toBe('KK');
    expect(
      screen.getByText(
        /beda pendapat = nilai akhir juri tertinggi dan terendah berselisih lebih dari 20 poin/,
      ),
    ).toBeTruthy();
    expect(screen.getByTestId('top-3').textContent).toContain('Top 3');
  });

  it('flags a disagreement with a sign and a word, not colour alone', async () => {
    setup((s) => {
      const first = s.results.teams[0];
      if (first) first.disagreement = true;
      return s;
    });
    await screen.findByTestId('ranking');
    const range = row('dispendukcapil').querySelector('td.disagreement');
    expect(range?.textContent).toBe('⚠ 13,33 beda pendapat');
  });

  it("opens a team's detail: scores, notes, the edit after finalising with its reason, the chart as text", async () => {
    setup();
    fireEvent.click(await screen.findByRole('button', { name: /Layanan Adminduk Drive-Thru/ }));
    const detail = screen.getByTestId('team-detail');
    expect(detail.textContent).toContain('Kebaruan: Layanan tanpa turun dari mobil; ide segar.');
    expect(detail.textContent).toContain('Komentar umum: Presentasi jelas, data lengkap.');
    expect(within(detail).getByTestId('sheet-edits').textContent).toBe(
      'Dr. Ratna Wulandari: Efektif 9 → 10. Alasan: Salah ketuk, seharusnya 10',
    );
    expect(within(detail).getByRole('img').getAttribute('aria-label')).toBe(
      'Nilai akhir juri untuk Layanan Adminduk Drive-Thru: Dr. Ratna Wulandari 91,11, Bambang Setiawan 77,78. Rata-rata 84,44.',
    );

    fireEvent.click(screen.getByRole('button', { name: /Posyandu Daring Dinoyo/ }));
    const other = screen.getByTestId('team-detail');
    expect(other.textContent).toContain(
      'Bambang Setiawan — dinyatakan juri: Istri bekerja di Puskesmas Dinoyo',
    );
    expect(other.textContent).toContain('konflik kepentingan · tidak dihitung');
  });
});

/**
 * The console's import panel as the organizer meets it: a file with bad cells is answered with
 * exactly those cells and nothing is sent; a good file gets a preview, and only "Terapkan impor"
 * sends the rows (all of them, once).
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { AdminClient } from '#app/panitia/api-client.ts';
import { PanitiaContext } from '#app/panitia/panitia-context.ts';
import { ImportPanel } from '#app/panitia/tabs/import-panel.tsx';
import type { EventDetail } from '#shared/admin-api.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

const HEADER = 'No;Perangkat daerah / unit;Jenis;Judul inovasi;Ringkasan;Hari;Jam mulai;Ruang';
const GOOD = [
  '1;Dinas Kependudukan dan Pencatatan Sipil;Perangkat daerah;Layanan Adminduk Drive-Thru;Ringkasan satu.;16/03/2021;08.30;Ruang Gajahmada 1',
  '2;Puskesmas Dinoyo;Puskesmas;Posyandu Daring Dinoyo;Ringkasan dua.;16/03/2021;08.50;Ruang Gajahmada 1',
  '3;SMP Negeri 5 Malang;Sekolah;Kelas Radio;Ringkasan tiga.;17/03/2021;08.30;Ruang Gajahmada 1',
];

interface Call {
  method: string;
  path: string;
  body: unknown;
}

function setup() {
  const calls: Call[] = [];
  const detail: EventDetail = {
    package: { ...makeSmallEvent(), teams: [], slots: [] },
    rubricLock: { firstScoreAt: null, locked: false, unlockedAt: null, unlockReason: null },
  };
  const client: AdminClient = {
    request: async (method, path, _schema, body) => {
      calls.push({ method, path, body });
      return { ok: true, value: detail as never };
    },
  };
  render(
    <PanitiaContext.Provider value={{ client, onFailure: () => {} }}>
      <ImportPanel detail={detail} onDetail={() => {}} reload={async () => {}} />
    </PanitiaContext.Provider>,
  );
  return calls;
}

function choose(lines: string[]): void {
  const file = new File([`\uFEFF${[HEADER, ...lines].join('\r\n')}`], 'peserta.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
}

describe('import panel', () => {
  it('lists exactly the bad cells and sends nothing', async () => {
    const calls = setup();
    choose([
      GOOD[0] ?? '',
      '2;Puskesmas Dinoyo;Klinik;Posyandu Daring Dinoyo;Ringkasan dua.;16/03/2021;08.50;Ruang Gajahmada 1',
      '3;SMP Negeri 5 Malang;Sekolah;;Ringkasan tiga.;17/03/2021;jam 9;Ruang Gajahmada 1',
    ]);
    const issues = await screen.findByTestId('import-issues');
    expect(issues.textContent).toContain('3 sel perlu diperbaiki. Tidak ada yang diimpor.');
    expect([...issues.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Baris 3, kolom Jenis (C): harus salah satu dari: Perangkat daerah, Unit kerja, Sekolah, Puskesmas, Perusahaan daerah',
      'Baris 4, kolom Judul inovasi (D): wajib diisi',
      'Baris 4, kolom Jam mulai (G): harus jam, misalnya 08.30',
    ]);
    expect(screen.queryByRole('button', { name: 'Terapkan impor' })).toBeNull();
    expect(calls).toEqual([]);
  });

  it('previews a good file and sends all rows only on "Terapkan impor"', async () => {
    const calls = setup();
    choose(GOOD);
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('3 baru');
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan impor' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/events/kipp-malang-2021/import' });
    expect(calls[0]?.body).toMatchObject({ baseVersion: 0, rows: [{ no: 1 }, { no: 2 }, { no: 3 }] });
    expect(await screen.findByText(/Impor diterapkan: 3 peserta/)).toBeTruthy();
  });
});

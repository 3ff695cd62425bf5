import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getSheet, listChanges } from '#app/db/sheets-repo.ts';
import { ScoreSheetScreen } from '#app/screens/score-sheet-screen.tsx';
import { useUi } from '#app/store/ui-store.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';
import { renderRoute } from './support/render-route.tsx';
import { type Seeded, type SeedOptions, seedTablet } from './support/seed.ts';

const TEAM = 'dispendukcapil';
const TITLE = 'Layanan Adminduk Drive-Thru';

// Ceilings, not expectations: the suite shares a small machine with other test runs.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  useUi.setState({ lang: 'id', openSheetTeamId: null });
});

async function openSheet(
  options: SeedOptions = {},
  teamId = TEAM,
): Promise<Seeded & { unmount: () => void }> {
  const seeded = await seedTablet(options);
  const view = renderRoute(`/nilai/${teamId}`, '/nilai/:teamId', ScoreSheetScreen);
  await screen.findByRole('heading', { level: 1, name: TITLE });
  return { ...seeded, unmount: view.unmount };
}

function row(criterionId: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-criterion-id="${criterionId}"]`);
  if (!found) throw new Error(`no row for ${criterionId}`);
  return found;
}

function scoreButton(criterionId: string, value: number): HTMLButtonElement {
  const found = row(criterionId).querySelector<HTMLButtonElement>(`[data-score-value="${value}"]`);
  if (!found) throw new Error(`no button ${value} for ${criterionId}`);
  return found;
}

const saveState = () => screen.getByTestId('save-state').textContent ?? '';
const allScoreButtons = () => [...document.querySelectorAll<HTMLButtonElement>('[data-score-value]')];

async function score(criterionId: string, value: number): Promise<void> {
  fireEvent.click(scoreButton(criterionId, value));
  await waitFor(() => expect(scoreButton(criterionId, value).getAttribute('aria-pressed')).toBe('true'));
  await waitFor(() => expect(saveState()).toContain('Tersimpan'));
}

const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];

/** Scores every criterion (kebaruan at `first`, the others at 7): only a complete sheet can be final. */
async function scoreAll(first = 8): Promise<void> {
  for (const id of CRITERIA) await score(id, id === 'kebaruan' ? first : 7);
}

const actionBar = () => screen.getByTestId('sheet-action-bar');

async function finalise(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Finalkan' }));
  fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ya, finalkan' }));
  await within(actionBar()).findByRole('button', { name: 'Ubah nilai' });
}

describe('score sheet: scoring', () => {
  it('saves a tapped score, then shows Tersimpan, the live total and the count', async () => {
    const { ref, eventId, jurorId } = await openSheet();
    expect(saveState()).not.toContain('Tersimpan');
    expect(screen.getByText('0 dari 5 kriteria')).toBeTruthy();

    await score('kebaruan', 8);

    const sheet = await getSheet(ref(TEAM));
    expect(sheet?.scores).toEqual({ kebaruan: 8 });
    const changes = await listChanges(eventId, jurorId);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      teamId: TEAM,
      kind: 'score',
      criterionId: 'kebaruan',
      oldValue: null,
      newValue: 8,
    });
    // (8 − 1) / 9 of one fifth of 100.
    expect(screen.getByTestId('total').textContent).toBe('15,56');
    expect(screen.getByText('1 dari 5 kriteria')).toBeTruthy();
    expect(within(row('kebaruan')).getByText('nilai 8')).toBeTruthy();
    expect(scoreButton('kebaruan', 7).getAttribute('aria-pressed')).toBe('false');
  });

  it('offers one large button per scale value on every criterion', async () => {
    await openSheet();
    for (const id of ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan']) {
      const values = [...row(id).querySelectorAll('[data-score-value]')].map((b) =>
        b.getAttribute('data-score-value'),
      );
      expect(values).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    }
  });

  it('adds no change entry when the chosen value is tapped again', async () => {
    const { eventId, jurorId, ref } = await openSheet();
    await score('kebaruan', 8);
    fireEvent.click(scoreButton('kebaruan', 8));
    // Transactions run in order: once this later save has committed, an extra one would have too.
    await score('efektif', 5);

    const changes = await listChanges(eventId, jurorId);
    expect(changes.map((c) => [c.criterionId, c.newValue])).toEqual([
      ['kebaruan', 8],
      ['efektif', 5],
    ]);
    expect((await getSheet(ref(TEAM)))?.scores).toEqual({ kebaruan: 8, efektif: 5 });
    expect(scoreButton('kebaruan', 8).getAttribute('aria-pressed')).toBe('true');
  });

  it('changes a draft score without a reason and logs old and new value', async () => {
    const { eventId, jurorId } = await openSheet();
    await score('kebaruan', 8);
    await score('kebaruan', 6);
    const changes = await listChanges(eventId, jurorId);
    expect(changes.at(-1)).toMatchObject({ oldValue: 8, newValue: 6 });
    expect(changes.at(-1)?.reason).toBeUndefined();
  });

  it('opens a criterion’s guidance under the row with one tap', async () => {
    await openSheet();
    const toggle = within(row('efektif')).getByRole('button', { name: 'Panduan Efektif' });
    const guidance = row('efektif').querySelector('.criterion-guidance');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(guidance?.hasAttribute('hidden')).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(guidance?.hasAttribute('hidden')).toBe(false);
    expect(guidance?.textContent).toContain('hasil nyata yang terukur');
  });
});

describe('score sheet: notes and comment', () => {
  it('saves a criterion note on blur', async () => {
    const { ref, eventId, jurorId } = await openSheet();
    fireEvent.click(within(row('bermanfaat')).getByRole('button', { name: /^Catatan/ }));
    const note = screen.getByLabelText('Catatan untuk Bermanfaat');
    fireEvent.focus(note);
    fireEvent.input(note, { target: { value: 'Antrean turun drastis' } });
    expect(saveState()).toContain('Menyimpan…');
    fireEvent.blur(note);

    await waitFor(() => expect(saveState()).toContain('Tersimpan'));
    expect((await getSheet(ref(TEAM)))?.notes).toEqual({ bermanfaat: 'Antrean turun drastis' });
    const changes = await listChanges(eventId, jurorId);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'note',
      criterionId: 'bermanfaat',
      newValue: 'Antrean turun drastis',
    });
  });

  it('keeps a note typed just before leaving the sheet', async () => {
    const { ref, unmount } = await openSheet();
    fireEvent.click(within(row('kebaruan')).getByRole('button', { name: /^Catatan/ }));
    const note = screen.getByLabelText('Catatan untuk Kebaruan');
    fireEvent.focus(note);
    fireEvent.input(note, { target: { value: 'Mirip layanan kota lain' } });
    unmount();

    await waitFor(async () =>
      expect((await getSheet(ref(TEAM)))?.notes).toEqual({ kebaruan: 'Mirip layanan kota lain' }),
    );
  });

  it('shows an existing note open, and the empty ones folded', async () => {
    const seeded = await seedTablet();
    const { saveNote } = await import('#app/db/sheets-repo.ts');
    await saveNote(seeded.ref(TEAM), 'efektif', 'Data 2020 lengkap');
    renderRoute(`/nilai/${TEAM}`, '/nilai/:teamId', ScoreSheetScreen);
    const note = await screen.findByLabelText<HTMLTextAreaElement>('Catatan untuk Efektif');
    expect(note.value).toBe('Data 2020 lengkap');
    expect(screen.queryByLabelText('Catatan untuk Kebaruan')).toBeNull();
  });

  it('saves the overall comment', async () => {
    const { ref } = await openSheet();
    const comment = screen.getByLabelText(/Komentar umum/);
    fireEvent.focus(comment);
    fireEvent.input(comment, { target: { value: 'Presentasi runtut, data kuat.' } });
    fireEvent.blur(comment);

    await waitFor(() => expect(saveState()).toContain('Tersimpan'));
    expect((await getSheet(ref(TEAM)))?.comment).toBe('Presentasi runtut, data kuat.');
  });
});

describe('score sheet: finalising and editing a final sheet', () => {
  it('refuses to finalise an incomplete sheet, naming the empty criteria, and writes nothing', async () => {
    const { ref, eventId, jurorId } = await openSheet();
    await score('kebaruan', 6);
    await score('efektif', 7);

    fireEvent.click(screen.getByRole('button', { name: 'Finalkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Lembar belum lengkap' });
    expect(
      within(dialog).getByText(
        'Hanya lembar yang lengkap dapat difinalkan. 3 dari 5 kriteria belum dinilai:',
      ),
    ).toBeTruthy();
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Bermanfaat', 'Dapat ditransfer / direplikasi', 'Berkelanjutan']);
    // No way to finalise from here: the only action leads back to the rows.
    expect(within(dialog).queryByRole('button', { name: 'Ya, finalkan' })).toBeNull();
    expect(within(dialog).queryByText(/Nilai akhir/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kembali menilai' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await getSheet(ref(TEAM)))?.status).toBe('draft');
    expect(await listChanges(eventId, jurorId)).toHaveLength(2);
  });

  it('confirms a complete sheet with the total it will carry, then shows it final and read-only', async () => {
    const { ref } = await openSheet();
    await scoreAll(8);

    fireEvent.click(screen.getByRole('button', { name: 'Finalkan' }));
    const dialog = screen.getByRole('dialog', { name: 'Finalkan lembar penilaian?' });
    expect(within(dialog).getByText('Semua 5 kriteria sudah dinilai.')).toBeTruthy();
    // (7 + 6 × 4) / 45 × 100 = 68,89: the same number the header shows.
    expect(within(dialog).getByTestId('finalise-total').textContent).toBe('68,89');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ya, finalkan' }));

    await within(actionBar()).findByRole('button', { name: 'Ubah nilai' });
    expect(actionBar().textContent).toContain('Final');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await getSheet(ref(TEAM)))?.status).toBe('final');
    expect(allScoreButtons().every((b) => b.disabled)).toBe(true);
    expect(screen.getByLabelText<HTMLTextAreaElement>(/Komentar umum/).readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Finalkan' })).toBeNull();
  });

  it('offers the next team in the schedule once final', async () => {
    await openSheet();
    await scoreAll();
    await finalise();
    const next = within(actionBar()).getByRole('link', { name: /Berikutnya/ });
    expect(next.getAttribute('href')).toBe('/nilai/puskesmas-dinoyo');
    expect(next.textContent).toContain('Posyandu Daring Dinoyo');
  });

  it('skips teams already done and says when every team is done', async () => {
    const seeded = await seedTablet();
    const { saveScore, finaliseSheet, declareConflict } = await import('#app/db/sheets-repo.ts');
    await declareConflict(seeded.ref('puskesmas-dinoyo'), 'instansi sendiri');
    for (const id of CRITERIA) await saveScore(seeded.ref('smpn-5-malang'), id, 5);
    await finaliseSheet(seeded.ref('smpn-5-malang'));
    for (const id of CRITERIA) await saveScore(seeded.ref(TEAM), id, 6);
    await finaliseSheet(seeded.ref(TEAM));
    renderRoute(`/nilai/${TEAM}`, '/nilai/:teamId', ScoreSheetScreen);

    const done = await within(await screen.findByTestId('sheet-action-bar')).findByRole('link', {
      name: 'Semua peserta selesai · ke jadwal',
    });
    expect(done.getAttribute('href')).toBe('/');
  });

  it('cancelling finalise changes nothing', async () => {
    const { ref, eventId, jurorId } = await openSheet();
    await scoreAll();
    fireEvent.click(screen.getByRole('button', { name: 'Finalkan' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Batal' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await getSheet(ref(TEAM)))?.status).toBe('draft');
    expect(await listChanges(eventId, jurorId)).toHaveLength(CRITERIA.length);
    expect(scoreButton('efektif', 3).disabled).toBe(false);
  });

  it('asks for a reason before editing a final sheet and records it with the change', async () => {
    const { ref, eventId, jurorId } = await openSheet();
    await scoreAll(8);
    await finalise();

    fireEvent.click(screen.getByRole('button', { name: 'Ubah nilai' }));
    const dialog = screen.getByRole('dialog', { name: 'Ubah nilai (alasan wajib)' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lanjutkan' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Alasan wajib diisi.');
    expect(scoreButton('kebaruan', 9).disabled).toBe(true);

    fireEvent.input(within(dialog).getByLabelText('Alasan'), {
      target: { value: '  salah tekan, maksudnya 9  ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lanjutkan' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(actionBar()).getByText('salah tekan, maksudnya 9')).toBeTruthy();

    fireEvent.click(scoreButton('kebaruan', 9));
    await waitFor(() => expect(scoreButton('kebaruan', 9).getAttribute('aria-pressed')).toBe('true'));

    const sheet = await getSheet(ref(TEAM));
    expect(sheet?.status).toBe('final');
    expect(sheet?.scores.kebaruan).toBe(9);
    expect(sheet?.audit.at(-1)).toMatchObject({
      oldValue: 8,
      newValue: 9,
      reason: 'salah tekan, maksudnya 9',
    });
    const last = (await listChanges(eventId, jurorId)).at(-1);
    expect(last).toMatchObject({
      kind: 'score',
      criterionId: 'kebaruan',
      oldValue: 8,
      newValue: 9,
      reason: 'salah tekan, maksudnya 9',
    });
  });

  it('passes the reason with a note edited on a final sheet', async () => {
    const { eventId, jurorId } = await openSheet();
    await scoreAll();
    await finalise();
    fireEvent.click(screen.getByRole('button', { name: 'Ubah nilai' }));
    fireEvent.input(screen.getByLabelText('Alasan'), { target: { value: 'catatan tertinggal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lanjutkan' }));

    fireEvent.click(within(row('replikasi')).getByRole('button', { name: /^Catatan/ }));
    const note = screen.getByLabelText('Catatan untuk Dapat ditransfer / direplikasi');
    fireEvent.focus(note);
    fireEvent.input(note, { target: { value: 'Sudah ditiru Kota Batu' } });
    fireEvent.blur(note);

    await waitFor(async () => expect((await listChanges(eventId, jurorId)).at(-1)?.kind).toBe('note'));
    expect((await listChanges(eventId, jurorId)).at(-1)).toMatchObject({
      newValue: 'Sudah ditiru Kota Batu',
      reason: 'catatan tertinggal',
    });
  });

  it('cancelling the reason leaves the final sheet read-only and unchanged', async () => {
    const { ref, eventId, jurorId } = await openSheet();
    await scoreAll(8);
    await finalise();
    const before = await listChanges(eventId, jurorId);

    fireEvent.click(screen.getByRole('button', { name: 'Ubah nilai' }));
    fireEvent.input(screen.getByLabelText('Alasan'), { target: { value: 'ragu-ragu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(allScoreButtons().every((b) => b.disabled)).toBe(true);
    fireEvent.click(scoreButton('kebaruan', 2));
    expect(await listChanges(eventId, jurorId)).toEqual(before);
    expect((await getSheet(ref(TEAM)))?.scores.kebaruan).toBe(8);
    expect(within(actionBar()).getByRole('button', { name: 'Ubah nilai' })).toBeTruthy();
  });

  it('forgets the edit reason when the sheet is opened again', async () => {
    const first = await openSheet();
    await scoreAll();
    await finalise();
    fireEvent.click(screen.getByRole('button', { name: 'Ubah nilai' }));
    fireEvent.input(screen.getByLabelText('Alasan'), { target: { value: 'koreksi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lanjutkan' }));
    expect(scoreButton('kebaruan', 5).disabled).toBe(false);
    first.unmount();

    renderRoute(`/nilai/${TEAM}`, '/nilai/:teamId', ScoreSheetScreen);
    await within(await screen.findByTestId('sheet-action-bar')).findByRole('button', { name: 'Ubah nilai' });
    expect(scoreButton('kebaruan', 5).disabled).toBe(true);
  });
});

describe('score sheet: clearing a score', () => {
  const clearButton = (criterionId: string) =>
    within(row(criterionId)).getByRole<HTMLButtonElement>('button', { name: /^Kosongkan/ });

  it('clears a draft score with a logged change to empty, and the row says so', async () => {
    const { ref, eventId, jurorId } = await openSheet();
    expect(clearButton('efektif').disabled).toBe(true);
    await score('efektif', 7);
    expect(clearButton('efektif').disabled).toBe(false);
    expect(clearButton('efektif').textContent).toContain('nilai Efektif');

    fireEvent.click(clearButton('efektif'));

    await waitFor(() => expect(within(row('efektif')).getByText('belum dinilai')).toBeTruthy());
    expect(scoreButton('efektif', 7).getAttribute('aria-pressed')).toBe('false');
    expect((await getSheet(ref(TEAM)))?.scores).toEqual({});
    expect((await listChanges(eventId, jurorId)).at(-1)).toMatchObject({
      kind: 'score',
      criterionId: 'efektif',
      oldValue: 7,
      newValue: null,
    });
    expect(screen.getByTestId('total').textContent).toBe('0,00');
  });

  it('offers no clearing on a final sheet, even while changing it with a reason', async () => {
    await openSheet();
    await scoreAll();
    await finalise();
    expect(clearButton('efektif').disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Ubah nilai' }));
    fireEvent.input(screen.getByLabelText('Alasan'), { target: { value: 'koreksi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lanjutkan' }));
    expect(scoreButton('efektif', 5).disabled).toBe(false);
    expect(clearButton('efektif').disabled).toBe(true);
  });
});

describe('score sheet: honest totals', () => {
  const totalBox = () => {
    const box = document.querySelector<HTMLElement>('.sheet-total');
    if (!box) throw new Error('no total');
    return box;
  };

  it('calls a draft total "Nilai sementara" and a final one "Nilai akhir"', async () => {
    await openSheet();
    await score('kebaruan', 10);
    expect(within(totalBox()).getByText('Nilai sementara')).toBeTruthy();
    expect(within(totalBox()).queryByText('Nilai akhir')).toBeNull();
    expect(screen.getByTestId('total').textContent).toBe('20,00');
    for (const id of CRITERIA.slice(1)) await score(id, 10);
    await finalise();
    expect(within(totalBox()).getByText('Nilai akhir')).toBeTruthy();
    expect(screen.getByTestId('total').textContent).toBe('100,00');
  });

  it('shows — and "tidak dihitung" on a conflict of interest, whatever was tapped before', async () => {
    await openSheet();
    await score('kebaruan', 9);
    fireEvent.click(screen.getByRole('button', { name: 'Konflik kepentingan' }));
    fireEvent.input(screen.getByLabelText('Alasan'), { target: { value: 'instansi saya sendiri' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nyatakan konflik' }));

    await waitFor(() => expect(screen.getByTestId('total').textContent).toBe('—'));
    expect(within(totalBox()).getByText('tidak dihitung')).toBeTruthy();
  });

  it('explains the 0–100 total in one line, from the rubric’s own scale', async () => {
    await openSheet();
    expect(screen.getByTestId('scale-note').textContent).toBe(
      'Nilai akhir berskala 0–100: rata-rata berbobot semua kriteria, nilai 1 dihitung 0 dan 10 dihitung 100.',
    );
  });

  it('labels each criterion with its share of the total when the weights differ', async () => {
    const pkg = makeSmallEvent();
    pkg.rubric = {
      ...pkg.rubric,
      criteria: pkg.rubric.criteria.map((c, i) => ({ ...c, weight: i === 0 ? 3 : 1 })),
    };
    await openSheet({ pkg });
    expect(within(row('kebaruan')).getByRole('heading').textContent).toBe('Kebaruan · bobot 42,9%');
    expect(within(row('efektif')).getByRole('heading').textContent).toBe('Efektif · bobot 14,3%');
  });
});

describe('score sheet: a long scale', () => {
  it('scores 0–100 with two rows of large targets instead of 101 buttons, logging only the value', async () => {
    const pkg = makeSmallEvent();
    pkg.rubric = {
      ...pkg.rubric,
      criteria: pkg.rubric.criteria.map((c) => ({ ...c, scale: { min: 0, max: 100, step: 1 } })),
    };
    const { eventId, jurorId, ref } = await openSheet({ pkg });
    const buttons = within(row('efektif')).getAllByRole('button');
    // 11 ranges, the three row controls, and a hint instead of values until a range is chosen.
    expect(buttons.length).toBeLessThanOrEqual(11 + 10 + 3);
    expect(within(row('efektif')).getByText('Pilih rentang di atas, lalu nilainya.')).toBeTruthy();

    fireEvent.click(within(row('efektif')).getByRole('button', { name: '80–89' }));
    expect(await listChanges(eventId, jurorId)).toEqual([]);
    const values = [...row('efektif').querySelectorAll('[data-score-value]')].map((b) =>
      b.getAttribute('data-score-value'),
    );
    expect(values).toEqual(['80', '81', '82', '83', '84', '85', '86', '87', '88', '89']);
    await score('efektif', 85);

    expect((await getSheet(ref(TEAM)))?.scores).toEqual({ efektif: 85 });
    expect((await listChanges(eventId, jurorId)).map((c) => c.newValue)).toEqual([85]);
    expect(within(row('efektif')).getByRole('button', { name: '80–89' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(within(row('efektif')).getByRole('button', { name: '100' }));
    await waitFor(() => expect(row('efektif').querySelector('[data-score-value="100"]')).toBeTruthy());
  });
});

describe('score sheet: conflict of interest', () => {
  it('requires a reason, then disables scoring and says why', async () => {
    const { ref } = await openSheet();
    await score('kebaruan', 8);

    fireEvent.click(screen.getByRole('button', { name: 'Konflik kepentingan' }));
    const dialog = screen.getByRole('dialog', { name: 'Nyatakan konflik kepentingan' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nyatakan konflik' }));
    expect(within(dialog).getByText('Alasan wajib diisi.')).toBeTruthy();
    fireEvent.input(within(dialog).getByLabelText('Alasan'), { target: { value: 'instansi saya sendiri' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nyatakan konflik' }));

    await screen.findByText(/Anda menyatakan konflik kepentingan untuk peserta ini/);
    expect(screen.getByText('instansi saya sendiri')).toBeTruthy();
    expect(within(actionBar()).getByText('Konflik kepentingan: nilai tidak dihitung.')).toBeTruthy();
    expect(allScoreButtons().every((b) => b.disabled)).toBe(true);
    expect(screen.queryByRole('button', { name: 'Finalkan' })).toBeNull();
    const sheet = await getSheet(ref(TEAM));
    expect(sheet).toMatchObject({ status: 'coi', coiReason: 'instansi saya sendiri' });
  });

  it('can be withdrawn with a reason, which enables scoring again', async () => {
    const { ref, eventId, jurorId } = await openSheet();
    fireEvent.click(screen.getByRole('button', { name: 'Konflik kepentingan' }));
    fireEvent.input(screen.getByLabelText('Alasan'), { target: { value: 'instansi saya sendiri' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nyatakan konflik' }));
    await screen.findByRole('button', { name: 'Batalkan konflik kepentingan' });

    fireEvent.click(screen.getByRole('button', { name: 'Batalkan konflik kepentingan' }));
    fireEvent.input(screen.getByLabelText('Alasan'), { target: { value: 'salah pilih peserta' } });
    fireEvent.click(screen.getByRole('button', { name: 'Batalkan konflik' }));

    await waitFor(() => expect(scoreButton('kebaruan', 5).disabled).toBe(false));
    expect((await getSheet(ref(TEAM)))?.status).toBe('draft');
    expect((await listChanges(eventId, jurorId)).at(-1)).toMatchObject({
      kind: 'status',
      newValue: 'draft',
      reason: 'salah pilih peserta',
    });
  });
});

describe('score sheet: around the sheet', () => {
  it('shows English labels after the language switch', async () => {
    await openSheet();
    act(() => useUi.getState().setLang('en'));

    expect(screen.getByText('Provisional total')).toBeTruthy();
    expect(screen.getByText('0 of 5 criteria')).toBeTruthy();
    expect(screen.getByTestId('scale-note').textContent).toContain('The total runs 0–100');
    expect(screen.getByRole('heading', { name: 'Novelty' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Finalise' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Conflict of interest' })).toBeTruthy();
    expect(screen.getByLabelText(/Overall comment/)).toBeTruthy();
    fireEvent.click(scoreButton('kebaruan', 10));
    await waitFor(() => expect(saveState()).toContain('Saved'));
    await waitFor(() => expect(screen.getByTestId('total').textContent).toBe('20.00'));
  });

  it('tells the app-update flow which sheet is open', async () => {
    const { unmount } = await openSheet();
    expect(useUi.getState().openSheetTeamId).toBe(TEAM);
    unmount();
    expect(useUi.getState().openSheetTeamId).toBeNull();
  });

  it('links back to the first screen when no juror is chosen', async () => {
    await seedTablet({ session: false });
    renderRoute(`/nilai/${TEAM}`, '/nilai/:teamId', ScoreSheetScreen);
    const link = await screen.findByRole('link', { name: 'Ke halaman awal' });
    expect(link.getAttribute('href')).toBe('/');
    expect(document.querySelector('[data-score-value]')).toBeNull();
  });

  it('asks for the integrity pact before the first score', async () => {
    await seedTablet({ pact: false });
    renderRoute(`/nilai/${TEAM}`, '/nilai/:teamId', ScoreSheetScreen);
    await screen.findByText('Tandatangani pakta integritas sebelum mulai menilai.');
    expect(document.querySelector('[data-score-value]')).toBeNull();
  });

  it('says so when the team is not in the event', async () => {
    await seedTablet();
    renderRoute('/nilai/tidak-ada', '/nilai/:teamId', ScoreSheetScreen);
    await screen.findByText('Peserta ini tidak ada di acara yang sedang dinilai.');
  });
});

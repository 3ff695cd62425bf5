/**
 * The save indicator's honesty and the no-typing-lost guarantees. The repository is wrapped (calls pass
 * through to the real one) so a test can make one call fail, or see exactly when a call was made.
 */
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeRejectedError } from '#app/db/errors.ts';
import * as repo from '#app/db/sheets-repo.ts';
import { ScoreSheetScreen } from '#app/screens/score-sheet-screen.tsx';
import { useUi } from '#app/store/ui-store.ts';
import { renderRoute } from './support/render-route.tsx';
import { seedTablet } from './support/seed.ts';

const failures = vi.hoisted(() => ({ next: [] as Error[], hold: null as Promise<void> | null }));

vi.mock('#app/db/sheets-repo.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('#app/db/sheets-repo.ts')>();
  return {
    ...actual,
    saveScore: vi.fn(async (...args: Parameters<typeof actual.saveScore>) => {
      // A held call has not reached IndexedDB yet: the stand-in for a slow commit.
      if (failures.hold) await failures.hold;
      const failure = failures.next.shift();
      if (failure) throw failure;
      return actual.saveScore(...args);
    }),
    saveNote: vi.fn(actual.saveNote),
  };
});

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const TEAM = 'puskesmas-dinoyo';

beforeEach(() => {
  failures.next = [];
  failures.hold = null;
  vi.mocked(repo.saveNote).mockClear();
  useUi.setState({ lang: 'id', openSheetTeamId: null });
});

async function openSheet() {
  const seeded = await seedTablet();
  const view = renderRoute(`/nilai/${TEAM}`, '/nilai/:teamId', ScoreSheetScreen);
  await screen.findByRole('heading', { level: 1, name: 'Posyandu Daring Dinoyo' });
  return { ...seeded, unmount: view.unmount };
}

function scoreButton(criterionId: string, value: number): HTMLButtonElement {
  const found = document.querySelector<HTMLButtonElement>(
    `[data-criterion-id="${criterionId}"] [data-score-value="${value}"]`,
  );
  if (!found) throw new Error(`no button ${value} for ${criterionId}`);
  return found;
}

const saveState = () => screen.getByTestId('save-state');

function typeNote(criterionId: string, label: string, text: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(`[data-criterion-id="${criterionId}"]`);
  if (!row) throw new Error(`no row for ${criterionId}`);
  fireEvent.click(within(row).getByRole('button', { name: /^Catatan/ }));
  const note = screen.getByLabelText(label);
  fireEvent.focus(note);
  fireEvent.input(note, { target: { value: text } });
  return note;
}

describe('score sheet: a failed save is never shown as saved', () => {
  it('says Menyimpan… until the repository call has resolved, and only then Tersimpan', async () => {
    const { ref } = await openSheet();
    let release = () => {};
    failures.hold = new Promise<void>((resolve) => {
      release = resolve;
    });

    fireEvent.click(scoreButton('kebaruan', 9));

    await waitFor(() => expect(saveState().textContent).toBe('Menyimpan…'));
    expect(await repo.getSheet(ref(TEAM))).toBeUndefined();
    expect(scoreButton('kebaruan', 9).getAttribute('aria-pressed')).toBe('false');

    release();
    await waitFor(() => expect(saveState().textContent).toBe('✓ Tersimpan'));
    expect((await repo.getSheet(ref(TEAM)))?.scores).toEqual({ kebaruan: 9 });
  });

  it('shows the refusal in dictionary words (never the raw message) and writes nothing', async () => {
    const { ref, eventId, jurorId } = await openSheet();
    failures.next.push(new ChangeRejectedError({ code: 'out_of_scale', message: 'value must be 1-10' }));

    fireEvent.click(scoreButton('kebaruan', 7));

    const alert = await within(saveState()).findByRole('alert');
    expect(alert.textContent).toBe(
      'Tidak tersimpan: nilai di luar skala. Perubahan terakhir tidak disimpan di tablet.',
    );
    expect(saveState().textContent).not.toContain('Tersimpan');
    expect(within(saveState()).getByRole('status').textContent).toBe('');
    expect(scoreButton('kebaruan', 7).getAttribute('aria-pressed')).toBe('false');
    expect(await repo.getSheet(ref(TEAM))).toBeUndefined();
    expect(await repo.listChanges(eventId, jurorId)).toEqual([]);
  });

  it('names a full tablet in plain words, Indonesian first and in English too', async () => {
    await openSheet();
    failures.next.push(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    fireEvent.click(scoreButton('efektif', 4));

    const alert = await within(saveState()).findByRole('alert');
    expect(alert.textContent).toBe(
      'Tidak tersimpan: penyimpanan tablet penuh. Perubahan terakhir tidak disimpan di tablet.',
    );
    act(() => useUi.getState().setLang('en'));
    expect(within(saveState()).getByRole('alert').textContent).toBe(
      "Not saved: the tablet's storage is full. The last change was not stored on the tablet.",
    );
    expect(saveState().textContent).not.toContain('Saved');
  });

  it('names any other storage failure by its code, in a sentence of its own', async () => {
    await openSheet();
    failures.next.push(new DOMException('Internal error opening backing store', 'UnknownError'));

    fireEvent.click(scoreButton('efektif', 4));

    const alert = await within(saveState()).findByRole('alert');
    expect(alert.textContent).toBe(
      'Tidak tersimpan: penyimpanan tablet gagal (kode UnknownError). Perubahan terakhir tidak disimpan di tablet.',
    );
    expect(alert.textContent).not.toContain('backing store');
  });

  it('keeps the failure showing when another field saves, until that field saves or it is dismissed', async () => {
    await openSheet();
    failures.next.push(new ChangeRejectedError({ code: 'bad_value', message: 'isian tidak sah' }));
    fireEvent.click(scoreButton('kebaruan', 7));
    await within(saveState()).findByRole('alert');

    fireEvent.click(scoreButton('efektif', 6));
    await waitFor(() => expect(scoreButton('efektif', 6).getAttribute('aria-pressed')).toBe('true'));
    expect(within(saveState()).getByRole('alert')).toBeTruthy();

    fireEvent.click(scoreButton('kebaruan', 7));
    await waitFor(() => expect(saveState().textContent).toBe('✓ Tersimpan'));
    expect(within(saveState()).queryByRole('alert')).toBeNull();

    failures.next.push(new ChangeRejectedError({ code: 'bad_value', message: 'isian tidak sah' }));
    fireEvent.click(scoreButton('bermanfaat', 3));
    await within(saveState()).findByRole('alert');
    fireEvent.click(within(saveState()).getByRole('button', { name: 'Tutup pesan' }));
    expect(within(saveState()).queryByRole('alert')).toBeNull();
  });
});

describe('score sheet: nothing typed is lost', () => {
  it('hands a half-typed note to the repository as the sheet closes', async () => {
    const { ref, unmount } = await openSheet();
    typeNote('efektif', 'Catatan untuk Efektif', 'Data kunjungan lengkap');
    expect(repo.saveNote).not.toHaveBeenCalled();

    unmount();

    // Synchronously, not by the debounce timer firing later.
    expect(repo.saveNote).toHaveBeenCalledTimes(1);
    expect(vi.mocked(repo.saveNote).mock.calls[0]?.slice(1, 3)).toEqual([
      'efektif',
      'Data kunjungan lengkap',
    ]);
    await waitFor(async () =>
      expect((await repo.getSheet(ref(TEAM)))?.notes).toEqual({ efektif: 'Data kunjungan lengkap' }),
    );
  });

  it('saves a typed note when the page is hidden (tablet sleeps, app switched)', async () => {
    await openSheet();
    typeNote('replikasi', 'Catatan untuk Dapat ditransfer / direplikasi', 'Bisa ditiru puskesmas lain');

    window.dispatchEvent(new Event('pagehide'));

    expect(repo.saveNote).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(saveState().textContent).toBe('✓ Tersimpan'));
  });

  it('saves while the juror keeps typing, without leaving the field', async () => {
    const { ref } = await openSheet();
    typeNote('kebaruan', 'Catatan untuk Kebaruan', 'Pertama di Jawa Timur');
    expect(saveState().textContent).toBe('Menyimpan…');

    await waitFor(async () =>
      expect((await repo.getSheet(ref(TEAM)))?.notes).toEqual({ kebaruan: 'Pertama di Jawa Timur' }),
    );
    expect(repo.saveNote).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(saveState().textContent).toBe('✓ Tersimpan'));
  });
});

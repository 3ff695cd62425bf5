/**
 * A storage failure under a tap, in the juror's words: what failed (full, connection closed, other),
 * that the scores already saved are safe, and what to do now. Nothing is shown as saved. The
 * repository is wrapped so a test can make one call fail the way IndexedDB or Dexie fails it.
 */
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeRejectedError } from '#app/db/errors.ts';
import * as repo from '#app/db/sheets-repo.ts';
import { ScoreSheetScreen } from '#app/screens/score-sheet-screen.tsx';
import { useUi } from '#app/store/ui-store.ts';
import { renderRoute } from './support/render-route.tsx';
import { seedTablet } from './support/seed.ts';

const failures = vi.hoisted(() => ({ next: [] as unknown[] }));

vi.mock('#app/db/sheets-repo.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('#app/db/sheets-repo.ts')>();
  return {
    ...actual,
    saveScore: vi.fn(async (...args: Parameters<typeof actual.saveScore>) => {
      const failure = failures.next.shift();
      if (failure) throw failure;
      return actual.saveScore(...args);
    }),
  };
});

configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const TEAM = 'puskesmas-dinoyo';

beforeEach(() => {
  failures.next = [];
  useUi.setState({ lang: 'id', openSheetTeamId: null });
});

async function openSheet() {
  const seeded = await seedTablet();
  renderRoute(`/nilai/${TEAM}`, '/nilai/:teamId', ScoreSheetScreen);
  await screen.findByRole('heading', { level: 1, name: 'Posyandu Daring Dinoyo' });
  return seeded;
}

function tap(criterionId: string, value: number): void {
  const button = document.querySelector<HTMLButtonElement>(
    `[data-criterion-id="${criterionId}"] [data-score-value="${value}"]`,
  );
  if (!button) throw new Error(`no button ${value} for ${criterionId}`);
  fireEvent.click(button);
}

const saveState = () => screen.getByTestId('save-state');

describe('a storage failure under a tap', () => {
  it('full: says so, says the saved scores are safe and what to do, and never "Tersimpan"', async () => {
    await openSheet();
    // Dexie wraps the browser's error and keeps it as `inner`.
    const dexieAbort = new Dexie.AbortError(
      'Transaction aborted',
      new DOMException('quota', 'QuotaExceededError'),
    );
    failures.next.push(dexieAbort);
    tap('efektif', 4);

    const alert = await within(saveState()).findByRole('alert');
    expect(alert.textContent).toBe(
      'Tidak tersimpan: penyimpanan tablet penuh. Perubahan terakhir tidak disimpan di tablet.',
    );
    expect(screen.getByTestId('storage-advice').textContent).toBe(
      'Nilai yang sudah tersimpan tetap aman di tablet. Catat nilai ini di kertas dan beri tahu panitia.',
    );
    expect(saveState().textContent).not.toContain('Tersimpan');
  });

  it('closed under the app: says the storage was briefly disconnected and the next tap saves', async () => {
    const { ref } = await openSheet();
    failures.next.push(new Dexie.DatabaseClosedError('Database has been closed'));
    tap('kebaruan', 6);

    const alert = await within(saveState()).findByRole('alert');
    expect(alert.textContent).toBe(
      'Tidak tersimpan: penyimpanan tablet sempat terputus. Perubahan terakhir tidak disimpan di tablet.',
    );
    expect(screen.getByTestId('storage-advice').textContent).toBe(
      'Tablet sudah tersambung lagi ke penyimpanannya: ketuk nilai itu sekali lagi.',
    );
    expect(await repo.getSheet(ref(TEAM))).toBeUndefined();

    tap('kebaruan', 6);
    await waitFor(() => expect(saveState().textContent).toBe('✓ Tersimpan'));
    expect(screen.queryByTestId('storage-advice')).toBeNull();
    expect((await repo.getSheet(ref(TEAM)))?.scores).toEqual({ kebaruan: 6 });
  });

  it('a refusal by the sheet rules gets no storage advice', async () => {
    await openSheet();
    failures.next.push(new ChangeRejectedError({ code: 'out_of_scale', message: 'value must be 1-10' }));
    tap('efektif', 4);

    await within(saveState()).findByRole('alert');
    expect(screen.queryByTestId('storage-advice')).toBeNull();
  });
});

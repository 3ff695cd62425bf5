/** The storage panel says plainly whether the browser may evict the scores, with what to do if so. */
import { render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

function fakeStorage(persisted: boolean, grants: boolean) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grants),
    estimate: vi.fn(async () => ({ usage: 3.5 * 1024 * 1024, quota: 1024 * 1024 * 1024 })),
  };
}

beforeEach(() => {
  localStorage.clear();
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function renderWith(storage: ReturnType<typeof fakeStorage>, requested: boolean) {
  vi.stubGlobal('navigator', { ...navigator, storage });
  // A fresh module: whether persistence was requested is per page load.
  const { requestPersistentStorage } = await import('#app/pwa/storage.ts');
  const panel = await import('#app/components/pwa/storage-panel.tsx');
  if (requested) await requestPersistentStorage();
  render(<panel.StoragePanel />);
}

describe('storage panel', () => {
  it('warns in an alert, with what to do, when the browser refused persistence', async () => {
    await renderWith(fakeStorage(false, false), true);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Penyimpanan permanen ditolak browser.');
    expect(alert.textContent).toContain('Tambahkan ke layar utama');
    expect(alert.className).toContain('persist-denied');
  });

  it('says when persistence was granted, and shows used and available space in MB', async () => {
    await renderWith(fakeStorage(true, true), true);
    expect(await screen.findByText(/Penyimpanan permanen: diizinkan/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('storage-used').textContent).toBe('3,5 MB');
    expect(screen.getByTestId('storage-available').textContent).toBe('1.020,5 MB');
  });

  it('does not call an unasked browser a refusal', async () => {
    await renderWith(fakeStorage(false, false), false);
    expect(await screen.findByText(/belum diminta/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

/**
 * The update banner never reloads by itself and says what it waits for: an open sheet, or (on an
 * enrolled tablet) changes not yet sent. A demo tablet's changes never leave it, so they do not block.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { UpdateBanner } from '#app/components/pwa/update-banner.tsx';
import { db } from '#app/db/database.ts';
import { countChangesAwaitingUpload } from '#app/db/outbox-count.ts';
import { readUpdateBlocker } from '#app/pwa/update-gate.ts';
import { useUpdateState } from '#app/pwa/update-store.ts';
import { useUi } from '#app/store/ui-store.ts';
import { emptyTablet, enrollLocally, scoreChanges } from '../app/sync-fixtures.ts';

beforeEach(async () => {
  await emptyTablet();
  useUi.setState({ lang: 'id', openSheetTeamId: null });
  useUpdateState.setState({ phase: 'idle', offlineReady: true });
});

const applyButton = () => screen.getByRole('button', { name: 'Perbarui sekarang' });

describe('update banner', () => {
  it('shows nothing while no new version waits', () => {
    render(<UpdateBanner />);
    expect(screen.queryByText('Versi baru Juri tersedia')).toBeNull();
  });

  it('waits for the open sheet to close', async () => {
    useUi.setState({ openSheetTeamId: 'tim-01' });
    useUpdateState.setState({ phase: 'waiting' });
    render(<UpdateBanner />);
    expect(await screen.findByText('Tutup lembar penilaian dulu, lalu perbarui.')).toBeTruthy();
    expect(applyButton()).toHaveProperty('disabled', true);
    expect(await readUpdateBlocker()).toEqual({ kind: 'sheet-open' });
  });

  it('waits for an enrolled tablet to send its changes, naming how many', async () => {
    await enrollLocally({ token: 'tok', secret: 'sec' });
    await scoreChanges(3);
    useUpdateState.setState({ phase: 'waiting' });
    render(<UpdateBanner />);
    expect(await screen.findByText('Menunggu 3 perubahan terkirim.')).toBeTruthy();
    expect(applyButton()).toHaveProperty('disabled', true);
  });

  it('counts bundled but unconfirmed changes as not sent, and sent ones not at all', async () => {
    await enrollLocally({ token: 'tok', secret: 'sec' });
    await scoreChanges(4);
    const [a, b] = await db.changes.orderBy('seq').primaryKeys();
    await db.changes.update(a ?? 0, { state: 'sent' });
    await db.changes.update(b ?? 0, { state: 'bundled' });
    expect(await countChangesAwaitingUpload()).toBe(3);
  });

  it('lets a demo tablet update although its changes stay unsent', async () => {
    await scoreChanges(3);
    useUpdateState.setState({ phase: 'waiting' });
    render(<UpdateBanner />);
    await waitFor(() => expect(applyButton()).toHaveProperty('disabled', false));
    expect(screen.getByText(/Semua nilai aman/)).toBeTruthy();
    expect(await readUpdateBlocker()).toBeNull();
  });
});

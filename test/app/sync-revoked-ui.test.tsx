/**
 * What the juror reads after the panitia revoked the tablet, against the real server: the way back (a
 * new code) is open and says what will happen, and after enrolling again the screen names the old id
 * and whether its uploads were continued — or, in red, that the tablet's record disagrees with the
 * server's and nothing was taken as received.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '#app/db/database.ts';
import { recordFinalHead, retireDeviceId } from '#app/db/device-identity.ts';
import { getDeviceId } from '#app/db/meta-repo.ts';
import { EnrollScreen } from '#app/screens/enroll-screen.tsx';
import { useUi } from '#app/store/ui-store.ts';
import { runSyncPass } from '#app/sync/sync-pass.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { emptyTablet, enrollLocally, scoreChanges } from './sync-fixtures.ts';
import { SyncTestServer } from './sync-server.ts';

let server: SyncTestServer;

function renderAt(url: string, ui: preact.ComponentChild) {
  history.replaceState(null, '', url);
  return render(<LocationProvider>{ui}</LocationProvider>);
}

beforeEach(async () => {
  await emptyTablet();
  useUi.setState({ lang: 'id' });
  server = new SyncTestServer();
  vi.stubGlobal('fetch', server.fetch);
});
afterEach(() => {
  vi.unstubAllGlobals();
  server.close();
});

describe('after the panitia revoked the tablet', () => {
  it('offers the new code at once, enrolls under a new id, and then names the old id it continues', async () => {
    await server.enrollOrThrow('juri-1');
    const revokedId = await getDeviceId();
    await scoreChanges(2);
    await server.revokeThisTablet();
    expect(await runSyncPass({ fetchImpl: server.fetch, timeoutMs: 200 })).toEqual({ kind: 'stopped' });
    const code = await server.issueCode('juri-1');

    const view = renderAt('/enroll', <EnrollScreen />);
    const problem = await screen.findByTestId('sync-problem');
    expect(problem.textContent).toContain('kode pendaftaran baru');
    expect(problem.textContent).toContain('ID baru');
    const again = view.container.querySelector('details.enroll-again');
    expect(again?.hasAttribute('open')).toBe(true);
    expect(again?.textContent).toContain('bila kodenya untuk juri yang sama');

    fireEvent.input(screen.getByLabelText('Kode pendaftaran'), { target: { value: code } });
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    await waitFor(() => expect(location.pathname).toBe('/'));
    view.unmount();

    renderAt('/enroll', <EnrollScreen />);
    const newId = await getDeviceId();
    expect((await screen.findByTestId('enrolled-card')).textContent).toContain(newId);
    expect((await screen.findByTestId('previous-ids')).textContent).toBe(
      `ID sebelumnya (akses dicabut): ${revokedId}`,
    );
    expect((await screen.findByTestId('sync-continued')).textContent).toContain(
      `melanjutkan kiriman ID ${revokedId}`,
    );
    expect(screen.queryByTestId('sync-head-mismatch')).toBeNull();
    expect(server.changesByDevice()).toEqual([]);
    expect(await runSyncPass({ fetchImpl: server.fetch, timeoutMs: 200 })).toEqual({ kind: 'done' });
    expect(server.changesByDevice()).toEqual([1, 2].map((seq) => ({ deviceId: newId, seq })));
  });

  it('says in red, in plain words, when the tablet’s record disagrees with the server’s for the old id', async () => {
    await enrollLocally({ token: 't', secret: 's' });
    const revokedId = await getDeviceId();
    await retireDeviceId(revokedId);
    await db.transaction('rw', db.meta, () =>
      recordFinalHead(revokedId, {
        nextSeq: 4,
        lastHash: GENESIS_HASH,
        check: 'mismatch',
        reason: 'bundle b-1 (seq 1–3) is not the server’s',
        at: '2021-03-16T03:00:00Z',
      }),
    );
    useUi.setState({ lang: 'en' });
    renderAt('/enroll', <EnrollScreen />);

    const mismatch = await screen.findByTestId('sync-head-mismatch');
    expect(mismatch.className).toContain('sync-problem-action');
    expect(mismatch.textContent).toContain(
      `does not match the server's record for the revoked ID ${revokedId}`,
    );
    expect(mismatch.textContent).toContain('stay stored on this tablet');
    expect(mismatch.textContent).toContain('For the organizer: bundle b-1 (seq 1–3)');
    expect(screen.queryByTestId('sync-continued')).toBeNull();
  });
});

import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncBadge } from '#app/components/sync/sync-badge.tsx';
import { getCredential } from '#app/db/credential-repo.ts';
import { getSession } from '#app/db/meta-repo.ts';
import { recordSyncProblem } from '#app/db/sync-status-repo.ts';
import { EnrollScreen } from '#app/screens/enroll-screen.tsx';
import { useUi } from '#app/store/ui-store.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';
import { EVENT_ID, emptyTablet, enrollLocally, scoreChanges } from './sync-fixtures.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function renderAt(url: string, ui: preact.ComponentChild) {
  history.replaceState(null, '', url);
  return render(<LocationProvider>{ui}</LocationProvider>);
}

beforeEach(async () => {
  await emptyTablet();
  useUi.setState({ lang: 'id' });
});
afterEach(() => vi.unstubAllGlobals());

describe('the enrollment screen', () => {
  it('asks to confirm a code from the QR link, enrolls, and goes to the schedule', async () => {
    const fetchMock = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const { deviceId } = JSON.parse(String(init?.body));
      return json(201, {
        device: { deviceId, token: 'tok', secret: 'sec' },
        juror: { id: 'juri-2', name: 'Bambang Setiawan' },
        eventId: EVENT_ID,
        package: makeSmallEvent(),
        sync: { expectedSeq: 1, prevHash: GENESIS_HASH },
      });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderAt('/enroll?code=abcd-efgh', <EnrollScreen />);

    expect(await screen.findByText('Daftarkan tablet ini dengan kode ABCD-EFGH?')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Ya, daftarkan' }));

    await waitFor(() => expect(location.pathname).toBe('/'));
    expect(await getSession()).toMatchObject({ jurorId: 'juri-2', mode: 'enrolled', pactAcceptedAt: null });
    expect((await getCredential())?.jurorName).toBe('Bambang Setiawan');
  });

  it('explains a used code in plain words and stays on the form', async () => {
    vi.stubGlobal('fetch', async () => json(410, { error: { code: 'code_used', message: 'used' } }));
    renderAt('/enroll', <EnrollScreen />);

    fireEvent.input(await screen.findByLabelText('Kode pendaftaran'), { target: { value: 'wxyz 2345' } });
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Kode ini sudah dipakai');
    expect(location.pathname).toBe('/enroll');
    expect(await getCredential()).toBeUndefined();
  });

  it('catches a mistyped code without asking the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderAt('/enroll', <EnrollScreen />);
    fireEvent.input(await screen.findByLabelText('Kode pendaftaran'), { target: { value: 'ABC' } });
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('8 huruf/angka');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the sync status', () => {
  const badge = () => screen.findByTestId('sync-status');

  it('is calm and grey while changes wait for the network', async () => {
    await enrollLocally({ token: 't', secret: 's' });
    await scoreChanges(3);
    await recordSyncProblem({ code: 'offline', at: new Date().toISOString() });
    renderAt('/', <SyncBadge />);
    await waitFor(async () =>
      expect((await badge()).textContent).toContain(
        'Tersimpan di tablet · 3 perubahan akan dikirim saat online',
      ),
    );
    expect((await badge()).dataset.state).toBe('offline');
  });

  it('says everything is sent when nothing waits, and demo mode before enrollment', async () => {
    renderAt('/', <SyncBadge />);
    await waitFor(async () => expect((await badge()).dataset.state).toBe('demo'));
    await enrollLocally({ token: 't', secret: 's' });
    await waitFor(async () => expect((await badge()).textContent).toContain('Semua nilai terkirim'));
  });

  it('turns red and tells the juror what to do when the credential is revoked, keeping the count', async () => {
    await enrollLocally({ token: 't', secret: 's' });
    await scoreChanges(2);
    await recordSyncProblem({ code: 'revoked', at: new Date().toISOString(), detail: 'revoked: by panitia' });
    renderAt('/enroll', <EnrollScreen />);

    await waitFor(async () => expect((await badge()).dataset.state).toBe('action'));
    const problem = await screen.findByTestId('sync-problem');
    expect(problem.textContent).toContain('Akses tablet ini sudah dicabut');
    expect(problem.textContent).toContain('Hubungi panitia');
    expect((await badge()).dataset.unsent).toBe('2');
  });
});

import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncBadge } from '#app/components/sync/sync-badge.tsx';
import { getCredential } from '#app/db/credential-repo.ts';
import { db } from '#app/db/database.ts';
import { getSession } from '#app/db/meta-repo.ts';
import { recordSyncProblem } from '#app/db/sync-status-repo.ts';
import { EnrollScreen } from '#app/screens/enroll-screen.tsx';
import { useUi } from '#app/store/ui-store.ts';
import { enrollWithCode } from '#app/sync/enroll.ts';
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

  it('outside a secure context explains why and what to do, and never spends the code', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('isSecureContext', false);
    renderAt('/enroll?code=abcd-efgh', <EnrollScreen />);

    const notice = await screen.findByTestId('insecure-notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('alamat HTTPS Juri');
    expect(notice.textContent).toContain('WebCrypto');
    expect(notice.textContent).toContain('Kode pendaftaran Anda belum dipakai');
    expect(screen.queryByRole('button', { name: 'Ya, daftarkan' })).toBeNull();
    expect(screen.queryByLabelText('Kode pendaftaran')).toBeNull();
    expect(await enrollWithCode('ABCD-EFGH')).toEqual({ ok: false, failure: 'insecure_context' });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await getCredential()).toBeUndefined();

    useUi.setState({ lang: 'en' });
    await waitFor(() =>
      expect(screen.getByTestId('insecure-notice').textContent).toContain("Juri's HTTPS address"),
    );
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

  it('names a change of another juror in the run in words that are true (no talk of demo scores)', async () => {
    await enrollLocally({ token: 't', secret: 's' });
    await recordSyncProblem({
      code: 'foreign_change',
      at: new Date().toISOString(),
      detail: 'seq 7: juri-2 · kipp-malang-2021-latihan',
    });
    renderAt('/enroll', <EnrollScreen />);
    const problem = await screen.findByTestId('sync-problem');
    expect(problem.textContent).toContain('perubahan milik juri atau acara lain');
    expect(problem.textContent).not.toMatch(/demo/i);
    expect(problem.textContent).toContain('seq 7: juri-2');
  });

  it('says how many changes of an earlier enrollment the server refused for good', async () => {
    await enrollLocally({ token: 't', secret: 's' }, 'juri-1', 4);
    const changes = [1, 2, 3].map((seq) => ({
      seq,
      eventId: EVENT_ID,
      jurorId: 'juri-2',
      teamId: 'dispendukcapil',
      kind: 'score' as const,
      criterionId: 'kebaruan',
      oldValue: null,
      newValue: seq,
      at: new Date().toISOString(),
    }));
    await db.bundles.add({
      bundleId: 'b-stranded-bundle',
      fromSeq: 1,
      toSeq: 3,
      state: 'stranded',
      bundle: {
        version: 1,
        bundleId: 'b-stranded-bundle',
        deviceId: 'dev-stranded',
        jurorId: 'juri-2',
        eventId: EVENT_ID,
        fromSeq: 1,
        toSeq: 3,
        prevHash: GENESIS_HASH,
        createdAt: new Date().toISOString(),
        changes,
        signature: GENESIS_HASH,
      },
      hash: GENESIS_HASH,
      attempts: 1,
      lastError: 'forbidden: credential belongs to juror juri-1',
    });
    renderAt('/enroll', <EnrollScreen />);
    expect((await screen.findByTestId('sync-stranded')).textContent).toContain(
      '3 perubahan dari pendaftaran sebelumnya',
    );
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

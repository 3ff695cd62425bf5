/**
 * What a tablet shows first, and how practice stays unmistakable: a fresh tablet opens on enrollment;
 * practice mode sits behind its own button, with fictional jurors and the LATIHAN band on every screen.
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '#app/app.tsx';
import { db } from '#app/db/database.ts';
import { saveEnrollment } from '#app/db/enrollment-repo.ts';
import { getEventPackage, saveEventPackage } from '#app/db/events-repo.ts';
import { acceptPact, endSession, getSession, startSession } from '#app/db/meta-repo.ts';
import { practiceEventId } from '#app/db/practice-event.ts';
import { useUi } from '#app/store/ui-store.ts';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import type { EventPackage } from '#shared/event.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

// Ceilings, not expectations: lazy screens load from disk on a small shared machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

const PRACTICE_ID = practiceEventId(DEMO_EVENT.event.id);

function renderApp(url: string) {
  history.replaceState(null, '', url);
  return render(<App />);
}

const jurorButtons = () => screen.queryAllByRole('button').filter((b) => b.hasAttribute('data-juror-id'));
const band = () => screen.queryByTestId('practice-band');

async function enroll(pkg: EventPackage, jurorName = 'Bambang Setiawan'): Promise<void> {
  await saveEnrollment(pkg, {
    token: 'token-123',
    secret: 'secret-123',
    deviceId: 'dev-0123456789',
    jurorId: 'juri-2',
    jurorName,
    eventId: pkg.event.id,
    expectedSeq: 1,
    prevHash: '0'.repeat(64),
    enrolledAt: '2021-03-16T00:00:00.000Z',
  });
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useUi.setState({ lang: 'id', openSheetTeamId: null });
});

describe('a fresh tablet', () => {
  it('opens on enrollment: scan, type a code, or practice behind its own button — no juror names', async () => {
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Daftarkan tablet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pindai kode QR' })).toBeTruthy();
    expect(screen.getByLabelText('Kode pendaftaran')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka mode latihan' }).getAttribute('href')).toBe('/latihan');
    expect(jurorButtons()).toHaveLength(0);
    for (const juror of DEMO_EVENT.jurors) expect(document.body.textContent).not.toContain(juror.name);
    expect(band()).toBeNull();
    // Nothing is written just by opening the app: no practice event until practice is asked for.
    expect(await db.events.count()).toBe(0);
  });

  it('speaks English after the language switch', async () => {
    useUi.setState({ lang: 'en' });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Enroll this tablet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Scan QR code' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open practice mode' })).toBeTruthy();
  });

  it('explains a code with O, I, 0 or 1 without asking the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderApp('/');
    fireEvent.input(await screen.findByLabelText('Kode pendaftaran'), { target: { value: 'ABCD1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('8 huruf/angka');
    expect(alert.textContent).toContain('berisi O, I, 0 atau 1, yang tidak pernah dipakai');
    expect(fetchMock).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('says only the length for a short code that has no look-alike characters', async () => {
    renderApp('/');
    fireEvent.input(await screen.findByLabelText('Kode pendaftaran'), { target: { value: 'ABC' } });
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Kode pendaftaran terdiri dari 8 huruf/angka, misalnya ABCD-EFGH.');
  });
});

describe('practice mode', () => {
  it('offers fictional practice jurors, never the real panel, under the LATIHAN band', async () => {
    renderApp('/latihan');

    await waitFor(() => expect(jurorButtons()).toHaveLength(5));
    expect(jurorButtons().map((b) => b.querySelector('.juror-name')?.textContent)).toEqual([
      'Juri Latihan 1',
      'Juri Latihan 2',
      'Juri Latihan 3',
      'Juri Latihan 4',
      'Juri Latihan 5',
    ]);
    for (const juror of DEMO_EVENT.jurors) expect(document.body.textContent).not.toContain(juror.name);
    expect(band()?.textContent).toBe('LATIHAN · nilai tidak dikirim ke panitia');
    expect(screen.getByRole('heading', { name: 'KIPP Kota Malang 2021 (latihan)' })).toBeTruthy();
  });

  it('starts a practice session for the chosen juror and goes on to the integrity pact', async () => {
    renderApp('/latihan');
    await waitFor(() => expect(jurorButtons()).toHaveLength(5));
    const second = jurorButtons().find((b) => b.dataset.jurorId === 'j2');
    if (!second) throw new Error('no practice juror j2');
    fireEvent.click(second);

    expect(await screen.findByRole('heading', { name: 'Pakta integritas' })).toBeTruthy();
    expect(
      screen.getByText(/Saya, Juri Latihan 2, sebagai juri KIPP Kota Malang 2021 \(latihan\)/),
    ).toBeTruthy();
    expect(await getSession()).toEqual({
      eventId: PRACTICE_ID,
      jurorId: 'j2',
      pactAcceptedAt: null,
      mode: 'demo',
    });
    expect(band()).toBeTruthy();
  });

  it('renames the jurors of a practice copy stored by an earlier version', async () => {
    await saveEventPackage(
      { ...DEMO_EVENT, event: { ...DEMO_EVENT.event, id: PRACTICE_ID, name: 'KIPP (latihan)' } },
      'demo',
    );
    renderApp('/latihan');
    await waitFor(() => expect(jurorButtons()).toHaveLength(5));
    expect((await getEventPackage(PRACTICE_ID))?.jurors.map((j) => j.name)).toEqual([
      'Juri Latihan 1',
      'Juri Latihan 2',
      'Juri Latihan 3',
      'Juri Latihan 4',
      'Juri Latihan 5',
    ]);
  });

  it.each(['/', '/rekap', '/status', '/nilai/t01'])('shows the LATIHAN band on %s', async (path) => {
    renderApp('/latihan');
    await waitFor(() => expect(jurorButtons()).toHaveLength(5));
    await startSession(PRACTICE_ID, 'j1', 'demo');
    await acceptPact();
    act(() => {
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(location.pathname).toBe(path));
    await waitFor(() => expect(document.querySelector('main:not([aria-busy])')).toBeTruthy());
    expect(band()?.textContent).toContain('LATIHAN');
  });
});

describe('an enrolled tablet', () => {
  it('shows no band and offers no practice', async () => {
    await enroll(makeSmallEvent());
    renderApp('/latihan');
    expect(
      await screen.findByText(
        'Mode latihan tidak tersedia di tablet terdaftar, agar nilai latihan tidak tercampur dengan nilai resmi.',
      ),
    ).toBeTruthy();
    expect(jurorButtons()).toHaveLength(0);
    expect(band()).toBeNull();
  });

  it('without a session, offers only to go on as its own juror', async () => {
    await enroll(makeSmallEvent());
    await endSession();
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Tablet ini sudah terdaftar' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lanjutkan' }));
    await waitFor(async () =>
      expect(await getSession()).toMatchObject({ jurorId: 'juri-2', mode: 'enrolled' }),
    );
  });

  it('ends a sentence after a title such as "M.Si." with one full stop, not two', async () => {
    await enroll(makeSmallEvent(), 'Dr. Retno Kusumawardani, M.Si.');
    renderApp('/enroll');
    const card = await screen.findByTestId('enrolled-card');
    expect(within(card).getByText(/terdaftar untuk/).textContent).toBe(
      'Tablet ini terdaftar untuk Dr. Retno Kusumawardani, M.Si.',
    );
  });
});

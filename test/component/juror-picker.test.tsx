import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveEnrollment } from '#app/db/credential-repo.ts';
import { db } from '#app/db/database.ts';
import { saveEventPackage } from '#app/db/events-repo.ts';
import { endSession, getSession } from '#app/db/meta-repo.ts';
import { HomeScreen } from '#app/screens/home-screen.tsx';
import { useUi } from '#app/store/ui-store.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';
import { renderAsPage } from './support/render-route.tsx';

function renderHome() {
  return renderAsPage(HomeScreen);
}

const jurorButtons = () => screen.queryAllByRole('button').filter((b) => b.hasAttribute('data-juror-id'));

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useUi.setState({ lang: 'id' });
  history.replaceState(null, '', '/');
});

describe('juror picker', () => {
  it('lists one button per juror of the event and says scores stay on this tablet', async () => {
    await saveEventPackage(makeSmallEvent(), 'demo');
    renderHome();

    await waitFor(() => expect(jurorButtons()).toHaveLength(2));
    expect(jurorButtons().map((b) => b.dataset.jurorId)).toEqual(['juri-1', 'juri-2']);
    expect(jurorButtons()[1]?.textContent).toContain('Bambang Setiawan');
    expect(
      screen.getByRole('heading', { name: 'KIPP Kota Malang 2021 — Presentasi dan Wawancara' }),
    ).toBeTruthy();
    expect(screen.getByText('Mode demo')).toBeTruthy();
    expect(screen.getByText(/tersimpan di tablet ini/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Daftar dengan kode panitia' }).getAttribute('href')).toBe(
      '/enroll',
    );
  });

  it('starts a demo session for the chosen juror and shows the integrity pact', async () => {
    await saveEventPackage(makeSmallEvent(), 'demo');
    renderHome();
    await waitFor(() => expect(jurorButtons()).toHaveLength(2));

    const bambang = jurorButtons().find((b) => b.dataset.jurorId === 'juri-2');
    if (!bambang) throw new Error('no button for juri-2');
    fireEvent.click(bambang);

    expect(await screen.findByRole('heading', { name: 'Pakta integritas' })).toBeTruthy();
    expect(screen.getByText(/Saya, Bambang Setiawan, sebagai juri/)).toBeTruthy();
    expect(await getSession()).toEqual({
      eventId: 'kipp-malang-2021',
      jurorId: 'juri-2',
      pactAcceptedAt: null,
      mode: 'demo',
    });
  });

  it('loads the demo event itself when the tablet has no event yet', async () => {
    renderHome();

    await waitFor(() => expect(jurorButtons()).toHaveLength(5));
    expect(jurorButtons().map((b) => b.dataset.jurorId)).toEqual(['j1', 'j2', 'j3', 'j4', 'j5']);
    expect(screen.getByRole('heading', { name: 'KIPP Kota Malang 2021 (latihan)' })).toBeTruthy();
    expect(await getSession()).toBeUndefined();
  });

  it('speaks English after the language switch', async () => {
    await saveEventPackage(makeSmallEvent(), 'demo');
    useUi.setState({ lang: 'en' });
    renderHome();

    expect(await screen.findByRole('heading', { name: 'Choose your name' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Enrol with an organizer code' })).toBeTruthy();
  });

  it('on an enrolled tablet offers only the enrolled juror, never demo jurors', async () => {
    const pkg = makeSmallEvent();
    await saveEventPackage(makeSmallEvent(), 'demo');
    await saveEnrollment(pkg, {
      token: 'token-123',
      secret: 'secret-123',
      deviceId: 'dev-0123456789',
      jurorId: 'juri-2',
      jurorName: 'Bambang Setiawan',
      eventId: pkg.event.id,
      expectedSeq: 1,
      prevHash: '0'.repeat(64),
      enrolledAt: '2021-03-16T00:00:00.000Z',
    });
    await endSession();
    renderHome();

    expect(await screen.findByRole('heading', { name: 'Tablet ini sudah terdaftar' })).toBeTruthy();
    expect(jurorButtons()).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Lanjutkan' }));
    await waitFor(async () =>
      expect(await getSession()).toMatchObject({ jurorId: 'juri-2', mode: 'enrolled' }),
    );
  });
});

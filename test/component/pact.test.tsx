import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '#app/db/database.ts';
import { saveEventPackage } from '#app/db/events-repo.ts';
import { getSession, startSession } from '#app/db/meta-repo.ts';
import { HomeScreen } from '#app/screens/home-screen.tsx';
import { useUi } from '#app/store/ui-store.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';
import { renderAsPage } from './support/render-route.tsx';

function renderHome() {
  return renderAsPage(HomeScreen);
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  useUi.setState({ lang: 'id' });
  history.replaceState(null, '', '/');
  await saveEventPackage(makeSmallEvent(), 'demo');
  await startSession('kipp-malang-2021', 'juri-1', 'demo');
});

describe('integrity pact', () => {
  it('names the juror and covers independence, confidentiality, conflicts and contact', async () => {
    renderHome();

    expect(await screen.findByRole('heading', { name: 'Pakta integritas' })).toBeTruthy();
    expect(screen.getByText(/Saya, Dr\. Ratna Wulandari, sebagai juri KIPP Kota Malang 2021/)).toBeTruthy();
    const points = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(points.some((p) => p.includes('independen'))).toBe(true);
    expect(points.some((p) => p.includes('kerahasiaan'))).toBe(true);
    expect(points.some((p) => p.includes('konflik kepentingan'))).toBe(true);
    expect(points.some((p) => p.includes('tidak menghubungi peserta'))).toBe(true);
  });

  it('keeps "Saya setuju" disabled until the box is ticked, then shows the schedule', async () => {
    renderHome();
    const agree = await screen.findByRole<HTMLButtonElement>('button', { name: 'Saya setuju' });
    expect(agree.disabled).toBe(true);

    fireEvent.click(agree);
    expect((await getSession())?.pactAcceptedAt).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: /Saya telah membaca dan menyetujui/ }));
    expect(agree.disabled).toBe(false);
    fireEvent.click(agree);

    expect(await screen.findByRole('heading', { name: 'Jadwal' })).toBeTruthy();
    expect((await getSession())?.pactAcceptedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('unticking the box disables the button again', async () => {
    renderHome();
    const agree = await screen.findByRole<HTMLButtonElement>('button', { name: 'Saya setuju' });
    const box = screen.getByRole('checkbox');
    fireEvent.click(box);
    fireEvent.click(box);
    expect(agree.disabled).toBe(true);
  });

  it('lets a juror who picked the wrong name go back to the first screen', async () => {
    renderHome();
    fireEvent.click(await screen.findByRole('button', { name: 'Bukan saya — ganti juri' }));

    expect(await screen.findByRole('heading', { name: 'Daftarkan tablet' })).toBeTruthy();
    await waitFor(async () => expect(await getSession()).toBeUndefined());
  });

  it('offers no juror switch on an enrolled tablet', async () => {
    await startSession('kipp-malang-2021', 'juri-1', 'enrolled');
    renderHome();
    expect(await screen.findByRole('heading', { name: 'Pakta integritas' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /ganti juri/i })).toBeNull();
  });
});

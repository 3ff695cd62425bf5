/**
 * The camera scanner: it says in plain words why the camera cannot be used, ignores QR codes that are
 * not enrollment cards, hands on the first valid code, and always releases the camera. The frame
 * decoder is replaced here (jsdom has no video); the real one reads a real camera stream in the e2e
 * suite (test/e2e/enroll-camera.spec.ts).
 */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QrScanner } from '#app/components/enroll/qr-scanner.tsx';
import { useUi } from '#app/store/ui-store.ts';

const frames = vi.hoisted(() => ({ texts: [] as (string | null)[] }));
vi.mock('#app/components/enroll/frame-decoder.ts', () => ({
  createFrameDecoder: async () => async () => frames.texts.shift() ?? null,
}));

function fakeStream() {
  const track = { stop: vi.fn() };
  return { track, stream: { getTracks: () => [track] } };
}

function stubCamera(getUserMedia: () => Promise<unknown>) {
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
}

configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  useUi.setState({ lang: 'id' });
  frames.texts = [];
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'mediaDevices');
  vi.restoreAllMocks();
});

describe('QrScanner', () => {
  it('says the camera needs https:// where the browser offers no camera API', () => {
    render(<QrScanner onCode={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Kamera hanya dapat dipakai bila Juri dibuka lewat alamat https://. Ketik kodenya di bawah.',
    );
  });

  it.each([
    ['NotAllowedError', 'Izin kamera ditolak.'],
    ['NotFoundError', 'Tablet ini tidak memiliki kamera'],
    ['NotReadableError', 'Kamera sedang dipakai aplikasi lain.'],
  ])('words a refused camera (%s) from the dictionary', async (name, text) => {
    stubCamera(() => Promise.reject(new DOMException('raw browser words', name)));
    render(<QrScanner onCode={vi.fn()} onClose={vi.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(text);
    expect(alert.textContent).not.toContain('raw browser words');
  });

  it('ignores a QR code that is not an enrollment card, then hands on the card’s code and frees the camera', async () => {
    const { stream, track } = fakeStream();
    stubCamera(async () => stream);
    frames.texts = [null, 'WIFI:S:Hotel;T:WPA;P:x;;', 'http://127.0.0.1:8787/enroll?code=abcd-efgh'];
    const onCode = vi.fn();
    render(<QrScanner onCode={onCode} onClose={vi.fn()} />);

    expect(
      (await screen.findByText('Kode QR ini bukan kode pendaftaran Juri.', { exact: false })).textContent,
    ).toContain('Pindai kode QR pada kartu pendaftaran');
    await waitFor(() => expect(onCode).toHaveBeenCalledWith('ABCDEFGH'), { timeout: 5_000 });
    expect(onCode).toHaveBeenCalledTimes(1);
    expect(track.stop).toHaveBeenCalled();
  });

  it('releases the camera when closed before anything was read', async () => {
    const { stream, track } = fakeStream();
    stubCamera(async () => stream);
    const onClose = vi.fn();
    const view = render(<QrScanner onCode={vi.fn()} onClose={onClose} />);
    await screen.findByText('Arahkan kamera ke kode QR pada kartu pendaftaran dari panitia.');
    fireEvent.click(screen.getByRole('button', { name: 'Tutup kamera' }));
    expect(onClose).toHaveBeenCalled();
    view.unmount();
    expect(track.stop).toHaveBeenCalled();
  });
});

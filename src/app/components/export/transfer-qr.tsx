/**
 * The QR transfer as the organizer's camera sees it: one code at a time, changing by itself so the
 * camera collects them all in any order, with pause and step for a slow scanner. Drawn as SVG from
 * uqr's module matrix (error correction M, a four-module quiet zone), black on white whatever theme.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { QrCode } from '#app/components/qr-code.tsx';
import { useExportT } from '#app/i18n/use-export-t.ts';

/** Long enough for a camera to settle on a code, short enough that a dozen pass in seconds. */
export const FRAME_INTERVAL_MS = 900;

interface Props {
  frames: readonly string[];
  onClose: () => void;
}

export function TransferQr({ frames, onClose }: Props) {
  const t = useExportT().exp;
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(frames.length > 1);
  const count = frames.length;
  const box = useRef<HTMLDivElement>(null);
  // The codes open below the choices: bring them into view, whole, for the camera.
  useEffect(() => box.current?.scrollIntoView({ block: 'center' }), []);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), FRAME_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing, count]);

  const step = (by: number) => {
    setPlaying(false);
    setIndex((i) => (i + by + count) % count);
  };

  return (
    <div class="transfer-qr" data-testid="transfer-qr" ref={box}>
      <p class="transfer-qr-counter" role="status" data-frame={index + 1} data-count={count}>
        {t.qrFrame(index + 1, count)}
      </p>
      <QrCode
        text={frames[index] ?? ''}
        label={t.qrLabel(index + 1, count)}
        ecc="M"
        border={4}
        class="transfer-qr-code"
        testId="transfer-qr-code"
      />
      <div class="button-row">
        <button type="button" class="btn" onClick={() => step(-1)}>
          {t.qrPrevious}
        </button>
        <button type="button" class="btn" onClick={() => setPlaying(!playing)} aria-pressed={!playing}>
          {playing ? t.qrPause : t.qrPlay}
        </button>
        <button type="button" class="btn" onClick={() => step(1)}>
          {t.qrNext}
        </button>
        <button type="button" class="btn" onClick={onClose}>
          {t.qrClose}
        </button>
      </div>
    </div>
  );
}

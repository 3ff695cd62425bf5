/**
 * The camera view that reads the enrollment card's QR code (loaded only when the juror taps "Pindai
 * kode QR"). A few frames a second are decoded; the first that holds a Juri enrollment code is handed
 * on, validated with the shared schema like any input. The camera is released as soon as the scanner
 * closes, whatever the reason.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import { cameraAvailable, cameraProblemOf } from '#app/components/enroll/camera-problem.ts';
import { createFrameDecoder } from '#app/components/enroll/frame-decoder.ts';
import type { CameraProblem } from '#app/i18n/dict/enroll.ts';
import { useEnrollT } from '#app/i18n/use-enroll-t.ts';
import { EnrollmentQrSchema } from '#shared/enrollment-link.ts';

const FRAME_INTERVAL_MS = 200;

interface Props {
  /** A valid enrollment code, read from the card. */
  onCode: (code: string) => void;
  onClose: () => void;
}

export function QrScanner({ onCode, onClose }: Props) {
  const t = useEnrollT().enroll;
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(cameraAvailable() ? null : 'insecure');
  const [running, setRunning] = useState(false);
  const [foreignQr, setForeignQr] = useState(false);
  const found = useRef(onCode);
  found.current = onCode;

  useEffect(() => {
    if (!cameraAvailable()) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const release = () => {
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
    const start = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch (error) {
        if (!stopped) setProblem(cameraProblemOf(error));
        return;
      }
      const element = video.current;
      if (stopped || !element) return release();
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      const decode = await createFrameDecoder().catch(() => null);
      if (stopped) return;
      if (!decode) return setProblem('decoder');
      setRunning(true);
      const tick = async () => {
        if (stopped) return;
        const text = await decode(element).catch(() => null);
        if (stopped) return;
        if (text !== null) {
          const parsed = v.safeParse(EnrollmentQrSchema, text);
          if (parsed.success) {
            release();
            found.current(parsed.output);
            return;
          }
          setForeignQr(true);
        }
        timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
      };
      void tick();
    };
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      release();
    };
  }, []);

  return (
    <div class="qr-scanner" data-testid="qr-scanner">
      {problem ? (
        <p class="error-text" role="alert" data-problem={problem}>
          {t.problem[problem]}
        </p>
      ) : (
        <>
          <p role="status">{running ? t.scanHint : t.starting}</p>
          <video ref={video} class="qr-video" muted playsInline aria-label={t.cameraLabel} />
          {foreignQr && (
            <p class="error-text" role="alert">
              {t.notEnrollmentQr}
            </p>
          )}
        </>
      )}
      <button type="button" class="btn" onClick={onClose}>
        {t.closeCamera}
      </button>
    </div>
  );
}

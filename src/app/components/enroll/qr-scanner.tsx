/**
 * The camera view that reads the enrollment card's QR code (loaded only when the juror taps "Pindai
 * kode QR"). A few frames a second are decoded; the first that holds a Juri enrollment code is handed
 * on, validated with the shared schema like any input. The camera loop itself (use-qr-camera.ts)
 * releases the camera as soon as the scanner closes, whatever the reason.
 */
import { useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import { useQrCamera } from '#app/components/enroll/use-qr-camera.ts';
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
  const [foreignQr, setForeignQr] = useState(false);
  const { problem, running } = useQrCamera(
    video,
    (text) => {
      const parsed = v.safeParse(EnrollmentQrSchema, text);
      if (!parsed.success) {
        setForeignQr(true);
        return 'continue';
      }
      onCode(parsed.output);
      return 'stop';
    },
    FRAME_INTERVAL_MS,
  );

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

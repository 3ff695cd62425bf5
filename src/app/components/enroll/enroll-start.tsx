/**
 * How a fresh tablet starts: enrollment first (scan the card's QR code, or type its code), practice
 * mode beside it behind its own button. A scanned or linked code is shown for confirmation before it
 * is used: a code must never enroll a tablet by accident. Outside a secure context only the reason and
 * what to do are shown: the code must not be spent on a tablet that could never send a score.
 */

import { useState } from 'preact/hooks';
import { lazy } from 'preact-iso';
import { EnrollForm } from '#app/components/sync/enroll-form.tsx';
import { InsecureNotice } from '#app/components/sync/insecure-notice.tsx';
import { useEnrollT } from '#app/i18n/use-enroll-t.ts';
import { useJurorT } from '#app/i18n/use-juror-t.ts';
import { useSyncT } from '#app/i18n/use-sync-t.ts';
import { enrollWithCode } from '#app/sync/enroll.ts';
import { canSignHere } from '#app/sync/secure-context.ts';
import '#app/styles/sync.css';
import '#app/styles/enroll.css';

// The camera view and its QR decoder load only when the juror asks to scan.
const QrScanner = lazy(() => import('#app/components/enroll/qr-scanner.tsx').then((m) => m.QrScanner));

interface Props {
  /** A code that came in the card's link (`/enroll?code=…`). */
  initialCode?: string;
  onEnrolled: () => void;
}

export function EnrollStart({ initialCode, onEnrolled }: Props) {
  const t = useSyncT();
  const te = useEnrollT().enroll;
  const tj = useJurorT().juror;
  const [scanning, setScanning] = useState(false);
  const [scanned, setScanned] = useState<string | undefined>(undefined);
  const code = scanned ?? initialCode;
  return (
    <>
      <h1>{t.sync.enrollTitle}</h1>
      <p>{t.sync.enrollIntro}</p>
      {!canSignHere() ? (
        <InsecureNotice origin={location.origin} />
      ) : (
        <section class="card enroll-card">
          {scanning ? (
            <QrScanner
              onCode={(found) => {
                setScanned(found);
                setScanning(false);
              }}
              onClose={() => setScanning(false)}
            />
          ) : (
            <button type="button" class="btn btn-primary btn-scan" onClick={() => setScanning(true)}>
              <CameraIcon />
              {te.scanButton}
            </button>
          )}
          <p class="enroll-or muted">{te.orType}</p>
          {/* Keyed by the code, so a new scan asks for confirmation afresh. */}
          <EnrollForm key={code ?? ''} initialCode={code} onSubmit={enrollWithCode} onEnrolled={onEnrolled} />
        </section>
      )}
      <section class="card practice-card" aria-labelledby="practice-card-title">
        <h2 id="practice-card-title">{tj.practiceCardTitle}</h2>
        <p>{tj.practiceCardText}</p>
        <a class="btn" href="/latihan">
          {tj.practiceOpen}
        </a>
      </section>
    </>
  );
}

function CameraIcon() {
  return (
    <svg
      aria-hidden="true"
      width="28"
      height="28"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
    >
      <path d="M4 7h3l2-3h6l2 3h3a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z" />
      <circle cx="12" cy="13" r="4" />
    </svg>
  );
}

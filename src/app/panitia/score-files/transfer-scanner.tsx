/**
 * The organizer's camera reading a tablet's QR transfer (the tablet's Ekspor nilai → Tampilkan kode
 * QR): frames are collected in whatever order the camera catches them (#shared/qr-frames.ts), the
 * progress is shown as "12 dari 18 kode terbaca", and once all are read and they join up, the score
 * file is rebuilt (transfer-codec.ts, loaded only now) and handed on to be imported like any file.
 */
import { useRef, useState } from 'preact/hooks';
import { useQrCamera } from '#app/components/enroll/use-qr-camera.ts';
import { usePanitiaT } from '#app/panitia/use-panitia-t.ts';
import { createFrameCollector } from '#shared/qr-frames.ts';

/** Decode as often as the decoder keeps up: a tablet shows each code for under a second. */
const FRAME_INTERVAL_MS = 60;

interface Props {
  /** The rebuilt score file's text and the transfer's id. */
  onFile: (text: string, transferId: string) => void;
  onClose: () => void;
}

type Note = 'foreign' | 'corrupt' | { unreadable: string } | 'done' | null;

export function TransferScanner({ onFile, onClose }: Props) {
  const t = usePanitiaT().panitia;
  const video = useRef<HTMLVideoElement>(null);
  const collector = useRef(createFrameCollector());
  const [progress, setProgress] = useState<{ have: number; count: number } | null>(null);
  const [note, setNote] = useState<Note>(null);

  const { problem, running } = useQrCamera(
    video,
    async (text) => {
      const read = await collector.current.add(text);
      if (read.kind === 'foreign') {
        setNote((current) => current ?? 'foreign');
        return 'continue';
      }
      if (read.kind === 'corrupt') {
        setProgress({ have: 0, count: read.count });
        setNote('corrupt');
        return 'continue';
      }
      if (read.kind === 'progress') {
        setProgress({ have: read.have, count: read.count });
        setNote((current) => (current === 'foreign' ? null : current));
        return 'continue';
      }
      setProgress({ have: read.count, count: read.count });
      const { decodeTransfer } = await import('#app/export/transfer-codec.ts');
      const decoded = await decodeTransfer(read.payload);
      if (!decoded.ok) {
        setNote({ unreadable: decoded.reason });
        collector.current = createFrameCollector();
        return 'continue';
      }
      setNote('done');
      onFile(decoded.text, read.transferId);
      return 'stop';
    },
    FRAME_INTERVAL_MS,
  );

  return (
    <section
      class="card transfer-scanner"
      data-testid="transfer-scanner"
      aria-labelledby="transfer-scanner-title"
    >
      <h3 id="transfer-scanner-title">{t.scanTitle}</h3>
      {problem ? (
        <p class="error-text" role="alert" data-problem={problem}>
          {t.cameraProblem[problem]}
        </p>
      ) : (
        <>
          <p class="muted">{running ? t.scanHint : t.scanStarting}</p>
          <p
            role="status"
            data-testid="scan-progress"
            data-have={progress?.have}
            data-count={progress?.count}
          >
            {progress ? t.scanProgress(progress.have, progress.count) : ''}
          </p>
          {progress && <progress max={progress.count} value={progress.have} />}
          <video ref={video} class="qr-video" muted playsInline aria-label={t.cameraLabel} />
          {note === 'done' && <p role="status">{t.scanDone}</p>}
          {note === 'foreign' && !progress && <p class="muted">{t.scanNotTransfer}</p>}
          {note === 'corrupt' && (
            <p class="error-text" role="alert">
              {t.scanCorrupt}
            </p>
          )}
          {typeof note === 'object' && note !== null && (
            <p class="error-text" role="alert">
              {t.scanUnreadable(note.unreadable)}
            </p>
          )}
        </>
      )}
      <button type="button" class="btn" onClick={onClose}>
        {t.scanClose}
      </button>
    </section>
  );
}

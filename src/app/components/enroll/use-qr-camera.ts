/**
 * The camera loop shared by every QR reader in the app (the tablet's enrollment card, the console's
 * score transfer): open the rear camera, decode a few frames a second (BarcodeDetector or the lazily
 * loaded jsQR, frame-decoder.ts) and hand each text read to `onText`, until it answers 'stop'. The
 * camera is released as soon as the reader stops or unmounts, whatever the reason.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { cameraAvailable, cameraProblemOf } from '#app/components/enroll/camera-problem.ts';
import { createFrameDecoder } from '#app/components/enroll/frame-decoder.ts';
import type { CameraProblem } from '#app/i18n/dict/enroll.ts';

export type TextVerdict = 'stop' | 'continue';

export interface QrCamera {
  problem: CameraProblem | null;
  /** The camera shows and frames are being decoded. */
  running: boolean;
}

export function useQrCamera(
  video: RefObject<HTMLVideoElement>,
  onText: (text: string) => TextVerdict | Promise<TextVerdict>,
  intervalMs: number,
): QrCamera {
  const [problem, setProblem] = useState<CameraProblem | null>(cameraAvailable() ? null : 'insecure');
  const [running, setRunning] = useState(false);
  const handler = useRef(onText);
  handler.current = onText;

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
        if (text !== null && (await handler.current(text)) === 'stop') {
          stopped = true;
          release();
          return;
        }
        timer = setTimeout(() => void tick(), intervalMs);
      };
      void tick();
    };
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      release();
    };
  }, [video, intervalMs]);

  return { problem, running };
}

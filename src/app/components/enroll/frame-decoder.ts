/**
 * Reads a QR code from the current video frame. The browser's own BarcodeDetector where it has one
 * (Android Chrome, Safari); otherwise jsQR, loaded only now, so it never weighs on the first load
 * (desktop Linux Chromium, Firefox).
 */

export type FrameDecoder = (video: HTMLVideoElement) => Promise<string | null>;

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

export async function createFrameDecoder(): Promise<FrameDecoder> {
  return (await nativeDecoder()) ?? (await jsqrDecoder());
}

async function nativeDecoder(): Promise<FrameDecoder | null> {
  const candidate: unknown = Reflect.get(globalThis, 'BarcodeDetector');
  if (typeof candidate !== 'function' || !('getSupportedFormats' in candidate)) return null;
  // Checked above: a constructor with the static method the Shape Detection API defines.
  const Detector = candidate as BarcodeDetectorClass;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  } catch {
    return null;
  }
}

async function jsqrDecoder(): Promise<FrameDecoder> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!context || width === 0 || height === 0) return null;
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    return jsQR(data, width, height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
  };
}

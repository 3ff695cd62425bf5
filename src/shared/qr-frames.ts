/**
 * A long text as a sequence of QR codes that a camera may read in any order, twice, or not at all
 * on the first pass (the tablet shows them in a loop). Each frame is
 *
 *   JR1:<transfer id>:<number>:<count>:<piece>
 *
 * all in the QR alphanumeric alphabet (upper case, digits, space $%*+-./:), so the code packs 5.5
 * bits a character; the payload is base45 (RFC 9285), which lives in that alphabet too. The transfer
 * id is the start of the payload's SHA-256, so frames of two transfers never mix, and the joined
 * payload is checked against it before anything is read from it.
 */
import { sha256Hex } from '#shared/canonical.ts';

export const FRAME_PREFIX = 'JR1';
/**
 * Payload characters per frame: with the header, a version-21 code at error correction M (101 × 101
 * modules), which a tablet screen shows at 5 px a module and a laptop camera still reads.
 */
export const FRAME_PAYLOAD_CHARS = 1_000;
const TRANSFER_ID_CHARS = 8;
const FRAME_PATTERN = /^JR1:([0-9A-F]{8}):(\d{1,4}):(\d{1,4}):([0-9A-Z $%*+\-./:]+)$/;
const QR_ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

export interface Frame {
  transferId: string;
  /** 1-based. */
  number: number;
  count: number;
  piece: string;
}

export async function transferIdOf(payload: string): Promise<string> {
  return (await sha256Hex(payload)).slice(0, TRANSFER_ID_CHARS).toUpperCase();
}

/** Splits a payload (QR alphanumeric characters only) into frame texts. */
export async function toFrames(payload: string, pieceChars = FRAME_PAYLOAD_CHARS): Promise<string[]> {
  if (payload.length === 0 || !QR_ALPHANUMERIC.test(payload))
    throw new Error('a QR transfer payload must be non-empty QR alphanumeric text');
  const id = await transferIdOf(payload);
  const count = Math.ceil(payload.length / pieceChars);
  return Array.from(
    { length: count },
    (_, i) =>
      `${FRAME_PREFIX}:${id}:${i + 1}:${count}:${payload.slice(i * pieceChars, (i + 1) * pieceChars)}`,
  );
}

export function parseFrame(text: string): Frame | null {
  const match = FRAME_PATTERN.exec(text);
  if (!match) return null;
  const [, transferId = '', number, count, piece = ''] = match;
  const frame = { transferId, number: Number(number), count: Number(count), piece };
  return frame.count >= 1 && frame.number >= 1 && frame.number <= frame.count ? frame : null;
}

export type ScanProgress =
  /** Not a frame of a transfer (another QR code, or a misread). */
  | { kind: 'foreign' }
  | { kind: 'progress'; transferId: string; have: number; count: number }
  /** Every frame read, and the joined payload matches its transfer id. */
  | { kind: 'complete'; transferId: string; count: number; payload: string }
  /** Every frame read, but they do not join into the payload they were made from: read them again. */
  | { kind: 'corrupt'; transferId: string; count: number };

/**
 * Collects frames as they are read. Several transfers may be in view (the tablet made new codes
 * meanwhile): each is collected apart, and progress speaks of the frame's own transfer.
 */
export function createFrameCollector() {
  const transfers = new Map<string, { count: number; pieces: Map<number, string> }>();
  return {
    async add(text: string): Promise<ScanProgress> {
      const frame = parseFrame(text);
      if (!frame) return { kind: 'foreign' };
      let transfer = transfers.get(frame.transferId);
      if (!transfer) {
        transfer = { count: frame.count, pieces: new Map() };
        transfers.set(frame.transferId, transfer);
      }
      // A frame that disagrees on the count was misread: the others of its transfer are believed.
      if (frame.count !== transfer.count) return { kind: 'foreign' };
      if (!transfer.pieces.has(frame.number)) transfer.pieces.set(frame.number, frame.piece);
      const { count, pieces } = transfer;
      if (pieces.size < count)
        return { kind: 'progress', transferId: frame.transferId, have: pieces.size, count };
      const payload = Array.from({ length: count }, (_, i) => pieces.get(i + 1) ?? '').join('');
      if ((await transferIdOf(payload)) === frame.transferId)
        return { kind: 'complete', transferId: frame.transferId, count, payload };
      // Start this transfer afresh: one of its frames was misread in a way the QR checks let through.
      transfers.delete(frame.transferId);
      return { kind: 'corrupt', transferId: frame.transferId, count };
    },
  };
}

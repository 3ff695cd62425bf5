/**
 * Makes a video file for Chromium's fake camera from a QR code: the code drawn the way a printed
 * enrollment card shows it (black on white, quiet zone), framed in a 640×480 picture, turned into a
 * .y4m by ffmpeg. Chromium loops the file as the camera's stream.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { encode } from 'uqr';

const run = promisify(execFile);
const FFMPEG = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg';
const MODULE_PX = 8;

/** Writes a .y4m that shows `text` as a QR code; returns its path. */
export async function qrCodeVideo(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'juri-camera-'));
  const image = join(dir, 'qr.pgm');
  const video = join(dir, 'qr.y4m');
  await writeFile(image, pgmOf(text));
  await run(FFMPEG, [
    '-y',
    '-loglevel',
    'error',
    '-loop',
    '1',
    '-i',
    image,
    '-vf',
    'scale=360:360:flags=neighbor,pad=640:480:(ow-iw)/2:(oh-ih)/2:white,format=yuv420p',
    '-r',
    '10',
    '-t',
    '2',
    video,
  ]);
  return video;
}

/** A binary greyscale image (PGM) of the QR code with a four-module quiet zone. */
function pgmOf(text: string): Buffer {
  const { data, size } = encode(text, { border: 4 });
  const side = size * MODULE_PX;
  const pixels = Buffer.alloc(side * side);
  for (let y = 0; y < side; y++) {
    const row = data[Math.floor(y / MODULE_PX)] ?? [];
    for (let x = 0; x < side; x++) pixels[y * side + x] = row[Math.floor(x / MODULE_PX)] ? 0 : 255;
  }
  return Buffer.concat([Buffer.from(`P5\n${side} ${side}\n255\n`), pixels]);
}

/**
 * What the console spec needs besides the browser: the committee's spreadsheet made here, the printed
 * organizer link read from the server's own output, and QR codes decoded from a screenshot.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import writeXlsxFile from 'write-excel-file/node';

export const HEADER = [
  'No',
  'Perangkat daerah / unit',
  'Jenis',
  'Judul inovasi',
  'Ringkasan',
  'Hari',
  'Jam mulai',
  'Ruang',
];
const TYPES = ['Perangkat daerah', 'Sekolah', 'Puskesmas', 'Unit kerja', 'Perusahaan daerah'];

/** 46 teams over two days, 23 a day from 08.00 every 20 minutes, in one room. */
export async function writeTeamsXlsx(dir: string, days: [string, string]): Promise<string> {
  const rows = Array.from({ length: 46 }, (_, i) => {
    const minutes = 8 * 60 + (i % 23) * 20;
    return [
      i + 1,
      `Kelurahan Contoh ${i + 1}`,
      TYPES[i % TYPES.length] ?? 'Sekolah',
      `Inovasi Pelayanan ${i + 1}`,
      `Ringkasan inovasi nomor ${i + 1}.`,
      i < 23 ? days[0] : days[1],
      `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`,
      'Ruang Bromo',
    ];
  });
  const file = join(dir, 'peserta-kipp-2022.xlsx');
  const sheet = [HEADER, ...rows].map((row) => row.map((value) => ({ value })));
  writeFileSync(file, await writeXlsxFile(sheet).toBuffer());
  return file;
}

/** The console link `npm start` printed, exactly as the organizer would copy it. */
export function printedConsoleLink(output: string): string {
  const match = /Konsol panitia \(organizer console\): (\S+)/.exec(output);
  if (!match?.[1]) throw new Error(`no console link in the server output:\n${output}`);
  return match[1];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Decodes the QR code inside `box` of a PNG screenshot; null when none is found there. */
export function decodeQr(png: Buffer, box: Box): string | null {
  const image = PNG.sync.read(png);
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const width = Math.min(image.width - x0, Math.ceil(box.width));
  const height = Math.min(image.height - y0, Math.ceil(box.height));
  const crop = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((y0 + row) * image.width + x0) * 4;
    crop.set(image.data.subarray(from, from + width * 4), row * width * 4);
  }
  return jsQR(crop, width, height)?.data ?? null;
}

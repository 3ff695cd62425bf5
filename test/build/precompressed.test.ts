/**
 * The build leaves a brotli and a gzip copy beside every text file the server may send encoded
 * (scripts/build/precompress.ts), each decoding to the very bytes of the original — sw.js included —
 * and keeps them out of the service worker's precache, which must list the originals only.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPRESSIBLE, MIN_BYTES } from '../../scripts/build/precompress.ts';
import { distHas, listDist, readDistBytes, readPrecacheUrls, requireDist } from './dist.ts';

describe('precompressed build output', () => {
  let files: string[];
  beforeAll(() => {
    requireDist();
    files = listDist();
  });

  it('has .br and .gz copies of the page, the worker, every script and style sheet, decoding to the original', () => {
    const originals = files.filter((f) => COMPRESSIBLE.test(f) && readDistBytes(f).length >= MIN_BYTES);
    expect(originals).toEqual(expect.arrayContaining(['index.html', 'sw.js']));
    expect(originals.some((f) => /^assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
    expect(originals.some((f) => /^assets\/index-[\w-]+\.css$/.test(f))).toBe(true);
    for (const file of originals) {
      const original = readDistBytes(file);
      expect(distHas(`${file}.br`), `${file}.br`).toBe(true);
      expect(distHas(`${file}.gz`), `${file}.gz`).toBe(true);
      expect(brotliDecompressSync(readDistBytes(`${file}.br`)).equals(original), `${file}.br`).toBe(true);
      expect(gunzipSync(readDistBytes(`${file}.gz`)).equals(original), `${file}.gz`).toBe(true);
    }
  });

  it('never lists an encoded copy in the precache', () => {
    const encoded = readPrecacheUrls().filter((u) => /\.(br|gz)$/.test(u));
    expect(encoded).toEqual([]);
  });
});

/**
 * A Vite build step: writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build,
 * so the server (src/server/static.ts) can answer `Accept-Encoding: br, gzip` without compressing on
 * each request — a tablet's first load over hotel Wi-Fi moves about a third of the bytes. Runs after
 * vite-plugin-pwa has written sw.js, so the worker is compressed too; the copies never enter the
 * precache list (its globPatterns name the original extensions only), and the originals stay for
 * clients that ask for no encoding.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What the server may send encoded: scripts, styles, pages, SVG, the manifest and JSON. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|webmanifest|json|txt)$/;
/** Below this an encoded copy saves nothing worth a second file. */
export const MIN_BYTES = 256;

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'juri:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await precompressDir(outDir);
      },
    },
  };
}

/** Writes name.br and name.gz for every compressible file under `dir` where they are smaller. */
export async function precompressDir(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const original = await readFile(file);
    if (original.length < MIN_BYTES) continue;
    const br = brotliCompressSync(original, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    });
    const gz = gzipSync(original, { level: 9 });
    if (br.length < original.length) await writeFile(`${file}.br`, br);
    if (gz.length < original.length) await writeFile(`${file}.gz`, gz);
  }
}

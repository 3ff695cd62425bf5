/**
 * The app's text files go out compressed (issue 8, item 11): the build writes brotli and gzip copies
 * (scripts/build/precompress.ts) and the server picks the one the client accepts, saying so in
 * Content-Encoding and Vary; a client that accepts neither gets the file as it is.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStaticApp } from '#server/static.ts';
import { precompressDir } from '../../scripts/build/precompress.ts';
import { createTestServer, type TestServer } from './helpers.ts';

let server: TestServer;
let dist: string;

const script = `export const greeting = ${JSON.stringify('Selamat datang, juri! '.repeat(200))};\n`;
const page = `<!doctype html><title>Juri</title><p>${'Lembar penilaian '.repeat(100)}</p>`;

beforeEach(async () => {
  server = createTestServer();
  dist = mkdtempSync(join(tmpdir(), 'juri-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(dist, 'index.html'), page);
  writeFileSync(
    join(dist, 'sw.js'),
    `self.addEventListener('install', () => {});\n${'// precache\n'.repeat(40)}`,
  );
  await precompressDir(dist);
});

afterEach(() => {
  server.cleanup();
  rmSync(dist, { recursive: true, force: true });
});

async function get(path: string, headers: Record<string, string>) {
  const res = await withStaticApp(server.app, dist).request(path, { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('serving the built app compressed', () => {
  it('sends brotli to a client that accepts it, with Content-Encoding, Vary and the original type', async () => {
    const { res, bytes } = await get('/assets/index-abc123.js', {
      'Accept-Encoding': 'gzip, deflate, br, zstd',
    });
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(res.headers.get('Vary')).toContain('Accept-Encoding');
    expect(res.headers.get('Content-Type')).toMatch(/javascript/);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(bytes.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(bytes).toString()).toBe(script);
  });

  it('sends gzip to a client that accepts only gzip', async () => {
    const { res, bytes } = await get('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(bytes).toString()).toBe(script);
  });

  it('sends the file as it is to a client that accepts no encoding, still varying on Accept-Encoding', async () => {
    const { res, bytes } = await get('/assets/index-abc123.js', {});
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(res.headers.get('Vary')).toContain('Accept-Encoding');
    expect(bytes.toString()).toBe(script);
  });

  it('compresses the page, a client route that falls back to it, and the service worker', async () => {
    for (const path of ['/', '/enroll?code=ABCDEFGH']) {
      const { res, bytes } = await get(path, { Accept: 'text/html', 'Accept-Encoding': 'br' });
      expect(res.status).toBe(200);
      expect(res.headers.get('Content-Encoding')).toBe('br');
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
      expect(brotliDecompressSync(bytes).toString()).toBe(page);
    }
    const { res } = await get('/sw.js', { 'Accept-Encoding': 'br' });
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('leaves API answers uncompressed', async () => {
    const { res } = await get('/api/health', { 'Accept-Encoding': 'br, gzip' });
    expect(res.headers.get('Content-Encoding')).toBeNull();
    expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
  });
});

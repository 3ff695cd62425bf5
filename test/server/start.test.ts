import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '#server/start.ts';
import { EnrollResponseSchema, MAX_BODY_BYTES } from '#shared/api.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';
import { makeBundle, newDeviceId, readError, readReceipt, scoreChange } from './helpers.ts';

let dir: string;
let running: RunningServer | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function start(): Promise<RunningServer> {
  return startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(dir, 'data'),
    distDir: join(dir, 'dist'),
    seedPackage: makeSmallEvent(),
  });
}

function writeDist(): void {
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>Juri</title>');
  writeFileSync(join(dir, 'dist', 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dir, 'dist', 'assets', 'index-abc123.js'), 'console.log(1);');
}

describe('startServer', () => {
  it('serves the API and the built app on one port with the right caching', async () => {
    dir = mkdtempSync(join(tmpdir(), 'juri-start-'));
    writeDist();
    running = await start();

    expect((await fetch(`${running.url}/api/health`)).status).toBe(200);
    const page = await fetch(`${running.url}/`);
    expect(page.headers.get('Cache-Control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Juri</title>');
    expect((await fetch(`${running.url}/sw.js`)).headers.get('Cache-Control')).toBe('no-cache');
    const asset = await fetch(`${running.url}/assets/index-abc123.js`);
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');

    const deepLink = await fetch(`${running.url}/enroll?code=ABCDEFGH`, { headers: { Accept: 'text/html' } });
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers.get('Cache-Control')).toBe('no-cache');
    expect(await deepLink.text()).toContain('<title>Juri</title>');
    expect((await fetch(`${running.url}/missing.png`, { headers: { Accept: 'image/png' } })).status).toBe(
      404,
    );
    const api404 = await fetch(`${running.url}/api/nope`, { headers: { Accept: 'text/html' } });
    expect(await readError(api404)).toMatchObject({ code: 'not_found' });
  });

  it('cuts off an oversized chunked upload over real HTTP with 413', async () => {
    dir = mkdtempSync(join(tmpdir(), 'juri-start-'));
    running = await start();
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 2 * MAX_BODY_BYTES) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    };
    const res = await fetch(`${running.url}/api/enroll`, init);
    expect(res.status).toBe(413);
    expect(await readError(res)).toMatchObject({ code: 'payload_too_large' });
  });

  it('takes a bundle over real HTTP, and refuses a declared Content-Length over the limit with 413', async () => {
    dir = mkdtempSync(join(tmpdir(), 'juri-start-'));
    running = await start();
    const post = (path: string, body: string, token?: string) =>
      fetch(`${running?.url}${path}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body,
      });
    const code = running.enrollments[0]?.code;
    const enrolled = await post(
      '/api/enroll',
      JSON.stringify({ code, deviceId: newDeviceId(), firstSeq: 1 }),
    );
    expect(enrolled.status).toBe(201);
    const device = v.parse(EnrollResponseSchema, await enrolled.json());
    const bundle = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 8, device.juror.id)],
    });
    const accepted = await post('/api/bundles', JSON.stringify(bundle), device.device.token);
    expect(accepted.status).toBe(201);
    expect(await readReceipt(accepted)).toMatchObject({ bundleId: bundle.bundleId, toSeq: 1 });

    const oversized = await post('/api/bundles', `{${'x'.repeat(MAX_BODY_BYTES)}`, device.device.token);
    expect(oversized.status).toBe(413);
    expect(await readError(oversized)).toMatchObject({ code: 'payload_too_large' });
  });

  it('keeps the organizer token and the open enrollment codes across restarts', async () => {
    dir = mkdtempSync(join(tmpdir(), 'juri-start-'));
    running = await start();
    const first = { token: running.organizerToken, codes: running.enrollments.map((e) => e.code) };
    expect(first.codes).toHaveLength(2);
    expect(running.enrollments[0]?.url).toBe(`${running.url}/enroll?code=${first.codes[0]}`);
    await running.close();

    running = await start();
    expect(running.organizerToken).toBe(first.token);
    expect(running.enrollments.map((e) => e.code)).toEqual(first.codes);
  });
});

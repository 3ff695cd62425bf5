/** `npm run results` in-process, on the temporary SQLite file a real server wrote. */
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { fingerprintBundles } from '#shared/results/fingerprint.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import { runResults } from '../../scripts/results/run.ts';
import { admin, EVENT, readDetail } from './admin-helpers.ts';
import {
  createTestServer,
  EVENT_ID,
  enroll,
  makeBundle,
  postBundle,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
let printed: { out: string[]; err: string[] };
const io = {
  out: (text: string) => printed.out.push(text),
  err: (text: string) => printed.err.push(text),
};

beforeEach(() => {
  server = createTestServer();
  printed = { out: [], err: [] };
});
afterEach(() => server.cleanup());

describe('npm run results', () => {
  it('prints the ranking recomputed from the bundles and their fingerprint', async () => {
    const tablet = await enroll(server.app, 'juri-1');
    // kebaruan 10 and the other four criteria at the scale's minimum 1 → 9/45 = 20 points for
    // dispendukcapil (only a complete sheet can be final); kebaruan 4 → a draft for puskesmas
    const changes: ChangeEntry[] = [
      scoreChange(1, 'dispendukcapil', 'kebaruan', 10),
      ...['efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'].map((criterion, i) =>
        scoreChange(2 + i, 'dispendukcapil', criterion, 1),
      ),
      {
        ...scoreChange(6, 'dispendukcapil', 'kebaruan', 0),
        kind: 'status',
        criterionId: null,
        newValue: 'final',
      },
      scoreChange(7, 'puskesmas-dinoyo', 'kebaruan', 4),
    ];
    const bundle = await makeBundle(tablet, { fromSeq: 1, prevHash: GENESIS_HASH, changes });
    expect((await postBundle(server.app, tablet.device.token, bundle)).status).toBe(201);

    const code = await runResults(
      ['--event', EVENT_ID, '--data', dirname(server.file), '--top', '1'],
      {},
      io,
    );
    expect(printed.err).toEqual([]);
    expect(code).toBe(0);
    const text = printed.out.join('\n');
    const { fingerprint } = await fingerprintBundles(EVENT_ID, [bundle]);
    expect(text).toContain(`Sidik data (SHA-256 atas 1 bundel): ${fingerprint}`);
    expect(text).toContain('Hasil SEMENTARA: 5 lembar wajib belum final');
    expect(text).toContain('belum final: puskesmas-dinoyo × juri-1 (draf)');
    expect(text).toMatch(/^1 +dispendukcapil +20,00 +1 +0,00 +0,00 +0,00 +1 +1$/m);
    expect(text).toMatch(/^– +puskesmas-dinoyo +– +0 /m);
  });

  it("uses the event's Top N sizes and recorded draws, and prints who drew and why", async () => {
    const detail = await readDetail(await admin(server.app, 'GET', EVENT));
    const { id: _id, packageVersion: _v, ...info } = detail.package.event;
    expect((await admin(server.app, 'PUT', `${EVENT}/info`, { ...info, topGroups: [1] })).status).toBe(200);
    // Both teams all 8 from juri-1 (77.777778, level on every rule): only the draw separates them.
    const tablet = await enroll(server.app, 'juri-1');
    const criteria = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];
    let seq = 1;
    const changes: ChangeEntry[] = ['dispendukcapil', 'puskesmas-dinoyo'].flatMap((teamId) => [
      ...criteria.map((c) => scoreChange(seq++, teamId, c, 8)),
      {
        ...scoreChange(seq++, teamId, 'kebaruan', 0),
        kind: 'status' as const,
        criterionId: null,
        newValue: 'final',
      },
    ]);
    const bundle = await makeBundle(tablet, { fromSeq: 1, prevHash: GENESIS_HASH, changes });
    expect((await postBundle(server.app, tablet.device.token, bundle)).status).toBe(201);
    const draw = {
      teamIds: ['puskesmas-dinoyo', 'dispendukcapil'],
      reason: 'Undian dengan kertas bernomor',
      decidedBy: 'Ketua Tim Penilai',
    };
    expect((await admin(server.app, 'POST', `${EVENT}/draws`, draw)).status).toBe(201);

    expect(await runResults(['--event', EVENT_ID, '--data', dirname(server.file)], {}, io)).toBe(0);
    const text = printed.out.join('\n');
    expect(text).toMatch(/^1 +puskesmas-dinoyo +77,777778 .* 1$/m);
    expect(text).toMatch(/^2 +dispendukcapil +77,777778 /m);
    expect(text).toContain(
      `dicatat ${server.clock.now.toISOString()} oleh Ketua Tim Penilai: Undian dengan kertas bernomor`,
    );
  });

  it('answers bad options with the usage and exit code 2, a missing file or event with 1', async () => {
    expect(await runResults(['--event', 'Bukan Id'], {}, io)).toBe(2);
    expect(printed.err.join('\n')).toContain('--event harus id acara');
    expect(await runResults(['--event', EVENT_ID, '--top', '6;3'], {}, io)).toBe(2);
    expect(await runResults(['--evnt', EVENT_ID], {}, io)).toBe(2);
    expect(printed.err.join('\n')).toContain('usage: npm run results');

    expect(await runResults(['--event', EVENT_ID, '--data', `${dirname(server.file)}/none`], {}, io)).toBe(1);
    expect(await runResults(['--event', 'kipp-batu-2021'], { DATA_DIR: dirname(server.file) }, io)).toBe(1);
    expect(printed.err.at(-1)).toBe('event_not_found: event kipp-batu-2021 not found');
  });
});

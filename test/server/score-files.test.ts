/**
 * The organizer's import of score files, through the real routes on a real SQLite file: the same
 * decisions as a network upload (signature, chain, sequence, replay), deduplicated against what came
 * over the network, one report per file, and nothing of a refused file stored.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnrollResponse } from '#shared/api.ts';
import { bundleHash, GENESIS_HASH, type ScoreBundle } from '#shared/bundle.ts';
import { MAX_SCORE_FILE_BYTES } from '#shared/score-file-report.ts';
import { admin } from './admin-helpers.ts';
import {
  count,
  createTestServer,
  enroll,
  makeBundle,
  postBundle,
  readError,
  readReceipt,
  scoreChange,
  type TestServer,
} from './helpers.ts';
import { importFile, makerOf, readReport, scoreFileText } from './score-file-helpers.ts';

let server: TestServer;
beforeEach(() => {
  server = createTestServer();
});
afterEach(() => server.cleanup());

const TEAMS = ['dispendukcapil', 'puskesmas-dinoyo', 'smpn-5-malang'];
const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];

/** `count` chained bundles of `size` score changes each, from seq 1. */
async function chain(device: EnrollResponse, bundles: number, size = 3): Promise<ScoreBundle[]> {
  const out: ScoreBundle[] = [];
  let prevHash = GENESIS_HASH;
  for (let b = 0; b < bundles; b++) {
    const fromSeq = 1 + b * size;
    const changes = Array.from({ length: size }, (_, i) => {
      const n = fromSeq + i - 1;
      return scoreChange(
        fromSeq + i,
        TEAMS[n % 3] ?? '',
        CRITERIA[Math.floor(n / 3) % 5] ?? '',
        1 + (n % 10),
      );
    });
    const bundle = await makeBundle(device, { fromSeq, prevHash, changes });
    prevHash = await bundleHash(bundle);
    out.push(bundle);
  }
  return out;
}

function storedRows() {
  return {
    bundles: server.db.prepare('SELECT bundle_id, body FROM bundles ORDER BY from_seq').all(),
    changes: server.db.prepare('SELECT device_id, seq, team_id, new_value FROM changes ORDER BY seq').all(),
    sheets: server.db.prepare('SELECT team_id, sheet FROM sheets ORDER BY team_id').all(),
  };
}

describe('importing a score file', () => {
  it('stores its bundles as a network upload would and reports them accepted', async () => {
    const device = await enroll(server.app);
    const bundles = await chain(device, 3);
    const res = await importFile(
      server.app,
      await scoreFileText(makerOf(device), bundles),
      'nilai-ratna.juri',
    );
    expect(res.status).toBe(201);
    const report = await readReport(res);
    expect(report).toMatchObject({
      fileName: 'nilai-ratna.juri',
      outcome: 'accepted',
      bundles: 3,
      accepted: 3,
      alreadyHad: 0,
      changesAccepted: 9,
      jurorId: 'juri-1',
      deviceId: device.device.deviceId,
    });
    // The stored bodies are the bundles' canonical JSON: the bytes a network upload stores.
    const rows = storedRows();
    expect(rows.changes.map((c) => (c as { seq: number }).seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows.sheets).toHaveLength(3);
    // The tablet's next upload continues the chain where the file left it.
    const next = await makeBundle(device, {
      fromSeq: 10,
      prevHash: await bundleHash(bundles[2] as ScoreBundle),
      changes: [scoreChange(10, 'smpn-5-malang', 'berkelanjutan', 7)],
    });
    expect((await postBundle(server.app, device.device.token, next)).status).toBe(201);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const device = await enroll(server.app);
    const text = await scoreFileText(makerOf(device), await chain(device, 2));
    expect((await importFile(server.app, text)).status).toBe(201);
    const before = storedRows();
    const again = await importFile(server.app, text);
    expect(again.status).toBe(200);
    expect(await readReport(again)).toMatchObject({ outcome: 'already_had', accepted: 0, alreadyHad: 2 });
    expect(storedRows()).toEqual(before);
  });

  it('stores once what the network and a file both deliver, in either order', async () => {
    const device = await enroll(server.app);
    const bundles = await chain(device, 3);
    const [first, second, third] = bundles as [ScoreBundle, ScoreBundle, ScoreBundle];
    // The network brought the first bundle; the file brings all three.
    const receipt = await readReceipt(await postBundle(server.app, device.device.token, first));
    const res = await importFile(server.app, await scoreFileText(makerOf(device), bundles));
    expect(await readReport(res)).toMatchObject({ outcome: 'accepted', accepted: 2, alreadyHad: 1 });
    // Then the tablet, back online, sends the rest: each answered with its receipt, nothing doubled.
    const resend = await postBundle(server.app, device.device.token, first);
    expect(resend.status).toBe(200);
    expect(await readReceipt(resend)).toEqual(receipt);
    for (const bundle of [second, third])
      expect((await postBundle(server.app, device.device.token, bundle)).status).toBe(200);
    expect(count(server.db, 'bundles')).toBe(3);
    expect(count(server.db, 'changes')).toBe(9);
  });

  it('refuses a file with any one byte changed, naming the file, and stores nothing', async () => {
    const device = await enroll(server.app);
    const text = await scoreFileText(makerOf(device), await chain(device, 2));
    const bytes = new TextEncoder().encode(text);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, delta) => {
          const changed = Uint8Array.from(bytes);
          changed[at] = ((changed[at] ?? 0) + delta) % 256;
          const res = await importFile(server.app, Buffer.from(changed).toString('latin1'), 'diubah.juri');
          // A byte that no longer decodes as UTF-8 is refused before the file is read.
          if (res.status === 400) {
            expect((await readError(res)).code).toBe('invalid_json');
            return;
          }
          expect(res.status).toBe(422);
          const report = await readReport(res);
          // An edited device or event id reads as a file from elsewhere; anything else fails a check.
          expect(['tampered', 'invalid', 'unknown_device', 'wrong_event']).toContain(report.outcome);
          expect(report.message).toContain('diubah.juri');
          expect(count(server.db, 'bundles')).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a file from a device the server never enrolled', async () => {
    const device = await enroll(server.app);
    const stranger = { deviceId: 'tablet-never-enrolled', secret: 'made-up-secret', jurorId: 'juri-1' };
    const bundles = await chain({ ...device, device: { ...device.device, ...stranger } }, 1);
    const res = await importFile(server.app, await scoreFileText(stranger, bundles), 'asing.juri');
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('score_file_refused');
    expect(body.report).toMatchObject({ outcome: 'unknown_device', deviceId: 'tablet-never-enrolled' });
    expect(count(server.db, 'bundles')).toBe(0);
  });

  it('refuses new bundles of a revoked device, but not what it delivered before the revocation', async () => {
    const device = await enroll(server.app);
    const bundles = await chain(device, 2);
    await postBundle(server.app, device.device.token, bundles[0]);
    const revoke = await admin(server.app, 'POST', `/api/admin/devices/${device.device.deviceId}/revoke`);
    expect(revoke.status).toBe(200);

    const both = await importFile(server.app, await scoreFileText(makerOf(device), bundles));
    expect(await readReport(both)).toMatchObject({
      outcome: 'revoked_device',
      failedBundleId: bundles[1]?.bundleId,
    });
    expect(count(server.db, 'bundles')).toBe(1);
    const delivered = await importFile(server.app, await scoreFileText(makerOf(device), bundles.slice(0, 1)));
    expect(await readReport(delivered)).toMatchObject({ outcome: 'already_had', alreadyHad: 1 });
  });

  it('reports a conflict when a bundle id arrived over the network with other content', async () => {
    const device = await enroll(server.app);
    const [sent] = await chain(device, 1);
    await postBundle(server.app, device.device.token, sent);
    const other = await makeBundle(device, {
      bundleId: sent?.bundleId,
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(1, 'dispendukcapil', 'kebaruan', 2)],
    });
    const res = await importFile(server.app, await scoreFileText(makerOf(device), [other]));
    expect(await readReport(res)).toMatchObject({ outcome: 'conflict', failedBundleId: sent?.bundleId });
  });

  it('asks for the earlier changes first when the file starts after what the server holds', async () => {
    const device = await enroll(server.app);
    const bundles = await chain(device, 3);
    const res = await importFile(server.app, await scoreFileText(makerOf(device), bundles.slice(1)));
    expect(await readReport(res)).toMatchObject({ outcome: 'incomplete' });
    expect(count(server.db, 'bundles')).toBe(0);
  });

  it('takes all of a file or none of it: a broken chain in the last bundle keeps the first out too', async () => {
    const device = await enroll(server.app);
    const [first] = await chain(device, 1);
    const unchained = await makeBundle(device, {
      fromSeq: 4,
      prevHash: 'f'.repeat(64),
      changes: [scoreChange(4, 'dispendukcapil', 'efektif', 6)],
    });
    const res = await importFile(
      server.app,
      await scoreFileText(makerOf(device), [first as ScoreBundle, unchained]),
    );
    expect(await readReport(res)).toMatchObject({
      outcome: 'tampered',
      failedBundleId: unchained.bundleId,
      accepted: 0,
    });
    expect(count(server.db, 'bundles')).toBe(0);
    expect(count(server.db, 'changes')).toBe(0);
    expect(count(server.db, 'sheets')).toBe(0);
  });

  it('refuses a file for another event than the one it is imported into', async () => {
    const device = await enroll(server.app);
    const text = await scoreFileText(makerOf(device), [], { eventId: 'kipp-batu-2022' });
    expect(await readReport(await importFile(server.app, text))).toMatchObject({ outcome: 'wrong_event' });
  });

  it('says what is wrong with something that is not a score file', async () => {
    const notJson = await readReport(await importFile(server.app, 'PK\u0003\u0004', 'foto.juri'));
    expect(notJson).toMatchObject({ outcome: 'invalid', fileName: 'foto.juri' });
    const otherJson = await readReport(await importFile(server.app, '{"hello":"world"}'));
    expect(otherJson.outcome).toBe('invalid');
    expect(otherJson.message).toContain('juri-score-file');
  });

  it('takes a file larger than a tablet upload may be, and refuses one over its own limit', async () => {
    const device = await enroll(server.app);
    const bundles = await chain(device, 50, 60);
    const text = await scoreFileText(makerOf(device), bundles);
    expect(text.length).toBeGreaterThan(512 * 1024);
    expect((await importFile(server.app, text)).status).toBe(201);
    const huge = await importFile(server.app, `${text}${' '.repeat(MAX_SCORE_FILE_BYTES)}`);
    expect(huge.status).toBe(413);
  });

  it('is for the organizer only', async () => {
    const res = await importFile(server.app, '{}', 'x.juri', 'kipp-malang-2021', null);
    expect(res.status).toBe(401);
  });
});

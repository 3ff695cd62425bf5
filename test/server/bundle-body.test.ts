/**
 * What is stored is exactly what was verified (issue 8, items 1–4): the body of a bundle must be its
 * JSON and nothing else; sequence numbers stay in a range where seq + 1 is exact; text is well-formed
 * Unicode; a score is exactly a value on the scale. Every refusal is a 4xx naming what is wrong, and
 * leaves nothing stored.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleHash, GENESIS_HASH, type ScoreBundle, verifyBundleSignature } from '#shared/bundle.ts';
import { canonicalJson } from '#shared/canonical.ts';
import { MAX_SEQ } from '#shared/seq.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import {
  count,
  createTestServer,
  enroll,
  issueCode,
  makeBundle,
  newDeviceId,
  postBundle,
  postJson,
  readError,
  readReceipt,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

const TEAM = 'dispendukcapil';

function stored(): { bundles: number; changes: number; sheets: number } {
  return {
    bundles: count(server.db, 'bundles'),
    changes: count(server.db, 'changes'),
    sheets: count(server.db, 'sheets'),
  };
}
const NOTHING = { bundles: 0, changes: 0, sheets: 0 };

async function firstBundle(changes: ChangeEntry[]) {
  const device = await enroll(server.app);
  const bundle = await makeBundle(device, { fromSeq: 1, prevHash: GENESIS_HASH, changes });
  return { device, bundle, text: JSON.stringify(bundle) };
}

function coi(seq: number, reason: string): ChangeEntry {
  return {
    ...scoreChange(seq, TEAM, 'kebaruan', 0),
    kind: 'status',
    criterionId: null,
    newValue: 'coi',
    reason,
  };
}

function text(seq: number, kind: 'note' | 'comment', value: string): ChangeEntry {
  return {
    ...scoreChange(seq, TEAM, 'kebaruan', 0),
    kind,
    criterionId: kind === 'note' ? 'kebaruan' : null,
    oldValue: kind === 'note' ? null : '',
    newValue: value,
  };
}

describe('the body is the bundle and nothing else (item 2)', () => {
  it('stores the canonical JSON, which verifies on its own and hashes to the receipt', async () => {
    server = createTestServer();
    const { device, bundle, text: body } = await firstBundle([scoreChange(1, TEAM, 'kebaruan', 8)]);
    const res = await postBundle(server.app, device.device.token, body);
    expect(res.status).toBe(201);
    const receipt = await readReceipt(res);
    const row = server.db.prepare<[], { body: string }>('SELECT body FROM bundles').get();
    const storedBundle = JSON.parse(row?.body ?? '') as ScoreBundle;
    expect(row?.body).toBe(canonicalJson(bundle));
    expect(
      createHash('sha256')
        .update(row?.body ?? '')
        .digest('hex'),
    ).toBe(receipt.hash);
    expect(await bundleHash(storedBundle)).toBe(receipt.hash);
    expect(await verifyBundleSignature(storedBundle, device.device.secret)).toBe(true);
  });

  it('takes the same JSON with keys in the order an older tablet built them', async () => {
    server = createTestServer();
    const { device, bundle } = await firstBundle([scoreChange(1, TEAM, 'kebaruan', 8)]);
    const { signature, ...rest } = bundle;
    const reordered = JSON.stringify({ signature, ...rest });
    expect(reordered).not.toBe(canonicalJson(bundle));
    expect((await postBundle(server.app, device.device.token, reordered)).status).toBe(201);
    expect(server.db.prepare('SELECT body FROM bundles').pluck().get()).toBe(canonicalJson(bundle));
  });

  it.each<[string, (body: string) => string, RegExp]>([
    [
      'a duplicate top-level key (a second jurorId before the signed one)',
      (body) => body.replace('"jurorId":"juri-1"', '"jurorId":"juri-2","jurorId":"juri-1"'),
      /differs at character/,
    ],
    [
      'a duplicate key inside a change',
      (body) => body.replace('"newValue":8', '"newValue":3,"newValue":8'),
      /differs at character/,
    ],
    ['an unsigned extra member', (body) => body.replace('{', '{"extra":1,'), /extra/],
    [
      'an unsigned member nested 100,000 arrays deep',
      (body) => body.replace('{', `{"deep":${'['.repeat(100_000)}${']'.repeat(100_000)},`),
      /deep/,
    ],
    ['an extra member inside a change', (body) => body.replace('"seq":1', '"seq":1,"hidden":"x"'), /hidden/],
    ['whitespace', (body) => JSON.stringify(JSON.parse(body), null, 1), /differs at character/],
    ['a number written another way', (body) => body.replace('"newValue":8', '"newValue":8.0'), /differs/],
    ['a string escaped another way', (body) => body.replace('"juri-1"', '"\\u006auri-1"'), /differs/],
  ])('refuses %s with 400 and stores nothing', async (_name, tamper, message) => {
    server = createTestServer();
    const { device, text: body } = await firstBundle([scoreChange(1, TEAM, 'kebaruan', 8)]);
    const tampered = tamper(body);
    expect(tampered).not.toBe(body);
    const res = await postBundle(server.app, device.device.token, tampered);
    expect(res.status).toBe(400);
    expect(await readError(res)).toMatchObject({
      code: 'invalid_bundle',
      message: expect.stringMatching(message),
    });
    expect(stored()).toEqual(NOTHING);
  });

  it('refuses a reason padded with spaces after signing, instead of trimming it into shape', async () => {
    server = createTestServer();
    const { device, text: body } = await firstBundle([coi(1, 'Istri saya bekerja di sana')]);
    const padded = body.replace('"Istri saya bekerja di sana"', '"  Istri saya bekerja di sana  "');
    const res = await postBundle(server.app, device.device.token, padded);
    expect(res.status).toBe(400);
    expect(await readError(res)).toMatchObject({
      code: 'invalid_bundle',
      message: expect.stringMatching(/^changes\.0\.reason: /),
    });
    expect(stored()).toEqual(NOTHING);
  });
});

describe('sequence numbers stay where seq + 1 is exact (item 1)', () => {
  it.each([
    ['2^53 − 1', 2 ** 53 - 1],
    ['MAX_SEQ + 1', MAX_SEQ + 1],
    ['a fraction', 1.5],
  ])('refuses firstSeq %s at enrollment with 400 naming firstSeq', async (_name, firstSeq) => {
    server = createTestServer();
    const code = await issueCode(server.app);
    const res = await postJson(server.app, '/api/enroll', { code, deviceId: newDeviceId(), firstSeq });
    expect(res.status).toBe(400);
    expect(await readError(res)).toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(/^firstSeq: /),
    });
    expect(count(server.db, 'devices')).toBe(0);
  });

  it('refuses fromSeq/toSeq and change seqs beyond the range with 400 naming the field', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const bundle = await makeBundle(device, {
      fromSeq: 2 ** 53,
      prevHash: GENESIS_HASH,
      changes: [{ ...scoreChange(1, TEAM, 'kebaruan', 8), seq: 2 ** 53 }],
    });
    const res = await postBundle(server.app, device.device.token, bundle);
    expect(res.status).toBe(400);
    expect(await readError(res)).toMatchObject({
      code: 'invalid_bundle',
      message: expect.stringMatching(/seq paling besar/),
    });
  });

  it('takes a chain up to the last seq, then answers 4xx and never 5xx', async () => {
    server = createTestServer();
    const device = await enroll(server.app, undefined, undefined, MAX_SEQ - 1);
    expect(device.sync.expectedSeq).toBe(MAX_SEQ - 1);
    const last = await makeBundle(device, {
      fromSeq: MAX_SEQ - 1,
      prevHash: GENESIS_HASH,
      changes: [scoreChange(MAX_SEQ - 1, TEAM, 'kebaruan', 8), scoreChange(MAX_SEQ, TEAM, 'efektif', 7)],
    });
    const accepted = await postBundle(server.app, device.device.token, last);
    expect(accepted.status).toBe(201);
    const beyond = await makeBundle(device, {
      fromSeq: MAX_SEQ + 1,
      prevHash: (await readReceipt(accepted)).hash,
      changes: [scoreChange(MAX_SEQ + 1, TEAM, 'bermanfaat', 6)],
    });
    const res = await postBundle(server.app, device.device.token, beyond);
    expect(res.status).toBe(400);
    expect(stored().changes).toBe(2);
  });
});

describe('text is well-formed Unicode wherever it enters (item 3)', () => {
  it.each<[string, ChangeEntry, RegExp]>([
    ['a reason', coi(1, 'alasan \ud800'), /^changes\.0\.reason: /],
    ['a note', text(1, 'note', 'catatan \udc00 terpotong'), /^changes\.0\.newValue: /],
    ['a comment', text(1, 'comment', '\ud83d'), /^changes\.0\.newValue: /],
  ])('refuses a lone surrogate in %s with 400 and stores nothing', async (_name, change, message) => {
    server = createTestServer();
    const { device, text: body } = await firstBundle([change]);
    const res = await postBundle(server.app, device.device.token, body);
    expect(res.status).toBe(400);
    expect(await readError(res)).toMatchObject({
      code: 'invalid_bundle',
      message: expect.stringMatching(message),
    });
    expect(stored()).toEqual(NOTHING);
  });

  it('keeps a whole emoji (a surrogate pair) exactly, in the change row and on the sheet', async () => {
    server = createTestServer();
    const { device, text: body } = await firstBundle([text(1, 'comment', 'Bagus 👍🏽')]);
    expect((await postBundle(server.app, device.device.token, body)).status).toBe(201);
    expect(server.db.prepare('SELECT new_value FROM changes').pluck().get()).toBe('"Bagus 👍🏽"');
    expect(server.db.prepare("SELECT json_extract(sheet, '$.comment') FROM sheets").pluck().get()).toBe(
      'Bagus 👍🏽',
    );
  });
});

describe('a score is exactly on the scale (item 4)', () => {
  it.each([5.0000004, 1.0000001, 10.0000000005, 7 + 1e-12])(
    'refuses %s on the 1–10 step-1 scale with 400 out_of_scale',
    async (value) => {
      server = createTestServer();
      const { device, text: body } = await firstBundle([scoreChange(1, TEAM, 'kebaruan', value)]);
      const res = await postBundle(server.app, device.device.token, body);
      expect(res.status).toBe(400);
      expect(await readError(res)).toMatchObject({
        code: 'invalid_change',
        message: expect.stringMatching(/seq 1.*out_of_scale/),
      });
      expect(stored()).toEqual(NOTHING);
    },
  );
});

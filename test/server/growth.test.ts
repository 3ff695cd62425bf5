import { afterEach, describe, expect, it } from 'vitest';
import { REJECTION_HEAD_CHARS, REJECTIONS_KEPT_PER_DEVICE } from '#server/store/rejections.ts';
import { GENESIS_HASH } from '#shared/bundle.ts';
import { KIPP_MALANG } from '#shared/rubric-presets.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import { MAX_AUDIT_ENTRIES, TEXT_LIMITS } from '#shared/text.ts';
import {
  count,
  createTestServer,
  enroll,
  makeBundle,
  materialisedSheets,
  postBundle,
  readError,
  readReceipt,
  scoreChange,
  type TestServer,
} from './helpers.ts';

let server: TestServer;
afterEach(() => server.cleanup());

const TEAM = 'dispendukcapil';
type Enrolled = Awaited<ReturnType<typeof enroll>>;

function change(seq: number, patch: Partial<ChangeEntry>): ChangeEntry {
  return { ...scoreChange(seq, TEAM, 'kebaruan', 8), ...patch };
}

/** Scores every criterion from `seq` on, then finalises (only a complete sheet can be final). */
const completeAndFinalise = (seq: number): ChangeEntry[] => [
  ...KIPP_MALANG.criteria.map((c, i) => change(seq + i, { criterionId: c.id })),
  change(seq + KIPP_MALANG.criteria.length, {
    kind: 'status',
    criterionId: null,
    oldValue: 'draft',
    newValue: 'final',
  }),
];
const FINALISED = KIPP_MALANG.criteria.length + 1;

/** A comment change with a reason (the sheet is final), `size` characters long. */
const reasonedComment = (seq: number, size: number, reason = 'Koreksi setelah diskusi panel') =>
  change(seq, {
    kind: 'comment',
    criterionId: null,
    oldValue: '',
    newValue: `${seq}`.padEnd(size, 'k'),
    reason,
  });

/** Posts `changes` as consecutive bundles of `perBundle`, each chained to the last; returns the statuses. */
async function send(
  device: Enrolled,
  changes: ChangeEntry[],
  perBundle: number,
  start = { seq: 1, hash: GENESIS_HASH },
) {
  const statuses: number[] = [];
  let { seq, hash } = start;
  for (let i = 0; i < changes.length; i += perBundle) {
    const run = changes.slice(i, i + perBundle);
    const bundle = await makeBundle(device, { fromSeq: seq, prevHash: hash, changes: run });
    const res = await postBundle(server.app, device.device.token, bundle);
    statuses.push(res.status);
    if (res.status !== 201) return { statuses, error: await readError(res), next: { seq, hash } };
    hash = (await readReceipt(res)).hash;
    seq += run.length;
  }
  return { statuses, error: undefined, next: { seq, hash } };
}

describe('a sheet with a long audit trail', () => {
  it('keeps its row small: 400 reasoned 2,000-character comments do not grow what each change rewrites', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const changes = [
      ...completeAndFinalise(1),
      ...Array.from({ length: 400 }, (_, i) => reasonedComment(i + 1 + FINALISED, TEXT_LIMITS.comment)),
    ];
    const { statuses } = await send(device, changes, 10);
    expect(new Set(statuses)).toEqual(new Set([201]));

    const row = server.db.prepare<[], { n: number }>('SELECT length(sheet) AS n FROM sheets').get();
    // The row holds the head only: the latest comment and the scores, not 400 × 2,000 characters.
    expect(row?.n).toBeLessThan(TEXT_LIMITS.comment + 1_000);
    const [sheet] = await materialisedSheets(server.app);
    expect(sheet?.audit).toHaveLength(400);
    expect(sheet?.audit.map((a) => a.seq)).toEqual(changes.slice(FINALISED).map((c) => c.seq));
    expect(sheet?.comment).toBe(changes.at(-1)?.newValue);
  });

  it(`refuses the change that would be entry ${MAX_AUDIT_ENTRIES + 1} of the trail with 400, keeping the rest`, async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const full = [
      ...completeAndFinalise(1),
      ...Array.from({ length: MAX_AUDIT_ENTRIES }, (_, i) => reasonedComment(i + 1 + FINALISED, 10)),
    ];
    const { statuses, next } = await send(device, full, 100);
    expect(new Set(statuses)).toEqual(new Set([201]));

    const over = await send(device, [reasonedComment(next.seq, 10)], 1, next);
    expect(over.statuses).toEqual([400]);
    expect(over.error).toMatchObject({
      code: 'invalid_change',
      message: expect.stringMatching(/audit_full/),
    });
    expect(count(server.db, 'changes')).toBe(MAX_AUDIT_ENTRIES + FINALISED);
    // A change without a reason still goes through on another sheet.
    const other = await send(device, [change(next.seq, { teamId: 'puskesmas-dinoyo' })], 1, next);
    expect(other.statuses).toEqual([201]);
  });

  it.each<[string, Partial<ChangeEntry>]>([
    ['a note', { kind: 'note', newValue: 'n'.repeat(TEXT_LIMITS.note + 1) }],
    [
      'a comment',
      { kind: 'comment', criterionId: null, oldValue: '', newValue: 'c'.repeat(TEXT_LIMITS.comment + 1) },
    ],
    [
      'a reason',
      {
        kind: 'status',
        criterionId: null,
        newValue: 'coi',
        oldValue: null,
        reason: 'r'.repeat(TEXT_LIMITS.reason + 1),
      },
    ],
  ])('refuses %s over its length limit with 400', async (_name, patch) => {
    server = createTestServer();
    const device = await enroll(server.app);
    const { statuses, error } = await send(device, [change(1, patch)], 1);
    expect(statuses).toEqual([400]);
    expect(error?.code).toMatch(/^invalid_/);
    expect(count(server.db, 'changes')).toBe(0);
  });
});

describe('refused bundles', () => {
  it('are kept as hash, size and first bytes, not in full', async () => {
    server = createTestServer();
    const device = await enroll(server.app);
    const forged = await makeBundle(device, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: Array.from({ length: 50 }, (_, i) =>
        change(i + 1, { kind: 'note', newValue: 'x'.repeat(TEXT_LIMITS.note) }),
      ),
      secret: 'not-the-secret',
    });
    const res = await postBundle(server.app, device.device.token, forged);
    expect(res.status).toBe(422);
    const row = server.db
      .prepare<[], { body_sha256: string; body_bytes: number; head: number; code: string }>(
        'SELECT body_sha256, body_bytes, length(body_head) AS head, code FROM rejections',
      )
      .get();
    expect(row).toMatchObject({ code: 'bad_signature', head: REJECTION_HEAD_CHARS });
    expect(row?.body_bytes).toBeGreaterThan(100_000);
    expect(row?.body_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it(`keep only the newest ${REJECTIONS_KEPT_PER_DEVICE} per device, and another device's stay`, async () => {
    server = createTestServer();
    const other = await enroll(server.app);
    const otherForged = await makeBundle(other, {
      fromSeq: 1,
      prevHash: GENESIS_HASH,
      changes: [change(1, {})],
      secret: 'wrong',
    });
    expect((await postBundle(server.app, other.device.token, otherForged)).status).toBe(422);

    const device = await enroll(server.app);
    for (let i = 0; i < REJECTIONS_KEPT_PER_DEVICE + 5; i++) {
      const forged = await makeBundle(device, {
        fromSeq: 1,
        prevHash: GENESIS_HASH,
        bundleId: `forged-bundle-${i}`,
        changes: [change(1, {})],
        secret: 'wrong',
      });
      expect((await postBundle(server.app, device.device.token, forged)).status).toBe(422);
    }
    const kept = server.db
      .prepare<[string], { bundle_id: string }>(
        'SELECT bundle_id FROM rejections WHERE device_id = ? ORDER BY id',
      )
      .all(device.device.deviceId);
    expect(kept).toHaveLength(REJECTIONS_KEPT_PER_DEVICE);
    expect(kept[0]?.bundle_id).toBe('forged-bundle-5');
    expect(count(server.db, 'rejections')).toBe(REJECTIONS_KEPT_PER_DEVICE + 1);
  });
});

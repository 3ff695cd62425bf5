/**
 * Hostile variants of an honest bundle, each one a way a body could differ from what was signed or
 * from what the device may send. Every one of them must be refused with a 4xx and leave no bundle
 * stored; the fuzzer checks that, and afterwards that everything stored verifies on its own.
 */

import { MAX_BODY_BYTES } from '#shared/api.ts';
import type { ScoreBundle, UnsignedBundle } from '#shared/bundle.ts';
import { canonicalJson } from '#shared/canonical.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import type { Noise } from './arbitraries.ts';

/** What a mutation may use: the honest bundle and ways to build and sign variants of it. */
export interface MutationInput {
  honest: ScoreBundle;
  noise: Noise;
  /** The same bundle with `patch` applied, signed with `secret` (the tablet's own by default). */
  build(patch: Partial<UnsignedBundle>, secret?: string): Promise<ScoreBundle>;
  /** Another enrolled tablet: its id, juror and secret. */
  other: { deviceId: string; jurorId: string; secret: string };
  /** Bundle ids this tablet already had accepted. */
  acceptedIds: readonly string[];
}

export interface Hostile {
  body: string | Uint8Array;
  /** Replaces the tablet's own headers (credential, Content-Type) where given. */
  headers?: Record<string, string | undefined>;
}

/** A hostile body, or null when this tablet's state gives the mutation nothing to work on. */
type Mutation = (input: MutationInput) => Hostile | null | Promise<Hostile | null>;

const text = (bundle: ScoreBundle) => canonicalJson(bundle);
const insertAfterBrace = (body: string, member: string) => `{${member},${body.slice(1)}`;
const withChange = (honest: ScoreBundle, patch: Partial<ChangeEntry>): ChangeEntry[] =>
  honest.changes.map((c, i) => (i === 0 ? { ...c, ...patch } : c));

export const MUTATIONS = {
  duplicateTopKey: ({ honest, other }) => ({
    body: insertAfterBrace(text(honest), `"jurorId":${JSON.stringify(other.jurorId)}`),
  }),
  duplicateChangeKey: ({ honest, noise }) => ({
    body: text(honest).replace('"seq":', `"seq":${JSON.stringify(noise.value) ?? 'null'},"seq":`),
  }),
  unknownTopMember: ({ honest, noise }) => {
    const keys = ['extra', '__proto__', 'constructor', 'toString', 'signature2', 'Version'];
    const key = keys[noise.at % keys.length] ?? 'extra';
    return {
      body: insertAfterBrace(text(honest), `${JSON.stringify(key)}:${JSON.stringify(noise.value) ?? 'null'}`),
    };
  },
  unknownChangeMember: ({ honest }) => ({ body: text(honest).replace('{"at":', '{"aa":1,"at":') }),
  deepNesting: ({ honest, noise }) => ({
    body: insertAfterBrace(text(honest), `"deep":${'['.repeat(noise.depth)}${']'.repeat(noise.depth)}`),
  }),
  whitespace: ({ honest, noise }) => {
    const body = text(honest);
    const forms = [JSON.stringify(honest, null, 1), `${body}\n`, ` ${body}`, body.replace('":', '": ')];
    return { body: forms[noise.at % forms.length] ?? body };
  },
  tamperedAfterSigning: ({ honest }) => ({
    body: text({ ...honest, createdAt: '2021-03-17T00:00:00.000Z' }),
  }),
  brokenChain: async ({ build }) => ({ body: text(await build({ prevHash: 'f'.repeat(64) })) }),
  sequenceGap: async ({ honest, build, noise }) => {
    const shift = 1 + (noise.at % 5);
    const changes = honest.changes.map((c) => ({ ...c, seq: c.seq + shift }));
    return {
      body: text(await build({ fromSeq: honest.fromSeq + shift, toSeq: honest.toSeq + shift, changes })),
    };
  },
  replayedSeq: async ({ honest, build, acceptedIds }) => {
    if (acceptedIds.length === 0 || honest.fromSeq <= 1) return null;
    const changes = honest.changes.map((c) => ({ ...c, seq: c.seq - 1 }));
    return { body: text(await build({ fromSeq: honest.fromSeq - 1, toSeq: honest.toSeq - 1, changes })) };
  },
  unsafeSeq: async ({ honest, build, noise }) => {
    const changes = honest.changes.map((c, i) => ({ ...c, seq: noise.seq + i }));
    return {
      body: text(await build({ fromSeq: noise.seq, toSeq: noise.seq + honest.changes.length - 1, changes })),
    };
  },
  loneSurrogate: async ({ honest, build, noise }) => {
    const broken = `${noise.text}\ud800`;
    const forms: Partial<ChangeEntry>[] = [
      { kind: 'note', newValue: broken },
      { kind: 'comment', criterionId: null, newValue: broken },
      { reason: broken },
      { oldValue: `\udfff${noise.text}` },
    ];
    const patch = forms[noise.at % forms.length] ?? {};
    return { body: text(await build({ changes: withChange(honest, patch) })) };
  },
  paddedReason: async ({ honest, build }) => {
    const signed = await build({ changes: withChange(honest, { reason: 'alasan panel' }) });
    return { body: text(signed).replace('"reason":"alasan panel"', '"reason":"  alasan panel "') };
  },
  offScale: async ({ honest, build, noise }) => {
    const values = [5.0000004, 1.0000001, 10.0000000005, 0, 11, -1, 7.5, 0.1 + 0.2 + 5];
    const patch: Partial<ChangeEntry> = {
      kind: 'score',
      criterionId: 'kebaruan',
      newValue: values[noise.at % values.length] ?? 0,
      reason: 'koreksi',
    };
    return { body: text(await build({ changes: withChange(honest, patch) })) };
  },
  nonCanonicalNumber: ({ honest, noise }) => {
    const forms = ['"version":1.0', '"version":1e0', '"version":1E0', '"version":01'];
    return { body: text(honest).replace('"version":1', forms[noise.at % forms.length] ?? '"version":1.0') };
  },
  escapedDifferently: ({ honest }) => ({ body: text(honest).replace('"version"', '"\\u0076ersion"') }),
  foreignDevice: async ({ build, other }) => ({
    body: text(await build({ deviceId: other.deviceId }, other.secret)),
  }),
  otherJuror: async ({ honest, build, other }) => {
    if (other.jurorId === honest.jurorId) return null;
    const changes = honest.changes.map((c) => ({ ...c, jurorId: other.jurorId }));
    return { body: text(await build({ jurorId: other.jurorId, changes })) };
  },
  reusedBundleId: async ({ build, acceptedIds, noise }) => {
    const id = acceptedIds[noise.at % Math.max(1, acceptedIds.length)];
    return id ? { body: text(await build({ bundleId: id })) } : null;
  },
  rangeMismatch: async ({ honest, build }) => ({ body: text(await build({ toSeq: honest.toSeq + 1 })) }),
  noChanges: async ({ build }) => ({ body: text(await build({ changes: [] })) }),
  wrongContentType: ({ honest, noise }) => {
    const types = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', undefined];
    return { body: text(honest), headers: { 'Content-Type': types[noise.at % types.length] } };
  },
  truncated: ({ honest, noise }) => {
    const body = text(honest);
    return { body: body.slice(0, noise.at % body.length) };
  },
  byteOrderMark: ({ honest }) => ({ body: `\uFEFF${text(honest)}` }),
  invalidUtf8: ({ honest }) => {
    const bytes = new TextEncoder().encode(text(honest));
    const at = bytes.indexOf(0x22, 2) + 1; // just inside the first string value
    return { body: Uint8Array.from([...bytes.slice(0, at), 0xc3, 0x28, ...bytes.slice(at)]) };
  },
  oversized: ({ honest }) => ({ body: `${text(honest)}${' '.repeat(MAX_BODY_BYTES)}` }),
  wrongToken: ({ honest, noise }) => ({
    body: text(honest),
    headers: { Authorization: `Bearer not-a-token-${noise.at.toString(36)}` },
  }),
  noToken: ({ honest }) => ({ body: text(honest), headers: { Authorization: undefined } }),
} satisfies Record<string, Mutation>;

export type MutationName = keyof typeof MUTATIONS;

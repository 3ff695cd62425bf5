/**
 * One fuzz step against the server: builds the tablet's next honest bundle (or a resend, or a hostile
 * variant), sends it and judges the answer — below 500, the error envelope with its code's status,
 * an honest bundle stored or refused by a scoring rule, a resend answered with the original receipt,
 * a hostile input refused with nothing stored. The tablet's chain moves only on a 201.
 */
import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { API_ERROR_STATUS, ApiErrorSchema, type EnrollResponse } from '#shared/api.ts';
import { BUNDLE_VERSION, type ScoreBundle, signBundle, type UnsignedBundle } from '#shared/bundle.ts';
import { canonicalJson } from '#shared/canonical.ts';
import { MAX_SEQ } from '#shared/seq.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import type { ChangeDraft, Step } from './arbitraries.ts';
import { type FuzzServer, send } from './fuzz-server.ts';
import { MUTATIONS } from './mutations.ts';

/** What the steps count, across a whole campaign. */
export interface StepCounts {
  /** Requests sent, enrollments included. */
  inputs: number;
  hostile: number;
  byStatus: Record<string, number>;
  serverErrors: number;
  badEnvelopes: number;
  /** Hostile or garbage inputs answered 2xx, or that left a bundle stored. */
  hostileAccepted: number;
}

export interface Tablet {
  enrolled: EnrollResponse;
  nextSeq: number;
  prevHash: string;
  accepted: { bundleId: string; canonical: string; reply: string }[];
}

const AT = Date.parse('2021-03-16T01:30:00.000Z');

/** Sends one step; returns what was wrong with the answer, if anything. */
export async function perform(
  server: FuzzServer,
  tablets: Tablet[],
  step: Step,
  report: StepCounts,
): Promise<string | null> {
  const tablet = tablets[step.tablet] ?? tablets[0];
  if (!tablet) return 'no tablet';
  const headers = {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${tablet.enrolled.device.token}`,
  };
  const storedBefore = countBundles(server);
  const post = async (body: string | Uint8Array, override: Record<string, string | undefined> = {}) => {
    const merged = Object.fromEntries(
      Object.entries({ ...headers, ...override }).filter((e): e is [string, string] => e[1] !== undefined),
    );
    const res = await send(server.app, '/api/bundles', body, merged);
    const text = await res.text();
    report.inputs++;
    report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
    if (res.status >= 500) report.serverErrors++;
    const envelope = res.status >= 400 ? envelopeProblem(res.status, text) : null;
    if (envelope) report.badEnvelopes++;
    return { status: res.status, text, envelope };
  };

  if (step.do === 'honest') {
    const bundle = await build(tablet, step.changes);
    const canonical = canonicalJson(bundle);
    const res = await post(canonical);
    if (res.envelope) return res.envelope;
    if (res.status === 201) return accept(tablet, bundle, canonical, res.text);
    const code = codeOf(res.text);
    const beyondRange = bundle.toSeq > MAX_SEQ;
    if (res.status === 400 && (code === 'invalid_change' || (beyondRange && code === 'invalid_bundle')))
      return null;
    return `an honest bundle was answered ${res.status} ${res.text.slice(0, 200)}`;
  }

  if (step.do === 'resend') {
    const earlier = tablet.accepted[step.which % Math.max(1, tablet.accepted.length)];
    if (!earlier) return null;
    const body = step.reorder
      ? JSON.stringify(reversedKeys(JSON.parse(earlier.canonical)))
      : earlier.canonical;
    const res = await post(body);
    if (res.status !== 200 || res.text !== earlier.reply)
      return `a resend was answered ${res.status} ${res.text.slice(0, 200)}, not the original receipt`;
    return countBundles(server) === storedBefore ? null : 'a resend stored another bundle';
  }

  report.hostile++;
  let hostile: { body: string | Uint8Array; headers?: Record<string, string | undefined> } | null;
  if (step.do === 'garbage') {
    hostile = { body: step.body, headers: step.json ? {} : { 'Content-Type': 'text/plain' } };
  } else {
    const honest = await build(tablet, step.changes);
    const others = tablets.filter((t) => t !== tablet);
    const other = others.find((t) => t.enrolled.juror.id !== tablet.enrolled.juror.id) ?? others[0] ?? tablet;
    hostile = await MUTATIONS[step.mutation]({
      honest,
      noise: step.noise,
      build: (patch, secret) =>
        sign({ ...unsignedOf(honest), ...patch }, secret ?? tablet.enrolled.device.secret),
      other: {
        deviceId: other.enrolled.device.deviceId,
        jurorId: other.enrolled.juror.id,
        secret: other.enrolled.device.secret,
      },
      acceptedIds: tablet.accepted.map((a) => a.bundleId),
    });
    if (!hostile) return null;
  }
  const res = await post(hostile.body, hostile.headers);
  const leftStored = countBundles(server) !== storedBefore;
  if (res.status < 400 || leftStored) {
    report.hostileAccepted++;
    return `a hostile input was answered ${res.status}${leftStored ? ' and stored' : ''}`;
  }
  return res.envelope;
}

function accept(tablet: Tablet, bundle: ScoreBundle, canonical: string, reply: string): string | null {
  const receipt = (JSON.parse(reply) as { receipt?: { hash?: unknown } }).receipt;
  const hash = createHash('sha256').update(canonical).digest('hex');
  if (receipt?.hash !== hash) return 'the receipt hash is not sha256 of the canonical body';
  tablet.accepted.push({ bundleId: bundle.bundleId, canonical, reply });
  tablet.nextSeq = bundle.toSeq + 1;
  tablet.prevHash = hash;
  return null;
}

let bundles = 0;

function build(tablet: Tablet, drafts: readonly ChangeDraft[]): Promise<ScoreBundle> {
  const { device, juror, eventId } = tablet.enrolled;
  const changes: ChangeEntry[] = drafts.map((d, i) => ({
    ...d,
    seq: tablet.nextSeq + i,
    eventId,
    jurorId: juror.id,
    at: new Date(AT + (tablet.nextSeq + i) * 1000).toISOString(),
  }));
  return sign(
    {
      version: BUNDLE_VERSION,
      bundleId: `fuzz-bundle-${String(++bundles).padStart(8, '0')}`,
      deviceId: device.deviceId,
      jurorId: juror.id,
      eventId,
      fromSeq: tablet.nextSeq,
      toSeq: tablet.nextSeq + changes.length - 1,
      prevHash: tablet.prevHash,
      createdAt: new Date(AT).toISOString(),
      changes,
    },
    device.secret,
  );
}

/** Signs whatever it is given: hostile variants may be anything a tablet could put together. */
function sign(bundle: UnsignedBundle, secret: string): Promise<ScoreBundle> {
  return signBundle(bundle, secret);
}

function unsignedOf({ signature: _signature, ...unsigned }: ScoreBundle): UnsignedBundle {
  return unsigned;
}

function countBundles(server: FuzzServer): number {
  return server.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM bundles').get()?.n ?? 0;
}

function envelopeProblem(status: number, text: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `HTTP ${status} without a JSON body`;
  }
  const parsed = v.safeParse(ApiErrorSchema, json);
  if (!parsed.success) return `HTTP ${status} without the error envelope`;
  const code = parsed.output.error.code;
  const expected =
    code in API_ERROR_STATUS ? API_ERROR_STATUS[code as keyof typeof API_ERROR_STATUS] : undefined;
  return expected === status ? null : `HTTP ${status} with code ${code}`;
}

function codeOf(text: string): string | undefined {
  const parsed = v.safeParse(ApiErrorSchema, JSON.parse(text));
  return parsed.success ? parsed.output.error.code : undefined;
}

/** The same JSON with every object's keys in reverse order: what a tablet built before canonical bodies sends. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v2]) => [k, reversedKeys(v2)]),
  );
}

export function stepName(step: Step): string {
  return step.do === 'mutate' ? `mutate:${step.mutation}` : step.do;
}

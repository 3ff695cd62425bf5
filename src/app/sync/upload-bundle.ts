/**
 * Sends one stored bundle and decides what the answer means. Only a 2xx JSON receipt for exactly this
 * bundle (id, device, range and content hash) counts as delivered; anything else keeps the bundle.
 * A 413 — from our server or a proxy in front of it — means the body was turned away unread.
 */
import * as v from 'valibot';
import type { BundleRow } from '#app/db/database.ts';
import type { SyncProblemCode } from '#app/db/sync-status-repo.ts';
import { type HttpResult, requestJson } from '#app/sync/http.ts';
import { parseRetryAfter } from '#app/sync/retry-after.ts';
import { ApiErrorSchema, BundleAcceptedSchema } from '#shared/api.ts';
import type { BundleReceipt } from '#shared/bundle.ts';

export const BUNDLES_PATH = '/api/bundles';

export interface UploadProblem {
  code: SyncProblemCode;
  detail: string;
  expectedSeq?: number;
}

export type UploadOutcome =
  /** `stored`: the server stored it now (201), rather than answering a resend with its receipt (200). */
  | { kind: 'accepted'; receipt: BundleReceipt; stored: boolean }
  /** Worth trying again later: the network, the server or a portal got in the way. */
  | { kind: 'retry'; problem: UploadProblem; retryAfterMs?: number }
  /** Trying again cannot help until a person acts; the bundle is kept. */
  | { kind: 'stop'; problem: UploadProblem }
  /** Refused unread for its size: nothing was stored, so the tablet may split it and send the parts. */
  | { kind: 'too_large'; problem: UploadProblem };

export interface UploadOptions {
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export async function uploadBundle(
  row: BundleRow,
  token: string,
  options: UploadOptions = {},
): Promise<UploadOutcome> {
  const result = await requestJson(BUNDLES_PATH, { method: 'POST', body: row.bundle, token, ...options });
  return classifyUpload(row, result);
}

export function classifyUpload(row: BundleRow, result: HttpResult): UploadOutcome {
  if (result.kind === 'network') return retry('offline', result.detail);
  if (result.kind === 'timeout') return retry('timeout', 'no answer in time');
  const { status, json } = result;
  if (status === 413)
    return { kind: 'too_large', problem: { code: 'rejected', detail: `HTTP 413 ${envelopeText(json)}` } };

  if (status >= 200 && status < 300) {
    const accepted = v.safeParse(BundleAcceptedSchema, json);
    if (!accepted.success) return retry('not_json', `HTTP ${status} without a receipt`);
    const receipt = accepted.output.receipt;
    if (!receiptMatches(row, receipt))
      return stop('rejected', `receipt for ${receipt.bundleId} does not match ${row.bundleId}`);
    return { kind: 'accepted', receipt, stored: status === 201 };
  }

  // Only our server's error envelope is believed: a proxy's or portal's 401/403/409 page is not.
  const envelope = v.safeParse(ApiErrorSchema, json);
  if (!envelope.success) return retry(status >= 500 ? 'server_error' : 'not_json', `HTTP ${status}`);
  const { code, message, expectedSeq } = envelope.output.error;
  const detail = `${code}: ${message}`;
  switch (status) {
    case 401:
      return stop('revoked', detail);
    case 403:
      return stop('forbidden', detail);
    case 409:
      return code === 'sequence_gap' ? stop('sequence_gap', detail, expectedSeq) : stop('conflict', detail);
    case 429:
      return {
        kind: 'retry',
        problem: { code: 'rate_limited', detail },
        retryAfterMs: parseRetryAfter(result.headers.get('retry-after')),
      };
    case 400:
    case 422:
      return stop('rejected', detail);
    default:
      return retry('server_error', `HTTP ${status} ${detail}`);
  }
}

function envelopeText(json: unknown): string {
  const envelope = v.safeParse(ApiErrorSchema, json);
  return envelope.success
    ? `${envelope.output.error.code}: ${envelope.output.error.message}`
    : '(not from Juri)';
}

function receiptMatches(row: BundleRow, receipt: BundleReceipt): boolean {
  return (
    receipt.bundleId === row.bundleId &&
    receipt.deviceId === row.bundle.deviceId &&
    receipt.fromSeq === row.fromSeq &&
    receipt.toSeq === row.toSeq &&
    receipt.hash === row.hash
  );
}

const retry = (code: SyncProblemCode, detail: string): UploadOutcome => ({
  kind: 'retry',
  problem: { code, detail },
});
const stop = (code: SyncProblemCode, detail: string, expectedSeq?: number): UploadOutcome => ({
  kind: 'stop',
  problem: expectedSeq === undefined ? { code, detail } : { code, detail, expectedSeq },
});

/**
 * After each sync pass the tablet asks whether the organizer published a newer event package. The
 * request says which version it holds (a 304 costs nothing when nothing changed) and reports what the
 * organizer's device list shows: app version, changes still held, a package it refused. A newer
 * package is validated with the shared schema and applied atomically; an invalid one is refused and
 * reported, and the old one stays. No polling loop of its own: it rides on the sync pass's triggers.
 */
import type { Credential } from '#app/db/credential-repo.ts';
import { getCredential } from '#app/db/credential-repo.ts';
import { InvalidPackageError } from '#app/db/errors.ts';
import { getEventPackage, parseEventPackage } from '#app/db/events-repo.ts';
import { countUnconfirmedChanges } from '#app/db/outbox-count.ts';
import {
  applyPackageUpdate,
  getPackageProblem,
  packageVersionOf,
  recordPackageProblem,
} from '#app/db/package-update-repo.ts';
import { APP_VERSION, BUILD_ID } from '#app/pwa/build-info.ts';
import { requestJson } from '#app/sync/http.ts';
import type { PassResult } from '#app/sync/sync-pass.ts';

export type RefreshOutcome = 'unchanged' | 'updated' | 'refused' | 'unreachable' | 'skipped';

export interface RefreshOptions {
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  now?: () => Date;
}

/** Runs after a pass that reached the server or had nothing to send; passes the result on unchanged. */
export async function refreshAfterPass(
  result: PassResult,
  options: RefreshOptions = {},
): Promise<PassResult> {
  if (result.kind !== 'done' && result.kind !== 'idle') return result;
  const credential = await getCredential();
  if (credential)
    await refreshPackage(credential, options).catch((error: unknown) => console.error('package', error));
  return result;
}

export async function refreshPackage(
  credential: Credential,
  options: RefreshOptions = {},
): Promise<RefreshOutcome> {
  const now = options.now ?? (() => new Date());
  const current = await getEventPackage(credential.eventId);
  const version = packageVersionOf(current);
  const problem = await getPackageProblem();
  const headers: Record<string, string> = {
    'If-None-Match': `"v${version}"`,
    'X-Juri-App-Version': `${APP_VERSION}+${BUILD_ID}`,
    'X-Juri-Queue': String(await countUnconfirmedChanges(credential)),
    'X-Juri-Package-Version': String(version),
  };
  if (problem)
    headers['X-Juri-Package-Problem'] = asciiHeader(`v${problem.version ?? '?'}: ${problem.message}`);
  const result = await requestJson(`/api/events/${encodeURIComponent(credential.eventId)}/package`, {
    method: 'GET',
    token: credential.token,
    headers,
    timeoutMs: options.timeoutMs,
    fetchImpl: options.fetchImpl,
  });
  if (result.kind !== 'response') return 'unreachable';
  if (result.status === 304) return 'unchanged';
  if (result.status !== 200 || result.json === undefined) return 'unreachable';
  const announced = Number(result.headers.get('X-Juri-Package-Version') ?? Number.NaN);
  try {
    const pkg = await parseEventPackage(result.json);
    if (pkg.event.id !== credential.eventId || !pkg.jurors.some((j) => j.id === credential.jurorId))
      throw new InvalidPackageError('event', 'paket untuk acara atau juri lain');
    return (await applyPackageUpdate(pkg, now().toISOString())) ? 'updated' : 'unchanged';
  } catch (error) {
    if (!(error instanceof InvalidPackageError)) throw error;
    await recordPackageProblem(
      {
        version: Number.isFinite(announced) ? announced : null,
        message: error.message,
        at: now().toISOString(),
      },
      credential.eventId,
    );
    return 'refused';
  }
}

// Header values must be Latin-1; the server keeps the first 300 characters.
function asciiHeader(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 300);
}

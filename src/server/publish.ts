/**
 * Every organizer change to an event goes through here: in one transaction the change is applied to
 * the stored package, the package gets the next version (tablets fetch it on their next sync), the
 * result is validated with the shared schema and the change is written to the audit trail.
 */
import { type ApiFailure, fail } from '#server/http/errors.ts';
import type { Store } from '#server/store/index.ts';
import type { AuditKind, EventDetail } from '#shared/admin-api.ts';
import { EventDraftSchema, type EventPackage } from '#shared/event.ts';
import { parseWith } from '#shared/validation.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

export interface ChangeNote {
  kind: AuditKind;
  /** One Indonesian sentence for the audit trail. */
  summary: string;
  reason?: string | null;
  detail?: unknown;
}

export type Mutation = (
  pkg: EventPackage,
  scored: boolean,
) => Result<{ pkg: EventPackage; note: ChangeNote }>;

export function publishChange(
  store: Store,
  eventId: string,
  now: Date,
  mutate: Mutation,
  baseVersion?: number,
): Result<EventDetail> {
  return store.transaction((): Result<EventDetail> => {
    const current = store.events.get(eventId);
    if (!current) return { ok: false, failure: fail('event_not_found', `event ${eventId} not found`) };
    const version = versionOf(current);
    if (baseVersion !== undefined && baseVersion !== version) {
      return {
        ok: false,
        failure: fail(
          'version_conflict',
          `acara sudah berubah (versi ${version}, pratinjau dari versi ${baseVersion})`,
        ),
      };
    }
    const scored = store.events.firstScoreAt(eventId) !== null;
    const changed = mutate(current, scored);
    if (!changed.ok) return changed;
    const next = { ...changed.value.pkg, event: { ...changed.value.pkg.event, packageVersion: version + 1 } };
    const parsed = parseWith(EventDraftSchema, next);
    if (!parsed.ok) return { ok: false, failure: fail('invalid_request', parsed.message) };
    const at = now.toISOString();
    store.events.put(parsed.value, at);
    addAudit(store, eventId, at, version + 1, scored, changed.value.note);
    return { ok: true, value: eventDetail(store, eventId) };
  });
}

/** An audit entry that does not change the package (an unlock, a re-issued code, a revoked tablet). */
export function recordAudit(store: Store, eventId: string, now: Date, note: ChangeNote): void {
  const pkg = store.events.get(eventId);
  const scored = store.events.firstScoreAt(eventId) !== null;
  addAudit(store, eventId, now.toISOString(), pkg ? versionOf(pkg) : 0, scored, note);
}

export function eventDetail(store: Store, eventId: string): EventDetail {
  const pkg = store.events.get(eventId);
  if (!pkg) throw new Error(`event ${eventId} vanished`);
  const firstScoreAt = store.events.firstScoreAt(eventId);
  const { unlockedAt, unlockReason } = store.events.rubricUnlock(eventId);
  return {
    package: pkg,
    rubricLock: {
      firstScoreAt,
      locked: firstScoreAt !== null && unlockedAt === null,
      unlockedAt,
      unlockReason,
    },
  };
}

export const versionOf = (pkg: EventPackage): number => pkg.event.packageVersion ?? 0;

function addAudit(
  store: Store,
  eventId: string,
  at: string,
  version: number,
  scored: boolean,
  note: ChangeNote,
) {
  store.audit.add({
    eventId,
    at,
    version,
    kind: note.kind,
    summary: note.summary,
    detail: note.detail ?? null,
    reason: note.reason ?? null,
    afterFirstScore: scored,
  });
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const refuse = <T>(failure: ApiFailure): Result<T> => ({ ok: false, failure });

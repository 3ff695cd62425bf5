/**
 * First-start setup: the event package and its berita acara settings (only into an empty database),
 * the organizer token, and one open enrollment code per juror so the console can print something to
 * type on a tablet.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '#server/db.ts';
import { DEFAULT_ENROLLMENT_TTL_MS, issueEnrollment } from '#server/enrollment.ts';
import { ORGANIZER_TOKEN_KEY } from '#server/http/auth.ts';
import { createStore } from '#server/store/index.ts';
import type { MinutesSettings } from '#shared/berita-acara/settings.ts';
import type { EventPackage } from '#shared/event.ts';

export interface SeedOptions {
  pkg?: EventPackage;
  /** The package's berita acara settings, stored with it. */
  minutes?: MinutesSettings;
  /** Use this organizer token (e.g. from ORGANIZER_TOKEN) instead of the stored or a new one. */
  organizerToken?: string;
  now?: Date;
  enrollmentTtlMs?: number;
}

export interface SeededJuror {
  jurorId: string;
  name: string;
  code: string;
  expiresAt: string;
}

export interface SeedResult {
  organizerToken: string;
  eventId: string | undefined;
  enrollments: SeededJuror[];
}

export function seedDatabase(db: Db, options: SeedOptions = {}): SeedResult {
  const store = createStore(db);
  const now = options.now ?? new Date();
  return store.transaction(() => {
    if (options.pkg && store.events.count() === 0) {
      store.events.put(options.pkg, now.toISOString());
      if (options.minutes) store.minutes.put(options.pkg.event.id, options.minutes, now.toISOString());
    }
    const organizerToken =
      options.organizerToken ??
      store.settings.get(ORGANIZER_TOKEN_KEY) ??
      randomBytes(24).toString('base64url');
    store.settings.put(ORGANIZER_TOKEN_KEY, organizerToken);

    const pkg = options.pkg && store.events.get(options.pkg.event.id);
    if (!pkg) return { organizerToken, eventId: undefined, enrollments: [] };
    const enrollments = pkg.jurors.map((juror): SeededJuror => {
      const open = store.enrollments.findOpen(pkg.event.id, juror.id, now.toISOString());
      const issued =
        open ??
        issueOrThrow(
          issueEnrollment(
            store,
            pkg.event.id,
            juror.id,
            now,
            options.enrollmentTtlMs ?? DEFAULT_ENROLLMENT_TTL_MS,
          ),
        );
      return { jurorId: juror.id, name: juror.name, code: issued.code, expiresAt: issued.expiresAt };
    });
    return { organizerToken, eventId: pkg.event.id, enrollments };
  });
}

function issueOrThrow<T>(result: { ok: true; value: T } | { ok: false; failure: { message: string } }): T {
  if (!result.ok) throw new Error(`seed: ${result.failure.message}`);
  return result.value;
}

/** Device identity and the juror's session, kept in the meta table. */

import { db } from '#app/db/database.ts';
import { randomId } from '#shared/runtime.ts';

export interface Session {
  eventId: string;
  jurorId: string;
  /** ISO time the juror acknowledged the integrity pact, or null before that. */
  pactAcceptedAt: string | null;
  mode: 'demo' | 'enrolled';
}

const SESSION = 'session';
/** Meta key of the device id; device-identity.ts replaces it when the server revoked it. */
export const DEVICE_ID = 'deviceId';

/** A fresh device id: random, so no two tablets (or two identities of one tablet) share one. */
export const newDeviceId = (): string => `dev-${randomId(12)}`;

/**
 * This installation's id on the server, created once. It changes only when the server revoked it
 * (device-identity.ts); the change log and its seqs stay the same, whatever the id.
 */
export async function getDeviceId(): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(DEVICE_ID);
    if (typeof row?.value === 'string') return row.value;
    const id = newDeviceId();
    await db.meta.put({ key: DEVICE_ID, value: id });
    return id;
  });
}

export async function getSession(): Promise<Session | undefined> {
  const row = await db.meta.get(SESSION);
  return isSession(row?.value) ? row.value : undefined;
}

export async function startSession(
  eventId: string,
  jurorId: string,
  mode: Session['mode'],
): Promise<Session> {
  const session: Session = { eventId, jurorId, pactAcceptedAt: null, mode };
  await db.meta.put({ key: SESSION, value: session });
  return session;
}

export async function acceptPact(at = new Date().toISOString()): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const session = await getSession();
    if (!session) throw new Error('Belum ada juri yang dipilih');
    await db.meta.put({ key: SESSION, value: { ...session, pactAcceptedAt: at } });
  });
}

/** Leaves the session (switch juror in demo mode); scores stay on the tablet. */
export async function endSession(): Promise<void> {
  await db.meta.delete(SESSION);
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.eventId === 'string' &&
    typeof s.jurorId === 'string' &&
    (s.pactAcceptedAt === null || typeof s.pactAcceptedAt === 'string') &&
    (s.mode === 'demo' || s.mode === 'enrolled')
  );
}

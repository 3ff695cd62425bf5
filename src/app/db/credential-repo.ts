/**
 * The device credential from enrollment (meta key 'credential'): the bearer token, the signing secret
 * and where this device's bundle chain started. Read on every save (the change gate asks whose log
 * this is), so reading it needs no validation library: enrollment-repo.ts validates it with the
 * shared schema before it is ever stored, and a plain shape check here guards against anything else.
 */
import { db } from '#app/db/database.ts';

export const CREDENTIAL = 'credential';

export interface Credential {
  deviceId: string;
  token: string;
  secret: string;
  jurorId: string;
  jurorName: string;
  eventId: string;
  /** The seq the server expected at enrollment: the first bundle built under this credential starts here. */
  expectedSeq: number;
  /** The server's chain head at enrollment: that first bundle's prevHash. */
  prevHash: string;
  enrolledAt: string;
}

export async function getCredential(): Promise<Credential | undefined> {
  const value = (await db.meta.get(CREDENTIAL))?.value;
  return isCredential(value) ? value : undefined;
}

const TEXT_FIELDS = [
  'deviceId',
  'token',
  'secret',
  'jurorId',
  'jurorName',
  'eventId',
  'prevHash',
  'enrolledAt',
];

function isCredential(value: unknown): value is Credential {
  if (typeof value !== 'object' || value === null) return false;
  const seq: unknown = Reflect.get(value, 'expectedSeq');
  return (
    TEXT_FIELDS.every((field) => typeof Reflect.get(value, field) === 'string') &&
    Reflect.get(value, 'token') !== '' &&
    Reflect.get(value, 'secret') !== '' &&
    typeof seq === 'number' &&
    Number.isInteger(seq) &&
    seq >= 1
  );
}

/**
 * An enrollment in flight owns the next seq. The tablet tells the server the first seq the new
 * credential will upload before the answer comes back; reading that seq and reserving it in ONE
 * transaction with the change log, and refusing every change while the reservation stands
 * (change-gate.ts), means no score — a practice score in another tab, say — can take it meanwhile.
 * The reservation ends with the enrollment, or by itself after RESERVATION_MS if the tab died mid-way
 * (the enrollment request gives up long before that).
 */
import { db } from '#app/db/database.ts';

const RESERVATION = 'enrolling';
export const RESERVATION_MS = 60_000;

export interface Reservation {
  firstSeq: number;
  /** Epoch ms after which the reservation no longer holds. */
  until: number;
}

/** Reads the next seq and reserves it for the enrollment about to be requested; returns that seq. */
export async function reserveChainStart(now = Date.now()): Promise<number> {
  return db.transaction('rw', [db.meta, db.changes], async () => {
    const firstSeq = ((await db.changes.orderBy('seq').last())?.seq ?? 0) + 1;
    const reservation: Reservation = { firstSeq, until: now + RESERVATION_MS };
    await db.meta.put({ key: RESERVATION, value: reservation });
    return firstSeq;
  });
}

/** The reservation standing now, if any; safe inside a transaction that includes db.meta. */
export async function readReservation(now = Date.now()): Promise<Reservation | undefined> {
  const value = (await db.meta.get(RESERVATION))?.value;
  return isReservation(value) && value.until > now ? value : undefined;
}

/** Ends the reservation (the enrollment was stored, or failed); safe inside a transaction with db.meta. */
export async function endReservation(): Promise<void> {
  await db.meta.delete(RESERVATION);
}

// Read on every save (the change gate): a shape check, not the validation library, keeps the save path small.
function isReservation(value: unknown): value is Reservation {
  if (typeof value !== 'object' || value === null) return false;
  const firstSeq: unknown = Reflect.get(value, 'firstSeq');
  const until: unknown = Reflect.get(value, 'until');
  return (
    typeof firstSeq === 'number' && Number.isInteger(firstSeq) && firstSeq >= 1 && typeof until === 'number'
  );
}

/**
 * The slot timers' clocks, in memory: they survive leaving the sheet for the schedule and coming back
 * mid-slot, and are forgotten on reload on purpose. Keyed by event AND slot, so the practice copy's
 * slot "d1-01" never shares a running clock with the real event's "d1-01".
 */

export interface Clock {
  accumulatedMs: number;
  runningSince: number | null;
}

export const STOPPED: Clock = { accumulatedMs: 0, runningSince: null };

const clocks = new Map<string, Clock>();
const keyOf = (eventId: string, slotId: string) => `${eventId}\u0000${slotId}`;

export function readClock(eventId: string, slotId: string): Clock {
  return clocks.get(keyOf(eventId, slotId)) ?? STOPPED;
}

export function writeClock(eventId: string, slotId: string, clock: Clock): void {
  clocks.set(keyOf(eventId, slotId), clock);
}

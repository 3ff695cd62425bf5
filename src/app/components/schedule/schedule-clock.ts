/**
 * Which slot is on now and which comes next, read from the wall clock of the event's timezone, not the
 * tablet's: a tablet set to another zone (or a juror flying in from WIT) must still highlight the right team.
 * Pure: `now` is passed in so tests can stand anywhere in time.
 */
import type { Slot } from '#shared/event.ts';

export interface WallClock {
  /** YYYY-MM-DD in the event timezone. */
  date: string;
  /** Minutes since local midnight in the event timezone. */
  minutes: number;
}

export interface SlotTiming {
  /** Slots on now (several when rooms run in parallel). */
  current: string[];
  /** Today's slots with the earliest start still to come. */
  next: string[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date and time a wall clock in `timeZone` shows at `now`. */
export function wallClock(now: Date, timeZone: string): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, format);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

/** 'HH:MM' → minutes since midnight. */
export function toMinutes(clock: string): number {
  const [h = '0', m = '0'] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

export function slotEnd(slot: Slot): number {
  return toMinutes(slot.start) + slot.presentationMinutes + slot.interviewMinutes;
}

/** The day a juror most likely wants: today when the event runs today, else the first day. */
export function defaultDay(days: readonly string[], now: Date, timeZone: string): string | undefined {
  const today = wallClock(now, timeZone).date;
  return days.includes(today) ? today : days[0];
}

export function slotTiming(slots: readonly Slot[], now: Date, timeZone: string): SlotTiming {
  const { date, minutes } = wallClock(now, timeZone);
  const today = slots.filter((s) => s.day === date);
  const current = today.filter((s) => toMinutes(s.start) <= minutes && minutes < slotEnd(s)).map((s) => s.id);
  const upcoming = today.filter((s) => toMinutes(s.start) > minutes);
  const nextStart = Math.min(...upcoming.map((s) => toMinutes(s.start)));
  const next = upcoming.filter((s) => toMinutes(s.start) === nextStart).map((s) => s.id);
  return { current, next };
}

import { describe, expect, it } from 'vitest';
import { defaultDay, slotTiming, toMinutes, wallClock } from '#app/components/schedule/schedule-clock.ts';
import type { Slot } from '#shared/event.ts';

const slot = (id: string, day: string, start: string, room = 'Ruang Bromo'): Slot => ({
  id,
  day,
  room,
  start,
  presentationMinutes: 7,
  interviewMinutes: 13,
  teamId: id,
});

const DAY1 = '2021-03-16';
const DAY2 = '2021-03-17';
const SLOTS = [
  slot('a', DAY1, '08:00'),
  slot('b', DAY1, '08:20'),
  slot('c', DAY1, '13:00'),
  slot('d', DAY2, '08:00'),
];

/** A UTC instant given as wall-clock time in WIB (UTC+7). */
const wib = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

describe('wallClock', () => {
  it.each([
    ['WIB morning', '2021-03-16T01:05:00Z', 'Asia/Jakarta', { date: '2021-03-16', minutes: 8 * 60 + 5 }],
    [
      'WIB date is ahead of UTC late in the evening',
      '2021-03-16T18:30:00Z',
      'Asia/Jakarta',
      { date: '2021-03-17', minutes: 90 },
    ],
    ['WITA is UTC+8', '2021-03-16T01:05:00Z', 'Asia/Makassar', { date: '2021-03-16', minutes: 9 * 60 + 5 }],
    ['WIT is UTC+9', '2021-03-16T15:00:00Z', 'Asia/Jayapura', { date: '2021-03-17', minutes: 0 }],
    ['midnight is 0, not 24', '2021-03-16T17:00:00Z', 'Asia/Jakarta', { date: '2021-03-17', minutes: 0 }],
  ])('%s', (_name, iso, zone, expected) => {
    expect(wallClock(new Date(iso), zone)).toEqual(expected);
  });
});

describe('toMinutes', () => {
  it.each([
    ['00:00', 0],
    ['08:20', 500],
    ['23:59', 1439],
  ])('%s → %i', (clock, minutes) => {
    expect(toMinutes(clock)).toBe(minutes);
  });
});

describe('defaultDay', () => {
  it.each([
    ['today when the event runs today', wib(DAY2, '10:00'), DAY2],
    ['the first day before the event', wib('2021-03-01', '10:00'), DAY1],
    ['the first day after the event', wib('2026-01-01', '10:00'), DAY1],
    ['the event day in WIB even when UTC is still the day before', new Date('2021-03-16T23:30:00Z'), DAY2],
  ])('%s', (_name, now, expected) => {
    expect(defaultDay([DAY1, DAY2], now, 'Asia/Jakarta')).toBe(expected);
  });

  it('is undefined for an event without days', () => {
    expect(defaultDay([], wib(DAY1, '08:00'), 'Asia/Jakarta')).toBeUndefined();
  });
});

describe('slotTiming', () => {
  it.each([
    ['before the first slot: nothing on, first slot next', '07:45', [], ['a']],
    ['at the very start of a slot', '08:00', ['a'], ['b']],
    ['inside a slot', '08:19', ['a'], ['b']],
    ['a slot ends as the next one starts', '08:20', ['b'], ['c']],
    ['during the lunch break', '12:00', [], ['c']],
    ['inside the last slot: nothing next', '13:10', ['c'], []],
    ['after the day is over', '17:00', [], []],
  ])('%s (%s WIB)', (_name, time, current, next) => {
    expect(slotTiming(SLOTS, wib(DAY1, time), 'Asia/Jakarta')).toEqual({ current, next });
  });

  it('ignores slots of other days', () => {
    expect(slotTiming(SLOTS, wib('2021-03-18', '08:05'), 'Asia/Jakarta')).toEqual({ current: [], next: [] });
    expect(slotTiming(SLOTS, wib(DAY2, '08:05'), 'Asia/Jakarta')).toEqual({ current: ['d'], next: [] });
  });

  it('reads the clock of the event timezone, not UTC', () => {
    // 01:05 UTC is 08:05 in WIB (slot a on) but 10:05 in WIT (between slots).
    const now = new Date('2021-03-16T01:05:00Z');
    expect(slotTiming(SLOTS, now, 'Asia/Jakarta').current).toEqual(['a']);
    expect(slotTiming(SLOTS, now, 'Asia/Jayapura')).toEqual({ current: [], next: ['c'] });
  });

  it('labels parallel rooms together', () => {
    const rooms = [
      slot('r1', DAY1, '08:00', 'A'),
      slot('r2', DAY1, '08:00', 'B'),
      slot('r3', DAY1, '08:20', 'A'),
      slot('r4', DAY1, '08:20', 'B'),
    ];
    expect(slotTiming(rooms, wib(DAY1, '08:10'), 'Asia/Jakarta')).toEqual({
      current: ['r1', 'r2'],
      next: ['r3', 'r4'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { DEMO_EVENT } from '#shared/demo/kipp-malang-2021.ts';
import { EventPackageSchema, type Slot } from '#shared/event.ts';
import { parseWith } from '#shared/validation.ts';

const minutes = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const end = (slot: Slot): number => minutes(slot.start) + slot.presentationMinutes + slot.interviewMinutes;

describe('demo event KIPP Kota Malang 2021', () => {
  it('passes the event package schema unchanged', () => {
    const parsed = parseWith(EventPackageSchema, DEMO_EVENT);
    expect(parsed).toEqual({ ok: true, value: DEMO_EVENT });
  });

  it('describes the real event', () => {
    expect(DEMO_EVENT.event).toMatchObject({
      id: 'kipp-malang-2021',
      days: ['2021-03-16', '2021-03-17'],
      timezone: 'Asia/Jakarta',
    });
    expect(DEMO_EVENT.rubric.id).toBe('kipp-malang');
  });

  it('has 46 teams with unique ids t01..t46', () => {
    const ids = DEMO_EVENT.teams.map((t) => t.id);
    expect(new Set(ids).size).toBe(46);
    expect(ids).toEqual(Array.from({ length: 46 }, (_, i) => `t${String(i + 1).padStart(2, '0')}`));
  });

  it('has many schools among the entries', () => {
    const schools = DEMO_EVENT.teams.filter((t) => t.agencyType === 'sekolah');
    expect(schools.length).toBeGreaterThanOrEqual(10);
  });

  it.each(DEMO_EVENT.event.days)(
    'schedules 23 teams on %s in time order without overlap or a slot over lunch',
    (day) => {
      const slots = DEMO_EVENT.slots.filter((s) => s.day === day);
      expect(slots).toHaveLength(23);
      for (const [i, slot] of slots.entries()) {
        const next = slots[i + 1];
        if (next) expect(end(slot)).toBeLessThanOrEqual(minutes(next.start));
        const overLunch = minutes(slot.start) < minutes('13:00') && end(slot) > minutes('12:00');
        expect(overLunch, `${slot.id} ${slot.start}`).toBe(false);
      }
    },
  );

  it('lists slots s01..s46 sorted by day and start', () => {
    const slots = DEMO_EVENT.slots;
    expect(slots.map((s) => s.id)).toEqual(
      Array.from({ length: 46 }, (_, i) => `s${String(i + 1).padStart(2, '0')}`),
    );
    const keys = slots.map((s) => `${s.day} ${s.start}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('schedules every team exactly once', () => {
    const scheduled = DEMO_EVENT.slots.map((s) => s.teamId).sort();
    expect(scheduled).toEqual(DEMO_EVENT.teams.map((t) => t.id).sort());
  });

  it('has five jurors j1..j5', () => {
    expect(DEMO_EVENT.jurors.map((j) => j.id)).toEqual(['j1', 'j2', 'j3', 'j4', 'j5']);
  });
});

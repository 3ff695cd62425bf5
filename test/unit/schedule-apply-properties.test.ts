/**
 * Importing list after list never loses a team: whatever the committee's files say, every team that
 * was ever in the event stays in the package (withdrawn at worst), so no score a tablet holds for it
 * can become invalid, and every result is a valid draft.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventDraftSchema, type EventPackage } from '#shared/event.ts';
import { applyImportedRows } from '#shared/schedule-apply.ts';
import type { ImportedRow } from '#shared/schedule-import.ts';
import { parseWith } from '#shared/validation.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

const DAYS = ['2021-03-16', '2021-03-17'] as const;

/** A valid list: distinct numbers, one team per room and time. */
const listArb = fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 30 }).map((numbers) =>
  numbers.map(
    (no, i): ImportedRow => ({
      row: i + 2,
      no,
      agency: `Unit ${no}`,
      agencyType: 'unit-kerja',
      title: `Inovasi ${no}`,
      summary: `Ringkasan ${no}.`,
      day: DAYS[i % 2] ?? '2021-03-16',
      start: `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:00`,
      room: 'Ruang Bromo',
    }),
  ),
);

describe('applying imported lists', () => {
  it('keeps every team that ever existed, and each result is a valid draft', () => {
    fc.assert(
      fc.property(fc.array(listArb, { minLength: 1, maxLength: 6 }), (lists) => {
        let pkg: EventPackage = makeSmallEvent();
        const seen = new Set(pkg.teams.map((t) => t.id));
        for (const rows of lists) {
          pkg = applyImportedRows(pkg, rows);
          for (const team of pkg.teams) seen.add(team.id);
          expect([...seen].every((id) => pkg.teams.some((t) => t.id === id))).toBe(true);
          expect(parseWith(EventDraftSchema, pkg).ok).toBe(true);
          const active = pkg.teams.filter((t) => !t.withdrawn);
          expect(active.map((t) => t.no).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
            rows.map((r) => r.no).sort((a, b) => a - b),
          );
          expect(pkg.slots.every((s) => active.some((t) => t.id === s.teamId))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

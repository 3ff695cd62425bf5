import { describe, expect, it } from 'vitest';
import { lateCells } from '#app/panitia/tabs/progress-model.ts';
import type { ProgressCell, ProgressResponse } from '#shared/admin-api.ts';
import { makeSmallEvent } from '../fixtures/small-event.ts';

// The small event's first slot: 16 March 2021, 08:30 WIB, 7 + 13 minutes → ends 08:50 WIB = 01:50 UTC.
const SLOT_END = Date.parse('2021-03-16T01:50:00Z');
const MINUTE = 60_000;

function progress(cells: Partial<ProgressCell>[]): ProgressResponse {
  return {
    generatedAt: new Date(SLOT_END).toISOString(),
    package: makeSmallEvent(),
    cells: cells.map((c) => ({
      jurorId: 'juri-1',
      teamId: 'dispendukcapil',
      status: 'none',
      declaredConflict: false,
      updatedAt: null,
      flags: [],
      ...c,
    })),
  };
}

describe('sheets still open 30 minutes after their slot', () => {
  it.each([
    ['not started, 29 minutes after the end', { status: 'none' }, 29, false],
    ['not started, 31 minutes after the end', { status: 'none' }, 31, true],
    ['draft, 31 minutes after the end', { status: 'draft' }, 31, true],
    ['final', { status: 'final' }, 120, false],
    ['conflict of interest', { status: 'coi' }, 120, false],
    ['a withdrawn team', { status: 'draft', flags: ['withdrawn'] }, 120, false],
  ] as const)('%s', (_label, cell, minutesAfter, late) => {
    const found = lateCells(progress([cell as Partial<ProgressCell>]), SLOT_END + minutesAfter * MINUTE);
    expect(found.length).toBe(late ? 1 : 0);
  });

  it('reads the slot in the event’s time zone (WITA ends an hour earlier in UTC)', () => {
    const data = progress([{ status: 'draft' }]);
    data.package.event.timezone = 'Asia/Makassar';
    expect(lateCells(data, SLOT_END - 60 * MINUTE + 31 * MINUTE)).toHaveLength(1);
    expect(lateCells(data, SLOT_END - 60 * MINUTE + 29 * MINUTE)).toHaveLength(0);
  });
});

/**
 * `npm run bench` prints every figure of every issue in ONE Markdown table: issue, section, figure,
 * value, target and PASS / MISS / info, with sections that could not run in the same table.
 */
import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../scripts/bench/report.ts';

describe('the bench report', () => {
  const lines = markdownTable([
    {
      section: 'bundle-size',
      issue: '#2 #3',
      seconds: 0.1,
      outcome: {
        status: 'ok',
        figures: [
          { name: 'initial route JS+CSS', value: 48.2, unit: 'KiB', target: { op: '<=', value: 60 } },
          { name: 'files', value: 'a.js | b.css' },
        ],
      },
    },
    {
      section: 'chaos',
      issue: '#14',
      seconds: 90,
      outcome: { status: 'ok', figures: [{ name: 'lost', value: 1, target: { op: '<=', value: 0 } }] },
    },
    { section: 'sync', issue: '#4 #8', seconds: 0, outcome: { status: 'not-available', reason: 'no file' } },
    { section: 'console', seconds: 2, outcome: { status: 'error', message: 'boom\nstack' } },
  ]);

  it('is one Markdown table with a header and a row per figure or unmeasured section', () => {
    expect(lines[0]).toBe('| Issue | Section | Figure | Value | Target | Result |');
    expect(lines.slice(2, 7)).toEqual([
      '| #2 #3 | bundle-size (0.1 s) | initial route JS+CSS | 48.2 KiB | ≤ 60 KiB | PASS |',
      '| #2 #3 | bundle-size (0.1 s) | files | a.js \\| b.css |  | info |',
      '| #14 | chaos (90.0 s) | lost | 1 | ≤ 0 | MISS |',
      '| #4 #8 | sync (0.0 s) | — |  |  | not available: no file |',
      '|  | console (2.0 s) | — |  |  | ERROR: boom |',
    ]);
  });

  it('ends with a tally of what passed and what did not', () => {
    expect(lines.at(-1)).toBe('3 figures, 2 with a target: 1 PASS, 1 MISS; 2 section(s) not measured.');
  });
});

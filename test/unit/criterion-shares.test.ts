/** Each criterion's share of the total: what the score sheet prints as "bobot 30 %". */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IGA_KEMENDAGRI, KIPP_MALANG, KIPP_NASIONAL } from '#shared/rubric-presets.ts';
import { criterionShares, weightedTotal } from '#shared/scoring.ts';
import { allAt, criteriaArb } from './rubric-arbitraries.ts';

const asObject = (shares: Map<string, number>) => Object.fromEntries(shares);

describe('criterionShares', () => {
  it.each([
    {
      name: 'equal weights share alike',
      criteria: KIPP_MALANG.criteria,
      shares: { kebaruan: 0.2, efektif: 0.2, bermanfaat: 0.2, replikasi: 0.2, berkelanjutan: 0.2 },
    },
    {
      name: 'weights that add up to 100 are their own percentages',
      criteria: IGA_KEMENDAGRI.criteria,
      shares: {
        kebaruan: 0.3,
        kemanfaatan: 0.25,
        'kewenangan-kolaborasi': 0.15,
        replikasi: 0.2,
        'penguasaan-materi': 0.1,
      },
    },
    {
      name: 'weights are relative: 14 × 5 beside 15 × 2 is 70 % substance, 30 % delivery',
      criteria: KIPP_NASIONAL.criteria,
      shares: {
        kebaruan: 0.14,
        efektif: 0.14,
        bermanfaat: 0.14,
        replikasi: 0.14,
        berkelanjutan: 0.14,
        'kualitas-presentasi': 0.15,
        'penguasaan-materi': 0.15,
      },
    },
  ])('$name', ({ criteria, shares }) => {
    const got = asObject(criterionShares(criteria));
    expect(Object.keys(got)).toEqual(criteria.map((c) => c.id));
    for (const [id, share] of Object.entries(shares)) expect(got[id]).toBeCloseTo(share, 12);
  });

  it('keeps rubric order and gives nothing to an empty rubric', () => {
    expect([...criterionShares([]).entries()]).toEqual([]);
    expect([
      ...criterionShares([
        { id: 'b', weight: 1 },
        { id: 'a', weight: 3 },
      ]).entries(),
    ]).toEqual([
      ['b', 0.25],
      ['a', 0.75],
    ]);
  });

  it('shares add up to 1, and a criterion at its maximum alone scores its share of 100', () => {
    fc.assert(
      fc.property(criteriaArb, (criteria) => {
        const shares = criterionShares(criteria);
        const sum = [...shares.values()].reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(1, 9);
        const [first] = criteria;
        if (!first) return;
        const onlyFirstAtMax = { ...allAt(criteria, (s) => s.min), [first.id]: first.scale.max };
        expect(weightedTotal({ criteria }, onlyFirstAtMax).total).toBeCloseTo(
          (shares.get(first.id) ?? 0) * 100,
          4,
        );
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Criterion, Scale } from '#shared/event.ts';
import { IGA_KEMENDAGRI, KIPP_MALANG, KIPP_NASIONAL } from '#shared/rubric-presets.ts';
import { formatTotal, isValidScore, scaleValues, weightedTotal } from '#shared/scoring.ts';
import { allAt, criterion, type Scores } from './rubric-arbitraries.ts';

const ONE_TO_TEN: Scale = { min: 1, max: 10, step: 1 };
const PERCENT: Scale = { min: 0, max: 100, step: 1 };
const HALVES: Scale = { min: 1, max: 5, step: 0.5 };
const TENTHS: Scale = { min: 0, max: 1, step: 0.1 };

const ids = (criteria: readonly Criterion[]) => criteria.map((c) => c.id);
const byId = (criteria: readonly Criterion[], values: readonly number[]): Scores =>
  Object.fromEntries(criteria.map((c, i) => [c.id, values[i] ?? Number.NaN]));

describe('weightedTotal', () => {
  const nasionalSubstance = ids(KIPP_NASIONAL.criteria).slice(0, 5);

  it.each<{
    name: string;
    criteria: Criterion[];
    scores: Scores;
    total: number;
    scored: number;
    complete: boolean;
  }>([
    {
      name: 'all minimum → 0',
      criteria: KIPP_MALANG.criteria,
      scores: allAt(KIPP_MALANG.criteria, (s) => s.min),
      total: 0,
      scored: 5,
      complete: true,
    },
    {
      name: 'all maximum → 100',
      criteria: KIPP_MALANG.criteria,
      scores: allAt(KIPP_MALANG.criteria, (s) => s.max),
      total: 100,
      scored: 5,
      complete: true,
    },
    {
      name: 'equal weights, 1–10, mid values',
      criteria: KIPP_MALANG.criteria,
      scores: byId(KIPP_MALANG.criteria, [10, 1, 7, 4, 10]),
      total: 60,
      scored: 5,
      complete: true,
    },
    {
      name: 'equal weights, every criterion at 5 of 1–10',
      criteria: KIPP_MALANG.criteria,
      scores: allAt(KIPP_MALANG.criteria, () => 5),
      total: 44.444444,
      scored: 5,
      complete: true,
    },
    {
      name: 'unequal weights 70/30: full substance, minimum delivery',
      criteria: KIPP_NASIONAL.criteria,
      scores: Object.fromEntries(
        ids(KIPP_NASIONAL.criteria).map((id) => [id, nasionalSubstance.includes(id) ? 10 : 1]),
      ),
      total: 70,
      scored: 7,
      complete: true,
    },
    {
      name: 'unequal weights 70/30: minimum substance, full delivery',
      criteria: KIPP_NASIONAL.criteria,
      scores: Object.fromEntries(
        ids(KIPP_NASIONAL.criteria).map((id) => [id, nasionalSubstance.includes(id) ? 1 : 10]),
      ),
      total: 30,
      scored: 7,
      complete: true,
    },
    {
      name: 'IGA weights 30/25/15/20/10: only kebaruan at max',
      criteria: IGA_KEMENDAGRI.criteria,
      scores: { ...allAt(IGA_KEMENDAGRI.criteria, (s) => s.min), kebaruan: 10 },
      total: 30,
      scored: 5,
      complete: true,
    },
    {
      name: '0–100 scale takes the score as the total',
      criteria: [criterion('nilai', 1, PERCENT)],
      scores: { nilai: 73 },
      total: 73,
      scored: 1,
      complete: true,
    },
    {
      name: 'half steps: 3.5 on 1–5',
      criteria: [criterion('a', 1, HALVES)],
      scores: { a: 3.5 },
      total: 62.5,
      scored: 1,
      complete: true,
    },
    {
      name: 'float steps: 0.3 on 0–1 step 0.1',
      criteria: [criterion('a', 1, TENTHS)],
      scores: { a: 0.3 },
      total: 30,
      scored: 1,
      complete: true,
    },
    {
      name: 'float steps: 0.1 + 0.2 on 0–1 step 0.1',
      criteria: [criterion('a', 1, TENTHS)],
      scores: { a: 0.1 + 0.2 },
      total: 30,
      scored: 1,
      complete: true,
    },
    {
      name: 'single criterion at max',
      criteria: [criterion('a', 3, ONE_TO_TEN)],
      scores: { a: 10 },
      total: 100,
      scored: 1,
      complete: true,
    },
    {
      name: 'nothing scored yet',
      criteria: KIPP_MALANG.criteria,
      scores: {},
      total: 0,
      scored: 0,
      complete: false,
    },
    {
      name: 'missing criteria count 0 and leave the sheet incomplete',
      criteria: KIPP_MALANG.criteria,
      scores: { kebaruan: 10, efektif: 10 },
      total: 40,
      scored: 2,
      complete: false,
    },
    {
      name: 'a missing criterion counts like its minimum',
      criteria: KIPP_MALANG.criteria,
      scores: { kebaruan: 10, efektif: 1 },
      total: 20,
      scored: 2,
      complete: false,
    },
    {
      name: 'scores for criteria outside the rubric are ignored',
      criteria: KIPP_MALANG.criteria,
      scores: { ...allAt(KIPP_MALANG.criteria, (s) => s.min), lainnya: 10 },
      total: 0,
      scored: 5,
      complete: true,
    },
    {
      name: 'mixed scales weigh by weight, not by scale width',
      criteria: [criterion('a', 1, ONE_TO_TEN), criterion('b', 1, PERCENT)],
      scores: { a: 10, b: 0 },
      total: 50,
      scored: 2,
      complete: true,
    },
  ])('$name', ({ criteria, scores, total, scored, complete }) => {
    const result = weightedTotal({ criteria }, scores);
    expect(result.total).toBeCloseTo(total, 6);
    expect(result).toMatchObject({ scored, complete });
  });

  it('gives exactly 70 and 30 for the KIPP national halves (no float residue shown to users)', () => {
    const full = (picked: readonly string[]) =>
      Object.fromEntries(ids(KIPP_NASIONAL.criteria).map((id) => [id, picked.includes(id) ? 10 : 1]));
    expect(weightedTotal(KIPP_NASIONAL, full(nasionalSubstance)).total).toBe(70);
    expect(weightedTotal(KIPP_NASIONAL, full(ids(KIPP_NASIONAL.criteria).slice(5))).total).toBe(30);
  });
});

describe('isValidScore', () => {
  it.each<{ name: string; scale: Scale; value: number; valid: boolean }>([
    { name: 'the minimum', scale: ONE_TO_TEN, value: 1, valid: true },
    { name: 'the maximum', scale: ONE_TO_TEN, value: 10, valid: true },
    { name: 'a mid value', scale: ONE_TO_TEN, value: 6, valid: true },
    { name: 'below the minimum', scale: ONE_TO_TEN, value: 0, valid: false },
    { name: 'above the maximum', scale: ONE_TO_TEN, value: 11, valid: false },
    { name: 'between steps', scale: ONE_TO_TEN, value: 5.5, valid: false },
    { name: 'a half step on a half-step scale', scale: HALVES, value: 4.5, valid: true },
    { name: 'a quarter on a half-step scale', scale: HALVES, value: 4.25, valid: false },
    { name: '0 on 0–100', scale: PERCENT, value: 0, valid: true },
    { name: '100 on 0–100', scale: PERCENT, value: 100, valid: true },
    {
      name: '0.1 + 0.2 on step 0.1 (not the 0.3 the tablet offers: float residue is off the scale)',
      scale: TENTHS,
      value: 0.1 + 0.2,
      valid: false,
    },
    {
      name: '5.0000004 on 1–10 (within the old tolerance)',
      scale: ONE_TO_TEN,
      value: 5.0000004,
      valid: false,
    },
    { name: '1.0000001 on 1–10', scale: ONE_TO_TEN, value: 1.0000001, valid: false },
    { name: '10.0000000005 on 1–10', scale: ONE_TO_TEN, value: 10.0000000005, valid: false },
    { name: 'just below the minimum', scale: ONE_TO_TEN, value: 1 - 1e-12, valid: false },
    { name: '0.7 on step 0.1', scale: TENTHS, value: 0.7, valid: true },
    { name: '0.35 on step 0.1', scale: TENTHS, value: 0.35, valid: false },
    { name: '0.1 on step 0.1', scale: TENTHS, value: 0.1, valid: true },
    {
      name: '1 − 0.9 on step 0.1 (0.09999999999999998, not 0.1)',
      scale: TENTHS,
      value: 1 - 0.9,
      valid: false,
    },
    {
      name: 'steps counted from min, not from 0',
      scale: { min: 0.5, max: 2.5, step: 1 },
      value: 1.5,
      valid: true,
    },
    {
      name: 'an integer off a min-anchored scale',
      scale: { min: 0.5, max: 2.5, step: 1 },
      value: 2,
      valid: false,
    },
    {
      name: 'a third on a 1/3-step scale',
      scale: { min: 0, max: 1, step: 1 / 3 },
      value: 2 / 3,
      valid: true,
    },
    { name: 'a half on a 1/3-step scale', scale: { min: 0, max: 1, step: 1 / 3 }, value: 0.5, valid: false },
    { name: 'a negative scale', scale: { min: -3, max: 3, step: 1 }, value: -2, valid: true },
    { name: 'NaN', scale: ONE_TO_TEN, value: Number.NaN, valid: false },
    { name: 'Infinity', scale: ONE_TO_TEN, value: Number.POSITIVE_INFINITY, valid: false },
  ])('$name → $valid', ({ scale, value, valid }) => {
    expect(isValidScore(scale, value)).toBe(valid);
  });
});

describe('scaleValues', () => {
  it.each<{ name: string; scale: Scale; values: number[] }>([
    { name: '1–10', scale: ONE_TO_TEN, values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    { name: 'half steps', scale: HALVES, values: [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5] },
    {
      name: 'tenths without float residue',
      scale: TENTHS,
      values: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
    },
    { name: 'a single step', scale: { min: 0, max: 1, step: 1 }, values: [0, 1] },
    {
      name: 'thirds keep their exact value',
      scale: { min: 0, max: 1, step: 1 / 3 },
      values: [0, 1 / 3, 2 / 3, 1],
    },
  ])('$name', ({ scale, values }) => {
    expect(scaleValues(scale)).toEqual(values);
  });

  it('has 101 values on 0–100, from 0 to 100', () => {
    const values = scaleValues(PERCENT);
    expect(values).toHaveLength(101);
    expect([values[0], values[100]]).toEqual([0, 100]);
  });
});

describe('formatTotal', () => {
  it.each<{ total: number; locale: 'id' | 'en'; shown: string }>([
    { total: 85.5, locale: 'id', shown: '85,50' },
    { total: 85.5, locale: 'en', shown: '85.50' },
    { total: 100, locale: 'id', shown: '100,00' },
    { total: 0, locale: 'en', shown: '0.00' },
    { total: 44.444444, locale: 'id', shown: '44,44' },
    { total: 66.666667, locale: 'en', shown: '66.67' },
    { total: 1234.5, locale: 'id', shown: '1.234,50' },
    { total: 1234.5, locale: 'en', shown: '1,234.50' },
  ])('$total in $locale → $shown', ({ total, locale, shown }) => {
    expect(formatTotal(total, locale)).toBe(shown);
  });
});

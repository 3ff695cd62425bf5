/**
 * A sheet's weighted total on 0–100, exactly. With kᵢ the score's step index, nᵢ its scale's step
 * count and wᵢ the integer weights of decimal-weight.ts, the total is the fraction of integers
 *     100 × Σ wᵢ·kᵢ/nᵢ / Σ wᵢ
 * evaluated without floating point and rounded ONCE, half up, to a whole number of units of 0.000001
 * point (UNITS_PER_POINT). That is the only rounding: sums, means and every comparison downstream are
 * integer arithmetic on units, so floating-point error cannot flip a rank, and two sheets whose exact
 * totals are equal always get the same units. A criterion not scored contributes 0 (like its minimum).
 */
import type { Criterion, Scale } from '#shared/event.ts';
import { gcd, integerWeights } from '#shared/results/decimal-weight.ts';
import { stepCount, stepIndex } from '#shared/results/scale-steps.ts';

export const UNITS_PER_POINT = 1_000_000;
const UNITS_PER_100 = 100n * BigInt(UNITS_PER_POINT);

export interface CriterionPlan {
  id: string;
  scale: Scale;
  /** Step count of the scale (nᵢ). */
  steps: number;
}

/** A rubric compiled once: total units = round(100 points × Σ coefficientᵢ·kᵢ / denominator). */
export interface TotalPlan {
  criteria: readonly CriterionPlan[];
  coefficients: readonly bigint[];
  denominator: bigint;
  /** The same integers as Numbers when every intermediate value stays below 2^53 (the usual rubric). */
  small: { coefficients: readonly number[]; denominator: number } | null;
  known: ReadonlySet<string>;
}

export function planTotals(criteria: readonly Criterion[]): TotalPlan {
  const weights = integerWeights(criteria.map((c) => c.weight));
  const plans = criteria.map((c) => ({ id: c.id, scale: c.scale, steps: stepCount(c.scale) }));
  const common = plans.reduce((l, c) => lcm(l, BigInt(c.steps)), 1n);
  const coefficients = plans.map((c, i) => (weights[i] ?? 0n) * (common / BigInt(c.steps)));
  // Σ coefficientᵢ·nᵢ: the numerator of a sheet at every maximum, i.e. of exactly 100 points.
  const denominator = plans.reduce((sum, c, i) => sum + (coefficients[i] ?? 0n) * BigInt(c.steps), 0n);
  const fits = 2n * UNITS_PER_100 * denominator + denominator <= BigInt(Number.MAX_SAFE_INTEGER);
  return {
    criteria: plans,
    coefficients,
    denominator,
    small: fits ? { coefficients: coefficients.map(Number), denominator: Number(denominator) } : null,
    known: new Set(plans.map((c) => c.id)),
  };
}

export interface SheetTotal {
  /** The total in units of 0.000001 point: 0 … 100,000,000. */
  units: number;
  /** Step index per criterion, in rubric order; null where not scored (or off the scale). */
  steps: (number | null)[];
  scored: number;
  complete: boolean;
  /** Criteria whose value is not on their scale: the rubric changed under the sheet. */
  offScale: readonly string[];
  /** Scored criteria the rubric does not have. */
  unknown: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

export function sheetTotal(plan: TotalPlan, scores: Readonly<Record<string, number>>): SheetTotal {
  // One plain loop and no garbage on the usual path: this runs for every sheet of a national event.
  const { criteria } = plan;
  const steps: (number | null)[] = new Array(criteria.length);
  let offScale: string[] | null = null;
  let present = 0;
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i];
    const value = c ? scores[c.id] : undefined;
    const step = c && value !== undefined ? stepIndex(c.scale, value) : null;
    steps[i] = step;
    if (!c || value === undefined) continue;
    present++;
    if (step !== null) continue;
    offScale = offScale ?? [];
    offScale.push(c.id);
  }
  let keys = 0;
  for (const _ in scores) keys++;
  const scored = present - (offScale?.length ?? 0);
  return {
    units: roundedUnits(plan, steps),
    steps,
    scored,
    complete: scored === criteria.length,
    offScale: offScale ?? NONE,
    unknown: keys > present ? Object.keys(scores).filter((id) => !plan.known.has(id)) : NONE,
  };
}

/** round(UNITS_PER_100 × N / D) half up, as ⌊(2·UNITS_PER_100·N + D) / 2D⌋, in integers only. */
function roundedUnits(plan: TotalPlan, steps: readonly (number | null)[]): number {
  if (plan.small) {
    const { coefficients, denominator } = plan.small;
    let numerator = 0;
    for (let i = 0; i < steps.length; i++) numerator += (coefficients[i] ?? 0) * (steps[i] ?? 0);
    const twice = 2 * Number(UNITS_PER_100) * numerator + denominator;
    // Both operands are exact integers below 2^53, so % is exact and so is the division it leaves.
    return (twice - (twice % (2 * denominator))) / (2 * denominator);
  }
  let numerator = 0n;
  for (let i = 0; i < steps.length; i++) numerator += (plan.coefficients[i] ?? 0n) * BigInt(steps[i] ?? 0);
  return Number((2n * UNITS_PER_100 * numerator + plan.denominator) / (2n * plan.denominator));
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

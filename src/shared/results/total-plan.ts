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
const UNITS_PER_100_NUMBER = 100 * UNITS_PER_POINT;

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

/** A criterion without a score, in the step arrays writeSteps fills. */
export const NO_STEP = -1;

/**
 * Writes the sheet's step per criterion into `steps` from `offset` (NO_STEP where not scored) and
 * returns its total in units — or null when a value is off its scale or names a criterion the rubric
 * lacks (sheetTotal says which). Allocates nothing: it runs for every sheet of a national event.
 */
export function writeSteps(
  plan: TotalPlan,
  scores: Readonly<Record<string, number>>,
  steps: Int32Array,
  offset: number,
): number | null {
  const { criteria } = plan;
  let present = 0;
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i];
    const value = c ? scores[c.id] : undefined;
    if (!c || value === undefined) {
      steps[offset + i] = NO_STEP;
      continue;
    }
    const step = stepIndex(c.scale, value);
    if (step === null) return null;
    steps[offset + i] = step;
    present++;
  }
  let keys = 0;
  for (const _ in scores) keys++;
  return keys > present ? null : roundedUnits(plan, steps, offset);
}

export function sheetTotal(plan: TotalPlan, scores: Readonly<Record<string, number>>): SheetTotal {
  const written = new Int32Array(plan.criteria.length);
  const units = writeSteps(plan, scores, written, 0);
  const steps = plan.criteria.map((c) => {
    const value = scores[c.id];
    return value === undefined ? null : stepIndex(c.scale, value);
  });
  const scored = steps.filter((step) => step !== null).length;
  return {
    // With a value off its scale the total counts that criterion as empty.
    units:
      units ??
      roundedUnits(
        plan,
        Int32Array.from(steps, (step) => step ?? NO_STEP),
        0,
      ),
    steps,
    scored,
    complete: scored === plan.criteria.length,
    offScale: plan.criteria
      .filter((c, i) => steps[i] === null && scores[c.id] !== undefined)
      .map((c) => c.id),
    unknown: Object.keys(scores).filter((id) => !plan.known.has(id)),
  };
}

/** round(UNITS_PER_100 × N / D) half up, as ⌊(2·UNITS_PER_100·N + D) / 2D⌋, in integers only. */
function roundedUnits(plan: TotalPlan, steps: Int32Array, offset: number): number {
  const count = plan.criteria.length;
  if (plan.denominator === 0n) return 0; // a rubric without criteria (the schema refuses one)
  if (plan.small) {
    const { coefficients, denominator } = plan.small;
    let numerator = 0;
    for (let i = 0; i < count; i++) numerator += (coefficients[i] ?? 0) * Math.max(steps[offset + i] ?? 0, 0);
    const twice = 2 * UNITS_PER_100_NUMBER * numerator + denominator;
    // Both operands are exact integers below 2^53, so % is exact and so is the division it leaves.
    return (twice - (twice % (2 * denominator))) / (2 * denominator);
  }
  let numerator = 0n;
  for (let i = 0; i < count; i++)
    numerator += (plan.coefficients[i] ?? 0n) * BigInt(Math.max(steps[offset + i] ?? 0, 0));
  return Number((2n * UNITS_PER_100 * numerator + plan.denominator) / (2n * plan.denominator));
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/**
 * A score as an integer number of steps from the scale's minimum. The exact totals and the tie-break
 * means count in steps, so a value such as 0.1 + 0.2 on a 0.1 scale is exactly step 3, and
 * isValidScore (scoring.ts) accepts exactly the values that have a step here.
 */
import type { Scale } from '#shared/event.ts';

/** Float residue tolerated around a scale's ends (in score units) and around a step (in steps). */
const END_TOLERANCE = 1e-9;
const STEP_TOLERANCE = 1e-6;

/** How many steps the scale spans: 9 for 1–10 by 1, 100 for 0–100 by 1. */
export function stepCount(scale: Scale): number {
  return Math.round((scale.max - scale.min) / scale.step);
}

/** The value's step index (0 = min, stepCount = max), or null when the value is not on the scale. */
export function stepIndex(scale: Scale, value: number): number | null {
  if (!Number.isFinite(value)) return null;
  if (value < scale.min - END_TOLERANCE || value > scale.max + END_TOLERANCE) return null;
  const steps = (value - scale.min) / scale.step;
  const index = Math.round(steps);
  if (Math.abs(steps - index) >= STEP_TOLERANCE) return null;
  // Within [min, max] the rounded index is already within [0, stepCount]; only the tolerance is clamped.
  if (index < 0) return 0;
  return value > scale.max ? stepCount(scale) : index;
}

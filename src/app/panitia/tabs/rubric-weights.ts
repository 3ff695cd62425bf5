/** The console edits weights as percentages; presets store relative weights (1, 1, 1, 1, 1). */
import type { Criterion } from '#shared/event.ts';

/** Weights rescaled to percentages with two decimals that add up to exactly 100. */
export function asPercentages(criteria: readonly Criterion[]): Criterion[] {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0) || 1;
  const scaled = criteria.map((c) => ({ ...c, weight: Math.round((c.weight / total) * 10_000) / 100 }));
  const drift = Math.round((100 - scaled.reduce((sum, c) => sum + c.weight, 0)) * 100) / 100;
  const last = scaled.at(-1);
  if (last && drift !== 0) last.weight = Math.round((last.weight + drift) * 100) / 100;
  return scaled;
}

export function weightTotal(criteria: readonly Criterion[]): number {
  return Math.round(criteria.reduce((sum, c) => sum + c.weight, 0) * 100) / 100;
}

/** An id for a new criterion from its name, unique within the rubric. */
export function criterionId(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'kriteria';
  if (!taken.includes(base)) return base;
  for (let k = 2; ; k++) if (!taken.includes(`${base}-${k}`)) return `${base}-${k}`;
}

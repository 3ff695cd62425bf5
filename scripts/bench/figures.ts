/** The shapes every bench section reports in, and the small statistics they share. */
import type { LaunchOptions } from '@playwright/test';

export interface Target {
  op: '<=' | '>=';
  value: number;
}

export interface Figure {
  name: string;
  value: number | string;
  unit?: string;
  /** A figure without a target is information only. */
  target?: Target;
}

export type SectionOutcome =
  | { status: 'ok'; figures: Figure[] }
  | { status: 'not-available'; reason: string }
  | { status: 'error'; message: string };

/** What a section may use: the built app and how to launch the same Chromium the e2e tests use. */
export interface BenchContext {
  distDir: string;
  launchOptions: LaunchOptions;
}

export interface Section {
  name: string;
  /** The issue(s) whose figures the section measures, e.g. '#11': the report's first column. */
  issue?: string;
  run: (context: BenchContext) => Promise<SectionOutcome>;
}

/** Whether a figure meets its target; undefined when it has none (or is not a number). */
export function meetsTarget(figure: Figure): boolean | undefined {
  if (!figure.target || typeof figure.value !== 'number') return undefined;
  return figure.target.op === '<='
    ? figure.value <= figure.target.value
    : figure.value >= figure.target.value;
}

/** Nearest-rank percentile: always a value that was actually observed. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  const value = sorted[Math.min(rank, sorted.length) - 1];
  if (value === undefined) throw new Error('percentile out of range');
  return value;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

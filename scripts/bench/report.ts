/** Prints bench results as a table for people and writes the same figures as JSON for machines. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Figure, meetsTarget, round, type SectionOutcome } from './figures.ts';

export interface SectionReport {
  section: string;
  seconds: number;
  outcome: SectionOutcome;
}

const VALUE_WIDTH = 16;

export function printTable(reports: readonly SectionReport[]): void {
  const nameWidth = Math.max(
    30,
    ...reports.flatMap((r) => (r.outcome.status === 'ok' ? r.outcome.figures.map((f) => f.name.length) : [])),
  );
  const line = (cells: string[]) => console.log(cells.join('  ').trimEnd());
  line(['figure'.padEnd(nameWidth), 'value'.padStart(VALUE_WIDTH), 'target'.padEnd(10), 'result']);
  for (const report of reports) {
    console.log(`\n[${report.section}]  (${report.seconds.toFixed(1)} s)`);
    const { outcome } = report;
    if (outcome.status === 'not-available') console.log(`  not available: ${outcome.reason}`);
    if (outcome.status === 'error') console.log(`  ERROR: ${outcome.message}`);
    if (outcome.status !== 'ok') continue;
    for (const figure of outcome.figures) {
      const value = formatValue(figure);
      // Long text (file lists, versions) goes on its own line rather than breaking the columns.
      if (value.length > VALUE_WIDTH) {
        line([figure.name.padEnd(nameWidth)]);
        console.log(`    ${value}`);
        continue;
      }
      line([
        figure.name.padEnd(nameWidth),
        value.padStart(VALUE_WIDTH),
        formatTarget(figure).padEnd(10),
        verdict(figure),
      ]);
    }
  }
}

export async function writeJson(
  file: string,
  reports: readonly SectionReport[],
  meta: Record<string, string>,
): Promise<void> {
  const sections = Object.fromEntries(
    reports.map((r) => [
      r.section,
      r.outcome.status === 'ok'
        ? {
            status: 'ok',
            seconds: round(r.seconds, 1),
            figures: r.outcome.figures.map((f) => ({ ...f, pass: meetsTarget(f) })),
          }
        : { ...r.outcome, seconds: round(r.seconds, 1) },
    ]),
  );
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ ...meta, sections }, null, 2)}\n`);
}

function formatValue(figure: Figure): string {
  return figure.unit ? `${figure.value} ${figure.unit}` : String(figure.value);
}

function formatTarget(figure: Figure): string {
  return figure.target
    ? `${figure.target.op} ${figure.target.value}${figure.unit === 'KiB' ? ' KiB' : figure.unit === '×' ? '×' : ''}`
    : '';
}

function verdict(figure: Figure): string {
  const pass = meetsTarget(figure);
  return pass === undefined ? '' : pass ? 'PASS' : 'MISS';
}

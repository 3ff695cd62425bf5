/**
 * Prints bench results as ONE Markdown table for people — every figure of every issue, with its
 * target and PASS/MISS, so a reader sees at a glance where the project stands — and writes the same
 * figures as JSON for machines.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Figure, meetsTarget, round, type SectionOutcome } from './figures.ts';

export interface SectionReport {
  section: string;
  /** The issue(s) the section's figures belong to. */
  issue?: string;
  seconds: number;
  outcome: SectionOutcome;
}

/** The table's rows as Markdown lines (header included), then a one-line tally under it. */
export function markdownTable(reports: readonly SectionReport[]): string[] {
  const rows: string[][] = [];
  for (const report of reports) {
    const lead = [report.issue ?? '', `${report.section} (${report.seconds.toFixed(1)} s)`];
    const { outcome } = report;
    if (outcome.status === 'not-available')
      rows.push([...lead, '—', '', '', `not available: ${outcome.reason}`]);
    if (outcome.status === 'error') rows.push([...lead, '—', '', '', `ERROR: ${firstLine(outcome.message)}`]);
    if (outcome.status !== 'ok') continue;
    for (const figure of outcome.figures) {
      rows.push([...lead, figure.name, formatValue(figure), formatTarget(figure), verdict(figure)]);
    }
  }
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(['Issue', 'Section', 'Figure', 'Value', 'Target', 'Result']),
    line(['---', '---', '---', '---:', '---', '---']),
    ...rows.map(line),
    '',
    tally(reports),
  ];
}

export function printTable(reports: readonly SectionReport[]): void {
  for (const text of markdownTable(reports)) console.log(text);
}

function tally(reports: readonly SectionReport[]): string {
  const figures = reports.flatMap((r) => (r.outcome.status === 'ok' ? r.outcome.figures : []));
  const verdicts = figures.map(meetsTarget);
  const pass = verdicts.filter((v) => v === true).length;
  const miss = verdicts.filter((v) => v === false).length;
  const broken = reports.filter((r) => r.outcome.status !== 'ok').length;
  return `${figures.length} figures, ${pass + miss} with a target: ${pass} PASS, ${miss} MISS; ${broken} section(s) not measured.`;
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
            ...(r.issue ? { issue: r.issue } : {}),
            seconds: round(r.seconds, 1),
            figures: r.outcome.figures.map((f) => ({ ...f, pass: meetsTarget(f) })),
          }
        : { ...r.outcome, ...(r.issue ? { issue: r.issue } : {}), seconds: round(r.seconds, 1) },
    ]),
  );
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ ...meta, sections }, null, 2)}\n`);
}

/** A Markdown cell: one line, no unescaped pipe. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

function formatValue(figure: Figure): string {
  return figure.unit ? `${figure.value} ${figure.unit}` : String(figure.value);
}

function formatTarget(figure: Figure): string {
  if (!figure.target) return '';
  const op = figure.target.op === '<=' ? '≤' : '≥';
  return figure.unit ? `${op} ${figure.target.value} ${figure.unit}` : `${op} ${figure.target.value}`;
}

function verdict(figure: Figure): string {
  const pass = meetsTarget(figure);
  return pass === undefined ? 'info' : pass ? 'PASS' : 'MISS';
}

/**
 * One results table as CSV with papaparse, for Excel: UTF-8 with a BOM (so Excel reads the
 * Indonesian names right) and, by default, semicolons, Indonesian Excel's list separator — with the
 * decimal comma that goes with it. With commas the decimal point is used instead. Numbers carry the
 * two (z: three) decimals the workbook shows; dates are written dd/mm/yyyy hh:mm in the event's zone.
 */
import Papa from 'papaparse';
import type { ColumnKind, ExportSheet, ExportValue } from '#app/panitia/results/export-model.ts';

export type CsvSeparator = ';' | ',';

const DECIMALS: Partial<Record<ColumnKind, number>> = { decimal: 2, z: 3, integer: 0 };

export function csvText(sheet: ExportSheet, separator: CsvSeparator): string {
  const decimalMark = separator === ';' ? ',' : '.';
  const text = (value: ExportValue, kind: ColumnKind): string => {
    if (value === null) return '';
    if (value instanceof Date) return formatDate(value);
    if (typeof value === 'number') {
      const digits = DECIMALS[kind];
      const written = digits === undefined ? String(value) : value.toFixed(digits);
      return written.replace('.', decimalMark);
    }
    return value;
  };
  const rows = sheet.rows.map((row) => row.map((value, i) => text(value, sheet.columns[i]?.kind ?? 'text')));
  return `\uFEFF${Papa.unparse([sheet.columns.map((c) => c.header), ...rows], { delimiter: separator })}`;
}

export function csvBlob(sheet: ExportSheet, separator: CsvSeparator): Blob {
  return new Blob([csvText(sheet, separator)], { type: 'text/csv;charset=utf-8' });
}

/** dd/mm/yyyy hh:mm from a Date whose UTC fields hold the event's wall clock (export-model.ts). */
function formatDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

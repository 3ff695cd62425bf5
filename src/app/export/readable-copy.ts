/**
 * The readable copy as files: XLSX with write-excel-file, and CSV with papaparse written for
 * Indonesian Excel (semicolons, a decimal comma, a UTF-8 BOM). Loaded only when the juror asks.
 */
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, ReadableTable } from '#app/export/readable-rows.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function readableXlsx(table: ReadableTable): Promise<Blob> {
  const header = table.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map((value) => (value === null ? null : { value, wrap: true })));
  return writeXlsxFile([header, ...rows], {
    columns: table.header.map((name) => ({ width: Math.min(40, Math.max(8, name.length + 2)) })),
    stickyRowsCount: 1,
  }).toBlob();
}

export function readableCsv(table: ReadableTable): Blob {
  const csv = Papa.unparse([table.header, ...table.rows.map((row) => row.map(csvCell))], { delimiter: ';' });
  return new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' });
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

/**
 * The results workbook (.xlsx) with write-excel-file, in the browser (this module loads only when the
 * committee asks for it). Numbers are numbers — computed values shown with two decimals but stored in
 * full, so a sum in Excel agrees with the ranking — dates are dates in the event's zone, and every
 * sheet's header row is frozen. Indonesian Excel shows the decimal comma by itself.
 */
import writeXlsxFile from 'write-excel-file/universal';
import type { ColumnKind, ExportSheet, ExportValue } from '#app/panitia/results/export-model.ts';

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  decimal: '0.00',
  z: '0.000',
  integer: '0',
};
const DATE_FORMAT = 'dd/mm/yyyy hh:mm';

type Cell =
  | null
  | { value: string; type: StringConstructor; fontWeight?: 'bold'; wrap?: boolean }
  | { value: number; type: NumberConstructor; format?: string }
  | { value: Date; type: DateConstructor; format: string };

function cell(value: ExportValue, kind: ColumnKind): Cell {
  if (value === null || value === '') return null;
  if (value instanceof Date) return { value, type: Date, format: DATE_FORMAT };
  if (typeof value === 'number') {
    const format = NUMBER_FORMATS[kind];
    return format ? { value, type: Number, format } : { value, type: Number };
  }
  return { value, type: String };
}

export function xlsxBlob(sheets: readonly ExportSheet[]): Promise<Blob> {
  return writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      data: [
        sheet.columns.map((c): Cell => ({ value: c.header, type: String, fontWeight: 'bold', wrap: true })),
        ...sheet.rows.map((row) => row.map((value, i) => cell(value, sheet.columns[i]?.kind ?? 'text'))),
      ],
      columns: sheet.columns.map((c) => ({ width: c.width })),
      stickyRowsCount: 1,
    })),
  ).toBlob();
}

/**
 * Reads the committee's file into rows of cells: XLSX with read-excel-file (first sheet), CSV with
 * papaparse, guessing `;` (Indonesian Excel) or `,` and dropping the UTF-8 BOM Excel writes.
 */
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';

export type Grid = unknown[][];

export async function readSpreadsheet(file: Blob, name: string): Promise<Grid> {
  if (/\.csv$/i.test(name) || file.type === 'text/csv') return readCsv(await file.text());
  const sheets = await readXlsxFile(await file.arrayBuffer());
  return sheets[0]?.data ?? [];
}

export function readCsv(text: string): Grid {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  return parsed.data;
}

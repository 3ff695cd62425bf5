/**
 * The results' reproducibility check against the sheets as stored: a replayed sheet written out the
 * way the store writes it (sheets.ts) and equal byte for byte to the stored text is the same sheet;
 * only where the texts differ (or a sheet is on one side only) are the stored rows parsed and compared
 * field by field, so the mismatch names the field. Equal text is proof of equality; unequal text is not
 * proof of a difference (another key order, say), which is why it goes to the field comparison.
 */
import { parseStoredSheet, type StoredSheetText, sheetHeadText } from '#server/store/sheets.ts';
import { compareSheets, type SheetMismatch } from '#shared/results/compare-sheets.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

export function checkStoredSheets(
  replayed: readonly ScoreSheet[],
  stored: readonly StoredSheetText[],
): SheetMismatch[] {
  const unmatched = new Map<string, ScoreSheet>();
  for (const sheet of replayed) unmatched.set(`${sheet.jurorId}/${sheet.teamId}`, sheet);
  const replayedLeft: ScoreSheet[] = [];
  const storedLeft: ScoreSheet[] = [];
  for (const row of stored) {
    const key = `${row.jurorId}/${row.teamId}`;
    const sheet = unmatched.get(key);
    unmatched.delete(key);
    if (sheet && sameText(sheet, row)) continue;
    if (sheet) replayedLeft.push(sheet);
    storedLeft.push(parseStoredSheet(row));
  }
  replayedLeft.push(...unmatched.values());
  return compareSheets(replayedLeft, storedLeft);
}

function sameText(sheet: ScoreSheet, row: StoredSheetText): boolean {
  return (
    sheet.audit.length === row.audit.length &&
    sheetHeadText(sheet) === row.head &&
    sheet.audit.every((entry, i) => JSON.stringify(entry) === row.audit[i])
  );
}

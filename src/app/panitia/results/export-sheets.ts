/** The workbook's sheets in order: Peringkat, Nilai per juri, Catatan, Riwayat perubahan, Keterangan. */
import { historySheet } from '#app/panitia/results/export-history.ts';
import type { ExportInput, ExportSheet } from '#app/panitia/results/export-model.ts';
import { aboutSheet, rankingSheet } from '#app/panitia/results/export-ranking.ts';
import { notesSheet, scoresSheet } from '#app/panitia/results/export-scores.ts';

export function exportSheets(input: ExportInput): ExportSheet[] {
  return [rankingSheet(input), scoresSheet(input), notesSheet(input), historySheet(input), aboutSheet(input)];
}

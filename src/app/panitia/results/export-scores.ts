/**
 * The Nilai per juri sheet (one row per team × juror × criterion, every combination the ranking saw,
 * with whether it counted) and the Catatan sheet (every criterion note, overall comment and conflict
 * of interest with its reason, as the juror or the committee wrote it).
 */
import {
  col,
  type ExportInput,
  type ExportSheet,
  type ExportValue,
  namesOf,
  STATUS_WORDS,
} from '#app/panitia/results/export-model.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

export function scoresSheet({ reply }: ExportInput): ExportSheet {
  const { results, detail } = reply;
  const names = namesOf(detail);
  const { rubric } = detail.package;
  const sheets = sheetIndex(detail.sheets);
  const totalWeight = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  const rows: ExportValue[][] = [];
  for (const team of results.teams) {
    for (const entry of team.jurors) {
      const sheet = sheets.get(`${entry.jurorId}/${team.teamId}`);
      const status = entry.declaredConflict
        ? 'Konflik kepentingan (dinyatakan panitia)'
        : STATUS_WORDS[entry.status];
      for (const criterion of rubric.criteria) {
        rows.push([
          team.rank,
          names.team(team.teamId)?.no ?? null,
          names.teamTitle(team.teamId),
          names.juror(entry.jurorId),
          criterion.name.id,
          (criterion.weight / totalWeight) * 100,
          sheet?.scores[criterion.id] ?? null,
          status,
          entry.counted ? 'Ya' : 'Tidak',
          entry.total,
        ]);
      }
    }
  }
  return {
    name: 'Nilai per juri',
    columns: [
      col('Peringkat', 'integer', 10),
      col('No', 'integer', 6),
      col('Judul inovasi', 'text', 40),
      col('Juri', 'text', 30),
      col('Kriteria', 'text', 28),
      col('Bobot (%)', 'decimal', 10),
      col('Nilai', 'score', 8),
      col('Status lembar', 'text', 22),
      col('Dihitung', 'text', 10),
      col('Nilai akhir lembar', 'decimal', 14),
    ],
    rows,
  };
}

export function notesSheet({ reply }: ExportInput): ExportSheet {
  const { results, detail } = reply;
  const names = namesOf(detail);
  const sheets = sheetIndex(detail.sheets);
  const rows: ExportValue[][] = [];
  const declared = detail.package.conflicts ?? [];
  for (const team of results.teams) {
    const base = (jurorId: string): ExportValue[] => [
      names.team(team.teamId)?.no ?? null,
      names.teamTitle(team.teamId),
      names.juror(jurorId),
    ];
    for (const entry of team.jurors) {
      const conflict = declared.find((k) => k.jurorId === entry.jurorId && k.teamId === team.teamId);
      if (conflict)
        rows.push([...base(entry.jurorId), 'Konflik kepentingan (dinyatakan panitia)', '', conflict.reason]);
      const sheet = sheets.get(`${entry.jurorId}/${team.teamId}`);
      if (!sheet) continue;
      if (sheet.coiReason)
        rows.push([...base(entry.jurorId), 'Konflik kepentingan (dinyatakan juri)', '', sheet.coiReason]);
      for (const criterion of detail.package.rubric.criteria) {
        const note = sheet.notes[criterion.id];
        if (note) rows.push([...base(entry.jurorId), 'Catatan kriteria', criterion.name.id, note]);
      }
      if (sheet.comment) rows.push([...base(entry.jurorId), 'Komentar umum', '', sheet.comment]);
    }
  }
  return {
    name: 'Catatan',
    columns: [
      col('No', 'integer', 6),
      col('Judul inovasi', 'text', 40),
      col('Juri', 'text', 30),
      col('Jenis', 'text', 34),
      col('Kriteria', 'text', 24),
      col('Isi', 'text', 80),
    ],
    rows,
  };
}

export function sheetIndex(sheets: readonly ScoreSheet[]): Map<string, ScoreSheet> {
  return new Map(sheets.map((s) => [`${s.jurorId}/${s.teamId}`, s]));
}

/**
 * The Riwayat perubahan sheet: the audit trail in time order — every change a juror made to a sheet
 * with a reason (edits after finalising, conflict declarations) and every committee change that can
 * move the results (rubric and its tie-break rules, unlocks, draws, declared conflicts, teams).
 */
import {
  col,
  type ExportInput,
  type ExportSheet,
  type ExportValue,
  namesOf,
  wallClock,
  ZONE_NAMES,
} from '#app/panitia/results/export-model.ts';
import type { AuditKind } from '#shared/admin-api.ts';
import type { AuditEntry as SheetAuditEntry } from '#shared/sheet.ts';

/** Committee changes left out: they cannot move a result (cards, tablets, a juror's title). */
const NOT_RESULTS: readonly AuditKind[] = ['code_issued', 'device_revoked', 'juror_saved'];

const KIND_WORDS: Record<SheetAuditEntry['kind'], string> = {
  score: 'Nilai diubah setelah final',
  note: 'Catatan diubah setelah final',
  comment: 'Komentar diubah setelah final',
  status: 'Status lembar diubah',
};

const EVENT_WORDS: Partial<Record<AuditKind, string>> = {
  rubric_changed: 'Rubrik diubah',
  rubric_unlocked: 'Kunci rubrik dibuka',
  tie_drawn: 'Undian panitia',
  conflict_declared: 'Konflik kepentingan (panitia)',
  team_withdrawn: 'Peserta ditarik',
  teams_imported: 'Peserta diimpor',
  team_saved: 'Peserta atau jadwal diubah',
  slots_swapped: 'Jadwal ditukar',
  info_changed: 'Pengaturan acara diubah',
  juror_removed: 'Juri dihapus',
  event_created: 'Acara dibuat',
};

interface Line {
  at: string;
  values: ExportValue[];
}

export function historySheet({ reply, audit }: ExportInput): ExportSheet {
  const { detail } = reply;
  const names = namesOf(detail);
  const { timezone } = detail.package.event;
  const lines: Line[] = [];
  for (const sheet of detail.sheets) {
    for (const entry of sheet.audit) {
      const status = entry.kind === 'status';
      lines.push({
        at: entry.at,
        values: [
          statusWords(entry) ?? KIND_WORDS[entry.kind],
          names.teamTitle(sheet.teamId),
          names.juror(sheet.jurorId),
          names.criterion(entry.criterionId),
          status ? null : entry.oldValue,
          status ? null : entry.newValue,
          entry.reason,
          '',
        ],
      });
    }
  }
  for (const entry of audit) {
    if (NOT_RESULTS.includes(entry.kind)) continue;
    lines.push({
      at: entry.at,
      values: [
        EVENT_WORDS[entry.kind] ?? entry.kind,
        '',
        'Panitia',
        '',
        null,
        null,
        entry.reason ?? '',
        `${entry.summary} (versi paket ${entry.version}${entry.afterFirstScore ? ', setelah nilai pertama' : ''})`,
      ],
    });
  }
  lines.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    name: 'Riwayat perubahan',
    columns: [
      col(`Waktu (${ZONE_NAMES[timezone] ?? 'WIB'})`, 'date', 18),
      col('Jenis', 'text', 30),
      col('Peserta', 'text', 36),
      col('Oleh', 'text', 28),
      col('Kriteria', 'text', 22),
      col('Nilai lama', 'score', 12),
      col('Nilai baru', 'score', 12),
      col('Alasan', 'text', 50),
      col('Keterangan', 'text', 80),
    ],
    rows: lines.map((line) => [wallClock(line.at, timezone), ...line.values]),
  };
}

function statusWords(entry: SheetAuditEntry): string | null {
  if (entry.kind !== 'status') return null;
  if (entry.newValue === 'coi') return 'Konflik kepentingan dinyatakan juri';
  if (entry.newValue === 'draft') return 'Konflik kepentingan dibatalkan juri';
  return `Status lembar: ${String(entry.newValue)}`;
}

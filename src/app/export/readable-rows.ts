/**
 * The juror's own scores as a table a person reads in Excel: one row per team in schedule order
 * (a withdrawn team only when it was scored), each criterion's score, the weighted total as the
 * sheet shows it, the notes and comment, and the sheet's status. Headers in Bahasa Indonesia: the
 * copy goes to the committee. Both the XLSX and the CSV are written from these rows.
 */
import { teamsInScheduleOrder } from '#app/components/schedule/schedule-model.ts';
import type { EventPackage } from '#shared/event.ts';
import { weightedTotal } from '#shared/scoring.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

export type Cell = string | number | null;

export interface ReadableTable {
  header: string[];
  rows: Cell[][];
}

const STATUS = { none: 'Belum dinilai', draft: 'Draf', final: 'Final', coi: 'Konflik kepentingan' } as const;

export function readableTable(pkg: EventPackage, sheets: readonly ScoreSheet[]): ReadableTable {
  const { criteria } = pkg.rubric;
  const byTeam = new Map(sheets.map((s) => [s.teamId, s]));
  const header = [
    'No',
    'Perangkat daerah / unit',
    'Judul inovasi',
    'Hari',
    'Jam',
    'Status',
    ...criteria.map((c) => c.name.id),
    'Nilai akhir (0–100)',
    'Catatan',
    'Komentar umum',
    'Alasan konflik kepentingan',
    'Terakhir diubah',
  ];
  const rows = teamsInScheduleOrder(pkg).flatMap(({ team, slot }, i): Cell[][] => {
    const sheet = byTeam.get(team.id);
    if (team.withdrawn && !sheet) return [];
    const status = sheet?.status ?? 'none';
    const total = weightedTotal(pkg.rubric, sheet?.scores ?? {});
    // A conflicted sheet counts for nothing, as on the tablet's own table.
    const showTotal = total.scored > 0 && status !== 'coi';
    const notes = criteria
      .filter((c) => sheet?.notes[c.id])
      .map((c) => `${c.name.id}: ${sheet?.notes[c.id] ?? ''}`)
      .join('\n');
    return [
      [
        team.no ?? i + 1,
        team.agency,
        team.title,
        slot ? slot.day : null,
        slot ? slot.start : null,
        STATUS[status],
        ...criteria.map((c) => sheet?.scores[c.id] ?? null),
        showTotal ? Math.round(total.total * 100) / 100 : null,
        notes || null,
        sheet?.comment || null,
        sheet?.coiReason ?? null,
        sheet && sheet.lastSeq > 0 ? sheet.updatedAt : null,
      ],
    ];
  });
  return { header, rows };
}

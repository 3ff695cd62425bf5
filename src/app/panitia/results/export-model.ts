/**
 * The exports as plain tables before any file format: each sheet a name, typed columns and rows of
 * values. XLSX (export-xlsx.ts) and CSV (export-csv.ts) both write these, so the two files always
 * hold the same numbers. Document text is Indonesian: the workbook goes to the committee's archive.
 */
import type { AuditEntry } from '#shared/admin-api.ts';
import type { EventResultsResponse, ResultsDetail } from '#shared/results/results-schema.ts';

/**
 * decimal: a computed number shown with two decimals (stored in full); z: a z-score, three decimals;
 * integer: a count or rank; score: a raw score or text as the juror gave it; date: a moment in the
 * event's time zone; text: words.
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'z' | 'score' | 'date';

export interface ExportColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters (XLSX). */
  width: number;
}

export type ExportValue = string | number | Date | null;

export interface ExportSheet {
  name: string;
  columns: ExportColumn[];
  rows: ExportValue[][];
}

/** Everything one export is made from: one results snapshot (with its detail) and the audit trail. */
export interface ExportInput {
  reply: EventResultsResponse & { detail: ResultsDetail };
  audit: readonly AuditEntry[];
  /** When the committee pressed the button. */
  exportedAt: Date;
}

export const col = (header: string, kind: ColumnKind, width: number): ExportColumn => ({
  header,
  kind,
  width,
});

const OFFSET_HOURS: Record<string, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 };
export const ZONE_NAMES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * The wall-clock time in the event's zone as a Date whose UTC fields carry it: spreadsheet dates have
 * no zone, so 16/03/2021 10.40 WIB must be stored as 10.40, not as the UTC 03.40.
 */
export function wallClock(iso: string, timezone: string): Date {
  return new Date(Date.parse(iso) + (OFFSET_HOURS[timezone] ?? 7) * 3_600_000);
}

/** Names as the committee knows them, from the snapshot's own package. */
export function namesOf(detail: ResultsDetail) {
  const { package: pkg } = detail;
  const teams = new Map(pkg.teams.map((t) => [t.id, t]));
  const jurors = new Map(pkg.jurors.map((j) => [j.id, j]));
  const criteria = new Map(pkg.rubric.criteria.map((c) => [c.id, c]));
  return {
    team: (id: string) => teams.get(id),
    teamTitle: (id: string) => teams.get(id)?.title ?? id,
    juror: (id: string) => jurors.get(id)?.name ?? id,
    criterion: (id: string | null) => (id === null ? '' : (criteria.get(id)?.name.id ?? id)),
  };
}

export const STATUS_WORDS = {
  none: 'Belum dinilai',
  draft: 'Draf',
  final: 'Final',
  coi: 'Konflik kepentingan',
} as const;

/** The sheet name and file name stem: "peringkat-kipp-malang-2021", "peringkat-sementara-…". */
export function fileStem(prefix: string, reply: EventResultsResponse): string {
  return `${prefix}${reply.results.provisional ? '-sementara' : ''}-${reply.eventId}`;
}

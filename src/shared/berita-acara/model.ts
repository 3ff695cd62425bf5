/**
 * The berita acara as data: every sentence and table cell already written in formal Indonesian, so
 * the printed page only lays it out and the unit tests read exactly what the reader will.
 */

export interface MinutesDocument {
  /** False while the ranking is sementara or a Top group is not settled: the page says DRAF on every sheet. */
  final: boolean;
  /** Why the document is a draft, one sentence each; empty when final. */
  draftReasons: string[];
  /** The required sheets not final yet, juror by juror. */
  missing: { juror: string; items: string[] }[];
  letterhead: { lines: string[]; details: string[] };
  title: string;
  /** The number as printed after "Nomor:", dotted where the organizer has not set it. */
  number: string;
  opening: string;
  jurors: JurorRow[];
  criteria: CriterionRow[];
  method: string[];
  topGroups: TopGroupBlock[];
  ranking: RankingRow[];
  rankingNotes: string[];
  tieBreaks: string[];
  conflicts: ConflictRow[];
  rubricChanges: ChangeRow[];
  eventChanges: ChangeRow[];
  sheetEdits: EditRow[];
  fingerprint: { value: string; sentence: string };
  closing: string;
  /** "Malang, 17 Maret 2021". */
  placeAndDate: string;
  signers: SignerRow[];
  acknowledgedBy: Acknowledger | null;
  /** Running footer: short title and the fingerprint's first 16 characters. */
  footer: { title: string; fingerprint: string };
}

export interface JurorRow {
  no: number;
  name: string;
  nip: string;
  rank: string;
  /** Jabatan and institution, or the juror's role on the panel (unsur). */
  position: string;
  role: 'Ketua' | 'Anggota';
}

export interface CriterionRow {
  no: number;
  name: string;
  weight: string;
  scale: string;
}

export interface TopGroupBlock {
  size: number;
  heading: string;
  settled: boolean;
  /** Why the group cannot be named yet; null when settled. */
  note: string | null;
  rows: RankingRow[];
}

export interface RankingRow {
  teamId: string;
  /** "1", "4" (shared ranks print the same number), "–" without counted sheets. */
  rank: string;
  no: string;
  title: string;
  agency: string;
  mean: string;
  /** The mean in words, for the Top groups: "delapan puluh lima koma empat puluh". */
  meanWords: string;
  counted: string;
  remark: string;
}

export interface ConflictRow {
  no: number;
  juror: string;
  team: string;
  reason: string;
  declaredBy: string;
  effect: string;
}

export interface ChangeRow {
  no: number;
  at: string;
  change: string;
  reason: string;
}

export interface EditRow {
  no: number;
  at: string;
  juror: string;
  team: string;
  change: string;
  reason: string;
}

export interface SignerRow {
  no: number;
  name: string;
  role: 'Ketua' | 'Anggota';
  nip: string | null;
  rank: string | null;
}

export interface Acknowledger {
  position: string;
  name: string;
  rank: string | null;
  nip: string | null;
}

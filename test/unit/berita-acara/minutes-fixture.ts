/**
 * A small event worked out by hand for the berita acara tests: four teams, three jurors, the KIPP
 * Malang rubric (five criteria, equal weights, 1–10; tie-breaks efektif, kebaruan, fewer conflicts,
 * draw). A sheet's total is (Σ scores − 5) / 45 × 100, rounded once to 0.000001 point:
 *   A  every juror 9,9,9,9,9   → 40/45 = 88.888889 each            → mean 88,89 (rank 1)
 *   B  every juror 8,9,8,8,8   → 36/45 = 80 each (efektif 9)         → mean 80,00 (rank 2)
 *   C  every juror 9,8,8,8,8   → 80 each (efektif 8)                 → mean 80,00 (rank 3)
 *   D  j1 conflict of interest; j2 6,6,6,6,6 → 55.555556; j3 7×5 → 66.666667
 *      → (55.555556 + 66.666667) / 2 = 61.1111115                     → mean 61,11 (rank 4)
 * B and C tie on the mean; rule 1 (efektif: 9 against 8) puts B first.
 */

import type { AuditEntry as EventAuditEntry } from '#shared/admin-api.ts';
import type { MinutesData } from '#shared/berita-acara/api.ts';
import type { MinutesSettings } from '#shared/berita-acara/settings.ts';
import type { EventPackage } from '#shared/event.ts';
import { computeResults } from '#shared/results/compute-results.ts';
import type { DrawRecord } from '#shared/results/results-schema.ts';
import type { ScoreSheet, SheetStatus } from '#shared/sheet.ts';
import { makeEvent, makeSheet } from '../results/results-fixtures.ts';

export const FINGERPRINT = 'ab12'.repeat(16);

export function minutesEvent(): EventPackage {
  const pkg = makeEvent(['a', 'b', 'c', 'd'], ['j1', 'j2', 'j3']);
  pkg.jurors = [
    {
      id: 'j1',
      name: 'Dr. Retno Kusumawardani, M.Si.',
      title: 'Dosen Kebijakan Publik',
      institution: 'Universitas Brawijaya',
    },
    { id: 'j2', name: 'Drs. Hendro Wibisono, M.AP', role: 'Unsur pemerintah daerah' },
    { id: 'j3', name: 'Yuliana Puspitasari', role: 'Jurnalis' },
  ];
  pkg.event = { ...pkg.event, presentationMinutes: 7, interviewMinutes: 13, topGroups: [6, 3] };
  return pkg;
}

export const SETTINGS: MinutesSettings = {
  letterhead: {
    lines: ['Pemerintah Kota Malang', 'Sekretariat Daerah'],
    address: 'Jalan Tugu Nomor 1, Malang',
    web: 'malangkota.go.id',
  },
  subject: 'Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2021',
  number: '000/12/35.73.112/{bulan}/{tahun}',
  decree: 'Keputusan Sekretaris Daerah Kota Malang Nomor 188.45/7/35.73.112/2021',
  signing: { place: 'Malang', date: '2021-03-17' },
  chairJurorId: 'j3',
  signers: [{ jurorId: 'j2', nip: '196805141994031007', rank: 'Pembina Tingkat I (IV/b)' }],
  acknowledgedBy: {
    position: 'Kepala Bagian Organisasi',
    name: 'Wahyu Setiawan, S.Sos., M.AP.',
    rank: 'Pembina (IV/a)',
    nip: '197509232000121002',
  },
  namesInCapitals: true,
  copies: 2,
};

const SCORES: Record<string, Record<string, number[] | 'coi'>> = {
  a: { j1: [9, 9, 9, 9, 9], j2: [9, 9, 9, 9, 9], j3: [9, 9, 9, 9, 9] },
  b: { j1: [8, 9, 8, 8, 8], j2: [8, 9, 8, 8, 8], j3: [8, 9, 8, 8, 8] },
  c: { j1: [9, 8, 8, 8, 8], j2: [9, 8, 8, 8, 8], j3: [9, 8, 8, 8, 8] },
  d: { j1: 'coi', j2: [6, 6, 6, 6, 6], j3: [7, 7, 7, 7, 7] },
};

/** Every sheet final (or a conflict), except those named in `drafts` ("team/juror"). */
export function minutesSheets(
  pkg: EventPackage,
  drafts: readonly string[] = [],
  scores: Record<string, Record<string, number[] | 'coi'>> = SCORES,
): ScoreSheet[] {
  return Object.entries(scores).flatMap(([teamId, byJuror]) =>
    Object.entries(byJuror).map(([jurorId, values]) => {
      const status: SheetStatus =
        values === 'coi' ? 'coi' : drafts.includes(`${teamId}/${jurorId}`) ? 'draft' : 'final';
      const sheet = makeSheet(pkg.rubric, jurorId, teamId, status, values === 'coi' ? [] : values);
      return values === 'coi' ? { ...sheet, coiReason: 'Instansi tempat saya bekerja' } : sheet;
    }),
  );
}

const AUDIT: EventAuditEntry[] = [
  audit(1, 'team_withdrawn', 'Peserta ditarik: Inovasi e', 'Tidak hadir', false),
  audit(2, 'rubric_unlocked', 'Rubrik dibuka kembali', 'Bobot salah ketik', true),
  audit(3, 'rubric_changed', 'Rubrik diubah: bobot Efektif 20%', 'Bobot salah ketik', true),
  audit(4, 'code_issued', 'Kode baru untuk juri j3', null, true),
  audit(5, 'team_saved', 'Jadwal Inovasi d dipindah', null, true),
];

function audit(
  id: number,
  kind: EventAuditEntry['kind'],
  summary: string,
  reason: string | null,
  afterFirstScore: boolean,
): EventAuditEntry {
  return { id, at: `2021-03-16T0${id}:15:00.000Z`, version: id, kind, summary, reason, afterFirstScore };
}

export interface FixtureOptions {
  drafts?: string[];
  settings?: MinutesSettings;
  /** C scored exactly like B: no declared rule but the draw can tell them apart. */
  cLikeB?: boolean;
  draws?: DrawRecord[];
  topGroups?: number[];
}

export function minutesData(options: FixtureOptions = {}): MinutesData {
  const pkg = minutesEvent();
  const scores = options.cLikeB ? { ...SCORES, c: SCORES.b ?? {} } : SCORES;
  const sheets = minutesSheets(pkg, options.drafts, scores);
  const computed = computeResults(pkg, sheets, {
    topGroups: options.topGroups ?? pkg.event.topGroups,
    draws: options.draws,
  });
  if (!computed.ok) throw new Error(computed.problem.message);
  return {
    computedAt: '2021-03-17T09:05:00.000Z',
    package: pkg,
    settings: options.settings ?? SETTINGS,
    settingsSaved: true,
    results: {
      eventId: pkg.event.id,
      fingerprint: FINGERPRINT,
      bundles: 12,
      packageVersion: pkg.event.packageVersion ?? 0,
      draws: options.draws ?? [],
      results: computed.results,
    },
    eventAudit: AUDIT,
    sheets: [
      {
        jurorId: 'j1',
        teamId: 'd',
        status: 'coi',
        coiReason: 'Instansi tempat saya bekerja',
        audit: [
          {
            seq: 3,
            at: '2021-03-16T02:00:00.000Z',
            kind: 'status',
            criterionId: null,
            oldValue: 'draft',
            newValue: 'coi',
            reason: 'Instansi tempat saya bekerja',
          },
        ],
      },
      {
        jurorId: 'j2',
        teamId: 'b',
        status: 'final',
        coiReason: null,
        audit: [
          {
            seq: 9,
            at: '2021-03-16T03:30:00.000Z',
            kind: 'score',
            criterionId: 'efektif',
            oldValue: 8,
            newValue: 9,
            reason: 'Salah ketuk',
          },
        ],
      },
    ],
  };
}

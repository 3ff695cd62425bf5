/**
 * One results snapshot for the export tests, worked by hand. The small event (KIPP Malang rubric:
 * five criteria 1–10, equal weights, so a sheet's total is Σ(score − 1) / 45 × 100):
 * - juri-1, dispendukcapil: all 9, final, then efektif 9 → 10 with a reason: 41 / 45 = 91.111111
 * - juri-1, puskesmas-dinoyo: all 7, final: 30 / 45 = 66.666667
 * - juri-1, smpn-5-malang: all 8, final: 35 / 45 = 77.777778
 * - juri-2, dispendukcapil: all 8, final: 77.777778
 * - juri-2, puskesmas-dinoyo: conflict of interest declared on the tablet
 * - juri-2, smpn-5-malang: all 6, still a draft (55.555556): the ranking is sementara
 * Means: dispendukcapil (91.111111 + 77.777778) / 2 = 84.4444445; smpn 77.777778 (the draft does not
 * count); puskesmas 66.666667 (the conflict does not count). Ranking: dispendukcapil, smpn, puskesmas.
 */
import type { ExportInput } from '#app/panitia/results/export-model.ts';
import type { AuditEntry } from '#shared/admin-api.ts';
import { computeResults } from '#shared/results/compute-results.ts';
import { applyChange, type ChangeEntry, type ScoreSheet } from '#shared/sheet.ts';
import { makeSmallEvent } from '../../fixtures/small-event.ts';

const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];
export const EXPORTED_AT = new Date('2021-03-17T09:30:00.000Z');

function sheetOf(jurorId: string, teamId: string, changes: Partial<ChangeEntry>[]): ScoreSheet {
  let sheet: ScoreSheet | undefined;
  changes.forEach((rest, i) => {
    const change: ChangeEntry = {
      seq: i + 1,
      eventId: 'kipp-malang-2021',
      jurorId,
      teamId,
      kind: 'score',
      criterionId: null,
      oldValue: null,
      newValue: null,
      at: new Date(Date.UTC(2021, 2, 16, 2, 0, i)).toISOString(),
      ...rest,
    };
    sheet = applyChange(sheet, change);
  });
  if (!sheet) throw new Error('no change');
  return sheet;
}

const allAt = (value: number): Partial<ChangeEntry>[] =>
  CRITERIA.map((criterionId) => ({ kind: 'score', criterionId, newValue: value }));
const final: Partial<ChangeEntry> = { kind: 'status', newValue: 'final' };

export function exportInput(): ExportInput {
  const pkg = makeSmallEvent();
  const sheets = [
    sheetOf('juri-1', 'dispendukcapil', [
      ...allAt(9),
      { kind: 'note', criterionId: 'kebaruan', newValue: 'Layanan tanpa turun dari mobil; ide segar.' },
      { kind: 'comment', newValue: 'Presentasi jelas, data lengkap.' },
      final,
      {
        kind: 'score',
        criterionId: 'efektif',
        oldValue: 9,
        newValue: 10,
        reason: 'Salah ketuk, seharusnya 10',
        at: '2021-03-16T03:40:00.000Z',
      },
    ]),
    sheetOf('juri-1', 'puskesmas-dinoyo', [...allAt(7), final]),
    sheetOf('juri-1', 'smpn-5-malang', [...allAt(8), final]),
    sheetOf('juri-2', 'dispendukcapil', [...allAt(8), final]),
    sheetOf('juri-2', 'puskesmas-dinoyo', [
      {
        kind: 'status',
        newValue: 'coi',
        reason: 'Istri bekerja di Puskesmas Dinoyo',
        at: '2021-03-16T02:30:00.000Z',
      },
    ]),
    sheetOf('juri-2', 'smpn-5-malang', allAt(6)),
  ];
  const computed = computeResults(pkg, sheets);
  if (!computed.ok) throw new Error(computed.problem.message);
  const audit: AuditEntry[] = [
    {
      id: 7,
      at: '2021-03-16T04:00:00.000Z',
      version: 5,
      kind: 'rubric_unlocked',
      summary: 'Kunci rubrik dibuka',
      reason: 'Nama kriteria salah ketik',
      afterFirstScore: true,
    },
    {
      id: 8,
      at: '2021-03-16T04:00:00.000Z',
      version: 6,
      kind: 'code_issued',
      summary: 'Kode baru untuk juri-1',
      reason: null,
      afterFirstScore: true,
    },
  ];
  return {
    reply: {
      eventId: pkg.event.id,
      fingerprint: 'ab'.repeat(32),
      bundles: 6,
      packageVersion: 6,
      draws: [],
      results: computed.results,
      detail: { package: pkg, sheets },
    },
    audit,
    exportedAt: EXPORTED_AT,
  };
}

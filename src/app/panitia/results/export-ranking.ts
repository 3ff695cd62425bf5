/**
 * The Peringkat sheet (one row per team in official order, each juror's counted total, the spread,
 * the z-score comparison and why a row reads as it does) and the Keterangan sheet (the snapshot: when,
 * from which data, by which method, and every tie-break applied).
 */
import {
  col,
  type ExportColumn,
  type ExportInput,
  type ExportSheet,
  type ExportValue,
  namesOf,
  STATUS_WORDS,
  wallClock,
  ZONE_NAMES,
} from '#app/panitia/results/export-model.ts';
import type { TeamResult } from '#shared/results/results-schema.ts';
import { describeRule, describeRules } from '#shared/results/tie-break-words.ts';

export function rankingSheet({ reply }: ExportInput): ExportSheet {
  const { results, detail } = reply;
  const names = namesOf(detail);
  const jurors = detail.package.jurors;
  const criteria = detail.package.rubric.criteria;
  const columns: ExportColumn[] = [
    col('Peringkat', 'integer', 10),
    col('No', 'integer', 6),
    col('Judul inovasi', 'text', 40),
    col('Perangkat daerah / unit', 'text', 34),
    col('Kelompok terbaik', 'text', 16),
    col('Rata-rata nilai akhir', 'decimal', 14),
    ...jurors.map((j) => col(`Nilai ${j.name}`, 'decimal', 14)),
    col('Lembar dihitung', 'integer', 10),
    col('Konflik kepentingan', 'integer', 10),
    col('Simpangan baku', 'decimal', 10),
    col('Rentang', 'decimal', 10),
    col('Beda pendapat', 'text', 10),
    ...criteria.map((c) => col(`Rata-rata ${c.name.id}`, 'decimal', 12)),
    col('Rata-rata skor-z', 'z', 12),
    col('Peringkat skor-z (pembanding)', 'integer', 12),
    col('Keterangan', 'text', 50),
  ];
  const drawn = new Set(results.tieBreaks.filter((s) => s.draw).flatMap((s) => s.teamIds));
  const level = new Set(results.unresolvedTies.flat());
  const rows = results.teams.map((team): ExportValue[] => [
    team.rank,
    names.team(team.teamId)?.no ?? null,
    names.teamTitle(team.teamId),
    names.team(team.teamId)?.agency ?? '',
    [...team.top]
      .sort((a, b) => b - a)
      .map((n) => `Top ${n}`)
      .join(', '),
    team.mean,
    ...jurors.map((j) => {
      const entry = team.jurors.find((e) => e.jurorId === j.id);
      return entry?.counted ? entry.total : null;
    }),
    team.counted,
    team.conflicts,
    team.sd,
    team.range,
    team.disagreement ? 'Ya' : '',
    ...criteria.map((_, k) => team.criterionMeans[k] ?? null),
    team.zMean,
    team.zRank,
    remarks(team, names.juror, level.has(team.teamId), drawn.has(team.teamId)),
  ]);
  return { name: 'Peringkat', columns, rows };
}

/** Why a row reads as it does: withdrawn, level, drawn, sheets not counted. */
function remarks(team: TeamResult, juror: (id: string) => string, level: boolean, drawn: boolean): string {
  const parts: string[] = [];
  if (team.withdrawn) parts.push('peserta ditarik; tidak diperingkat');
  else if (team.rank === null) parts.push('belum ada lembar final');
  if (level) parts.push('seri setelah semua aturan; menunggu undian panitia');
  if (drawn) parts.push('urutan seri ditentukan undian panitia');
  for (const entry of team.jurors) {
    if (entry.counted) continue;
    const why = entry.declaredConflict
      ? 'konflik kepentingan (dinyatakan panitia)'
      : STATUS_WORDS[entry.status];
    parts.push(`${juror(entry.jurorId)}: ${why.toLowerCase()}`);
  }
  return parts.join('; ');
}

export function aboutSheet({ reply, exportedAt }: ExportInput): ExportSheet {
  const { results, detail } = reply;
  const { event, rubric } = detail.package;
  const names = namesOf(detail);
  const zone = ZONE_NAMES[event.timezone] ?? 'WIB';
  const totalWeight = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  const rows: ExportValue[][] = [
    ['Acara', event.name],
    ['Penyelenggara', event.organiser],
    ['Tempat', event.venue],
    [
      'Status',
      results.provisional
        ? `SEMENTARA: ${results.missing.length} lembar wajib belum final`
        : 'Lengkap: semua lembar wajib final',
    ],
    [`Diekspor (${zone})`, wallClock(exportedAt.toISOString(), event.timezone)],
    ['Sidik data (SHA-256 atas semua bundel)', reply.fingerprint],
    ['Jumlah bundel', reply.bundles],
    ['Versi paket acara', reply.packageVersion],
    ['Rubrik', rubric.name],
    ...rubric.criteria.map((c): ExportValue[] => [
      `Kriteria ${c.name.id}`,
      `bobot ${formatShare(c.weight / totalWeight)} %, skala ${c.scale.min}–${c.scale.max} langkah ${c.scale.step}`,
    ]),
    ['Nilai akhir', 'jumlah berbobot tiap lembar pada skala 0–100, dibulatkan sekali ke 0,000001'],
    ['Rata-rata', 'atas lembar final juri tanpa konflik kepentingan; peserta ditarik tidak diperingkat'],
    ['Beda pendapat', `rentang nilai akhir juri lebih dari ${results.method.disagreementPoints} poin`],
    [
      'Skor-z',
      'pembanding saja: nilai tiap juri dibakukan atas peserta yang ia nilai; tidak menentukan peringkat',
    ],
    ['Kelompok terbaik', results.method.topGroups.map((n) => `Top ${n}`).join(', ')],
    ['Aturan peringkat sama', describeRules(results.method.tieBreak, rubric)],
    ...results.tieBreaks.map((step, i): ExportValue[] => [
      `Penentuan seri ${i + 1}`,
      `${step.teamIds.map(names.teamTitle).join(', ')} — ${describeRule(step.rule, rubric)}: ${step.groups
        .map((g) => g.map(names.teamTitle).join(' = '))
        .join(
          ' > ',
        )}${step.draw ? ` (undian dicatat oleh ${step.draw.decidedBy}: ${step.draw.reason})` : ''}`,
    ]),
    ...results.unresolvedTies.map((tie): ExportValue[] => [
      'Masih seri',
      `${tie.map(names.teamTitle).join(' = ')}: menunggu keputusan undian panitia`,
    ]),
  ];
  return { name: 'Keterangan', columns: [col('Hal', 'text', 34), col('Isi', 'text', 100)], rows };
}

function formatShare(share: number): string {
  return (Math.round(share * 1000) / 10).toLocaleString('id-ID');
}

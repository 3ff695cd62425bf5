/** The results as the committee reads them in a terminal: ranking table, what is missing, tie-break trail. */
import type { EventPackage } from '#shared/event.ts';
import type { EventResultsResponse, TieBreakStep } from '#shared/results/results-schema.ts';
import { describeRule } from '#shared/results/tie-break-words.ts';

/** Beyond this the list of missing sheets is summarised: the console lists them all. */
const MISSING_SHOWN = 20;

const id = (value: number | null, digits: number): string =>
  value === null
    ? '–'
    : value.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: digits });

export function formatResults(pkg: EventPackage, reply: EventResultsResponse): string {
  const { results } = reply;
  const lines: string[] = [`${pkg.event.name} (${pkg.event.id})`];
  lines.push(
    results.provisional
      ? `Hasil SEMENTARA: ${results.missing.length} lembar wajib belum final`
      : 'Hasil lengkap: semua lembar wajib sudah final',
  );
  for (const m of results.missing.slice(0, MISSING_SHOWN))
    lines.push(
      `  belum final: ${m.teamId} × ${m.jurorId} (${m.status === 'none' ? 'belum dinilai' : 'draf'})`,
    );
  if (results.missing.length > MISSING_SHOWN)
    lines.push(`  … dan ${results.missing.length - MISSING_SHOWN} lagi`);
  lines.push('');
  const header = [
    'Peringkat',
    'Peserta',
    'Rata-rata',
    'Lembar',
    'SD',
    'Rentang',
    'Rata-rata z',
    'Peringkat z',
    'Top',
  ];
  const rows = results.teams.map((t) => [
    t.withdrawn ? 'ditarik' : t.rank === null ? '–' : String(t.rank),
    t.teamId,
    id(t.mean, 6),
    `${t.counted}${t.conflicts ? ` (+${t.conflicts} KK)` : ''}`,
    id(t.sd, 2),
    `${id(t.range, 2)}${t.disagreement ? ' !' : ''}`,
    id(t.zMean, 3),
    t.zRank === null ? '–' : String(t.zRank),
    t.top.join(', '),
  ]);
  lines.push(...table([header, ...rows]));
  lines.push(
    '',
    'KK = juri dengan konflik kepentingan (tidak dihitung); ! = rentang nilai juri lebih dari 20 poin',
  );
  if (results.tieBreaks.length)
    lines.push('', 'Penentuan peringkat sama (tie-break):', ...results.tieBreaks.map(describeStep));
  for (const tie of results.unresolvedTies)
    lines.push(`  masih sama setelah semua aturan: ${tie.join(', ')}`);
  lines.push('', `Sidik data (SHA-256 atas ${reply.bundles} bundel): ${reply.fingerprint}`);
  return lines.join('\n');
}

function describeStep(step: TieBreakStep): string {
  const values = step.values.map((v) => `${v.teamId} ${v.value === null ? '–' : id(v.value, 4)}`).join(', ');
  const outcome = step.groups.map((g) => g.join(' = ')).join(' > ');
  const line = `  ${describeRule(step.rule)}: ${values} → ${outcome}`;
  if (step.rule.kind !== 'draw') return line;
  if (!step.draw) return `${line}\n    belum ada keputusan undian yang dicatat`;
  const { decidedBy, at, reason } = step.draw;
  return `${line}\n    dicatat ${at} oleh ${decidedBy}: ${reason}`;
}

function table(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

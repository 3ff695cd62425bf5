/**
 * The ranking as printed: every team in official order with its rank, its mean to two decimals (and
 * in words for the Top groups), the sheets counted and a remark; the Top groups smallest first (the
 * winners), each marked unsettled while tied teams straddle its edge; and notes on what the table
 * cannot show (ties left shared, final sheets with empty criteria).
 */
import type { MinutesContext } from '#shared/berita-acara/context.ts';
import { listPhrase } from '#shared/berita-acara/dates.ts';
import type { RankingRow, TopGroupBlock } from '#shared/berita-acara/model.ts';
import { formatHundredths, meanHundredths } from '#shared/berita-acara/numbers.ts';
import { terbilang, terbilangHundredths } from '#shared/berita-acara/terbilang.ts';
import type { TeamResult } from '#shared/results/results-schema.ts';

export function rankingRows(ctx: MinutesContext): RankingRow[] {
  const { results } = ctx;
  const shared = new Set(results.unresolvedTies.flat());
  const jurors = ctx.pkg.jurors.length;
  return results.teams.map((result) => {
    const team = ctx.team(result.teamId);
    const hundredths = meanOf(ctx, result);
    const smallest = Math.min(...result.top);
    const remark = [
      result.top.length ? `${smallest} besar` : '',
      shared.has(result.teamId) ? 'peringkat sama' : '',
      team?.withdrawn ? 'ditarik panitia' : '',
      result.counted === 0 ? 'belum ada lembar final' : '',
    ].filter(Boolean);
    return {
      teamId: result.teamId,
      rank: result.rank === null ? '–' : String(result.rank),
      no: team?.no === undefined ? '–' : String(team.no),
      title: team?.title ?? result.teamId,
      agency: team?.agency ?? '',
      mean: hundredths === null ? '–' : formatHundredths(hundredths),
      meanWords: hundredths === null ? '' : terbilangHundredths(hundredths),
      counted: `${result.counted} dari ${jurors}`,
      remark: remark.join('; '),
    };
  });
}

export function topGroupBlocks(ctx: MinutesContext, rows: readonly RankingRow[]): TopGroupBlock[] {
  return [...ctx.results.topGroups]
    .sort((a, b) => a.size - b.size)
    .map((group) => ({
      size: group.size,
      heading: `${capitalise(terbilang(group.size))} Besar`,
      settled: group.settled,
      note: group.settled
        ? null
        : `${group.size} besar belum dapat ditetapkan: ${group.teamIds.length} peserta berada dalam ${group.size} peringkat teratas karena ada peringkat sama di batas kelompok. Peringkat sama itu harus diselesaikan lebih dulu (lihat Penentuan Peringkat Sama).`,
      rows: rows.filter((row) => group.teamIds.includes(row.teamId)),
    }));
}

export function rankingNotes(ctx: MinutesContext): string[] {
  const { results } = ctx;
  const ties = results.unresolvedTies.map((ids) => {
    const rank = ctx.teamResult(ids[0] ?? '')?.rank;
    return `${listPhrase(ids.map(ctx.teamTitle))} tetap sama setelah semua aturan penentuan peringkat sama dan berbagi peringkat ${rank ?? '–'}.`;
  });
  const empty = results.incompleteFinal.map(
    (s) =>
      `Lembar final ${ctx.jurorName(s.jurorId)} untuk ${ctx.teamTitle(s.teamId)} tidak mengisi kriteria ${listPhrase(s.criterionIds.map(ctx.criterionName))}; kriteria itu dihitung bernilai terendah.`,
  );
  return [...ties, ...empty];
}

/** The team's mean in hundredths, from the exact sum the ranking compares; null without counted sheets. */
export function meanOf(ctx: MinutesContext, result: TeamResult): number | null {
  return result.counted === 0
    ? null
    : meanHundredths(result.sumUnits, result.counted, ctx.results.method.unitsPerPoint);
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('id-ID') + s.slice(1);

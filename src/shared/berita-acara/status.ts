/**
 * Whether the berita acara may look final, and if not, why: the ranking is sementara while a required
 * sheet is not final, and a Top group cannot be named while tied teams straddle its edge. The missing
 * sheets are listed juror by juror (the committee chases jurors, not teams), shortened past a few.
 */
import type { MinutesContext } from '#shared/berita-acara/context.ts';
import type { MinutesDocument } from '#shared/berita-acara/model.ts';
import { terbilang } from '#shared/berita-acara/terbilang.ts';

/** Missing sheets named per juror before the rest are only counted. */
export const MISSING_NAMED = 8;

export function draftStatus(
  ctx: MinutesContext,
): Pick<MinutesDocument, 'final' | 'draftReasons' | 'missing'> {
  const { results } = ctx;
  const reasons: string[] = [];
  if (results.provisional) {
    const n = results.missing.length;
    reasons.push(
      `Peringkat masih SEMENTARA: ${n} (${terbilang(n)}) lembar penilaian wajib belum final. Peringkat dapat berubah; berita acara ini belum dapat ditandatangani.`,
    );
  }
  for (const group of results.topGroups)
    if (!group.settled)
      reasons.push(`${group.size} besar belum dapat ditetapkan karena ada peringkat sama di batas kelompok.`);
  const missing = ctx.pkg.jurors.flatMap((juror) => {
    const mine = results.missing.filter((m) => m.jurorId === juror.id);
    if (mine.length === 0) return [];
    const named = mine
      .slice(0, MISSING_NAMED)
      .map((m) => `${ctx.teamTitle(m.teamId)} (${m.status === 'draft' ? 'draf' : 'belum dinilai'})`);
    const rest = mine.length - named.length;
    return [{ juror: juror.name, items: rest > 0 ? [...named, `dan ${rest} lainnya`] : named }];
  });
  return { final: reasons.length === 0, draftReasons: reasons, missing };
}

/**
 * Names and numbers as the results page shows them: teams with their committee number, jurors by
 * name, criteria in the reader's language, points with the decimal comma in Indonesian.
 */
import type { Lang } from '#app/store/ui-store.ts';
import type { EventPackage } from '#shared/event.ts';
import { localeTag } from '#shared/locale.ts';

export interface ResultsNames {
  /** "3. Kelas Radio Belajar dari Rumah": with the committee's number, where rank is shown apart. */
  team: (id: string) => string;
  /** The title alone, for lists that show a rank in front. */
  title: (id: string) => string;
  agency: (id: string) => string;
  juror: (id: string) => string;
  criterion: (id: string | null) => string;
}

export function resultsNames(pkg: EventPackage, lang: Lang): ResultsNames {
  const teams = new Map(pkg.teams.map((t) => [t.id, t]));
  const jurors = new Map(pkg.jurors.map((j) => [j.id, j.name]));
  const criteria = new Map(pkg.rubric.criteria.map((c) => [c.id, c.name[lang]]));
  return {
    team: (id) => {
      const team = teams.get(id);
      return team ? `${team.no ? `${team.no}. ` : ''}${team.title}` : id;
    },
    title: (id) => teams.get(id)?.title ?? id,
    agency: (id) => teams.get(id)?.agency ?? '',
    juror: (id) => jurors.get(id) ?? id,
    criterion: (id) => (id === null ? '' : (criteria.get(id) ?? id)),
  };
}

/** "84,44" (id) / "84.44" (en); "–" for a number that does not exist yet. */
export function formatPoints(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined) return '–';
  return value.toLocaleString(localeTag(lang), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

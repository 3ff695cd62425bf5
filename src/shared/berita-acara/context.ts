/** Lookups every part of the berita acara needs: names of teams, jurors and criteria by id. */
import type { MinutesData } from '#shared/berita-acara/api.ts';
import type { MinutesSettings } from '#shared/berita-acara/settings.ts';
import type { EventPackage, Team } from '#shared/event.ts';
import type { Results, TeamResult } from '#shared/results/results-schema.ts';

export interface MinutesContext {
  data: MinutesData;
  pkg: EventPackage;
  settings: MinutesSettings;
  results: Results;
  timeZone: string;
  team: (id: string) => Team | undefined;
  /** A team as the text names it: its innovation's title (its id if the event lost it). */
  teamTitle: (id: string) => string;
  teamResult: (id: string) => TeamResult | undefined;
  jurorName: (id: string) => string;
  criterionName: (id: string | null) => string;
}

export function minutesContext(data: MinutesData): MinutesContext {
  const pkg = data.package;
  const teams = new Map(pkg.teams.map((t) => [t.id, t]));
  const jurors = new Map(pkg.jurors.map((j) => [j.id, j.name]));
  const criteria = new Map(pkg.rubric.criteria.map((c) => [c.id, c.name.id]));
  const results = data.results.results;
  const teamResults = new Map(results.teams.map((t) => [t.teamId, t]));
  return {
    data,
    pkg,
    settings: data.settings,
    results,
    timeZone: pkg.event.timezone,
    team: (id) => teams.get(id),
    teamTitle: (id) => teams.get(id)?.title ?? id,
    teamResult: (id) => teamResults.get(id),
    jurorName: (id) => jurors.get(id) ?? id,
    criterionName: (id) => (id === null ? '' : (criteria.get(id) ?? id)),
  };
}

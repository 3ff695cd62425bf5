/**
 * The practice copy of the bundled demo event (KIPP Kota Malang 2021). It has its own event id, so
 * practice scores can never mix with the same event's real, enrolled sheets on this tablet, and its
 * own fictional jurors: a juror must never find their real name in practice mode and take the
 * practice copy for the real event.
 */
import { getEventPackage, saveEventPackage } from '#app/db/events-repo.ts';
import type { EventPackage, Juror } from '#shared/event.ts';

/** The id of an event's practice copy on the tablet. */
export function practiceEventId(eventId: string): string {
  return `${eventId}-latihan`;
}

const ROLE = 'Juri latihan · bukan juri acara';
/** Same ids as the demo's panel (j1…j5), so practice sheets made before this naming still belong. */
export const PRACTICE_JURORS: readonly Juror[] = [1, 2, 3, 4, 5].map((n) => ({
  id: `j${n}`,
  name: `Juri Latihan ${n}`,
  role: ROLE,
}));

/** Loads the practice copy unless it is there (and renames the jurors of a copy made before). */
export async function ensurePracticeEvent(): Promise<EventPackage> {
  const { DEMO_EVENT } = await import('#shared/demo/kipp-malang-2021.ts');
  const id = practiceEventId(DEMO_EVENT.event.id);
  const existing = await getEventPackage(id);
  if (existing && sameJurors(existing.jurors, PRACTICE_JURORS)) return existing;
  const practice: EventPackage = {
    ...DEMO_EVENT,
    event: { ...DEMO_EVENT.event, id, name: `${DEMO_EVENT.event.name} (latihan)` },
    jurors: [...PRACTICE_JURORS],
  };
  return saveEventPackage(practice, 'demo');
}

function sameJurors(a: readonly Juror[], b: readonly Juror[]): boolean {
  return a.length === b.length && a.every((j, i) => j.id === b[i]?.id && j.name === b[i]?.name);
}

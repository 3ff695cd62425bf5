/**
 * Applying a newer event package the server published, and what the juror is told about it (meta
 * keys 'packageNotice' and 'packageProblem'). Kept out of events-repo so the first load does not carry
 * the schedule diff: only the sync chunk applies packages.
 */
import * as v from 'valibot';
import { db } from '#app/db/database.ts';
import { putEventPackage } from '#app/db/events-repo.ts';
import type { EventPackage } from '#shared/event.ts';
import { diffSchedules, slotOf } from '#shared/package-diff.ts';

const NOTICE = 'packageNotice';
const PROBLEM = 'packageProblem';

const NoticeTeamSchema = v.object({
  title: v.string(),
  day: v.nullable(v.string()),
  start: v.nullable(v.string()),
});
export const PackageNoticeSchema = v.object({
  eventId: v.string(),
  version: v.number(),
  at: v.string(),
  moved: v.array(NoticeTeamSchema),
  added: v.array(NoticeTeamSchema),
  removed: v.array(NoticeTeamSchema),
  rubricChanged: v.boolean(),
  /** A newer package arrived but failed validation: the old one is still in use. */
  refused: v.optional(v.boolean(), false),
});
export type PackageNotice = v.InferOutput<typeof PackageNoticeSchema>;

const PackageProblemSchema = v.object({
  version: v.nullable(v.number()),
  message: v.string(),
  at: v.string(),
});
export type PackageProblem = v.InferOutput<typeof PackageProblemSchema>;

export const packageVersionOf = (pkg: EventPackage | undefined): number => pkg?.event.packageVersion ?? 0;

/**
 * Stores `next` if it is newer than the package the tablet holds, with a notice of what changed, in
 * one transaction. Sheets and the change log are not touched: a score for a moved or withdrawn team
 * stays exactly as it was. Returns false when the tablet already had this version or a newer one.
 */
export async function applyPackageUpdate(next: EventPackage, at: string): Promise<boolean> {
  return db.transaction('rw', [db.events, db.meta], async () => {
    const current = (await db.events.get(next.event.id))?.pkg;
    if (current && packageVersionOf(current) >= packageVersionOf(next)) return false;
    await putEventPackage(next, 'enrolled');
    await db.meta.delete(PROBLEM);
    if (current) await db.meta.put({ key: NOTICE, value: noticeOf(current, next, at) });
    return true;
  });
}

/** The tablet refused a package: kept to report to the server and tell the juror; the old one stays. */
export async function recordPackageProblem(problem: PackageProblem, eventId: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: PROBLEM, value: problem });
    const notice: PackageNotice = {
      eventId,
      version: problem.version ?? 0,
      at: problem.at,
      moved: [],
      added: [],
      removed: [],
      rubricChanged: false,
      refused: true,
    };
    await db.meta.put({ key: NOTICE, value: notice });
  });
}

export async function getPackageProblem(): Promise<PackageProblem | undefined> {
  const parsed = v.safeParse(PackageProblemSchema, (await db.meta.get(PROBLEM))?.value);
  return parsed.success ? parsed.output : undefined;
}

function noticeOf(before: EventPackage, after: EventPackage, at: string): PackageNotice {
  const diff = diffSchedules(before, after);
  const noticeTeam = (team: { id: string; title: string }, pkg: EventPackage) => {
    const slot = slotOf(pkg, team.id);
    return { title: team.title, day: slot?.day ?? null, start: slot?.start ?? null };
  };
  return {
    eventId: after.event.id,
    version: packageVersionOf(after),
    at,
    moved: diff.moved.map((m) => noticeTeam(m.team, after)),
    added: diff.added.map((t) => noticeTeam(t, after)),
    removed: diff.removed.map((t) => noticeTeam(t, before)),
    rubricChanged: JSON.stringify(before.rubric) !== JSON.stringify(after.rubric),
    refused: false,
  };
}

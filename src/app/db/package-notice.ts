/** The juror's notice of the last schedule change (written by package-update-repo), read live by the schedule. */
import { db } from '#app/db/database.ts';
import { useLiveQuery } from '#app/db/use-live-query.ts';

/** The notice as stored, unchecked: the lazily loaded banner validates it before showing anything. */
export function usePackageNotice(): unknown {
  return useLiveQuery(async () => (await db.meta.get('packageNotice'))?.value ?? null, []);
}

export async function dismissPackageNotice(): Promise<void> {
  await db.meta.delete('packageNotice');
}

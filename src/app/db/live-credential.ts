/**
 * The enrolled credential, live. Apart from live.ts because the credential's schema (and with it the
 * validation library) is needed only by the screens that ask, not by the schedule in the first load.
 */
import { type Credential, getCredential } from '#app/db/credential-repo.ts';
import { useLiveQuery } from '#app/db/use-live-query.ts';

/** The enrolled credential, or null on a tablet that is not enrolled; undefined while loading. */
export function useCredential(): Credential | null | undefined {
  return useLiveQuery(async () => (await getCredential()) ?? null, []);
}

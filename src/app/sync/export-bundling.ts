/**
 * Before an export, the juror's changes not bundled yet are signed into bundles exactly as a sync
 * pass does before it uploads (re-sealing first what an earlier secret signed): the file then holds
 * the very bundles the loop will send, so the server counts them once whichever way they arrive.
 * Bundling is safe beside a running pass (buildNextBundle re-checks before it stores).
 */
import { resealPendingBundles } from '#app/db/bundle-reseal.ts';
import type { Credential } from '#app/db/credential-repo.ts';
import { buildNextBundle } from '#app/db/outbox-repo.ts';

const MAX_ROUNDS = 200;

/** Bundles what it can; returns the name of the storage error that stopped it, or null. */
export async function bundleUnsent(credential: Credential, now = new Date()): Promise<string | null> {
  try {
    await resealPendingBundles(credential);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const result = await buildNextBundle(credential, now);
      if (result.kind === 'nothing' || result.kind === 'blocked') return null;
    }
    return null;
  } catch (error) {
    return typeof error === 'object' && error !== null && 'name' in error
      ? String(error.name)
      : String(error);
  }
}

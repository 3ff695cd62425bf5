/**
 * What became of the ids this tablet had before the panitia revoked them: whether the next enrollment
 * continued the revoked id's uploads, or found that this tablet's record disagrees with the server's
 * (red: the panitia must look). Nothing when the tablet never had another id.
 */
import type { RetiredDevice } from '#app/db/device-identity.ts';
import { useSyncT } from '#app/i18n/use-sync-t.ts';

export function DeviceHistoryNote({ retired }: { retired: readonly RetiredDevice[] }) {
  const t = useSyncT().sync;
  const continued = retired.filter((d) => d.finalHead);
  if (continued.length === 0) return null;
  return (
    <>
      {continued.map(({ deviceId, finalHead }) =>
        finalHead?.check === 'mismatch' ? (
          <p
            key={deviceId}
            class="sync-problem sync-problem-action"
            data-testid="sync-head-mismatch"
            data-device={deviceId}
          >
            {t.headMismatch(deviceId)}
            {finalHead.reason && <span class="muted sync-detail"> {t.problemDetail(finalHead.reason)}</span>}
          </p>
        ) : (
          <p key={deviceId} class="muted" data-testid="sync-continued" data-device={deviceId}>
            {t.continuedFrom(deviceId)}
          </p>
        ),
      )}
    </>
  );
}

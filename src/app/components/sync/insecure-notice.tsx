/**
 * Shown instead of the enrollment form outside a secure context: enrolling there would spend the code
 * and leave a tablet that can never sign a bundle. Says why and what the panitia must do.
 */
import { useSyncT } from '#app/i18n/use-sync-t.ts';

export function InsecureNotice({ origin }: { origin: string }) {
  const t = useSyncT().sync;
  return (
    <section class="card insecure-notice" role="alert" data-testid="insecure-notice">
      <h2>{t.insecureTitle}</h2>
      <p>{t.insecureWhy(origin)}</p>
      <p>
        <strong>{t.insecureWhat}</strong>
      </p>
    </section>
  );
}

/**
 * The band that makes practice unmistakable: striped, in capitals, on every screen of practice mode,
 * saying in words (not only in colour) that these scores never reach the panitia.
 */
import { useT } from '#app/i18n/index.ts';

export function PracticeBand() {
  const t = useT();
  return (
    <div class="practice-band" data-testid="practice-band">
      <p>
        <strong>{t.common.practiceBand}</strong> · {t.common.practiceBandNote}
      </p>
    </div>
  );
}

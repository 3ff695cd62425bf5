/**
 * "Ekspor nilai": the way to the export screen, offered on "Nilai saya", on the status screen and
 * wherever a save failed (there in stronger words: what is saved can still be taken off the tablet).
 */
import { useExportT } from '#app/i18n/use-export-t.ts';

export function ExportLink({ afterFailure = false }: { afterFailure?: boolean }) {
  const t = useExportT().exp;
  return (
    <a
      class={afterFailure ? 'btn btn-primary export-link' : 'btn export-link'}
      href="/ekspor"
      data-testid="export-link"
    >
      {afterFailure ? t.offerAfterFailure : t.offer}
    </a>
  );
}

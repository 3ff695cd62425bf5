/**
 * "Ekspor nilai": the way to the export screen, offered on "Nilai saya", on the status screen and
 * wherever a save failed (there in stronger words: what is saved can still be taken off the tablet).
 */
import exportOffer from '#app/i18n/dict/export-offer.ts';
import { areaHook } from '#app/i18n/index.ts';

const useOfferT = areaHook('offer', exportOffer);

export function ExportLink({ afterFailure = false }: { afterFailure?: boolean }) {
  const t = useOfferT().offer;
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

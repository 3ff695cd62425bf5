/**
 * The way to the export, offered on several screens (export-link.tsx): kept apart from the export
 * screen's own strings so each of those screens carries only these two.
 */
const id = {
  offer: 'Ekspor nilai',
  offerAfterFailure: 'Amankan nilai yang sudah tersimpan: ekspor nilai',
};

const en: typeof id = {
  offer: 'Export scores',
  offerAfterFailure: 'Keep the scores already saved safe: export scores',
};

export default { id, en };

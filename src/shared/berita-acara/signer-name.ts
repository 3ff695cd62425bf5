/**
 * A signer's name as printed under the signature. Names are printed as stored (degrees and their
 * punctuation vary between sources, so Juri never rewrites them); with the event's "names in capitals"
 * setting the name itself is capitalised while titles before it (Dr., Ir., dr.) and degrees after the
 * first comma (S.E., M.Si.) keep their own spelling: "Dr. RETNO KUSUMAWARDANI, M.Si.".
 */

const TITLE = /^[A-Za-z]{1,5}\.$/;

export function signerName(name: string, capitals: boolean): string {
  if (!capitals) return name;
  const comma = name.indexOf(',');
  const head = comma < 0 ? name : name.slice(0, comma);
  const degrees = comma < 0 ? '' : name.slice(comma);
  const words = head.split(' ');
  let i = 0;
  while (i < words.length - 1 && TITLE.test(words[i] ?? '')) i++;
  const titles = words.slice(0, i);
  const rest = words.slice(i).map((w) => w.toLocaleUpperCase('id-ID'));
  return [...titles, ...rest].join(' ') + degrees;
}

/** Schemas for free text at the edges, built on the limits and the well-formedness rule of text.ts. */
import * as v from 'valibot';
import { isWellFormed, TEXT_LIMITS } from '#shared/text.ts';

const WELL_FORMED_MESSAGE = 'teks berisi karakter yang tidak sah (surrogate tunggal)';

/** Free text of at most `max` UTF-16 code units (what an HTML maxLength counts). */
export function textSchema(max: number) {
  return v.pipe(
    v.string(),
    v.check(isWellFormed, WELL_FORMED_MESSAGE),
    v.maxLength(max, `paling banyak ${max} karakter`),
  );
}

/**
 * A reason: not blank and stored exactly as typed. The tablet trims before recording, so a reason
 * with surrounding spaces was changed after signing: it is refused, never trimmed into shape.
 */
export const ReasonSchema = v.pipe(
  textSchema(TEXT_LIMITS.reason),
  v.minLength(1, 'alasan wajib diisi'),
  v.check((s) => s.trim() === s, 'alasan tidak boleh diawali atau diakhiri spasi'),
);

/**
 * Text an organizer types or imports (names, titles, places), not signed evidence: trimming what a
 * spreadsheet cell carried around a name is a kindness here (bundles and requests never transform).
 */
export function organizerText(max: number, required = 'wajib diisi') {
  return v.pipe(
    v.string(),
    v.check(isWellFormed, 'teks berisi karakter yang tidak sah'),
    v.trim(),
    v.minLength(1, required),
    v.maxLength(max, `paling banyak ${max} karakter`),
  );
}

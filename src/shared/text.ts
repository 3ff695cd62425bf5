/**
 * Free text a juror or organizer writes, and how long it may be. The limits are the same numbers the
 * tablet's fields enforce (maxLength), so a tablet never records a change the server would refuse.
 * Text must be well-formed Unicode: a lone surrogate (half of an emoji, "\ud800") cannot be stored
 * as UTF-8 and came back as U+FFFD from one table while another kept the original.
 */
import * as v from 'valibot';

export const TEXT_LIMITS = {
  /** A note on one criterion. */
  note: 2000,
  /** The comment on a whole sheet. */
  comment: 2000,
  /** Why a final sheet is edited or a conflict of interest declared or withdrawn. */
  reason: 500,
} as const;

/**
 * Entries on one sheet's audit trail (changes that carried a reason). Every save on a final sheet is
 * one, so a juror rewording a note after finalising adds one per pause in typing (the tablet saves
 * 800 ms after the last key): a busy sheet gathers dozens. Five hundred is far beyond a panel's use
 * and still bounds what one sheet can grow to (each entry is at most two texts and a reason).
 */
export const MAX_AUDIT_ENTRIES = 500;

// With the u flag a surrogate pair is one code point, so this matches only a surrogate left alone.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Whether `text` is well-formed Unicode (no lone surrogates): storable as UTF-8 without loss. */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

const WELL_FORMED_MESSAGE = 'teks berisi karakter yang tidak sah (surrogate tunggal)';

/** Any string, as long as it is well-formed Unicode. */
export const WellFormedStringSchema = v.pipe(v.string(), v.check(isWellFormed, WELL_FORMED_MESSAGE));

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

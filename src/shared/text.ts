/**
 * Free text a juror or organizer writes, and how long it may be. The limits are the same numbers the
 * tablet's fields enforce (maxLength), so a tablet never records a change the server would refuse.
 * Text must be well-formed Unicode: a lone surrogate (half of an emoji, "\ud800") cannot be stored
 * as UTF-8 and came back as U+FFFD from one table while another kept the original. The schemas built
 * on these rules are in text-schema.ts: the tablet's save path checks text without the validation library.
 */
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

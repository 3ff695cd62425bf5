/** Random credentials and codes. Tokens are stored only as their sha256; secrets must be kept to verify HMACs. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ENROLLMENT_CODE_ALPHABET, ENROLLMENT_CODE_LENGTH } from '#shared/api.ts';

export const newToken = (): string => randomBytes(32).toString('base64url');
export const newSecret = (): string => randomBytes(32).toString('hex');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** 8 characters from a 32-letter alphabet: 40 bits; 256 is a multiple of 32, so no modulo bias. */
export function newEnrollmentCode(): string {
  const bytes = randomBytes(ENROLLMENT_CODE_LENGTH);
  return Array.from(bytes, (b) => ENROLLMENT_CODE_ALPHABET[b % ENROLLMENT_CODE_ALPHABET.length]).join('');
}

/** Compares two tokens without leaking where they differ (hashing first equalises the lengths). */
export function tokensEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

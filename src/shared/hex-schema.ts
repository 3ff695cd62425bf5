/** A SHA-256 digest or HMAC-SHA256 signature as it travels: 64 lower-case hex digits (hex.ts encodes them). */
import * as v from 'valibot';

export const Hex64Schema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'harus 64 digit heksadesimal'));

/**
 * What an enrollment card's QR code holds, validated where it enters the tablet (the camera): the
 * card's link (`https://…/enroll?code=ABCD-EFGH`) or, typed into a QR by hand, the bare code. Either
 * way the code must pass the same schema as a typed one; anything else (a URL of some other site, a
 * Wi-Fi QR on the wall) is refused.
 */
import * as v from 'valibot';
import { EnrollmentCodeSchema } from '#shared/api.ts';

const ENROLL_LINK = /^https?:\/\/[^/?#\s]+\/enroll\?(?:[^#\s]*&)?code=([^&#\s]+)(?:[&#]\S*)?$/i;

export const EnrollmentQrSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(500, 'isi kode QR terlalu panjang'),
  v.transform((text) => ENROLL_LINK.exec(text)?.[1] ?? text),
  EnrollmentCodeSchema,
);

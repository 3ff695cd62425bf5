/**
 * The HTTP contract between the tablet and the upload server: request and response bodies, the error
 * envelope and its stable codes. Both sides validate with these schemas, so a change here is a change
 * to the protocol.
 */
import * as v from 'valibot';
import { BundleReceiptSchema } from '#shared/bundle.ts';
import { EventPackageSchema } from '#shared/event.ts';
import { Hex64Schema } from '#shared/hex-schema.ts';
import { DeviceIdSchema, IdSchema } from '#shared/ids.ts';
import { NextSeqSchema, SeqSchema } from '#shared/seq.ts';
import { ScoreSheetSchema } from '#shared/sheet-schema.ts';

export { type HealthResponse, HealthResponseSchema } from '#shared/health.ts';
export { DeviceIdSchema } from '#shared/ids.ts';
export { ScoreSheetSchema } from '#shared/sheet-schema.ts';

/** Every error code the server answers with, and the HTTP status it always comes with. */
export const API_ERROR_STATUS = {
  invalid_json: 400,
  invalid_request: 400,
  invalid_bundle: 400,
  invalid_change: 400,
  unauthorized: 401,
  revoked: 401,
  forbidden: 403,
  device_revoked: 403,
  not_found: 404,
  event_not_found: 404,
  juror_not_found: 404,
  device_not_found: 404,
  code_not_found: 404,
  code_used: 410,
  code_expired: 410,
  bundle_conflict: 409,
  team_not_found: 404,
  team_exists: 409,
  /** The rubric is locked because scores have arrived: unlock it with a reason first. */
  rubric_locked: 409,
  /** The event changed since the organizer's preview: look at the new version first. */
  version_conflict: 409,
  /** Another team already presents in that room at that time. */
  slot_taken: 409,
  /** The event cannot be used by tablets yet (no team or no juror). */
  event_incomplete: 409,
  event_exists: 409,
  /** A juror who has scores or a tablet cannot be removed. */
  juror_active: 409,
  /** The raw bundles do not reproduce the stored sheets (or do not fit the rubric): the message names the team. */
  results_mismatch: 409,
  /** A committee draw names teams that the declared rules do not leave level for a draw. */
  tie_not_found: 409,
  sequence_gap: 409,
  device_taken: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  bad_signature: 422,
  /** An imported score file was not taken (tampered, unknown device, conflict…): the reply's report says which. */
  score_file_refused: 422,
  broken_chain: 422,
  rate_limited: 429,
  internal: 500,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/**
 * `{ "error": { "code", "message" } }`; a sequence gap adds the sequence the server expects.
 * Replies (this and the other response schemas) are plain objects, not strict: a newer server may add
 * a member without breaking tablets already in the field. Requests are strict.
 */
export const ApiErrorSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    expectedSeq: v.optional(NextSeqSchema),
  }),
});
export type ApiError = v.InferOutput<typeof ApiErrorSchema>;

/** Largest accepted request body; the server answers 413 before reading further. */
export const MAX_BODY_BYTES = 512 * 1024;

/** Enrollment codes avoid characters that are easy to misread: no 0/O and no 1/I. */
export const ENROLLMENT_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ENROLLMENT_CODE_LENGTH = 8;
const CODE_PATTERN = new RegExp(`^[${ENROLLMENT_CODE_ALPHABET}]{${ENROLLMENT_CODE_LENGTH}}$`);
const CODE_MESSAGE = `kode harus ${ENROLLMENT_CODE_LENGTH} huruf/angka`;

/** A typed code is forgiving: case, spaces and dashes do not matter. For what people type, not the wire. */
export const EnrollmentCodeSchema = v.pipe(
  v.string(),
  v.transform((s) => s.replace(/[\s-]/g, '').toUpperCase()),
  v.regex(CODE_PATTERN, CODE_MESSAGE),
);

/** POST /api/admin/enrollments (organizer). */
export const CreateEnrollmentRequestSchema = v.strictObject({ jurorId: IdSchema, eventId: IdSchema });
export const CreateEnrollmentResponseSchema = v.object({
  code: v.string(),
  url: v.string(),
  expiresAt: v.string(),
  jurorId: v.string(),
});
export type CreateEnrollmentResponse = v.InferOutput<typeof CreateEnrollmentResponseSchema>;

/**
 * POST /api/enroll (the tablet). `firstSeq` is the first change-log seq this credential will upload.
 * The code arrives as the tablet normalised it (EnrollmentCodeSchema), never reshaped here. A tablet
 * enrolling a deviceId the server already knows must also send that device's current token
 * (Authorization: Bearer …): a device id alone does not prove anything.
 *
 * A revoked device stays revoked, so its tablet enrolls under a new deviceId and names the revoked one
 * as `previousDeviceId`: when that device belonged to the code's event and juror, the new chain
 * continues where the revoked one ended (EnrollResponse.previous).
 */
export const EnrollRequestSchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(CODE_PATTERN, CODE_MESSAGE)),
  deviceId: DeviceIdSchema,
  firstSeq: SeqSchema,
  previousDeviceId: v.optional(DeviceIdSchema),
});
export type EnrollRequest = v.InferOutput<typeof EnrollRequestSchema>;

export const EnrollResponseSchema = v.object({
  device: v.object({
    deviceId: v.string(),
    token: v.pipe(v.string(), v.minLength(1)),
    secret: v.pipe(v.string(), v.minLength(1)),
  }),
  juror: v.object({ id: v.string(), name: v.string() }),
  eventId: v.string(),
  package: EventPackageSchema,
  /** Where this device's chain stands: the next bundle must start at expectedSeq and carry prevHash. */
  sync: v.object({ expectedSeq: NextSeqSchema, prevHash: Hex64Schema }),
  /**
   * The juror's sheets as the server holds them, from every device: a replacement tablet starts from
   * these, so it checks its edits against the same finals and conflicts the server will. Optional so
   * a server without it still enrolls a tablet.
   */
  sheets: v.optional(v.array(ScoreSheetSchema), []),
  /**
   * Only when this enrollment continues the revoked `previousDeviceId` (same event and juror): that
   * device's final chain head, which cannot move any more. The server holds the revoked device's
   * changes up to `nextSeq − 1`, ending with the bundle whose hash is `lastHash`, and nothing after;
   * this credential's chain then starts at `nextSeq` (sync.expectedSeq) from the genesis hash.
   */
  previous: v.optional(v.object({ deviceId: v.string(), nextSeq: NextSeqSchema, lastHash: Hex64Schema })),
});
export type EnrollResponse = v.InferOutput<typeof EnrollResponseSchema>;

/** POST /api/bundles answers 201 (new) or 200 (the same bundle again) with this body. */
export const BundleAcceptedSchema = v.object({ receipt: BundleReceiptSchema });

/** GET /api/admin/events/:eventId/sheets (organizer). */
export const EventSheetsResponseSchema = v.object({ eventId: v.string(), sheets: v.array(ScoreSheetSchema) });
export type EventSheetsResponse = v.InferOutput<typeof EventSheetsResponseSchema>;

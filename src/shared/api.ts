/**
 * The HTTP contract between the tablet and the upload server: request and response bodies, the error
 * envelope and its stable codes. Both sides validate with these schemas, so a change here is a change
 * to the protocol.
 */
import * as v from 'valibot';
import { BundleReceiptSchema } from '#shared/bundle.ts';
import { EventPackageSchema } from '#shared/event.ts';
import { ChangeKindSchema, ChangeValueSchema, SHEET_STATUSES } from '#shared/sheet-schema.ts';

/** Every error code the server answers with, and the HTTP status it always comes with. */
export const API_ERROR_STATUS = {
  invalid_json: 400,
  invalid_request: 400,
  invalid_bundle: 400,
  invalid_change: 400,
  unauthorized: 401,
  revoked: 401,
  forbidden: 403,
  not_found: 404,
  event_not_found: 404,
  juror_not_found: 404,
  device_not_found: 404,
  code_not_found: 404,
  code_used: 410,
  code_expired: 410,
  bundle_conflict: 409,
  /** The raw bundles do not reproduce the stored sheets (or do not fit the rubric): the message names the team. */
  results_mismatch: 409,
  sequence_gap: 409,
  payload_too_large: 413,
  bad_signature: 422,
  broken_chain: 422,
  rate_limited: 429,
  internal: 500,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;
export type ApiErrorStatus = (typeof API_ERROR_STATUS)[ApiErrorCode];

/** `{ "error": { "code", "message" } }`; a sequence gap adds the sequence the server expects. */
export const ApiErrorSchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    expectedSeq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
});
export type ApiError = v.InferOutput<typeof ApiErrorSchema>;

/** Largest accepted request body; the server answers 413 before reading further. */
export const MAX_BODY_BYTES = 512 * 1024;

/** Enrollment codes avoid characters that are easy to misread: no 0/O and no 1/I. */
export const ENROLLMENT_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ENROLLMENT_CODE_LENGTH = 8;
const CODE_PATTERN = new RegExp(`^[${ENROLLMENT_CODE_ALPHABET}]{${ENROLLMENT_CODE_LENGTH}}$`);

/** A typed code is forgiving: case, spaces and dashes do not matter. */
export const EnrollmentCodeSchema = v.pipe(
  v.string(),
  v.transform((s) => s.replace(/[\s-]/g, '').toUpperCase()),
  v.regex(CODE_PATTERN, `kode harus ${ENROLLMENT_CODE_LENGTH} huruf/angka`),
);

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id tidak sah'));
export const DeviceIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,80}$/, 'deviceId tidak sah'));
const Seq = v.pipe(v.number(), v.integer(), v.minValue(1));
const Hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

export const HealthResponseSchema = v.object({ ok: v.literal(true), time: v.string() });

/** POST /api/admin/enrollments (organizer). */
export const CreateEnrollmentRequestSchema = v.object({ jurorId: Id, eventId: Id });
export const CreateEnrollmentResponseSchema = v.object({
  code: v.string(),
  url: v.string(),
  expiresAt: v.string(),
  jurorId: v.string(),
});
export type CreateEnrollmentResponse = v.InferOutput<typeof CreateEnrollmentResponseSchema>;

const AuditEntrySchema = v.object({
  seq: Seq,
  at: v.string(),
  kind: ChangeKindSchema,
  criterionId: v.nullable(v.string()),
  oldValue: ChangeValueSchema,
  newValue: ChangeValueSchema,
  reason: v.string(),
});

/** A materialised score sheet, as the server stores and lists it. */
export const ScoreSheetSchema = v.object({
  eventId: v.string(),
  jurorId: v.string(),
  teamId: v.string(),
  status: v.picklist(SHEET_STATUSES),
  scores: v.record(v.string(), v.number()),
  notes: v.record(v.string(), v.string()),
  comment: v.string(),
  coiReason: v.nullable(v.string()),
  updatedAt: v.string(),
  lastSeq: v.number(),
  audit: v.array(AuditEntrySchema),
});

/** POST /api/enroll (the tablet). `firstSeq` is the first change-log seq this credential will upload. */
export const EnrollRequestSchema = v.object({
  code: EnrollmentCodeSchema,
  deviceId: DeviceIdSchema,
  firstSeq: Seq,
});
export type EnrollRequest = v.InferInput<typeof EnrollRequestSchema>;

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
  sync: v.object({ expectedSeq: Seq, prevHash: Hex64 }),
  /**
   * The juror's sheets as the server holds them, from every device: a replacement tablet starts from
   * these, so it checks its edits against the same finals and conflicts the server will. Optional so
   * a server without it still enrolls a tablet.
   */
  sheets: v.optional(v.array(ScoreSheetSchema), []),
});
export type EnrollResponse = v.InferOutput<typeof EnrollResponseSchema>;

/** POST /api/bundles answers 201 (new) or 200 (the same bundle again) with this body. */
export const BundleAcceptedSchema = v.object({ receipt: BundleReceiptSchema });
export type BundleAccepted = v.InferOutput<typeof BundleAcceptedSchema>;

export const RevokeResponseSchema = v.object({ deviceId: v.string(), revokedAt: v.string() });

/** GET /api/admin/events/:eventId/sheets (organizer). */
export const EventSheetsResponseSchema = v.object({ eventId: v.string(), sheets: v.array(ScoreSheetSchema) });

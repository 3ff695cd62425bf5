/**
 * The change-log entry schema, kept apart from the replay logic in sheet.ts so the tablet's save path
 * does not pull the validation library into the first load; schemas are needed at the edges only.
 */
import * as v from 'valibot';

export const SHEET_STATUSES = ['draft', 'final', 'coi'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id tidak sah'));
const Reason = v.pipe(v.string(), v.trim(), v.minLength(1, 'alasan wajib diisi'), v.maxLength(500));

export const ChangeKindSchema = v.picklist(['score', 'note', 'comment', 'status']);
export const ChangeValueSchema = v.nullable(
  v.union([v.pipe(v.number(), v.finite()), v.pipe(v.string(), v.maxLength(2000))]),
);

/** One entry of a device's append-only change log. `seq` increases by one per device. */
export const ChangeEntrySchema = v.object({
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  eventId: Id,
  jurorId: Id,
  teamId: Id,
  kind: ChangeKindSchema,
  /** The criterion for 'score' and 'note'; null otherwise. */
  criterionId: v.nullable(Id),
  oldValue: ChangeValueSchema,
  newValue: ChangeValueSchema,
  at: v.pipe(v.string(), v.isoTimestamp('waktu harus ISO 8601')),
  reason: v.optional(Reason),
});
export type ChangeEntry = v.InferOutput<typeof ChangeEntrySchema>;
export type ChangeKind = ChangeEntry['kind'];
export type ChangeValue = ChangeEntry['newValue'];

/**
 * The change-log entry and score-sheet schemas, kept apart from the replay logic in sheet.ts so the
 * tablet's save path does not pull the validation library into the first load; schemas are needed at
 * the edges only. The sheet types are inferred from these schemas, so they cannot drift apart.
 *
 * A change entry is part of a signed bundle: strict (an unknown member is refused, not dropped) and
 * without transforming actions, so what is validated is exactly what was signed and is stored.
 */
import * as v from 'valibot';
import { IdSchema } from '#shared/ids.ts';
import { SeqSchema } from '#shared/seq.ts';
import { TEXT_LIMITS } from '#shared/text.ts';
import { ReasonSchema, textSchema } from '#shared/text-schema.ts';

export const SHEET_STATUSES = ['draft', 'final', 'coi'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

export const ChangeKindSchema = v.picklist(['score', 'note', 'comment', 'status']);
/** A score, a note or comment, a status, or null (cleared). Per-kind limits are in validateChange. */
export const ChangeValueSchema = v.nullable(
  v.union([v.pipe(v.number(), v.finite()), textSchema(Math.max(TEXT_LIMITS.note, TEXT_LIMITS.comment))]),
);

/** One entry of a device's append-only change log. `seq` increases by one per device. */
export const ChangeEntrySchema = v.strictObject({
  seq: SeqSchema,
  eventId: IdSchema,
  jurorId: IdSchema,
  teamId: IdSchema,
  kind: ChangeKindSchema,
  /** The criterion for 'score' and 'note'; null otherwise. */
  criterionId: v.nullable(IdSchema),
  oldValue: ChangeValueSchema,
  newValue: ChangeValueSchema,
  at: v.pipe(v.string(), v.isoTimestamp('waktu harus ISO 8601')),
  reason: v.optional(ReasonSchema),
});
export type ChangeEntry = v.InferOutput<typeof ChangeEntrySchema>;
export type ChangeKind = ChangeEntry['kind'];
export type ChangeValue = ChangeEntry['newValue'];

/** A change that carried a reason, as the sheet's audit trail shows it. */
export const AuditEntrySchema = v.object({
  seq: SeqSchema,
  at: v.string(),
  kind: ChangeKindSchema,
  criterionId: v.nullable(v.string()),
  oldValue: ChangeValueSchema,
  newValue: ChangeValueSchema,
  reason: v.string(),
});
export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;

/**
 * A score sheet: the replay of its changes, on the tablet and on the server alike. Not strict: it is
 * read back from storage and from server replies, where a newer server may add a member.
 */
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
  /** 0 for a sheet no change has touched yet. */
  lastSeq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Changes that carried a reason: edits after finalising, conflict declarations. */
  audit: v.array(AuditEntrySchema),
});
export type ScoreSheet = v.InferOutput<typeof ScoreSheetSchema>;

/**
 * The organizer console's HTTP contract (/api/admin/…): request bodies the server validates at its
 * edge and replies the console validates before showing them. Every route needs the organizer token.
 */
import * as v from 'valibot';
import {
  AGENCY_TYPES,
  EventDraftSchema,
  EventInfoSchema,
  JurorSchema,
  RubricSchema,
  TeamSchema,
} from '#shared/event.ts';
import { IdSchema } from '#shared/ids.ts';
import { SHEET_STATUSES } from '#shared/sheet-schema.ts';

const Id = IdSchema;
const Reason = v.pipe(v.string(), v.trim(), v.minLength(3, 'alasan wajib diisi'), v.maxLength(500));
const Version = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Where scoring stands for the rubric: it locks when the first score arrives. */
export const RubricLockSchema = v.object({
  firstScoreAt: v.nullable(v.string()),
  locked: v.boolean(),
  unlockedAt: v.nullable(v.string()),
  unlockReason: v.nullable(v.string()),
});
export type RubricLock = v.InferOutput<typeof RubricLockSchema>;

export const EventDetailSchema = v.object({
  package: EventDraftSchema,
  rubricLock: RubricLockSchema,
});
export type EventDetail = v.InferOutput<typeof EventDetailSchema>;

export const EventSummarySchema = v.object({
  id: v.string(),
  name: v.string(),
  days: v.array(v.string()),
  packageVersion: v.number(),
  teams: v.number(),
  jurors: v.number(),
  scored: v.boolean(),
});
export const EventListSchema = v.object({ events: v.array(EventSummarySchema) });
export type EventSummary = v.InferOutput<typeof EventSummarySchema>;

/** The event's own settings, as the organizer edits them (the id and version are the server's). */
export const EventInfoInputSchema = v.omit(EventInfoSchema, ['id', 'packageVersion']);
export type EventInfoInput = v.InferOutput<typeof EventInfoInputSchema>;

export const CreateEventRequestSchema = v.object({
  ...EventInfoInputSchema.entries,
  id: Id,
  /** One of RUBRIC_PRESETS' ids; the first preset when absent. */
  rubricPreset: v.optional(Id),
});

/** One row of a validated team list, as the console sends it; the server checks it again. */
export const ImportRowSchema = v.object({
  row: v.pipe(v.number(), v.integer(), v.minValue(2)),
  no: v.number(),
  agency: v.string(),
  agencyType: v.string(),
  title: v.string(),
  summary: v.string(),
  day: v.string(),
  start: v.string(),
  room: v.string(),
});
export const ImportRequestSchema = v.object({
  /** The version the preview was made against: a newer one on the server answers version_conflict. */
  baseVersion: Version,
  rows: v.pipe(v.array(ImportRowSchema), v.minLength(1, 'minimal satu peserta'), v.maxLength(500)),
});
export type ImportRequest = v.InferOutput<typeof ImportRequestSchema>;

const SlotInputSchema = v.object({
  day: v.pipe(v.string(), v.isoDate('harus tanggal YYYY-MM-DD')),
  start: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'harus jam HH:MM')),
  room: v.pipe(v.string(), v.trim(), v.minLength(1, 'wajib diisi'), v.maxLength(80)),
});

/** Add or edit a team and its slot (a late team, a moved slot). */
export const SaveTeamRequestSchema = v.object({
  ...v.pick(TeamSchema, ['agency', 'title', 'summary', 'no']).entries,
  agencyType: v.picklist(AGENCY_TYPES, 'jenis instansi tidak dikenal'),
  slot: v.nullable(SlotInputSchema),
  /** Adding a team: refused (team_exists) when the id is already taken, so nothing is overwritten. */
  create: v.optional(v.boolean()),
});
export type SaveTeamRequest = v.InferInput<typeof SaveTeamRequestSchema>;

export const SwapSlotsRequestSchema = v.object({ teamA: Id, teamB: Id });

/** The console edits weights as percentages: they must add up to 100. */
export const SaveRubricRequestSchema = v.object({
  rubric: v.pipe(
    RubricSchema,
    v.forward(
      v.check(
        (r) => Math.abs(r.criteria.reduce((sum, c) => sum + c.weight, 0) - 100) < 0.01,
        (issue) =>
          `bobot harus berjumlah 100% (sekarang ${String(issue.input.criteria.reduce((sum, c) => sum + c.weight, 0))}%)`,
      ),
      ['criteria'],
    ),
  ),
  /** Kept in the audit trail; the unlock's reason when absent. */
  reason: v.optional(Reason),
});

export const UnlockRubricRequestSchema = v.object({ reason: Reason });

export const SaveJurorRequestSchema = v.pick(JurorSchema, ['name', 'title', 'institution']);
export type SaveJurorRequest = v.InferInput<typeof SaveJurorRequestSchema>;

export const SetConflictRequestSchema = v.object({
  jurorId: Id,
  teamId: Id,
  /** null clears the declaration. */
  reason: v.nullable(Reason),
});

export const EnrollmentCardSchema = v.object({
  jurorId: v.string(),
  name: v.string(),
  title: v.optional(v.string()),
  institution: v.optional(v.string()),
  code: v.string(),
  url: v.string(),
  expiresAt: v.string(),
  /** The juror has a tablet with a live credential. */
  enrolled: v.boolean(),
});
export type EnrollmentCard = v.InferOutput<typeof EnrollmentCardSchema>;
export const EnrollmentCardsSchema = v.object({ cards: v.array(EnrollmentCardSchema) });

export const DeviceInfoSchema = v.object({
  deviceId: v.string(),
  jurorId: v.string(),
  enrolledAt: v.string(),
  revokedAt: v.nullable(v.string()),
  lastSeenAt: v.nullable(v.string()),
  appVersion: v.nullable(v.string()),
  /** Changes the tablet said it still holds unconfirmed, at its last contact. */
  queueLength: v.nullable(v.number()),
  packageVersion: v.nullable(v.number()),
  /** The tablet refused the last package it fetched (failed validation), in its words. */
  packageProblem: v.nullable(v.string()),
});
export type DeviceInfo = v.InferOutput<typeof DeviceInfoSchema>;
export const DeviceListSchema = v.object({ devices: v.array(DeviceInfoSchema) });

/** POST /api/admin/devices/:deviceId/revoke. */
export const RevokeResponseSchema = v.object({ deviceId: v.string(), revokedAt: v.string() });
export type RevokeResponse = v.InferOutput<typeof RevokeResponseSchema>;

export const ReplaceDeviceResponseSchema = v.object({
  device: DeviceInfoSchema,
  card: EnrollmentCardSchema,
});

export const PROGRESS_FLAGS = ['withdrawn', 'moved'] as const;
export const ProgressCellSchema = v.object({
  jurorId: v.string(),
  teamId: v.string(),
  status: v.picklist([...SHEET_STATUSES, 'none']),
  /** Declared by the organizer in advance (status is then 'coi' unless the juror already scored). */
  declaredConflict: v.boolean(),
  updatedAt: v.nullable(v.string()),
  flags: v.array(v.picklist(PROGRESS_FLAGS)),
});
export type ProgressCell = v.InferOutput<typeof ProgressCellSchema>;
export const ProgressResponseSchema = v.object({
  generatedAt: v.string(),
  package: EventDraftSchema,
  cells: v.array(ProgressCellSchema),
});
export type ProgressResponse = v.InferOutput<typeof ProgressResponseSchema>;

export const AUDIT_KINDS = [
  'event_created',
  'info_changed',
  'teams_imported',
  'team_saved',
  'team_withdrawn',
  'slots_swapped',
  'rubric_changed',
  'rubric_unlocked',
  'juror_saved',
  'juror_removed',
  'conflict_declared',
  'code_issued',
  'device_revoked',
  'minutes_settings_changed',
  /** The committee recorded the order of teams the declared tie-break rules left level. */
  'tie_drawn',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AuditEntrySchema = v.object({
  id: v.number(),
  at: v.string(),
  version: v.number(),
  kind: v.picklist(AUDIT_KINDS),
  summary: v.string(),
  reason: v.nullable(v.string()),
  /** The event already had scores: the berita acara lists these. */
  afterFirstScore: v.boolean(),
});
export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;
export const AuditListSchema = v.object({ entries: v.array(AuditEntrySchema) });

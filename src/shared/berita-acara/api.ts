/**
 * The berita acara's HTTP contract (organizer only): its settings, and everything the document is
 * built from, read by the server in one go so the ranking, the fingerprint and the records printed
 * beside them all come from the same accepted bundles.
 */
import * as v from 'valibot';
import { AuditEntrySchema as EventAuditEntrySchema } from '#shared/admin-api.ts';
import { MinutesSettingsSchema } from '#shared/berita-acara/settings.ts';
import { EventDraftSchema } from '#shared/event.ts';
import { EventResultsResponseSchema } from '#shared/results/results-schema.ts';
import { SHEET_STATUSES, AuditEntrySchema as SheetAuditEntrySchema } from '#shared/sheet-schema.ts';

/** GET and PUT /api/admin/events/:eventId/berita-acara/settings. */
export const MinutesSettingsResponseSchema = v.object({
  settings: MinutesSettingsSchema,
  /** False while the settings are the defaults taken from the event (nothing saved yet). */
  saved: v.boolean(),
});
export type MinutesSettingsResponse = v.InferOutput<typeof MinutesSettingsResponseSchema>;

/** A sheet that has something the minutes must list: a conflict of interest, or changes with reasons. */
export const SheetRecordSchema = v.object({
  jurorId: v.string(),
  teamId: v.string(),
  status: v.picklist(SHEET_STATUSES),
  coiReason: v.nullable(v.string()),
  audit: v.array(SheetAuditEntrySchema),
});
export type SheetRecord = v.InferOutput<typeof SheetRecordSchema>;

/** GET /api/admin/events/:eventId/berita-acara. */
export const MinutesDataSchema = v.object({
  /** When the server computed this (ISO timestamp). */
  computedAt: v.string(),
  package: EventDraftSchema,
  settings: MinutesSettingsSchema,
  settingsSaved: v.boolean(),
  /** The same reply as GET …/results: the ranking recomputed from the raw bundles, and their fingerprint. */
  results: EventResultsResponseSchema,
  /** The organizer's changes to the event (event_audit), oldest first. */
  eventAudit: v.array(EventAuditEntrySchema),
  /** From the same replay as the results, sheets with a conflict of interest or an audit trail. */
  sheets: v.array(SheetRecordSchema),
});
export type MinutesData = v.InferOutput<typeof MinutesDataSchema>;

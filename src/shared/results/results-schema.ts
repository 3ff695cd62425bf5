/**
 * The shape of computed results, as a schema: the admin endpoint answers with it, the console and the
 * exports read it back through it, and the types the maths builds are inferred from it (one source).
 */
import * as v from 'valibot';
import { EventDraftSchema, TieBreakRuleSchema } from '#shared/event.ts';
import { IdSchema } from '#shared/ids.ts';
import { ScoreSheetSchema, SHEET_STATUSES } from '#shared/sheet-schema.ts';
import { organizerText } from '#shared/text-schema.ts';

const Id = IdSchema;
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Rank = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1)));
const Points = v.nullable(v.pipe(v.number(), v.finite()));

const Text = organizerText;

/**
 * What the committee decides where the declared rules end in a draw: the level teams in the order it
 * drew them (`teamIds[0]` first), why and by whom. The console sends this; the server adds when.
 */
export const RecordDrawRequestSchema = v.object({
  teamIds: v.pipe(
    v.array(Id),
    v.minLength(2, 'undian minimal dua peserta'),
    v.maxLength(500),
    v.check((ids) => new Set(ids).size === ids.length, 'peserta undian tidak boleh berulang'),
  ),
  /** How it was decided, as written in the minutes (e.g. "undian dengan kertas bernomor"). */
  reason: Text(500, 'alasan wajib diisi'),
  /** Who decided (e.g. "Ketua Tim Penilai, Boedi Utomo"). */
  decidedBy: Text(200, 'nama yang memutuskan wajib diisi'),
});
export type RecordDrawRequest = v.InferOutput<typeof RecordDrawRequestSchema>;

/**
 * A committee draw as stored (append-only, in the event's audit trail). A later record for the same
 * teams replaces an earlier one for the ranking; both stay in the trail.
 */
export const DrawRecordSchema = v.object({
  ...RecordDrawRequestSchema.entries,
  /** When the server recorded it (ISO 8601). */
  at: v.pipe(v.string(), v.isoTimestamp('waktu harus ISO 8601')),
});

export const TieBreakStepSchema = v.object({
  /** The teams the rule was applied to: equal mean, and equal on every earlier rule. */
  teamIds: v.array(Id),
  rule: TieBreakRuleSchema,
  /** What the rule compared: a criterion's panel mean, a conflict count, a draw position (1 = first). */
  values: v.array(v.object({ teamId: Id, value: Points })),
  /** The same teams after the rule, best first; teams still level share a group. */
  groups: v.array(v.array(Id)),
  /** For a draw rule: the committee's record, or null while none covers these teams. */
  draw: v.optional(v.nullable(DrawRecordSchema)),
});

export const JurorEntrySchema = v.object({
  jurorId: Id,
  status: v.picklist([...SHEET_STATUSES, 'none']),
  /** The sheet's total on 0–100 (drafts too); null without a sheet or under a conflict of interest. */
  total: Points,
  counted: v.boolean(),
  /** The counted total standardised over the teams this juror scored. */
  z: Points,
  /** The organizer declared this juror's conflict with the team in advance: never counted, not required. */
  declaredConflict: v.boolean(),
});

export const TeamResultSchema = v.object({
  teamId: Id,
  /** Place in the listed order, 1…teams. */
  position: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Shared by teams the declared rules leave tied; null while no sheet of the team counts. */
  rank: Rank,
  zRank: Rank,
  /** Mean total over the counted sheets, for display; the ranking compares `sumUnits / counted` exactly. */
  mean: Points,
  sumUnits: Count,
  counted: Count,
  conflicts: Count,
  /** Population standard deviation and range (max − min) of the counted totals. */
  sd: Points,
  range: Points,
  disagreement: v.boolean(),
  zMean: Points,
  /**
   * Panel mean of each criterion's raw score over the counted sheets (an empty criterion as its
   * minimum), in rubric order: method.criterionIds. Plain numbers: a national event has 30,000.
   */
  criterionMeans: v.array(Points),
  jurors: v.array(JurorEntrySchema),
  /** The Top N groups the team is in, e.g. [6, 3]. */
  top: v.array(Count),
  /** Withdrawn by the organizer: listed with its sheets, never ranked, no sheet required. */
  withdrawn: v.boolean(),
});

export const ResultsSchema = v.object({
  eventId: Id,
  /** Sementara: some required sheet (team × juror without a conflict) is not final yet. */
  provisional: v.boolean(),
  missing: v.array(v.object({ teamId: Id, jurorId: Id, status: v.picklist(['none', 'draft']) })),
  /** Final sheets with empty criteria (counted, each empty criterion as its minimum). */
  incompleteFinal: v.array(v.object({ teamId: Id, jurorId: Id, criterionIds: v.array(Id) })),
  teams: v.array(TeamResultSchema),
  jurors: v.array(v.object({ jurorId: Id, counted: Count, mean: Points, sd: Points })),
  tieBreaks: v.array(TieBreakStepSchema),
  /** Groups of teams still level after every declared rule: they share a rank. */
  unresolvedTies: v.array(v.array(Id)),
  topGroups: v.array(
    v.object({
      size: Count,
      teamIds: v.array(Id),
      /** False when teams sharing a rank straddle the group's edge (more than `size` are in it). */
      settled: v.boolean(),
    }),
  ),
  method: v.object({
    unitsPerPoint: Count,
    disagreementPoints: v.number(),
    topGroups: v.array(Count),
    tieBreak: v.array(TieBreakRuleSchema),
    /** The rubric's criteria, in the order of every team's criterionMeans. */
    criterionIds: v.array(Id),
  }),
});

/**
 * GET /api/admin/events/:eventId/results (organizer): the ranking recomputed from the raw bundles.
 * With `?detail=1` the reply also carries the package and the sheets it was computed from, read in
 * the same snapshot, so a page or an export explains the ranking with exactly its own data.
 */
export const EventResultsResponseSchema = v.object({
  eventId: Id,
  /** SHA-256 over every accepted bundle (fingerprint.ts): the data the berita acara was computed from. */
  fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  bundles: Count,
  /** The package version the ranking was computed under. */
  packageVersion: Count,
  /** Every committee draw recorded for the event, oldest first (the trail shows which one applied). */
  draws: v.array(DrawRecordSchema),
  results: ResultsSchema,
  detail: v.optional(v.object({ package: EventDraftSchema, sheets: v.array(ScoreSheetSchema) })),
});

export type DrawRecord = v.InferOutput<typeof DrawRecordSchema>;
export type ResultsDetail = NonNullable<EventResultsResponse['detail']>;
export type TieBreakStep = v.InferOutput<typeof TieBreakStepSchema>;
export type JurorEntry = v.InferOutput<typeof JurorEntrySchema>;
export type TeamResult = v.InferOutput<typeof TeamResultSchema>;
export type Results = v.InferOutput<typeof ResultsSchema>;
export type EventResultsResponse = v.InferOutput<typeof EventResultsResponseSchema>;

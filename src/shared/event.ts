/**
 * The event package: everything a tablet needs to judge an event, validated at every edge
 * (imported file, server reply, seed). Rubrics are data, so weights and scales live here, not in code.
 */
import * as v from 'valibot';
import { IdSchema as Id } from '#shared/ids.ts';
import { organizerText } from '#shared/text-schema.ts';

const Text = organizerText;
const IsoDate = v.pipe(v.string(), v.isoDate('harus tanggal YYYY-MM-DD'));
const Clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'harus jam HH:MM'));
const Minutes = (min: number) =>
  v.pipe(
    v.number(),
    v.integer(),
    v.minValue(min, `minimal ${min} menit`),
    v.maxValue(120, 'paling lama 120 menit'),
  );

/** Text shown in both UI languages. */
export const LocalizedSchema = v.object({ id: Text(400), en: Text(400) });

export const AGENCY_TYPES = [
  'perangkat-daerah',
  'unit-kerja',
  'sekolah',
  'puskesmas',
  'perusahaan-daerah',
] as const;

export const TeamSchema = v.object({
  id: Id,
  agency: Text(160),
  agencyType: v.picklist(AGENCY_TYPES, 'jenis instansi tidak dikenal'),
  title: Text(200),
  summary: Text(1000),
  /** The committee's participant number (the "No" column of its spreadsheet). */
  no: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9999))),
  /**
   * Removed by the organizer. A removed team stays in the package so scores a tablet still holds for
   * it are accepted and flagged, never refused.
   */
  withdrawn: v.optional(v.boolean()),
});

export const SlotSchema = v.object({
  id: Id,
  day: IsoDate,
  room: Text(80),
  start: Clock,
  presentationMinutes: Minutes(1),
  interviewMinutes: Minutes(0),
  teamId: Id,
});

export const JurorSchema = v.object({
  id: Id,
  name: Text(120),
  role: v.optional(Text(160)),
  /** Position (jabatan) and institution (instansi), printed on the enrollment card and the minutes. */
  title: v.optional(Text(160)),
  institution: v.optional(Text(160)),
});

/** A conflict of interest the organizer knew of before scoring: the juror does not score that team. */
export const DeclaredConflictSchema = v.object({
  jurorId: Id,
  teamId: Id,
  reason: Text(500),
});

export const ScaleSchema = v.pipe(
  v.object({
    min: v.pipe(v.number(), v.finite()),
    max: v.pipe(v.number(), v.finite()),
    step: v.pipe(v.number(), v.finite(), v.gtValue(0, 'harus lebih dari 0')),
  }),
  // Forwarded so the message names the field to fix, not the whole scale.
  v.forward(
    v.check((s) => s.max > s.min, 'max harus lebih besar dari min'),
    ['max'],
  ),
  v.forward(
    v.check(
      (s) => Number.isInteger(Math.round(((s.max - s.min) / s.step) * 1e9) / 1e9),
      'rentang harus kelipatan step',
    ),
    ['step'],
  ),
  // Each value is a button on the tablet: more than a 0–100 scale's worth cannot be tapped sensibly.
  v.forward(
    v.check((s) => (s.max - s.min) / s.step <= 100, 'skala paling banyak 101 nilai'),
    ['step'],
  ),
);

export const CriterionSchema = v.object({
  id: Id,
  name: LocalizedSchema,
  guidance: LocalizedSchema,
  weight: v.pipe(
    v.number(),
    v.finite(),
    v.gtValue(0, 'bobot harus lebih dari 0'),
    v.maxValue(1000, 'bobot paling besar 1000'),
  ),
  scale: ScaleSchema,
});

/**
 * One tie-break rule, declared before scoring starts. The list is applied in order to teams whose mean
 * total is exactly equal: a higher panel mean on a named criterion, fewer declared conflicts of
 * interest, or the order of a draw the committee records (the rule that can settle any tie, so last).
 */
export const TieBreakRuleSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('criterion'), criterionId: Id }),
    v.object({ kind: v.literal('fewer-conflicts') }),
    v.object({ kind: v.literal('draw') }),
  ],
  'aturan tieBreak harus criterion, fewer-conflicts atau draw',
);

/** Packages written before rules existed list criterion ids alone: each reads as a criterion rule. */
const CriterionIdTieBreakSchema = v.pipe(
  Id,
  v.transform((criterionId) => ({ kind: 'criterion' as const, criterionId })),
);

export const RubricSchema = v.pipe(
  v.object({
    id: Id,
    name: Text(160),
    criteria: v.pipe(v.array(CriterionSchema), v.minLength(1, 'minimal satu kriteria'), v.maxLength(30)),
    /** Declared before scoring starts: the tie-break rules, in the order they apply. */
    tieBreak: v.optional(
      v.pipe(
        v.array(
          v.union(
            [CriterionIdTieBreakSchema, TieBreakRuleSchema],
            'aturan tieBreak harus id kriteria atau { kind: criterion | fewer-conflicts | draw }',
          ),
        ),
        v.maxLength(32),
      ),
      [],
    ),
  }),
  v.forward(
    v.check((r) => unique(r.criteria.map((c) => c.id)), 'id kriteria harus unik'),
    ['criteria'],
  ),
  v.forward(
    v.check(
      (r) =>
        r.tieBreak.every(
          (rule) => rule.kind !== 'criterion' || r.criteria.some((c) => c.id === rule.criterionId),
        ),
      'tieBreak menyebut kriteria yang tidak ada',
    ),
    ['tieBreak'],
  ),
  v.forward(
    v.check((r) => unique(r.tieBreak.map(tieBreakKey)), 'tieBreak memuat aturan yang sama dua kali'),
    ['tieBreak'],
  ),
  // A draw orders every tied team, so a rule after it could never apply.
  v.forward(
    v.check(
      (r) => r.tieBreak.every((rule, i) => rule.kind !== 'draw' || i === r.tieBreak.length - 1),
      'undian (draw) harus aturan tieBreak terakhir',
    ),
    ['tieBreak'],
  ),
);

export const EventInfoSchema = v.object({
  id: Id,
  name: Text(200),
  organiser: Text(200),
  venue: Text(200),
  days: v.pipe(v.array(IsoDate), v.minLength(1, 'minimal satu hari')),
  timezone: v.picklist(
    ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'],
    'zona waktu harus WIB, WITA atau WIT',
  ),
  /** Rooms the organizer schedules into; an import may add more. */
  rooms: v.optional(v.pipe(v.array(Text(80)), v.maxLength(20))),
  /** Slot length for new slots: presentation then interview (national format 7 + 13). */
  presentationMinutes: v.optional(Minutes(1)),
  interviewMinutes: v.optional(Minutes(0)),
  /** Sizes of the top groups the panel decides, largest first (KIPP Malang: 6 and 3). */
  topGroups: v.optional(
    v.pipe(
      v.array(v.pipe(v.number(), v.integer(), v.minValue(1, 'minimal 1'), v.maxValue(100))),
      v.maxLength(5),
    ),
  ),
  /**
   * Raised by every organizer change; a tablet that holds an older one fetches the new package on its
   * next sync. Packages without it (the bundled demo) count as version 0.
   */
  packageVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export const EVENT_PACKAGE_VERSION = 1;

/** An event the organizer is still setting up: teams and jurors may be missing yet. */
export const EventDraftSchema = v.pipe(
  v.object({
    schemaVersion: v.literal(EVENT_PACKAGE_VERSION, `schemaVersion harus ${EVENT_PACKAGE_VERSION}`),
    event: EventInfoSchema,
    rubric: RubricSchema,
    teams: v.pipe(v.array(TeamSchema), v.maxLength(500, 'paling banyak 500 peserta')),
    slots: v.pipe(v.array(SlotSchema), v.maxLength(500)),
    jurors: v.pipe(v.array(JurorSchema), v.maxLength(50, 'paling banyak 50 juri')),
    conflicts: v.optional(v.pipe(v.array(DeclaredConflictSchema), v.maxLength(2000))),
  }),
  v.forward(
    v.check((p) => unique(p.teams.map((t) => t.id)), 'id peserta harus unik'),
    ['teams'],
  ),
  v.forward(
    v.check((p) => unique(p.jurors.map((j) => j.id)), 'id juri harus unik'),
    ['jurors'],
  ),
  v.forward(
    v.check((p) => {
      const teams = new Set(p.teams.map((t) => t.id));
      return p.slots.every((s) => teams.has(s.teamId));
    }, 'jadwal menyebut peserta yang tidak ada'),
    ['slots'],
  ),
  v.forward(
    v.check(
      (p) => p.slots.every((s) => p.event.days.includes(s.day)),
      'jadwal memakai hari di luar hari acara',
    ),
    ['slots'],
  ),
  v.forward(
    v.check((p) => {
      const teams = new Set(p.teams.map((t) => t.id));
      const jurors = new Set(p.jurors.map((j) => j.id));
      return (p.conflicts ?? []).every((c) => teams.has(c.teamId) && jurors.has(c.jurorId));
    }, 'konflik kepentingan menyebut juri atau peserta yang tidak ada'),
    ['conflicts'],
  ),
);

/** What a tablet judges with: a complete draft, with at least one team and one juror. */
export const EventPackageSchema = v.pipe(
  EventDraftSchema,
  v.forward(
    v.check((p) => p.teams.length > 0, 'minimal satu peserta'),
    ['teams'],
  ),
  v.forward(
    v.check((p) => p.jurors.length > 0, 'minimal satu juri'),
    ['jurors'],
  ),
);

export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type AgencyType = (typeof AGENCY_TYPES)[number];
export type Team = v.InferOutput<typeof TeamSchema>;
export type Slot = v.InferOutput<typeof SlotSchema>;
export type Juror = v.InferOutput<typeof JurorSchema>;
export type Scale = v.InferOutput<typeof ScaleSchema>;
export type Criterion = v.InferOutput<typeof CriterionSchema>;
export type TieBreakRule = v.InferOutput<typeof TieBreakRuleSchema>;
export type Rubric = v.InferOutput<typeof RubricSchema>;
export type EventInfo = v.InferOutput<typeof EventInfoSchema>;
export type EventPackage = v.InferOutput<typeof EventPackageSchema>;
export type DeclaredConflict = v.InferOutput<typeof DeclaredConflictSchema>;

function tieBreakKey(rule: TieBreakRule): string {
  return rule.kind === 'criterion' ? `criterion:${rule.criterionId}` : rule.kind;
}

function unique(ids: readonly string[]): boolean {
  return new Set(ids).size === ids.length;
}

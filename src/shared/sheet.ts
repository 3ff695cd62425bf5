/**
 * Score sheets and the change log. A sheet is always the result of replaying its changes in order,
 * on the tablet and on the server alike, so both sides share `validateChange` and `applyChange`.
 */
import type { Rubric } from '#shared/event.ts';
import { isValidScore } from '#shared/scoring.ts';
import type { ChangeEntry, ChangeKind, ChangeValue, ScoreSheet, SheetStatus } from '#shared/sheet-schema.ts';
import { isWellFormed, MAX_AUDIT_ENTRIES, TEXT_LIMITS } from '#shared/text.ts';

export type {
  AuditEntry,
  ChangeEntry,
  ChangeKind,
  ChangeValue,
  ScoreSheet,
  SheetStatus,
} from '#shared/sheet-schema.ts';
/** What the schedule shows: a team nobody touched yet is 'none' (belum dinilai). */
export type TeamStatus = SheetStatus | 'none';

export function emptySheet(eventId: string, jurorId: string, teamId: string, at: string): ScoreSheet {
  return {
    eventId,
    jurorId,
    teamId,
    status: 'draft',
    scores: {},
    notes: {},
    comment: '',
    coiReason: null,
    updatedAt: at,
    lastSeq: 0,
    audit: [],
  };
}

/** The value a change would replace, read from the sheet as it stands. */
export function currentValue(
  sheet: ScoreSheet | undefined,
  kind: ChangeKind,
  criterionId: string | null,
): ChangeValue {
  if (!sheet) return kind === 'status' ? null : kind === 'comment' ? '' : null;
  switch (kind) {
    case 'score':
      return criterionId !== null ? (sheet.scores[criterionId] ?? null) : null;
    case 'note':
      return criterionId !== null ? (sheet.notes[criterionId] ?? null) : null;
    case 'comment':
      return sheet.comment;
    case 'status':
      return sheet.status;
  }
}

export type ChangeError =
  | { code: 'unknown_criterion'; message: string }
  | { code: 'out_of_scale'; message: string }
  | { code: 'reason_required'; message: string }
  | { code: 'conflict_of_interest'; message: string }
  | { code: 'bad_value'; message: string }
  | { code: 'bad_transition'; message: string }
  | { code: 'too_long'; message: string }
  | { code: 'audit_full'; message: string }
  | { code: 'incomplete_sheet'; message: string };

/**
 * Why a change may not be applied to this sheet under this rubric, or null when it may.
 * `auditCount` is how many audit entries the sheet already has: the server keeps them apart from the
 * sheet (store/sheets.ts) and passes the count; the tablet's sheet carries them.
 */
export function validateChange(
  rubric: Rubric,
  sheet: ScoreSheet | undefined,
  change: ChangeEntry,
  auditCount: number = sheet?.audit.length ?? 0,
): ChangeError | null {
  const text = checkText(change);
  if (text) return text;
  if (change.reason !== undefined && auditCount >= MAX_AUDIT_ENTRIES)
    return {
      code: 'audit_full',
      message: `lembar ini sudah punya ${MAX_AUDIT_ENTRIES} perubahan beralasan; hubungi panitia`,
    };
  const status: TeamStatus = sheet?.status ?? 'none';
  const needsCriterion = change.kind === 'score' || change.kind === 'note';
  const criterion = needsCriterion ? rubric.criteria.find((c) => c.id === change.criterionId) : undefined;
  if (needsCriterion && !criterion)
    return { code: 'unknown_criterion', message: `kriteria "${change.criterionId}" tidak ada di rubrik` };
  if (!needsCriterion && change.criterionId !== null)
    return { code: 'bad_value', message: 'criterionId harus null' };

  if (change.kind === 'status') {
    const next = change.newValue;
    if (next !== 'final' && next !== 'coi' && next !== 'draft')
      return { code: 'bad_value', message: 'status tidak dikenal' };
    if (next === 'coi' && !change.reason)
      return { code: 'reason_required', message: 'konflik kepentingan wajib disertai alasan' };
    if (next === 'final' && status === 'coi')
      return { code: 'conflict_of_interest', message: 'lembar ini dinyatakan konflik kepentingan' };
    if (next === 'draft' && status !== 'coi')
      return { code: 'bad_transition', message: 'hanya konflik kepentingan yang dapat dibatalkan' };
    if (next === 'draft' && !change.reason)
      return { code: 'reason_required', message: 'pembatalan konflik kepentingan wajib disertai alasan' };
    if (next === status) return { code: 'bad_transition', message: `lembar sudah berstatus ${status}` };
    if (next === 'final') return incompleteSheet(rubric, sheet);
    return null;
  }
  if (status === 'coi')
    return { code: 'conflict_of_interest', message: 'lembar ini dinyatakan konflik kepentingan' };
  if (status === 'final' && !change.reason)
    return { code: 'reason_required', message: 'lembar sudah final: perubahan wajib disertai alasan' };

  if (change.kind === 'score') {
    // A final sheet stays complete: a score on it can be changed with a reason, never emptied.
    if (change.newValue === null)
      return status === 'final'
        ? { code: 'incomplete_sheet', message: 'lembar final harus lengkap: nilai tidak dapat dikosongkan' }
        : null;
    if (
      typeof change.newValue !== 'number' ||
      !criterion ||
      !isValidScore(criterion.scale, change.newValue)
    ) {
      const s = criterion?.scale;
      return { code: 'out_of_scale', message: `nilai harus ${s?.min}–${s?.max} dengan langkah ${s?.step}` };
    }
    return null;
  }
  if (change.newValue !== null && typeof change.newValue !== 'string')
    return { code: 'bad_value', message: 'catatan harus teks' };
  return null;
}

/**
 * Text limits per kind, and well-formed Unicode. The wire schema bounds every text by the largest
 * limit; this is the rule the tablet's save path runs too, so it never records what the server refuses.
 */
function checkText(change: ChangeEntry): ChangeError | null {
  const texts = [change.oldValue, change.newValue, change.reason ?? ''];
  if (texts.some((t) => typeof t === 'string' && !isWellFormed(t)))
    return { code: 'bad_value', message: 'teks berisi karakter yang tidak sah' };
  const limit =
    change.kind === 'note' ? TEXT_LIMITS.note : change.kind === 'comment' ? TEXT_LIMITS.comment : null;
  if (limit !== null && typeof change.newValue === 'string' && change.newValue.length > limit)
    return { code: 'too_long', message: `teks paling banyak ${limit} karakter` };
  if (change.reason !== undefined && change.reason.length > TEXT_LIMITS.reason)
    return { code: 'too_long', message: `alasan paling banyak ${TEXT_LIMITS.reason} karakter` };
  return null;
}

/**
 * Only a complete sheet can be final: a total over fewer criteria than the rubric has would rank a
 * team on part of the rubric. The tablet and the server refuse the same finalisation.
 */
function incompleteSheet(rubric: Rubric, sheet: ScoreSheet | undefined): ChangeError | null {
  const missing = rubric.criteria.filter((c) => sheet?.scores[c.id] === undefined);
  if (missing.length === 0) return null;
  const names = missing.map((c) => c.name.id).join(', ');
  return { code: 'incomplete_sheet', message: `lembar belum lengkap, belum dinilai: ${names}` };
}

/** Replays one (already validated) change onto a sheet; returns a new sheet. */
export function applyChange(sheet: ScoreSheet | undefined, change: ChangeEntry): ScoreSheet {
  const base = sheet ?? emptySheet(change.eventId, change.jurorId, change.teamId, change.at);
  // A shallow copy owning only what the change writes (the rest is shared with `base`, which nothing
  // mutates); writeChange then writes into it.
  const next: ScoreSheet = {
    ...base,
    scores: change.kind === 'score' ? { ...base.scores } : base.scores,
    notes: change.kind === 'note' ? { ...base.notes } : base.notes,
    audit: change.reason ? [...base.audit] : base.audit,
  };
  writeChange(next, change);
  return next;
}

/**
 * Writes one (already validated) change into a sheet in place: applyChange on a copy. Only for a
 * sheet the caller owns with all its maps (a replay that builds sheets from nothing and shows them
 * only at the end, so 165,000 changes do not each allocate a sheet).
 */
export function writeChange(sheet: ScoreSheet, change: ChangeEntry): void {
  const { seq, at, kind, criterionId, oldValue, newValue, reason } = change;
  sheet.updatedAt = at;
  sheet.lastSeq = seq;
  const key = criterionId ?? '';
  switch (kind) {
    case 'score':
      if (typeof newValue === 'number') sheet.scores[key] = newValue;
      else delete sheet.scores[key];
      break;
    case 'note':
      if (typeof newValue === 'string' && newValue !== '') sheet.notes[key] = newValue;
      else delete sheet.notes[key];
      break;
    case 'comment':
      sheet.comment = typeof newValue === 'string' ? newValue : '';
      break;
    case 'status':
      sheet.status = newValue === 'final' || newValue === 'coi' ? newValue : 'draft';
      sheet.coiReason = sheet.status === 'coi' ? (reason ?? null) : null;
      break;
  }
  if (reason) sheet.audit.push({ seq, at, kind, criterionId, oldValue, newValue, reason });
}

/**
 * The records the berita acara must list so nothing changed silently: conflicts of interest (declared
 * by jurors on their tablets or recorded by the committee in advance, and whether the sheet counted),
 * the organizer's changes after the first score arrived (rubric first), and every sheet change that
 * carried a reason (edits of final sheets, conflicts declared or withdrawn).
 */

import type { AuditKind, AuditEntry as EventAuditEntry } from '#shared/admin-api.ts';
import type { MinutesContext } from '#shared/berita-acara/context.ts';
import { momentText } from '#shared/berita-acara/dates.ts';
import type { ChangeRow, ConflictRow, EditRow } from '#shared/berita-acara/model.ts';
import { formatNumber } from '#shared/berita-acara/numbers.ts';
import type { ChangeValue, AuditEntry as SheetAuditEntry } from '#shared/sheet.ts';

const RUBRIC_KINDS: readonly AuditKind[] = ['rubric_changed', 'rubric_unlocked'];
/** Changes that can move a result: teams, their slots, the panel, declared conflicts. */
const EVENT_KINDS: readonly AuditKind[] = [
  'teams_imported',
  'team_saved',
  'team_withdrawn',
  'slots_swapped',
  'juror_saved',
  'juror_removed',
  'conflict_declared',
];

export function conflictRows(ctx: MinutesContext): ConflictRow[] {
  const byJuror = new Map<string, { juror?: string; committee?: string }>();
  const key = (jurorId: string, teamId: string) => `${teamId}\u0000${jurorId}`;
  for (const sheet of ctx.data.sheets)
    if (sheet.status === 'coi')
      byJuror.set(key(sheet.jurorId, sheet.teamId), { juror: sheet.coiReason ?? '–' });
  for (const c of ctx.pkg.conflicts ?? []) {
    const k = key(c.jurorId, c.teamId);
    byJuror.set(k, { ...byJuror.get(k), committee: c.reason });
  }
  const teamOrder = new Map(ctx.pkg.teams.map((t, i) => [t.id, i]));
  const jurorOrder = new Map(ctx.pkg.jurors.map((j, i) => [j.id, i]));
  return [...byJuror.entries()]
    .map(([k, reasons]) => {
      const [teamId = '', jurorId = ''] = k.split('\u0000');
      return { teamId, jurorId, reasons };
    })
    .sort(
      (a, b) =>
        (teamOrder.get(a.teamId) ?? 0) - (teamOrder.get(b.teamId) ?? 0) ||
        (jurorOrder.get(a.jurorId) ?? 0) - (jurorOrder.get(b.jurorId) ?? 0),
    )
    .map(({ teamId, jurorId, reasons }, i) => ({
      no: i + 1,
      juror: ctx.jurorName(jurorId),
      team: ctx.teamTitle(teamId),
      reason: [
        reasons.juror,
        reasons.committee && reasons.juror ? `panitia: ${reasons.committee}` : reasons.committee,
      ]
        .filter(Boolean)
        .join('; '),
      declaredBy:
        reasons.juror && reasons.committee ? 'Juri dan panitia' : reasons.juror ? 'Juri' : 'Panitia',
      effect: effectOf(ctx, teamId, jurorId),
    }));
}

function effectOf(ctx: MinutesContext, teamId: string, jurorId: string): string {
  const entry = ctx.teamResult(teamId)?.jurors.find((j) => j.jurorId === jurorId);
  if (entry?.counted) return 'DIHITUNG: juri tetap mengirim lembar final';
  if (entry?.status === 'coi') return 'Tidak dihitung';
  return entry?.status === 'draft' ? 'Tidak dihitung (lembar draf)' : 'Tidak dihitung (tidak ada lembar)';
}

export function rubricChangeRows(ctx: MinutesContext): ChangeRow[] {
  return changeRows(ctx, RUBRIC_KINDS);
}

export function eventChangeRows(ctx: MinutesContext): ChangeRow[] {
  return changeRows(ctx, EVENT_KINDS);
}

function changeRows(ctx: MinutesContext, kinds: readonly AuditKind[]): ChangeRow[] {
  return ctx.data.eventAudit
    .filter((e: EventAuditEntry) => e.afterFirstScore && kinds.includes(e.kind))
    .map((e, i) => ({
      no: i + 1,
      at: momentText(e.at, ctx.timeZone),
      change: e.summary,
      reason: e.reason ?? '–',
    }));
}

export function sheetEditRows(ctx: MinutesContext): EditRow[] {
  const entries = ctx.data.sheets.flatMap((sheet) =>
    sheet.audit.map((entry) => ({ jurorId: sheet.jurorId, teamId: sheet.teamId, entry })),
  );
  entries.sort(
    (a, b) => compare(a.entry.at, b.entry.at) || compare(a.jurorId, b.jurorId) || a.entry.seq - b.entry.seq,
  );
  return entries.map(({ jurorId, teamId, entry }, i) => ({
    no: i + 1,
    at: momentText(entry.at, ctx.timeZone),
    juror: ctx.jurorName(jurorId),
    team: ctx.teamTitle(teamId),
    change: changeText(ctx, entry),
    reason: entry.reason,
  }));
}

function changeText(ctx: MinutesContext, entry: SheetAuditEntry): string {
  switch (entry.kind) {
    case 'score':
      return `Nilai ${ctx.criterionName(entry.criterionId)}: ${valueText(entry.oldValue)} → ${valueText(entry.newValue)}`;
    case 'note':
      return `Catatan kriteria ${ctx.criterionName(entry.criterionId)} diubah`;
    case 'comment':
      return 'Komentar umum diubah';
    case 'status':
      if (entry.newValue === 'coi') return 'Menyatakan konflik kepentingan';
      if (entry.newValue === 'draft') return 'Membatalkan konflik kepentingan';
      return 'Memfinalkan lembar';
  }
}

const valueText = (value: ChangeValue): string =>
  typeof value === 'number' ? formatNumber(value) : value === null || value === '' ? 'kosong' : value;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

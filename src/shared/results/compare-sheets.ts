/**
 * The check that makes the results reproducible: the sheets replayed from the raw bundles must equal,
 * field for field, the sheets the server materialised at ingest. A difference names the team.
 * Compared field by field (not as serialised text): at national scale there are 15,000 pairs.
 */
import type { AuditEntry, ScoreSheet } from '#shared/sheet.ts';

export interface SheetMismatch {
  teamId: string;
  jurorId: string;
  message: string;
}

/** Every (team, juror) whose replayed and materialised sheets differ, by team then juror. */
export function compareSheets(
  replayed: readonly ScoreSheet[],
  materialised: readonly ScoreSheet[],
): SheetMismatch[] {
  const key = (s: ScoreSheet) => `${s.teamId}\u0000${s.jurorId}`;
  const fromReplay = new Map(replayed.map((s) => [key(s), s]));
  const stored = new Map(materialised.map((s) => [key(s), s]));
  const keys = [...new Set([...fromReplay.keys(), ...stored.keys()])].sort();
  return keys.flatMap((k) => {
    const [teamId = '', jurorId = ''] = k.split('\u0000');
    const a = fromReplay.get(k);
    const b = stored.get(k);
    if (!a) return [{ teamId, jurorId, message: 'lembar tersimpan tidak dihasilkan oleh bundel mana pun' }];
    if (!b) return [{ teamId, jurorId, message: 'bundel menghasilkan lembar yang tidak tersimpan' }];
    const fields = differingFields(a, b);
    if (!fields.length) return [];
    return [
      {
        teamId,
        jurorId,
        message: `lembar tersimpan berbeda dari hasil pemutaran ulang (${fields.join(', ')})`,
      },
    ];
  });
}

function differingFields(a: ScoreSheet, b: ScoreSheet): string[] {
  const checks: [keyof ScoreSheet, boolean][] = [
    ['eventId', a.eventId === b.eventId],
    ['jurorId', a.jurorId === b.jurorId],
    ['teamId', a.teamId === b.teamId],
    ['status', a.status === b.status],
    ['scores', sameRecord(a.scores, b.scores)],
    ['notes', sameRecord(a.notes, b.notes)],
    ['comment', a.comment === b.comment],
    ['coiReason', a.coiReason === b.coiReason],
    ['updatedAt', a.updatedAt === b.updatedAt],
    ['lastSeq', a.lastSeq === b.lastSeq],
    ['audit', a.audit.length === b.audit.length && a.audit.every((entry, i) => sameAudit(entry, b.audit[i]))],
  ];
  return checks.filter(([, same]) => !same).map(([field]) => field);
}

function sameRecord<V>(a: Readonly<Record<string, V>>, b: Readonly<Record<string, V>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

function sameAudit(a: AuditEntry, b: AuditEntry | undefined): boolean {
  return (
    b !== undefined &&
    a.seq === b.seq &&
    a.at === b.at &&
    a.kind === b.kind &&
    a.criterionId === b.criterionId &&
    a.oldValue === b.oldValue &&
    a.newValue === b.newValue &&
    a.reason === b.reason
  );
}

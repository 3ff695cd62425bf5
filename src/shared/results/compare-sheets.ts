/**
 * The check that makes the results reproducible: the sheets replayed from the raw bundles must equal,
 * field for field, the sheets the server materialised at ingest. A difference names the team.
 */
import { canonicalJson } from '#shared/canonical.ts';
import type { ScoreSheet } from '#shared/sheet.ts';

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
    if (canonicalJson(a) === canonicalJson(b)) return [];
    return [
      {
        teamId,
        jurorId,
        message: `lembar tersimpan berbeda dari hasil pemutaran ulang (${differingFields(a, b)})`,
      },
    ];
  });
}

const FIELDS: readonly (keyof ScoreSheet)[] = [
  'status',
  'scores',
  'notes',
  'comment',
  'coiReason',
  'updatedAt',
  'lastSeq',
  'audit',
];

function differingFields(a: ScoreSheet, b: ScoreSheet): string {
  return FIELDS.filter((f) => canonicalJson(a[f]) !== canonicalJson(b[f])).join(', ') || 'eventId';
}

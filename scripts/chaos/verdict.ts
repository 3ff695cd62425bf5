/**
 * The promise, checked at the end of a run: every change the UI acknowledged is on the server exactly
 * once and unchanged, and every tablet's local state equals the server's.
 * - lost: an acknowledged change the server does not hold (in the order it was made), or a change in a
 *   tablet's log the server never got.
 * - doubled: the server holds a change of a tablet (device, seq) more than once, or one no tablet made.
 * - changed: a change the server holds differs from the tablet's, or a sheet the server materialised
 *   differs from the tablet's own (or is one no tablet holds).
 */
import { canonicalJson } from '#shared/canonical.ts';
import type { LocalState } from './tablet.ts';

export interface AckedChange {
  jurorId: string;
  teamId: string;
  kind: 'score' | 'note' | 'comment' | 'status';
  criterionId: string | null;
  newValue: number | string | null;
  reason?: string;
}

export interface TabletEvidence {
  name: string;
  acked: readonly AckedChange[];
  local: LocalState;
}

export interface ServerEvidence {
  /** Each stored bundle's body, as the server keeps it. */
  bundles: { bundleId: string; body: string }[];
  sheets: Record<string, unknown>[];
}

export interface Verdict {
  lost: number;
  doubled: number;
  changed: number;
  /** One line per problem found, for the failing run's report. */
  problems: string[];
}

interface ServerChange {
  deviceId: string;
  seq: number;
  bundleId: string;
  entry: Record<string, unknown>;
}

export function judge(tablets: readonly TabletEvidence[], server: ServerEvidence): Verdict {
  const verdict: Verdict = { lost: 0, doubled: 0, changed: 0, problems: [] };
  const held = new Map<string, ServerChange[]>();
  for (const change of serverChanges(server)) {
    const key = `${change.deviceId}/${change.seq}`;
    held.set(key, [...(held.get(key) ?? []), change]);
  }
  const made = new Set<string>();

  for (const tablet of tablets) {
    const deviceOf = new Map(tablet.local.bundles.map((b) => [b.bundleId, b.deviceId]));
    for (const change of tablet.local.changes) {
      const deviceId = change.bundleId ? deviceOf.get(change.bundleId) : undefined;
      const copies = deviceId ? (held.get(`${deviceId}/${change.seq}`) ?? []) : [];
      if (deviceId) made.add(`${deviceId}/${change.seq}`);
      if (copies.length === 0) {
        verdict.lost++;
        verdict.problems.push(`${tablet.name}: seq ${change.seq} (${change.state}) is not on the server`);
        continue;
      }
      if (copies.length > 1) {
        verdict.doubled += copies.length - 1;
        verdict.problems.push(`${tablet.name}: seq ${change.seq} is on the server ${copies.length} times`);
      }
      if (copies.some((c) => canonicalJson(c.entry) !== canonicalJson(change.entry))) {
        verdict.changed++;
        verdict.problems.push(`${tablet.name}: seq ${change.seq} differs on the server`);
      }
    }
    judgeAcknowledged(tablet, [...held.values()].flat(), new Set(deviceOf.values()), verdict);
    judgeSheets(tablet, server.sheets, verdict);
  }

  const heldByTablets = new Set(tablets.flatMap((t) => t.local.sheets.map(sheetKey)));
  for (const sheet of server.sheets) {
    if (heldByTablets.has(sheetKey(sheet))) continue;
    verdict.changed++;
    verdict.problems.push(`server holds sheet ${sheetKey(sheet)}, which no tablet holds`);
  }

  for (const [key, copies] of held) {
    if (made.has(key)) continue;
    verdict.doubled += copies.length;
    verdict.problems.push(`server holds ${key}, which no tablet made`);
  }
  return verdict;
}

/** Acknowledged changes must appear, in order, among the server's changes of that tablet and juror. */
function judgeAcknowledged(
  tablet: TabletEvidence,
  held: readonly ServerChange[],
  devices: ReadonlySet<string>,
  verdict: Verdict,
): void {
  const byJuror = new Map<string, ServerChange[]>();
  for (const change of held) {
    if (!devices.has(change.deviceId)) continue;
    const jurorId = String(change.entry.jurorId);
    byJuror.set(jurorId, [...(byJuror.get(jurorId) ?? []), change]);
  }
  const cursor = new Map<string, number>();
  for (const acked of tablet.acked) {
    const list = (byJuror.get(acked.jurorId) ?? []).sort((a, b) => a.seq - b.seq);
    let at = cursor.get(acked.jurorId) ?? 0;
    while (at < list.length && !matches(acked, list[at]?.entry)) at++;
    if (at >= list.length) {
      verdict.lost++;
      verdict.problems.push(
        `${tablet.name}: acknowledged ${acked.kind} ${acked.teamId}/${acked.criterionId ?? '-'} = ${JSON.stringify(acked.newValue)} (${acked.jurorId}) is not on the server`,
      );
      continue;
    }
    cursor.set(acked.jurorId, at + 1);
  }
}

function matches(acked: AckedChange, entry: Record<string, unknown> | undefined): boolean {
  return (
    entry !== undefined &&
    entry.teamId === acked.teamId &&
    entry.kind === acked.kind &&
    entry.criterionId === acked.criterionId &&
    entry.newValue === acked.newValue &&
    (acked.reason === undefined || entry.reason === acked.reason)
  );
}

/** The tablet's sheets, for every juror it scored for, equal the server's. */
function sheetKey(sheet: Record<string, unknown>): string {
  return `${String(sheet.jurorId)}/${String(sheet.teamId)}`;
}

function judgeSheets(
  tablet: TabletEvidence,
  sheets: readonly Record<string, unknown>[],
  verdict: Verdict,
): void {
  const key = sheetKey;
  const onServer = new Map(sheets.map((s) => [key(s), s]));
  for (const sheet of tablet.local.sheets) {
    if (sheet.lastSeq === 0) continue;
    const theirs = onServer.get(key(sheet));
    if (!theirs || canonicalJson(theirs) !== canonicalJson(sheet)) {
      verdict.changed++;
      verdict.problems.push(`${tablet.name}: sheet ${key(sheet)} differs from the server's`);
    }
  }
}

function serverChanges(server: ServerEvidence): ServerChange[] {
  const changes: ServerChange[] = [];
  for (const { bundleId, body } of server.bundles) {
    const bundle: unknown = JSON.parse(body);
    if (typeof bundle !== 'object' || bundle === null) continue;
    const deviceId = String(Reflect.get(bundle, 'deviceId'));
    const entries: unknown = Reflect.get(bundle, 'changes');
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null) continue;
      const record = Object.fromEntries(Object.entries(entry));
      changes.push({ deviceId, seq: Number(record.seq), bundleId, entry: record });
    }
  }
  return changes;
}

/**
 * What must hold in the server's SQLite file whatever was sent to it: every stored body is the
 * canonical JSON of a valid bundle whose signature verifies under its device's secret and whose hash
 * is the stored one; each device's chain is contiguous from its enrollment and ends where the device
 * row says; the change rows are exactly the bundles' changes; and the materialised sheets (with their
 * audit trails) are what replaying the stored changes in the order they were accepted gives.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import { digestBundle } from '#server/bundle-digest.ts';
import type { Db } from '#server/db.ts';
import { parseBundleBody } from '#server/http/read-bundle.ts';
import { createStore } from '#server/store/index.ts';
import { REJECTION_HEAD_CHARS, REJECTIONS_KEPT_PER_DEVICE } from '#server/store/rejections.ts';
import { BundleReceiptSchema, GENESIS_HASH, type ScoreBundle } from '#shared/bundle.ts';
import type { EventPackage } from '#shared/event.ts';
import { applyChange, type ScoreSheet, validateChange } from '#shared/sheet.ts';

export interface StoreCheck {
  bundles: number;
  changes: number;
  /** Stored bundles that fail any check of their own (body, signature, hash, change rows). */
  invalidBundles: number;
  /** Whether the materialised sheets equal the replay of the stored changes. */
  sheetsMatchReplay: boolean;
  problems: string[];
}

interface BundleRow {
  bundle_id: string;
  device_id: string;
  from_seq: number;
  to_seq: number;
  hash: string;
  body: string;
  receipt: string;
}

interface ChangeRow {
  device_id: string;
  seq: number;
  bundle_id: string;
  event_id: string;
  juror_id: string;
  team_id: string;
  kind: string;
  criterion_id: string | null;
  old_value: string;
  new_value: string;
  at: string;
  reason: string | null;
}

/**
 * Checks the whole file, or only what `onlyDevices` stored (fast enough to run after every scenario;
 * the replay of all sheets runs for the whole file only).
 */
export function checkStore(db: Db, pkg: EventPackage, onlyDevices?: ReadonlySet<string>): StoreCheck {
  const problems: string[] = [];
  // SQLite's json_each turns the id list into rows, so the filter runs in SQL (null: every device).
  const filter = onlyDevices ? JSON.stringify([...onlyDevices]) : null;
  const rows = db
    .prepare<[string | null, string | null], BundleRow>(
      `SELECT * FROM bundles WHERE ? IS NULL OR device_id IN (SELECT value FROM json_each(?)) ORDER BY rowid`,
    )
    .all(filter, filter);
  const secrets = new Map(
    db
      .prepare<[], { device_id: string; secret: string }>('SELECT device_id, secret FROM devices')
      .all()
      .map((d) => [d.device_id, d.secret]),
  );
  const changesOf = db.prepare<[string], ChangeRow>('SELECT * FROM changes WHERE bundle_id = ? ORDER BY seq');
  const parsed = new Map<string, ScoreBundle>();
  let invalid = 0;
  for (const row of rows) {
    const bad = checkBundle(row, secrets.get(row.device_id), changesOf.all(row.bundle_id));
    if (typeof bad === 'string') {
      invalid++;
      problems.push(`bundle ${row.bundle_id}: ${bad}`);
    } else parsed.set(row.bundle_id, bad);
  }
  problems.push(...checkChains(db, rows, filter));
  problems.push(...checkRejections(db));
  const changeCount = rows.reduce((n, r) => n + (r.to_seq - r.from_seq + 1), 0);
  const storedChanges =
    db
      .prepare<[string | null, string | null], { n: number }>(
        'SELECT COUNT(*) AS n FROM changes WHERE ? IS NULL OR device_id IN (SELECT value FROM json_each(?))',
      )
      .get(filter, filter)?.n ?? 0;
  if (storedChanges !== changeCount)
    problems.push(`${storedChanges} change rows for bundles holding ${changeCount}`);

  let sheetsMatchReplay = true;
  if (!onlyDevices) {
    const replayProblem = checkSheets(
      db,
      pkg,
      rows.map((r) => parsed.get(r.bundle_id)),
    );
    if (replayProblem) {
      sheetsMatchReplay = false;
      problems.push(replayProblem);
    }
  }
  return {
    bundles: rows.length,
    changes: storedChanges,
    invalidBundles: invalid,
    sheetsMatchReplay,
    problems,
  };
}

/** The bundle a row holds, or what is wrong with it. */
function checkBundle(row: BundleRow, secret: string | undefined, changes: ChangeRow[]): ScoreBundle | string {
  const body = parseBundleBody(row.body);
  if (!body.ok) return `stored body refused: ${body.failure.message}`;
  if (body.canonical !== row.body) return 'stored body is not canonical JSON';
  const { bundle } = body;
  if (bundle.bundleId !== row.bundle_id || bundle.deviceId !== row.device_id)
    return 'ids differ from the row';
  if (bundle.fromSeq !== row.from_seq || bundle.toSeq !== row.to_seq) return 'range differs from the row';
  if (createHash('sha256').update(row.body).digest('hex') !== row.hash)
    return 'hash is not sha256 of the body';
  if (!secret || !digestBundle(row.body, bundle.signature, secret).signed) return 'signature does not verify';
  const receipt = v.safeParse(BundleReceiptSchema, JSON.parse(row.receipt));
  if (!receipt.success || receipt.output.hash !== row.hash || receipt.output.bundleId !== row.bundle_id)
    return 'receipt names another bundle or hash';
  const expected = bundle.changes.map((c) => ({
    device_id: row.device_id,
    seq: c.seq,
    bundle_id: row.bundle_id,
    event_id: c.eventId,
    juror_id: c.jurorId,
    team_id: c.teamId,
    kind: c.kind,
    criterion_id: c.criterionId,
    old_value: JSON.stringify(c.oldValue),
    new_value: JSON.stringify(c.newValue),
    at: c.at,
    reason: c.reason ?? null,
  }));
  if (
    !isDeepStrictEqual(
      changes.map((c) => ({ ...c })),
      expected,
    )
  )
    return 'change rows differ from the body';
  return bundle;
}

function checkChains(db: Db, rows: readonly BundleRow[], filter: string | null): string[] {
  const problems: string[] = [];
  const devices = db
    .prepare<[string | null, string | null], { device_id: string; next_seq: number; last_hash: string }>(
      'SELECT device_id, next_seq, last_hash FROM devices WHERE ? IS NULL OR device_id IN (SELECT value FROM json_each(?))',
    )
    .all(filter, filter);
  for (const device of devices) {
    const chain = rows
      .filter((r) => r.device_id === device.device_id)
      .sort((a, b) => a.from_seq - b.from_seq);
    let hash = GENESIS_HASH;
    for (const [i, row] of chain.entries()) {
      const previous = chain[i - 1];
      const prevHash = (JSON.parse(row.body) as { prevHash?: unknown }).prevHash;
      if (prevHash !== hash)
        problems.push(`device ${device.device_id}: bundle ${row.bundle_id} does not chain`);
      if (previous && row.from_seq !== previous.to_seq + 1)
        problems.push(`device ${device.device_id}: seq ${previous.to_seq} then ${row.from_seq}`);
      hash = row.hash;
    }
    const last = chain.at(-1);
    if (device.last_hash !== hash)
      problems.push(`device ${device.device_id}: last_hash is not its last bundle's`);
    if (last && device.next_seq !== last.to_seq + 1)
      problems.push(`device ${device.device_id}: next_seq ${device.next_seq} after seq ${last.to_seq}`);
  }
  return problems;
}

function checkRejections(db: Db): string[] {
  const worst = db
    .prepare<[], { n: number; head: number | null }>(
      'SELECT MAX(n) AS n, (SELECT MAX(length(body_head)) FROM rejections) AS head FROM (SELECT COUNT(*) AS n FROM rejections GROUP BY device_id)',
    )
    .get();
  const problems: string[] = [];
  if ((worst?.n ?? 0) > REJECTIONS_KEPT_PER_DEVICE) problems.push(`a device has ${worst?.n} rejections kept`);
  if ((worst?.head ?? 0) > REJECTION_HEAD_CHARS) problems.push(`a rejection keeps ${worst?.head} characters`);
  return problems;
}

/** Replays every stored change in acceptance order (bundle rowid, then seq) and compares. */
function checkSheets(
  db: Db,
  pkg: EventPackage,
  bundles: readonly (ScoreBundle | undefined)[],
): string | null {
  const sheets = new Map<string, ScoreSheet>();
  for (const bundle of bundles) {
    if (!bundle) return 'cannot replay: a stored bundle is invalid';
    for (const change of bundle.changes) {
      const key = `${change.jurorId}/${change.teamId}`;
      const sheet = sheets.get(key);
      const error = validateChange(pkg.rubric, sheet, change);
      if (error)
        return `stored change ${bundle.deviceId}#${change.seq} would be refused on replay: ${error.code}`;
      sheets.set(key, applyChange(sheet, change));
    }
  }
  const replayed = [...sheets.values()].sort((a, b) =>
    a.jurorId === b.jurorId ? (a.teamId < b.teamId ? -1 : 1) : a.jurorId < b.jurorId ? -1 : 1,
  );
  const materialised = createStore(db).sheets.list(pkg.event.id);
  if (materialised.length !== replayed.length)
    return `${materialised.length} materialised sheets, replay gives ${replayed.length}`;
  for (const [i, sheet] of materialised.entries()) {
    if (!isDeepStrictEqual(sheet, replayed[i]))
      return `sheet ${sheet.jurorId}/${sheet.teamId} differs from the replay of its changes`;
  }
  return null;
}

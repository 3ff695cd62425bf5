/**
 * A national-scale event for the results bench, generated directly (the event schema caps an imported
 * package at 500 teams; the maths has no such cap): 3,000 teams × 5 jurors × 10 criteria = 150,000
 * scores, every sheet final. Scores are pseudo-random but fixed (a seeded generator), with a per-juror
 * leniency, so the figures are comparable from run to run and ties occur as they would.
 */
import { createHash, createHmac } from 'node:crypto';
import { BUNDLE_VERSION, bundleSigningText, GENESIS_HASH, type ScoreBundle } from '#shared/bundle.ts';
import { canonicalJson } from '#shared/canonical.ts';
import type { Criterion, EventPackage } from '#shared/event.ts';
import type { AcceptedBundle } from '#shared/results/replay-bundles.ts';
import type { ChangeEntry } from '#shared/sheet.ts';

export const NATIONAL = { teams: 3000, jurors: 5, criteria: 10 } as const;
const EVENT_ID = 'bench-nasional';
const WEIGHTS = [15, 15, 10, 10, 10, 10, 10, 10, 5, 5];
const SECRET = 'bench-secret';

export function nationalEvent(): EventPackage {
  const criteria: Criterion[] = Array.from({ length: NATIONAL.criteria }, (_, i) => ({
    id: `k${i + 1}`,
    name: { id: `Kriteria ${i + 1}`, en: `Criterion ${i + 1}` },
    guidance: { id: '-', en: '-' },
    weight: WEIGHTS[i] ?? 10,
    scale: { min: 1, max: 10, step: 1 },
  }));
  return {
    schemaVersion: 1,
    event: {
      id: EVENT_ID,
      name: 'KIPP Nasional (bench)',
      organiser: 'Kementerian PANRB',
      venue: 'Jakarta',
      days: ['2021-06-01'],
      timezone: 'Asia/Jakarta',
    },
    rubric: {
      id: 'bench',
      name: 'Bench',
      criteria,
      tieBreak: [{ kind: 'criterion', criterionId: 'k1' }, { kind: 'fewer-conflicts' }, { kind: 'draw' }],
    },
    teams: Array.from({ length: NATIONAL.teams }, (_, t) => ({
      id: `t${String(t + 1).padStart(4, '0')}`,
      agency: `Instansi ${t + 1}`,
      agencyType: 'perangkat-daerah',
      title: `Inovasi ${t + 1}`,
      summary: '-',
    })),
    slots: [],
    jurors: Array.from({ length: NATIONAL.jurors }, (_, j) => ({ id: `j${j + 1}`, name: `Juri ${j + 1}` })),
  };
}

/** mulberry32: small, fast, and the same sequence on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each juror's change log: per team, ten scores then "final" (11 changes), teams in event order. */
export function nationalLogs(pkg: EventPackage): Map<string, ChangeEntry[]> {
  const random = seeded(2021);
  const logs = new Map<string, ChangeEntry[]>();
  const at = new Date(Date.UTC(2021, 5, 1, 1)).toISOString();
  pkg.jurors.forEach((juror, j) => {
    const leniency = j - 2; // −2 … +2 steps
    const log: ChangeEntry[] = [];
    for (const team of pkg.teams) {
      const base = { eventId: pkg.event.id, jurorId: juror.id, teamId: team.id, oldValue: null, at };
      for (const c of pkg.rubric.criteria) {
        const value = Math.min(10, Math.max(1, 3 + Math.floor(random() * 6) + leniency));
        log.push({ ...base, seq: log.length + 1, kind: 'score', criterionId: c.id, newValue: value });
      }
      log.push({ ...base, seq: log.length + 1, kind: 'status', criterionId: null, newValue: 'final' });
    }
    logs.set(juror.id, log);
  });
  return logs;
}

/**
 * The logs as signed, hash-chained bundles, one per sheet (how a tablet online during judging sends
 * them), received round-robin across the tablets: 15,000 bundles of 11 changes.
 */
export function nationalBundles(pkg: EventPackage): AcceptedBundle[] {
  const perDevice = [...nationalLogs(pkg)].map(([jurorId, log]) => {
    const deviceId = `bench-tablet-${jurorId}`;
    const bundles: { bundle: ScoreBundle; hash: string }[] = [];
    let prevHash = GENESIS_HASH;
    const perSheet = NATIONAL.criteria + 1;
    for (let from = 0; from < log.length; from += perSheet) {
      const changes = log.slice(from, from + perSheet);
      const unsigned = {
        version: BUNDLE_VERSION,
        bundleId: `${deviceId}-${from + 1}`,
        deviceId,
        jurorId,
        eventId: pkg.event.id,
        fromSeq: from + 1,
        toSeq: from + changes.length,
        prevHash,
        createdAt: changes[0]?.at ?? '',
        changes,
      } as const;
      const signature = createHmac('sha256', SECRET).update(bundleSigningText(unsigned)).digest('hex');
      const bundle: ScoreBundle = { ...unsigned, changes: [...changes], signature };
      const hash = createHash('sha256').update(canonicalJson(bundle)).digest('hex');
      bundles.push({ bundle, hash });
      prevHash = hash;
    }
    return bundles;
  });
  const accepted: AcceptedBundle[] = [];
  const rounds = Math.max(...perDevice.map((b) => b.length));
  for (let i = 0; i < rounds; i++) {
    for (const bundles of perDevice) {
      const next = bundles[i];
      if (!next) continue;
      const receivedAt = new Date(Date.UTC(2021, 5, 1, 2) + accepted.length).toISOString();
      accepted.push({ ...next, receivedAt });
    }
  }
  return accepted;
}

/**
 * A small event scored through the real server's HTTP API, for the results page: created, its teams
 * imported and jurors added as the console does, a conflict declared in advance, then each juror's
 * tablet enrolled with a code and its scores sent as signed, hash-chained bundles (signed here in
 * Node with the device's secret, exactly as test/server builds them).
 *
 * Seven teams, three jurors, the KIPP Malang rubric (five criteria 1–10, equal weights): a juror who
 * gives every criterion v gives a total of (v − 1) / 9 × 100. Every sheet is final except J3's for
 * T7 (draft) and J3's for T5 (conflict declared by the committee, never scored):
 *   T1 10 10  9 → (100 + 100 + 88.888889) / 3           = 96.296296  rank 1
 *   T2  9  9  9 → 88.888889                               = 88.888889  rank 2
 *   T3  9  8  8 → (88.888889 + 77.777778 · 2) / 3         = 81.481482  } level on the mean and on
 *   T4  8  9  8 → the same                                = 81.481482  } every rule until the draw: 3, 3
 *   T5  8  8  – → (77.777778 · 2) / 2                     = 77.777778  rank 5
 *   T6  7  7  7 → 66.666667                               = 66.666667  rank 6
 *   T7  6  6 (5 draft) → (55.555556 · 2) / 2              = 55.555556  rank 7
 * So until the committee draws T3/T4, the Top 3 holds four teams and is not settled.
 */
import { expect } from '@playwright/test';
import * as v from 'valibot';
import { EventDetailSchema } from '#shared/admin-api.ts';
import { BUNDLE_VERSION, GENESIS_HASH, signBundle } from '#shared/bundle.ts';
import { canonicalJson } from '#shared/canonical.ts';
import type { EventPackage } from '#shared/event.ts';
import type { ChangeEntry } from '#shared/sheet.ts';
import type { RunningServer } from './server.ts';

export const RESULTS_EVENT = 'kipp-malang-2021-final';
const CRITERIA = ['kebaruan', 'efektif', 'bermanfaat', 'replikasi', 'berkelanjutan'];
export const TEAM_TITLES = [
  'Layanan Adminduk Drive-Thru',
  'Posyandu Daring Dinoyo',
  'Kelas Radio Belajar dari Rumah',
  'Sumur Resapan Warga Sukun',
  'Perizinan Satu Pintu Daring',
  'Pasar Rakyat Nontunai',
  'Bank Sampah Kelurahan Tunjungsekar',
];
export const JUROR_NAMES = ['Dr. Ratna Wulandari, M.Si.', 'Ir. Bambang Hartono', 'Sri Wahyuni, S.Sos.'];
/** Scores per team (T1…T7) from J1, J2, J3; null: not scored. */
const PLAN: (number | null)[][] = [
  [10, 10, 9],
  [9, 9, 9],
  [9, 8, 8],
  [8, 9, 8],
  [8, 8, null],
  [7, 7, 7],
  [6, 6, 5],
];

export interface SeededEvent {
  /** Team ids in T1…T7 order. */
  teams: string[];
  /** Juror ids in J1…J3 order. */
  jurors: string[];
  /** J3's tablet, to finalise T7 later. */
  lastTablet: Tablet;
}

interface Tablet {
  deviceId: string;
  token: string;
  secret: string;
  jurorId: string;
  nextSeq: number;
  prevHash: string;
}

export async function admin(
  server: RunningServer,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const res = await fetch(`${server.url}/api/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await res.json();
  expect(res.ok, `${method} ${path}: ${JSON.stringify(json)}`).toBe(true);
  return json;
}

function packageOf(detail: unknown): EventPackage {
  return v.parse(EventDetailSchema, detail).package;
}

export async function seedResultsEvent(server: RunningServer, token: string): Promise<SeededEvent> {
  await admin(server, token, 'POST', '/events', {
    id: RESULTS_EVENT,
    name: 'KIPP Kota Malang 2021 — Babak Final',
    organiser: 'Bagian Organisasi, Sekretariat Daerah Kota Malang',
    venue: 'Hotel Gajahmada, Malang',
    days: ['2021-03-16'],
    timezone: 'Asia/Jakarta',
    topGroups: [6, 3],
  });
  const path = `/events/${RESULTS_EVENT}`;
  const created = packageOf(await admin(server, token, 'GET', path));
  await admin(server, token, 'POST', `${path}/import`, {
    baseVersion: created.event.packageVersion ?? 0,
    rows: TEAM_TITLES.map((title, i) => ({
      row: i + 2,
      no: i + 1,
      agency: `Perangkat Daerah ${i + 1}`,
      agencyType: 'perangkat-daerah',
      title,
      summary: `Ringkasan ${title}.`,
      day: '2021-03-16',
      start: `${String(8 + i).padStart(2, '0')}:00`,
      room: 'Ruang Gajahmada',
    })),
  });
  for (const name of JUROR_NAMES) await admin(server, token, 'POST', `${path}/jurors`, { name });
  const pkg = packageOf(await admin(server, token, 'GET', path));
  const teams = TEAM_TITLES.map((title) => pkg.teams.find((t) => t.title === title)?.id ?? '');
  const jurors = JUROR_NAMES.map((name) => pkg.jurors.find((j) => j.name === name)?.id ?? '');
  await admin(server, token, 'PUT', `${path}/conflicts`, {
    jurorId: jurors[2],
    teamId: teams[4],
    reason: 'Juri pernah menjadi pembina inovasi ini',
  });

  let lastTablet: Tablet | undefined;
  for (const [j, jurorId] of jurors.entries()) {
    const tablet = await enrollTablet(server, token, jurorId);
    const changes: ChangeEntry[] = [];
    PLAN.forEach((row, t) => {
      const value = row[j];
      const teamId = teams[t] ?? '';
      if (value === null || value === undefined) return;
      for (const criterionId of CRITERIA)
        changes.push(change(tablet, changes.length, teamId, 'score', criterionId, value));
      const draft = j === 2 && t === 6;
      if (!draft) changes.push(change(tablet, changes.length, teamId, 'status', null, 'final'));
    });
    await sendBundle(server, tablet, changes);
    lastTablet = tablet;
  }
  if (!lastTablet) throw new Error('no juror');
  return { teams, jurors, lastTablet };
}

/** J3 finalises T7 — the last required sheet. */
export async function finaliseLastSheet(server: RunningServer, seeded: SeededEvent): Promise<void> {
  const tablet = seeded.lastTablet;
  await sendBundle(server, tablet, [change(tablet, 0, seeded.teams[6] ?? '', 'status', null, 'final')]);
}

async function enrollTablet(server: RunningServer, token: string, jurorId: string): Promise<Tablet> {
  const issued = await admin(server, token, 'POST', '/enrollments', { jurorId, eventId: RESULTS_EVENT });
  const code = typeof issued === 'object' && issued && 'code' in issued ? String(issued.code) : '';
  const deviceId = `tablet-${jurorId}-e2e`;
  const res = await fetch(`${server.url}/api/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceId, firstSeq: 1 }),
  });
  expect(res.status).toBe(201);
  const enrolled: { device: { token: string; secret: string } } = await res.json();
  return { deviceId, jurorId, ...enrolled.device, nextSeq: 1, prevHash: GENESIS_HASH };
}

function change(
  tablet: Tablet,
  offset: number,
  teamId: string,
  kind: 'score' | 'status',
  criterionId: string | null,
  newValue: number | string,
): ChangeEntry {
  const seq = tablet.nextSeq + offset;
  return {
    seq,
    eventId: RESULTS_EVENT,
    jurorId: tablet.jurorId,
    teamId,
    kind,
    criterionId,
    oldValue: kind === 'status' ? 'draft' : null,
    newValue,
    at: new Date(Date.UTC(2021, 2, 16, 1, 0, seq)).toISOString(),
  };
}

async function sendBundle(server: RunningServer, tablet: Tablet, changes: ChangeEntry[]): Promise<void> {
  const bundle = await signBundle(
    {
      version: BUNDLE_VERSION,
      bundleId: `bundle-${tablet.deviceId}-${tablet.nextSeq}`,
      deviceId: tablet.deviceId,
      jurorId: tablet.jurorId,
      eventId: RESULTS_EVENT,
      fromSeq: tablet.nextSeq,
      toSeq: tablet.nextSeq + changes.length - 1,
      prevHash: tablet.prevHash,
      createdAt: new Date(Date.UTC(2021, 2, 16, 2)).toISOString(),
      changes,
    },
    tablet.secret,
  );
  const res = await fetch(`${server.url}/api/bundles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tablet.token}`, 'content-type': 'application/json' },
    body: canonicalJson(bundle),
  });
  const body: { receipt?: { hash: string } } = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(201);
  tablet.nextSeq += changes.length;
  tablet.prevHash = body.receipt?.hash ?? '';
}

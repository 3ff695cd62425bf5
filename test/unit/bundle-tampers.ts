/** Ways to alter a signed bundle after signing; the signature and the hash must notice every one. */
import fc from 'fast-check';
import type { ScoreBundle } from '#shared/bundle.ts';
import type { ChangeEntry } from '#shared/sheet.ts';

/** One way to change a signed bundle; every one of them must be detected. */
type Tamper = (b: ScoreBundle, i: number) => ScoreBundle;
const editChange = (b: ScoreBundle, i: number, edit: (c: ChangeEntry) => ChangeEntry): ScoreBundle => ({
  ...b,
  changes: b.changes.map((c, j) => (j === i % b.changes.length ? edit(c) : c)),
});
export const flipHex = (hex: string, at: number): string => {
  const i = at % hex.length;
  return `${hex.slice(0, i)}${hex[i] === 'a' ? 'b' : 'a'}${hex.slice(i + 1)}`;
};

const CHANGE_TAMPERS: Record<string, Tamper> = {
  seq: (b, i) => editChange(b, i, (c) => ({ ...c, seq: c.seq + 100 })),
  eventId: (b, i) => editChange(b, i, (c) => ({ ...c, eventId: 'kipp-malang-2022' })),
  jurorId: (b, i) => editChange(b, i, (c) => ({ ...c, jurorId: 'juri-2' })),
  teamId: (b, i) => editChange(b, i, (c) => ({ ...c, teamId: 'puskesmas-dinoyo' })),
  kind: (b, i) => editChange(b, i, (c) => ({ ...c, kind: c.kind === 'comment' ? 'note' : 'comment' })),
  criterionId: (b, i) =>
    editChange(b, i, (c) => ({ ...c, criterionId: c.criterionId === 'efektif' ? 'kebaruan' : 'efektif' })),
  oldValue: (b, i) => editChange(b, i, (c) => ({ ...c, oldValue: c.oldValue === 9 ? 10 : 9 })),
  newValue: (b, i) => editChange(b, i, (c) => ({ ...c, newValue: c.newValue === 9 ? 10 : 9 })),
  'newValue number ↔ text': (b, i) =>
    editChange(b, i, (c) => ({ ...c, newValue: typeof c.newValue === 'number' ? String(c.newValue) : 5 })),
  at: (b, i) => editChange(b, i, (c) => ({ ...c, at: '2021-03-17T09:00:00.000Z' })),
  'reason added or changed': (b, i) =>
    editChange(b, i, (c) => ({ ...c, reason: `${c.reason ?? ''}salah tekan` })),
  'changes reordered': (b) => ({ ...b, changes: [...b.changes].reverse() }),
  'change dropped': (b, i) => ({ ...b, changes: b.changes.filter((_, j) => j !== i % b.changes.length) }),
};
const HEADER_TAMPERS: Record<string, Tamper> = {
  prevHash: (b, i) => ({ ...b, prevHash: flipHex(b.prevHash, i) }),
  bundleId: (b) => ({ ...b, bundleId: `${b.bundleId}x` }),
  deviceId: (b) => ({ ...b, deviceId: 'tablet-ruang-2-xyz' }),
  jurorId: (b) => ({ ...b, jurorId: 'juri-2' }),
  eventId: (b) => ({ ...b, eventId: 'kipp-malang-2022' }),
  fromSeq: (b) => ({ ...b, fromSeq: b.fromSeq + 1 }),
  toSeq: (b) => ({ ...b, toSeq: b.toSeq + 1 }),
  createdAt: (b) => ({ ...b, createdAt: '2021-03-17T09:00:00.000Z' }),
};
export const tamperArb = fc.record({
  name: fc.constantFrom(...Object.keys(CHANGE_TAMPERS), ...Object.keys(HEADER_TAMPERS)),
  at: fc.nat({ max: 1000 }),
});
export const applyTamper = (b: ScoreBundle, name: string, at: number): ScoreBundle => {
  const tamper = CHANGE_TAMPERS[name] ?? HEADER_TAMPERS[name];
  if (!tamper) throw new Error(`no tamper ${name}`);
  return tamper(b, at);
};

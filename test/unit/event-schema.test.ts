import { describe, expect, it } from 'vitest';
import { type Criterion, type EventPackage, EventPackageSchema, RubricSchema } from '#shared/event.ts';
import { RUBRIC_PRESETS } from '#shared/rubric-presets.ts';
import { parseWith } from '#shared/validation.ts';
import { makeSmallEvent, SMALL_EVENT } from '../fixtures/small-event.ts';

/** The fixture with one criterion replaced by whatever `change` makes of it (possibly invalid). */
function withCriterion(index: number, change: (c: Criterion) => object): unknown {
  const pkg = makeSmallEvent();
  return {
    ...pkg,
    rubric: { ...pkg.rubric, criteria: pkg.rubric.criteria.map((c, i) => (i === index ? change(c) : c)) },
  };
}

describe('EventPackageSchema', () => {
  it('accepts the small event and returns it unchanged', () => {
    const parsed = parseWith(EventPackageSchema, makeSmallEvent());
    expect(parsed).toEqual({ ok: true, value: SMALL_EVENT });
  });

  it('trims text fields, so stray spaces from a spreadsheet do not reach the screen', () => {
    const pkg = makeSmallEvent();
    const parsed = parseWith(EventPackageSchema, {
      ...pkg,
      teams: pkg.teams.map((t, i) => (i === 0 ? { ...t, title: '  Layanan Adminduk Drive-Thru \n' } : t)),
    });
    expect(parsed.ok && parsed.value.teams[0]?.title).toBe('Layanan Adminduk Drive-Thru');
  });

  it('defaults a missing tieBreak to an empty list', () => {
    const pkg = makeSmallEvent();
    const { tieBreak: _dropped, ...rubric } = pkg.rubric;
    const parsed = parseWith(EventPackageSchema, { ...pkg, rubric });
    expect(parsed.ok && parsed.value.rubric.tieBreak).toEqual([]);
  });

  it('reads a tieBreak of criterion ids (packages before the rule list) as criterion rules', () => {
    const pkg = makeSmallEvent();
    const parsed = parseWith(EventPackageSchema, {
      ...pkg,
      rubric: { ...pkg.rubric, tieBreak: ['efektif', { kind: 'fewer-conflicts' }, 'kebaruan'] },
    });
    expect(parsed.ok && parsed.value.rubric.tieBreak).toEqual([
      { kind: 'criterion', criterionId: 'efektif' },
      { kind: 'fewer-conflicts' },
      { kind: 'criterion', criterionId: 'kebaruan' },
    ]);
  });

  it.each<{ name: string; build: (p: EventPackage) => unknown; field: string; says: string }>([
    {
      name: 'missing team title',
      build: (p) => ({
        ...p,
        teams: p.teams.map(({ title: _t, ...rest }, i) => (i === 0 ? rest : { ...rest, title: _t })),
      }),
      field: 'teams.0.title',
      says: 'title',
    },
    {
      name: 'team title of only spaces',
      build: (p) => ({ ...p, teams: p.teams.map((t, i) => (i === 1 ? { ...t, title: '   ' } : t)) }),
      field: 'teams.1.title',
      says: 'wajib diisi',
    },
    {
      name: 'unknown agencyType',
      build: (p) => ({
        ...p,
        teams: p.teams.map((t, i) => (i === 1 ? { ...t, agencyType: 'kementerian' } : t)),
      }),
      field: 'teams.1.agencyType',
      says: 'jenis instansi tidak dikenal',
    },
    {
      name: 'duplicate team id',
      build: (p) => ({
        ...p,
        teams: p.teams.map((t, i) => (i === 2 ? { ...t, id: 'dispendukcapil' } : t)),
        slots: p.slots.map((s) => (s.teamId === 'smpn-5-malang' ? { ...s, teamId: 'dispendukcapil' } : s)),
      }),
      field: 'teams',
      says: 'id peserta harus unik',
    },
    {
      name: 'team id with capitals',
      build: (p) => ({ ...p, teams: p.teams.map((t, i) => (i === 0 ? { ...t, id: 'Dispendukcapil' } : t)) }),
      field: 'teams.0.id',
      says: 'huruf kecil',
    },
    {
      name: 'no teams at all',
      build: (p) => ({ ...p, teams: [], slots: [] }),
      field: 'teams',
      says: 'minimal satu peserta',
    },
    {
      name: 'slot referencing a missing team',
      build: (p) => ({
        ...p,
        slots: p.slots.map((s, i) => (i === 1 ? { ...s, teamId: 'puskesmas-janti' } : s)),
      }),
      field: 'slots',
      says: 'jadwal menyebut peserta yang tidak ada',
    },
    {
      name: 'slot on a day outside the event',
      build: (p) => ({ ...p, slots: p.slots.map((s, i) => (i === 2 ? { ...s, day: '2021-03-18' } : s)) }),
      field: 'slots',
      says: 'jadwal memakai hari di luar hari acara',
    },
    {
      name: 'slot day that is not a date',
      build: (p) => ({ ...p, slots: p.slots.map((s, i) => (i === 0 ? { ...s, day: '16/03/2021' } : s)) }),
      field: 'slots.0.day',
      says: 'YYYY-MM-DD',
    },
    {
      name: 'bad clock "25:00"',
      build: (p) => ({ ...p, slots: p.slots.map((s, i) => (i === 0 ? { ...s, start: '25:00' } : s)) }),
      field: 'slots.0.start',
      says: 'harus jam HH:MM',
    },
    {
      name: 'clock without a leading zero "8:30"',
      build: (p) => ({ ...p, slots: p.slots.map((s, i) => (i === 1 ? { ...s, start: '8:30' } : s)) }),
      field: 'slots.1.start',
      says: 'harus jam HH:MM',
    },
    {
      name: 'zero presentation minutes',
      build: (p) => ({
        ...p,
        slots: p.slots.map((s, i) => (i === 0 ? { ...s, presentationMinutes: 0 } : s)),
      }),
      field: 'slots.0.presentationMinutes',
      says: 'slots.0.presentationMinutes',
    },
    {
      name: 'duplicate juror id',
      build: (p) => ({ ...p, jurors: p.jurors.map((j) => ({ ...j, id: 'juri-1' })) }),
      field: 'jurors',
      says: 'id juri harus unik',
    },
    {
      name: 'timezone outside Indonesia',
      build: (p) => ({ ...p, event: { ...p.event, timezone: 'Asia/Singapore' } }),
      field: 'event.timezone',
      says: 'WIB, WITA atau WIT',
    },
    {
      name: 'scale with max equal to min',
      build: () => withCriterion(2, (c) => ({ ...c, scale: { min: 10, max: 10, step: 1 } })),
      field: 'rubric.criteria.2.scale.max',
      says: 'max harus lebih besar dari min',
    },
    {
      name: 'scale with max below min',
      build: () => withCriterion(0, (c) => ({ ...c, scale: { min: 10, max: 1, step: 1 } })),
      field: 'rubric.criteria.0.scale.max',
      says: 'max harus lebih besar dari min',
    },
    {
      name: 'scale whose range is not a multiple of the step',
      build: () => withCriterion(1, (c) => ({ ...c, scale: { min: 1, max: 10, step: 2 } })),
      field: 'rubric.criteria.1.scale.step',
      says: 'rentang harus kelipatan step',
    },
    {
      name: 'scale step 0',
      build: () => withCriterion(1, (c) => ({ ...c, scale: { min: 1, max: 10, step: 0 } })),
      field: 'rubric.criteria.1.scale.step',
      says: 'harus lebih dari 0',
    },
    {
      name: 'scale with more values than buttons a juror can tap',
      build: () => withCriterion(1, (c) => ({ ...c, scale: { min: 0, max: 100, step: 0.5 } })),
      field: 'rubric.criteria.1.scale.step',
      says: 'skala paling banyak 101 nilai',
    },
    {
      name: 'absurd weight',
      build: () => withCriterion(2, (c) => ({ ...c, weight: 1e308 })),
      field: 'rubric.criteria.2.weight',
      says: 'bobot paling besar 1000',
    },
    {
      name: 'weight 0',
      build: () => withCriterion(3, (c) => ({ ...c, weight: 0 })),
      field: 'rubric.criteria.3.weight',
      says: 'bobot harus lebih dari 0',
    },
    {
      name: 'negative weight',
      build: () => withCriterion(4, (c) => ({ ...c, weight: -14 })),
      field: 'rubric.criteria.4.weight',
      says: 'bobot harus lebih dari 0',
    },
    {
      name: 'duplicate criterion id',
      build: () => withCriterion(1, (c) => ({ ...c, id: 'kebaruan' })),
      field: 'rubric.criteria',
      says: 'id kriteria harus unik',
    },
    {
      name: 'criterion without an English name',
      build: () => withCriterion(0, (c) => ({ ...c, name: { id: c.name.id, en: '' } })),
      field: 'rubric.criteria.0.name.en',
      says: 'wajib diisi',
    },
    {
      name: 'tieBreak naming a missing criterion',
      build: (p) => ({ ...p, rubric: { ...p.rubric, tieBreak: ['efektif', 'inovasi'] } }),
      field: 'rubric.tieBreak',
      says: 'tieBreak menyebut kriteria yang tidak ada',
    },
    {
      name: 'a tieBreak criterion rule naming a missing criterion',
      build: (p) => ({
        ...p,
        rubric: { ...p.rubric, tieBreak: [{ kind: 'criterion', criterionId: 'inovasi' }] },
      }),
      field: 'rubric.tieBreak',
      says: 'tieBreak menyebut kriteria yang tidak ada',
    },
    {
      name: 'a tieBreak rule of unknown kind',
      build: (p) => ({ ...p, rubric: { ...p.rubric, tieBreak: [{ kind: 'coin-toss' }] } }),
      field: 'rubric.tieBreak.0',
      says: 'aturan tieBreak',
    },
    {
      name: 'the same tieBreak rule twice',
      build: (p) => ({
        ...p,
        rubric: {
          ...p.rubric,
          tieBreak: ['efektif', { kind: 'fewer-conflicts' }, { kind: 'criterion', criterionId: 'efektif' }],
        },
      }),
      field: 'rubric.tieBreak',
      says: 'tieBreak memuat aturan yang sama dua kali',
    },
    {
      name: 'a tieBreak rule after the draw',
      build: (p) => ({ ...p, rubric: { ...p.rubric, tieBreak: [{ kind: 'draw' }, 'efektif'] } }),
      field: 'rubric.tieBreak',
      says: 'undian (draw) harus aturan tieBreak terakhir',
    },
    {
      name: 'wrong schemaVersion',
      build: (p) => ({ ...p, schemaVersion: 2 }),
      field: 'schemaVersion',
      says: 'schemaVersion harus 1',
    },
    {
      name: 'missing schemaVersion',
      build: ({ schemaVersion: _v, ...rest }) => rest,
      field: 'schemaVersion',
      says: 'schemaVersion',
    },
  ])('refuses $name, naming $field', ({ build, field, says }) => {
    const parsed = parseWith(EventPackageSchema, build(makeSmallEvent()));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.field).toBe(field);
    expect(parsed.message.startsWith(`${field}: `)).toBe(true);
    expect(parsed.message).toContain(says);
  });

  it.each([
    ['null', null],
    ['a string', 'kipp-malang-2021'],
  ])('refuses %s at the root', (_name, input) => {
    expect(parseWith(EventPackageSchema, input)).toMatchObject({ ok: false, field: '(root)' });
  });
});

describe('rubric presets', () => {
  it.each(RUBRIC_PRESETS.map((r) => [r.id, r] as const))('%s is a valid rubric', (_id, rubric) => {
    expect(parseWith(RubricSchema, rubric).ok).toBe(true);
  });
});

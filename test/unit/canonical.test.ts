import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '#shared/canonical.ts';

/** Gives a key order other than the one the value was written in, recursively, chosen by `seed`. */
function reorderKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item) => reorderKeys(item, seed));
  if (value === null || typeof value !== 'object') return value;
  const rank = (key: string) =>
    [...key].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619), seed | 1) >>> 0;
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((key) => [key, reorderKeys(Reflect.get(value, key), seed)]));
}

/** The definition, written plainly: the fast canonicalJson must give exactly these bytes. */
function reference(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => reference(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${reference(member)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

describe('canonicalJson', () => {
  it('writes the same bytes as the plain definition, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 500 },
    );
  });

  it.each<{ name: string; value: unknown; json: string }>([
    { name: 'sorts keys', value: { b: 1, a: 2, c: 3 }, json: '{"a":2,"b":1,"c":3}' },
    {
      name: 'sorts keys recursively, inside arrays too',
      value: { z: { y: 1, x: [{ d: 1, c: 2 }] }, a: null },
      json: '{"a":null,"z":{"x":[{"c":2,"d":1}],"y":1}}',
    },
    { name: 'keeps array order', value: [3, 1, 2], json: '[3,1,2]' },
    { name: 'drops undefined members', value: { a: 1, reason: undefined }, json: '{"a":1}' },
    { name: 'writes undefined array items as null', value: [1, undefined, 2], json: '[1,null,2]' },
    { name: 'sorts by code unit, capitals first', value: { b: 1, B: 2, a: 3 }, json: '{"B":2,"a":3,"b":1}' },
    {
      name: 'escapes strings like JSON',
      value: { 'catatan "x"': 'baris 1\nbaris 2' },
      json: '{"catatan \\"x\\"":"baris 1\\nbaris 2"}',
    },
    {
      name: 'keeps non-ASCII text as is',
      value: { nama: 'Dinas Kependudukan — Malang’s' },
      json: '{"nama":"Dinas Kependudukan — Malang’s"}',
    },
    { name: 'writes no whitespace', value: { a: [1, { b: true }] }, json: '{"a":[1,{"b":true}]}' },
    { name: 'writes -0 as 0', value: -0, json: '0' },
    { name: 'writes an empty object', value: {}, json: '{}' },
  ])('$name', ({ value, json }) => {
    expect(canonicalJson(value)).toBe(json);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['NaN deep inside', { changes: [{ newValue: Number.NaN }] }],
    ['a bigint', 10n],
    ['a function', () => 1],
  ])('rejects %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('is the same whatever order the keys were written in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        expect(canonicalJson(reorderKeys(value, seed))).toBe(canonicalJson(value));
      }),
    );
  });

  it('reads back as the same value (it is JSON)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = canonicalJson(value);
        expect(canonicalJson(JSON.parse(json))).toBe(json);
      }),
    );
  });

  it('ignores undefined members wherever they are added', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), (value, key) => {
        fc.pre(!(key in value));
        expect(canonicalJson({ ...value, [key]: undefined })).toBe(canonicalJson(value));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { TermTable } from '../../src/align/term-table.js';

/** The ids a Map<string, number> gives, in order of first appearance: what TermTable must reproduce. */
function mapIds(terms: readonly string[]): number[] {
  const ids = new Map<string, number>();
  return terms.map((t) => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  });
}

function words(count: number, seed: number, alphabet: string, maxLength: number): string[] {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) | 0) >>> 8) / 16777216;
  return Array.from({ length: count }, () => {
    let w = '';
    const length = 1 + Math.floor(next() * maxLength);
    for (let i = 0; i < length; i++) w += alphabet[Math.floor(next() * alphabet.length)];
    return w;
  });
}

describe('TermTable', () => {
  it('gives the ids of a Map, in order of first appearance, through many growths of the table', () => {
    const terms = words(60_000, 7, 'abcdefghij', 6);
    const table = new TermTable();
    expect(terms.map((t) => table.idOf(t))).toEqual(mapIds(terms));
    expect(table.size).toBe(new Set(terms).size);
  });

  it('gives the same ids whatever its hash seed', () => {
    const terms = [...words(5000, 3, 'ab', 12), 'нападение', '中国', '', 'a\u0301', '👍🏽', 'ab'];
    const expected = mapIds(terms);
    for (const seed of [0, 1, -1, 0x7fffffff, -0x80000000, 123456789]) {
      const table = new TermTable(seed);
      expect(terms.map((t) => table.idOf(t))).toEqual(expected);
    }
  });

  it('tells apart strings that differ only in one code unit or in length', () => {
    const table = new TermTable(42);
    const terms = ['a', 'aa', 'a\u0000', '\u0000a', 'b', 'a', 'aa'];
    expect(terms.map((t) => table.idOf(t))).toEqual([0, 1, 2, 3, 4, 0, 1]);
  });
});

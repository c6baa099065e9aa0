import { describe, expect, it } from 'vitest';
import { gallop, GALLOP_RATIO, intersectionSize, jaccard, shinglesOf, unionJaccard } from '../../src/align/shingles.js';

/** The definition, by brute force: how many values of a occur in b. */
function slowIntersection(a: Int32Array, b: Int32Array): number {
  const inB = new Set(b);
  return [...a].filter((x) => inB.has(x)).length;
}

function randomSet(size: number, range: number, seed: number): Int32Array {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) | 0) >>> 8) % range;
  const values = new Set<number>();
  while (values.size < size) values.add(next() - (range >> 1));
  return Int32Array.from([...values].sort((x, y) => x - y));
}

describe('intersectionSize', () => {
  it('agrees with the definition for sets of similar and of very different sizes (merge and galloping)', () => {
    for (const [small, big] of [[50, 60], [10, 10 * GALLOP_RATIO + 1], [3, 5000], [1, 20000], [0, 100]] as const) {
      for (let seed = 1; seed <= 5; seed++) {
        const a = randomSet(small, 4 * big, seed);
        const b = randomSet(big, 4 * big, seed + 100);
        expect(intersectionSize(a, b)).toBe(slowIntersection(a, b));
        expect(intersectionSize(b, a)).toBe(slowIntersection(a, b));
      }
    }
  });

  it('scores a short clause inside a long one the same whichever side it is on', () => {
    const short = shinglesOf('the parties shall consult');
    const long = shinglesOf(`${'each party shall take measures to prevent any threat. '.repeat(400)}the parties shall consult`);
    expect(jaccard(short, long)).toBe(jaccard(long, short));
    expect(intersectionSize(short, long)).toBe(short.length);
  });
});

describe('gallop', () => {
  it('finds the first position at or after `from` holding a value ≥ target', () => {
    const values = [1, 3, 3, 5, 8, 13, 21];
    expect(gallop(values, 3, 0)).toBe(1);
    expect(gallop(values, 4, 0)).toBe(3);
    expect(gallop(values, 4, 4)).toBe(4);
    expect(gallop(values, 22, 0)).toBe(7);
    expect(gallop(values, 0, 2)).toBe(2);
  });
});

/** A sorted set of distinct values over the whole signed 32-bit range, the two extremes included. */
function wideSet(size: number, seed: number): Int32Array {
  let s = seed;
  const values = new Set<number>([-0x80000000, 0x7fffffff]);
  while (values.size < size) values.add((s = (Math.imul(s, 1664525) + 1013904223) | 0));
  return Int32Array.from(values).sort();
}

describe('unionJaccard', () => {
  /** The definition: Jaccard overlap of the two unions, by Sets. */
  function slowUnionJaccard(a: Int32Array[], b: Int32Array[]): number {
    const u = new Set(a.flatMap((s) => [...s]));
    const v = new Set(b.flatMap((s) => [...s]));
    const common = [...u].filter((x) => v.has(x)).length;
    return u.size + v.size === 0 ? 1 : common / (u.size + v.size - common);
  }

  it('agrees with the definition for small unions and for unions counted bucket by bucket', () => {
    for (const size of [3, 500, 40_000]) {
      const shared = wideSet(size, 1);
      // Sets that overlap each other and the other side: a value in several sets counts once.
      const a = [wideSet(size, 2), shared, wideSet(size >> 1, 3)];
      const b = [shared, wideSet(size, 4), a[2] as Int32Array];
      expect(unionJaccard(a, b)).toBeCloseTo(slowUnionJaccard(a, b), 12);
      expect(unionJaccard([a[0] as Int32Array], [b[1] as Int32Array])).toBe(jaccard(a[0] as Int32Array, b[1] as Int32Array));
    }
    expect(unionJaccard([new Int32Array(0)], [new Int32Array(0), new Int32Array(0)])).toBe(1);
  });
});

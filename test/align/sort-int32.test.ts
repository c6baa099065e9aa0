import { describe, expect, it } from 'vitest';
import { compactDistinct, sortInt32 } from '../../src/align/sort-int32.js';

/** Deterministic 32-bit values (a linear congruential generator), some of them repeated. */
function values(length: number, seed: number, range = 2 ** 32): Int32Array {
  let s = seed;
  const out = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    out[i] = range === 2 ** 32 ? Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) : ((s >>> 8) % range) - (range >> 1);
  }
  return out;
}

describe('sortInt32', () => {
  it('sorts as the built-in TypedArray sort does, below and above the radix threshold', () => {
    for (const length of [0, 1, 2, 100, 511, 512, 513, 5000, 70_000]) {
      for (const range of [2 ** 32, 1000, 3]) {
        const input = values(length, length + range, range);
        const expected = input.slice().sort();
        const sorted = sortInt32(input);
        expect(sorted).toBe(input);
        expect(Array.from(sorted)).toEqual(Array.from(expected));
      }
    }
  });

  it('orders the extremes of the signed range and zero', () => {
    const extremes = Int32Array.from([0, 2147483647, -2147483648, -1, 1, ...values(600, 9)]);
    expect(Array.from(sortInt32(extremes.slice()))).toEqual(Array.from(extremes.slice().sort()));
  });

  it('sorts a view of a larger buffer without touching the rest', () => {
    const buffer = values(3000, 5);
    const before = buffer.slice();
    const view = buffer.subarray(1000, 2000);
    sortInt32(view);
    expect(Array.from(view)).toEqual(Array.from(before.subarray(1000, 2000).sort()));
    expect(Array.from(buffer.subarray(0, 1000))).toEqual(Array.from(before.subarray(0, 1000)));
    expect(Array.from(buffer.subarray(2000))).toEqual(Array.from(before.subarray(2000)));
  });
});

describe('compactDistinct', () => {
  it('moves the distinct values of a sorted array to its front', () => {
    const sorted = Int32Array.from([-5, -5, 0, 3, 3, 3, 7]);
    const n = compactDistinct(sorted);
    expect(Array.from(sorted.subarray(0, n))).toEqual([-5, 0, 3, 7]);
    expect(compactDistinct(new Int32Array(0))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../src/render/fit-columns.js';

describe('fitColumns', () => {
  it('gives every column its ideal when there is room', () => {
    expect(fitColumns([{ ideal: 10, min: 10 }, { ideal: 30, min: 12 }], 100)).toEqual([10, 30]);
  });

  it('shares a shortfall between the columns that can shrink, using all the space', () => {
    const widths = fitColumns([{ ideal: 14, min: 14 }, { ideal: 70, min: 12 }, { ideal: 50, min: 12 }], 60);
    expect(widths[0]).toBe(14);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(60);
    expect(widths[1]!).toBeGreaterThan(widths[2]!);
  });

  it('falls back to the minimums when even they do not fit', () => {
    expect(fitColumns([{ ideal: 40, min: 20 }, { ideal: 40, min: 20 }], 10)).toEqual([20, 20]);
  });
});

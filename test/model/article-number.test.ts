import { describe, expect, it } from 'vitest';
import { compareArticleOrdinals, findArticleIndex, parseArticleNumber, parseRoman } from '../../src/model/article-number.js';

describe('parseArticleNumber', () => {
  it.each([
    ['1', 1, 0],
    ['23', 23, 0],
    ['I', 1, 0],
    ['IV', 4, 0],
    ['xlii', 42, 0],
    ['4 bis', 4, 2],
    ['4bis', 4, 2],
    ['4-ter', 4, 3],
    ['12A', 12, 101],
  ])('reads %j as %i (suffix rank %i)', (written, value, suffix) => {
    expect(parseArticleNumber(written)).toEqual({ value, suffix });
  });

  it.each(['', 'IIII', 'IC', 'VX', '0', 'Annex', '4 foo', '1.2'])('rejects %j', (written) => {
    expect(parseArticleNumber(written)).toBeUndefined();
  });

  it('orders inserted articles after their base and before the next', () => {
    const order = ['4', '4 bis', '4 ter', '4A', '5'].map((n) => parseArticleNumber(n)!);
    for (let i = 1; i < order.length; i++) expect(compareArticleOrdinals(order[i - 1]!, order[i]!)).toBeLessThan(0);
  });

  it('does not take "4B" for "4 bis"', () => {
    expect(compareArticleOrdinals(parseArticleNumber('4B')!, parseArticleNumber('4 bis')!)).not.toBe(0);
  });

  it('reads canonical Roman numerals only', () => {
    expect(parseRoman('MCMLXI')).toBe(1961);
    expect(parseRoman('MCMLXXXXI')).toBeUndefined();
  });
});

describe('findArticleIndex', () => {
  const roman = ['I', 'II', 'III'];
  it('finds the number as written first', () => expect(findArticleIndex(['1', '4 bis', '5'], '4 Bis')).toBe(1));
  it('finds Roman articles by their value', () => expect(findArticleIndex(roman, '2')).toBe(1));
  it('accepts "Art." and "Article" prefixes', () => {
    expect(findArticleIndex(roman, 'Article III')).toBe(2);
    expect(findArticleIndex(['1', '2'], 'art. 2')).toBe(1);
  });
  it('returns -1 for an article that does not exist', () => expect(findArticleIndex(roman, '7')).toBe(-1));
});

import { describe, expect, it } from 'vitest';
import type { GoldLink } from '../../src/synthetic/perturb-text.js';
import { scoreLinks } from '../../src/synthetic/score-links.js';

const link = (left: string[], right: string[]): GoldLink => ({ left, right });

describe('scoreLinks', () => {
  const gold = [link(['art-1/p-1'], ['art-1/p-1']), link(['art-2/p-1'], ['art-3/p-1']), link(['art-3/p-1'], ['art-2/p-1']), link(['art-4/p-1'], ['art-4/p-1'])];

  it('scores a perfect prediction 1', () => {
    expect(scoreLinks(gold, gold)).toEqual({ precision: 1, recall: 1, f1: 1, truePositives: 4, predicted: 4, expected: 4 });
  });

  it('scores half right: two of four pairs found, two wrong', () => {
    const predicted = [link(['art-1/p-1'], ['art-1/p-1']), link(['art-2/p-1'], ['art-2/p-1']), link(['art-3/p-1'], ['art-3/p-1']), link(['art-4/p-1'], ['art-4/p-1'])];
    expect(scoreLinks(predicted, gold)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, truePositives: 2, predicted: 4, expected: 4 });
  });

  it('counts a split as two pairs, so finding one half is half the recall', () => {
    const split = [link(['art-1/p-1'], ['art-1/p-1', 'art-1/p-2'])];
    expect(scoreLinks([link(['art-1/p-1'], ['art-1/p-1'])], split)).toEqual({
      precision: 1,
      recall: 0.5,
      f1: 2 / 3,
      truePositives: 1,
      predicted: 1,
      expected: 2,
    });
    expect(scoreLinks([link(['art-1/p-1'], ['art-1/p-2']), link(['art-1/p-1'], ['art-1/p-1'])], split).f1).toBe(1);
  });

  it('counts a merge as two pairs, and a predicted merge that is not one as false positives', () => {
    const oneToOne = [link(['a/p-1'], ['a/p-1']), link(['a/p-2'], ['a/p-2'])];
    const merge = [link(['a/p-1', 'a/p-2'], ['a/p-1'])];
    expect(scoreLinks(merge, oneToOne)).toMatchObject({ truePositives: 1, predicted: 2, expected: 2, precision: 0.5, recall: 0.5 });
  });

  it('counts a pair predicted twice once', () => {
    expect(scoreLinks([gold[0] as GoldLink, gold[0] as GoldLink], gold)).toMatchObject({ predicted: 1, truePositives: 1, precision: 1, recall: 0.25 });
  });

  it('defines empty sets: both empty is perfect; predicting nothing or only wrong pairs scores 0', () => {
    expect(scoreLinks([], [])).toEqual({ precision: 1, recall: 1, f1: 1, truePositives: 0, predicted: 0, expected: 0 });
    expect(scoreLinks([], gold)).toMatchObject({ precision: 0, recall: 0, f1: 0, expected: 4 });
    expect(scoreLinks(gold, [])).toMatchObject({ precision: 0, recall: 0, f1: 0, predicted: 4 });
    expect(scoreLinks([link(['x/p-1'], ['y/p-1'])], gold)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

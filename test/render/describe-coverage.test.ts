import { describe, expect, it } from 'vitest';
import { summariseCoverage } from '../../src/model/coverage.js';
import { coverageLine, missingParts } from '../../src/render/describe-coverage.js';
import { formatArticleList } from '../../src/render/format-articles.js';
import { bundledTreaty } from '../helpers/bundled.js';

const coverageOf = (id: string) => summariseCoverage(bundledTreaty(id).texts[0]!);

describe('coverage in words', () => {
  it('names what the 1961 text lacks, in document order', () => {
    expect(missingParts(coverageOf('ussr-dprk-1961'))).toEqual(['part of the preamble', 'the end of Article 5', 'Article 6', 'the closing']);
  });

  it('compresses runs of missing articles', () => {
    expect(coverageLine(coverageOf('rus-dprk-2024'))).toBe(
      'partial: 4 of 23 articles here; not in this corpus: the preamble, Articles 5–23 and the closing',
    );
    expect(missingParts(coverageOf('prc-dprk-1961'))).toEqual(['the end of Article II', 'Articles III–VII', 'the closing']);
  });

  it('says "complete" for a complete text', () => {
    const treaty = bundledTreaty('ussr-dprk-1961', (j) => {
      const t = j.texts[0]!;
      t.articles = t.articles.slice(0, 4);
      delete t.preamble;
      delete t.closing;
    });
    expect(coverageLine(summariseCoverage(treaty.texts[0]!))).toBe('complete (4 articles)');
  });
});

describe('formatArticleList', () => {
  it.each([
    [['5', '6', '7', '8'], '5–8'],
    [['1', '2'], '1, 2'],
    [['1', '3', '4', '5', '9'], '1, 3–5, 9'],
    [['III', 'IV', 'V'], 'III–V'],
    [['4', '4 bis', '5'], '4, 4 bis, 5'],
  ])('writes %j as %s', (numbers, expected) => expect(formatArticleList(numbers)).toBe(expected));
});

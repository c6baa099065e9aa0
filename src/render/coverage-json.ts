// Coverage in the JSON contracts (shared by list and show).
import type { CoverageOutput } from '../contract/common.js';
import type { TextCoverage } from '../model/coverage.js';
import { coverageLine } from './describe-coverage.js';

export function coverageToJson(c: TextCoverage): CoverageOutput {
  return {
    complete: c.complete,
    articlesKnown: c.articlesKnown,
    articlesPresent: c.articlesPresent,
    missingArticles: [...c.missingArticles],
    partialArticles: c.partialArticles.map((a) => ({ number: a.number, cutOff: a.cutOff })),
    preamble: c.preamble,
    closing: c.closing,
    summary: coverageLine(c),
  };
}

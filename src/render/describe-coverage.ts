// Plain-language coverage: which parts of a treaty a text lacks. Shared by every renderer that mentions
// coverage so that the wording ("not in this corpus", never "removed") is the same everywhere.
import type { TextCoverage } from '../model/coverage.js';
import { articlesPhrase } from './format-articles.js';

/**
 * What is not in the corpus, in document order: "part of the preamble", "the end of Article 5",
 * "Articles 5–23", "the closing". Empty for a complete text.
 */
export function missingParts(coverage: TextCoverage): string[] {
  const parts: string[] = [];
  if (coverage.preamble === 'missing') parts.push('the preamble');
  if (coverage.preamble === 'partial') parts.push('part of the preamble');
  if (coverage.articles.length === 0) parts.push('the articles (the text lists none)');
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(articlesPhrase(run));
    run = [];
  };
  for (const article of coverage.articles) {
    if (article.status === 'missing') {
      run.push(article.number);
      continue;
    }
    flush();
    if (article.status === 'partial') parts.push(`${article.cutOff ? 'the end of' : 'part of'} Article ${article.number}`);
  }
  flush();
  if (coverage.closing === 'missing') parts.push('the closing');
  if (coverage.closing === 'partial') parts.push('part of the closing');
  return parts;
}

/** "complete (6 articles)", or "partial: 5 of 6 articles here; not in this corpus: …". */
export function coverageLine(coverage: TextCoverage): string {
  if (coverage.complete) return `complete (${coverage.articlesKnown} articles)`;
  const here = coverage.articlesKnown === 0 ? 'no articles listed' : `${coverage.articlesPresent} of ${coverage.articlesKnown} articles here`;
  return `partial: ${here}; not in this corpus: ${joinAnd(missingParts(coverage))}`;
}

export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

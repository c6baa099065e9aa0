// What part of a treaty a text holds, derived from the statuses and gaps in the data. Every command that
// talks about missing text asks this module, so "not in this corpus" is decided in one place.
import type { Block, BlockStatus, Treaty, TreatyText } from './treaty.js';

/** Status of a preamble or closing: as in the data, or "none" when the treaty has no such part. */
export type PartStatus = BlockStatus | 'none';

export interface ArticleCoverage {
  readonly number: string;
  readonly status: BlockStatus;
  /** The text stops inside this article: a gap after its last paragraph. */
  readonly cutOff: boolean;
}

export interface TextCoverage {
  /** Everything is here. Never for a text that lists no articles: how many it lacks is not known. */
  readonly complete: boolean;
  readonly articlesKnown: number;
  /** Articles with at least some text here. */
  readonly articlesPresent: number;
  readonly articles: readonly ArticleCoverage[];
  readonly missingArticles: readonly string[];
  readonly partialArticles: readonly ArticleCoverage[];
  readonly preamble: PartStatus;
  readonly closing: PartStatus;
}

export function statusOf(block: Block | undefined): PartStatus {
  return block === undefined ? 'none' : (block.status ?? 'complete');
}

export function isCutOff(block: Block): boolean {
  return (block.gaps ?? []).includes(block.paragraphs.length) && block.paragraphs.length > 0;
}

export function summariseCoverage(text: TreatyText): TextCoverage {
  const articles = text.articles.map((a) => ({ number: a.number, status: statusOf(a) as BlockStatus, cutOff: isCutOff(a) }));
  const preamble = statusOf(text.preamble);
  const closing = statusOf(text.closing);
  const missingArticles = articles.filter((a) => a.status === 'missing').map((a) => a.number);
  const partialArticles = articles.filter((a) => a.status === 'partial');
  return {
    // A text that lists no article (a plain text without headings, read whole as a preamble) lacks them all.
    complete:
      articles.length > 0 &&
      missingArticles.length === 0 &&
      partialArticles.length === 0 &&
      (preamble === 'complete' || preamble === 'none') &&
      (closing === 'complete' || closing === 'none'),
    articlesKnown: articles.length,
    articlesPresent: articles.length - missingArticles.length,
    articles,
    missingArticles,
    partialArticles,
    preamble,
    closing,
  };
}

/** How many articles the treaty has, from its texts or, for a metadata-only entry, its articleCount. */
export function knownArticleCount(treaty: Treaty): number | undefined {
  return treaty.texts[0]?.articles.length ?? treaty.articleCount;
}

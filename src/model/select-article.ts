// Finds the article a user asked for in a text, or says that the treaty has no such article.
import { findArticleIndex, parseArticleNumber } from './article-number.js';
import { fail, ok, type Result } from './problem.js';
import type { Treaty, TreatyText } from './treaty.js';

export type ArticleSelection =
  /** An article of the text (its status may be "missing": it exists but is not in this corpus). */
  | { readonly kind: 'article'; readonly index: number }
  /** The treaty has no text here, but its article count says this article exists. */
  | { readonly kind: 'no-text'; readonly number: string };

export function selectArticle(treaty: Treaty, text: TreatyText | undefined, query: string): Result<ArticleSelection> {
  if (text) {
    const index = findArticleIndex(text.articles.map((a) => a.number), query);
    if (index >= 0) return ok({ kind: 'article', index });
  } else if (treaty.articleCount !== undefined) {
    const ordinal = parseArticleNumber(query);
    if (ordinal && ordinal.suffix === 0 && ordinal.value <= treaty.articleCount) return ok({ kind: 'no-text', number: query });
  }
  const known = text
    ? text.articles.map((a) => a.number)
    : Array.from({ length: treaty.articleCount ?? 0 }, (_, i) => String(i + 1));
  return fail({ code: 'article-unknown', severity: 'error', args: { treaty: treaty.id, article: query, known } });
}

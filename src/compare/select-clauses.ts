// Narrows a text's clauses to what the user addressed ("1961:1.2"), or says why it cannot.
import type { Clause } from '../model/clause.js';
import { findArticleIndex } from '../model/article-number.js';
import { statusOf } from '../model/coverage.js';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import type { Treaty, TreatyText } from '../model/treaty.js';
import { describeSelection } from './clause-ref.js';
import type { ClauseSelection } from '../model/comparison.js';

export function selectClauses(treaty: Treaty, text: TreatyText, clauses: readonly Clause[], selection: ClauseSelection): Result<Clause[]> {
  const where = describeSelection({ block: selection.block });
  const problem = (code: Problem['code'], args: Problem['args'] = {}) =>
    fail<Clause[]>({ code, severity: 'error', args: { treaty: treaty.id, where, ...args } });

  let inBlock: Clause[];
  if (selection.block === 'preamble' || selection.block === 'closing') {
    const block = text[selection.block];
    if (!block) return problem('selection-empty');
    if (statusOf(block) === 'missing') return problem('clause-not-in-corpus');
    inBlock = clauses.filter((c) => c.part === selection.block);
  } else {
    const index = findArticleIndex(text.articles.map((a) => a.number), selection.block);
    const article = text.articles[index];
    if (!article) return fail({ code: 'article-unknown', severity: 'error', args: { treaty: treaty.id, article: selection.block, known: text.articles.map((a) => a.number) } });
    if (statusOf(article) === 'missing') return problem('clause-not-in-corpus', { where: `Article ${article.number}` });
    inBlock = clauses.filter((c) => c.part === 'article' && c.article === article.number);
  }
  if (selection.paragraph === undefined) return ok(inBlock);
  const chosen = inBlock.filter((c) => c.paragraph === selection.paragraph);
  if (chosen.length === 0) return problem('paragraph-unknown', { paragraph: selection.paragraph, count: inBlock.length });
  return ok(chosen);
}

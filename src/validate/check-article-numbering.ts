// Numbering continuity of each text's articles: they run from 1 (or from the first number the source
// itself states) without holes, so that "3 of 6 articles here" counts every article and a missing one is
// never just absent from the list. Order and duplicates are check-treaty.ts's; this checks what is skipped.
import { numbersBetween } from '../import/article-stubs.js';
import { parseArticleNumber } from '../model/article-number.js';
import type { Finding } from '../model/problem.js';
import type { Article, Block, Treaty, TreatyText } from '../model/treaty.js';

/**
 * - **Start**: a text whose first article is numbered above 1 does not list the articles before it. That is
 *   an error when nothing says the treaty starts there: a gap stands before the first article (the preamble
 *   is missing or ends with a gap), or the first article is not one whose number the source states (it is
 *   missing, has no label, or is numbered editorially). Otherwise the source states the number its articles
 *   start from, which a treaty may do: a warning, so that a reader checks.
 * - **Holes**: an article numbered more than one past the highest before it (by value: "4 bis" follows
 *   "4", "5" follows "4 bis") leaves the ones between unlisted, unless they are listed elsewhere (out of
 *   order, which check-treaty.ts reports as article-order). By the same rule as the start: an error when
 *   a gap stands before it (the article before ends with one, or is missing) or either article's number is
 *   not the source's; a warning when the source itself numbers them so, as a text with repealed articles
 *   left out may. Numbers no convention reads are skipped (article-number-unparsed warns about them), and
 *   no hole is reported across one.
 */
export function checkArticleNumbering(treaty: Treaty): Finding[] {
  const findings: Finding[] = [];
  treaty.texts.forEach((text, t) => {
    const numbered = text.articles.flatMap((article, i) => {
      const ordinal = parseArticleNumber(article.number);
      return ordinal ? [{ article, i, value: ordinal.value }] : [];
    });
    const first = numbered[0];
    if (first !== undefined && first.i === 0 && first.value > 1) {
      const reason = gapBefore(text) ? 'gap-before' : !statesItsNumber(first.article) ? 'not-stated' : 'stated';
      findings.push({
        code: 'article-numbering-start',
        severity: reason === 'stated' ? 'warning' : 'error',
        path: ['texts', t, 'articles', 0, 'number'],
        args: { lang: text.lang, number: first.article.number, from: written(1, first.article.number), to: written(first.value - 1, first.article.number), reason },
      });
    }
    // Measured from the highest number so far, and only numbers no article of the text has: articles out
    // of order (article-order's business) do not make holes of their own. The numbers between are never
    // enumerated: a data file may number an article 1,000,000,000.
    const present = new Set(numbered.map((a) => a.value));
    let highest = numbered[0];
    for (let k = 1; k < numbered.length; k++) {
      const current = numbered[k] as (typeof numbered)[number];
      const previous = highest as (typeof numbered)[number];
      if (current.value <= previous.value) continue;
      highest = current;
      // An article whose number no convention reads may be the one between: say nothing rather than guess.
      if (current.i - previous.i > 1 && text.articles.slice(previous.i + 1, current.i).some((a) => parseArticleNumber(a.number) === undefined)) continue;
      // Each present value lies between one pair only, so these walks cost the text's length in all.
      let from = previous.value + 1;
      while (from < current.value && present.has(from)) from++;
      if (from === current.value) continue;
      let to = current.value - 1;
      while (present.has(to)) to--;
      const before = text.articles[current.i - 1] as Article;
      const reason = endsWithGap(before) ? 'gap-before' : !statesItsNumber(previous.article) || !statesItsNumber(current.article) ? 'not-stated' : 'stated';
      findings.push({
        code: 'article-numbering-hole',
        severity: reason === 'stated' ? 'warning' : 'error',
        path: ['texts', t, 'articles', current.i, 'number'],
        args: { lang: text.lang, number: current.article.number, previous: previous.article.number, from: written(from, current.article.number), to: written(to, current.article.number), reason },
      });
    }
  });
  return findings;
}

/** `value` written in the style of the article number `like`. */
function written(value: number, like: string): string {
  return numbersBetween(value, value, like)[0] as string;
}

/** A gap right before the first article: the preamble is missing, or its last gap is after its last paragraph. */
function gapBefore(text: TreatyText): boolean {
  return text.preamble !== undefined && endsWithGap(text.preamble);
}

/** The block is missing, or its last gap is after its last paragraph. */
function endsWithGap(block: Block): boolean {
  return block.status === 'missing' || (block.gaps ?? []).includes(block.paragraphs.length);
}

/** The source writes this article's heading and text: its number is the source's, not the corpus's. */
function statesItsNumber(article: Article): boolean {
  return article.label !== undefined && article.status !== 'missing' && article.numbering !== 'editorial';
}

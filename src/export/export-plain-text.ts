// Writes a treaty text in the plain-text conventions of sources/README.md, the form parsePlainText reads:
// one paragraph per line, a blank line between, article headings on their own line, `[...]` for gaps.
import { articleValue, numbersAfter, numbersBetween } from '../import/article-stubs.js';
import { GAP_LINE, isGapLine, isVisiblyCut } from '../import/plain-text-gaps.js';
import { readHeadingLine, writeHeadingLine } from '../import/plain-text-headings.js';
import type { Article, Block, TreatyText } from '../model/treaty.js';

/**
 * The text as plain text, LF line endings and a final newline ("" for a text with nothing in it).
 *
 * - The preamble's paragraphs first; a missing preamble writes nothing (the KCNA release of the 2024
 *   treaty has none, and a marker before the first heading would read back as a missing preamble anyway),
 *   unless missing articles before the first heading need that marker.
 * - Each article: its `label`, or when it has none the heading line {@link writeHeadingLine} writes for the
 *   text's language ("Article N", "Статья N", "제N조", "第N条"); then its `heading`, if the label does not
 *   already carry it, on the very next line with no blank line between, which is how the importer tells a
 *   title from a short first paragraph; then its paragraphs. The first paragraph runs in on the heading
 *   line when on a line of its own it would read as a heading or a gap marker ("Article 1. [...]", as the
 *   source wrote it).
 * - `[...]` wherever a block has a gap or is missing. Missing articles without a label or title (those
 *   parsePlainText adds) are not written one by one where a single `[...]` reads back as them: before the
 *   first heading (Articles 1 to the one before it), between two headings whose numbering skips them, and
 *   at the end with a missing closing (up to articleCount) — provided the text before them already ends
 *   with that marker, or can (nothing written yet, before the first heading). Otherwise the first of them
 *   is written as its heading line and a `[...]`, and the rest follow in that marker. A text whose only
 *   articles are such stubs, with a missing closing, writes none of them: with no headings, articleCount
 *   lists them again.
 * - A missing last article with no closing at all is its heading line alone: a `[...]` ending the text
 *   reads back as a missing closing; so is a missing article before a heading whose numbering skips, where
 *   a `[...]` would read back as the skipped articles missing. Two markers are never written in a row, except at the very end: a
 *   last article cut off after a paragraph that ends as a sentence does, with the closing missing, is
 *   written with two (one `[...]` there reads back as the closing's alone).
 * - The closing's paragraphs; a blank line between everything.
 *
 * What does not survive the way back: the titles of the folded missing articles (one `[...]` has no room
 * for them); a missing preamble, which reads back as none, or (before folded articles) none, which reads back
 * as missing; a complete last article whose last paragraph stops short of a sentence end, followed by a
 * missing closing, which reads back cut off; a closing whose first paragraph is no closing cue ("DONE at
 * …"), which reads back as part of the last article; any other paragraph that on a line of its own reads
 * as a heading, a gap marker or (after the last article's text) a closing cue, as one joined from wrapped
 * lines can (the format has no escape); and labels, which read back from the heading lines written for them.
 */
export function exportPlainText(text: TreatyText): string {
  const out: string[] = [];
  const gap = () => {
    if (out.at(-1) !== GAP_LINE) out.push(GAP_LINE);
  };
  const endsWithGap = () => out.at(-1) === GAP_LINE;
  const block = (b: Block) => {
    if (b.status === 'missing') return gap();
    const gaps = new Set(b.gaps ?? []);
    b.paragraphs.forEach((paragraph, i) => {
      if (gaps.has(i)) gap();
      out.push(paragraph);
    });
    if (gaps.has(b.paragraphs.length)) gap();
  };
  const { articles } = text;
  const closingMissing = text.closing?.status === 'missing';
  const writeArticle = (i: number) => {
    const article = articles[i] as Article;
    const heading = headingLines(article, text.lang);
    const runIn = runInLine(heading, article);
    if (runIn !== undefined) {
      out.push(runIn);
      block({ ...article, paragraphs: article.paragraphs.slice(1), gaps: (article.gaps ?? []).map((g) => g - 1) });
      return;
    }
    out.push(heading);
    // A missing last article with no closing after it is its heading line alone, which reads back as
    // missing: a `[...]` as the last line would read back as a missing closing as well (and, given
    // articleCount, add missing articles after it). A title on a line of its own needs the marker after it.
    if (article.status === 'missing' && i === articles.length - 1 && !text.closing && !heading.includes('\n')) return;
    // So is one before a heading whose numbering skips: a marker there would read back as the skipped
    // articles missing too.
    if (article.status === 'missing' && !heading.includes('\n') && skipsAfter(articles, i)) return;
    block(article);
  };

  if (text.preamble && text.preamble.status !== 'missing') block(text.preamble);

  let allFolded = false;
  for (let i = 0; i < articles.length; ) {
    const end = stubRunEnd(articles, i);
    if (end === i) {
      writeArticle(i++);
      continue;
    }
    const fold = foldable(articles, i, end, closingMissing);
    if (fold === 'all') {
      // Only stubs: parsePlainText lists them again from articleCount when it finds no heading.
      if (out.length === 0) gap();
      allFolded = true;
      i = end;
    } else if (fold === 'none') {
      for (; i < end; i++) writeArticle(i);
    } else {
      // The marker the run stands in must come right before it: written already, or writable (nothing
      // before the first heading yet). Otherwise the first stub gets a heading line and its own marker.
      if (!endsWithGap() && !(i === 0 && out.length === 0)) writeArticle(i);
      gap();
      i = end;
    }
  }

  // After stubs alone the missing closing comes back with them, and a marker would end the preamble instead.
  if (text.closing && closingMissing && !allFolded) {
    const last = articles.at(-1);
    const lastParagraph = last?.paragraphs.at(-1);
    // A cut-off last article whose text ends as a sentence does: one marker would read back as the
    // closing's alone, so a second one says the article stops short too.
    const cutAtSentenceEnd =
      endsWithGap() && last !== undefined && lastParagraph !== undefined && (last.gaps ?? []).includes(last.paragraphs.length) && !isVisiblyCut(lastParagraph);
    if (cutAtSentenceEnd && stubRunEnd(articles, articles.length - 1) === articles.length - 1) out.push(GAP_LINE);
    else gap();
  } else if (text.closing && !closingMissing) block(text.closing);
  return out.length === 0 ? '' : `${out.join('\n\n')}\n`;
}

/** Whether the article after `i` is no stub and its number is more than one past that of `i`. */
function skipsAfter(articles: readonly Article[], i: number): boolean {
  const next = articles[i + 1];
  if (next === undefined || isStub(next)) return false;
  const value = articleValue((articles[i] as Article).number);
  const nextValue = articleValue(next.number);
  return value !== undefined && nextValue !== undefined && nextValue > value + 1;
}

/** The index after the run of stubs (missing, with no label, title or text) that starts at `from`. */
function stubRunEnd(articles: readonly Article[], from: number): number {
  let i = from;
  while (i < articles.length && isStub(articles[i] as Article)) i++;
  return i;
}

function isStub(article: Article): boolean {
  return article.status === 'missing' && article.label === undefined && article.heading === undefined && article.paragraphs.length === 0;
}

/**
 * Whether the stubs `from`…`end` are numbered as parsePlainText would add them in their place, so that one
 * `[...]` reads back as them: 'all' when they are the whole list (numbered from 1) with a missing closing,
 * 'run' when they fill the numbering before the next article, or after the last with a missing closing.
 */
function foldable(articles: readonly Article[], from: number, end: number, closingMissing: boolean): 'all' | 'run' | 'none' {
  const numbers = articles.slice(from, end).map((a) => a.number);
  const same = (expected: readonly string[]) => expected.length === numbers.length && expected.every((n, k) => n === numbers[k]);
  const next = articles[end];
  if (next === undefined) {
    if (!closingMissing) return 'none';
    if (from === 0) return same(numbersBetween(1, numbers.length, '1')) ? 'all' : 'none';
    return same(numbersAfter((articles[from - 1] as Article).number, numbers.length)) ? 'run' : 'none';
  }
  const before = from === 0 ? 0 : articleValue((articles[from - 1] as Article).number);
  const after = articleValue(next.number);
  // Counted before the numbers are written out: a data file may number an article 1,000,000,000.
  if (before === undefined || after === undefined || after - before - 1 !== numbers.length) return 'none';
  return same(numbersBetween(before + 1, after - 1, next.number)) ? 'run' : 'none';
}

/**
 * The heading line with the article's first paragraph run in after it ("Article 1. [...]", "제1조 제2조 및
 * 제3조는 …"), when that paragraph on a line of its own would not read back as text (it would be a gap
 * marker or a heading, as run-in text of the source can be) and the run-in line reads back as this heading
 * and this paragraph; otherwise undefined.
 */
function runInLine(heading: string, article: Article): string | undefined {
  const first = article.paragraphs[0];
  if (first === undefined || article.status === 'missing' || article.gaps?.includes(0) || heading.includes('\n')) return undefined;
  if (!isGapLine(first) && readHeadingLine(first) === undefined) return undefined;
  const line = `${heading} ${first}`;
  const read = readHeadingLine(line);
  return read?.label === heading && read.text === first && read.title === article.heading ? line : undefined;
}

function headingLines(article: Article, lang: string): string {
  const label = article.label ?? writeHeadingLine(article.number, lang);
  const { heading } = article;
  if (heading === undefined || readHeadingLine(label)?.title === heading) return label;
  return `${label}\n${heading}`;
}

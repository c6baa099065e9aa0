// Writes a treaty text in the plain-text conventions of sources/README.md, the form parsePlainText reads:
// one paragraph per line, a blank line between, article headings on their own line, `[...]` for gaps.
import { GAP_LINE, isGapLine } from '../import/parse-plain-text.js';
import { readHeadingLine, writeHeadingLine } from '../import/plain-text-headings.js';
import type { Article, Block, TreatyText } from '../model/treaty.js';

/**
 * The text as plain text, LF line endings and a final newline ("" for a text with nothing in it).
 *
 * - The preamble's paragraphs first; a missing preamble writes nothing (the KCNA release of the 2024
 *   treaty has none, and a marker before the first heading would read back as a missing preamble anyway).
 * - Each article: its `label`, or when it has none the heading line {@link writeHeadingLine} writes for the
 *   text's language ("Article N", "Статья N", "제N조", "第N条"); then its `heading`, if the label does not
 *   already carry it, on the very next line with no blank line between, which is how the importer tells a
 *   title from a short first paragraph; then its paragraphs. The first paragraph runs in on the heading
 *   line when on a line of its own it would read as a heading or a gap marker ("Article 1. [...]", as the
 *   source wrote it).
 * - `[...]` wherever a block has a gap or is missing. A missing article followed by one that is here keeps
 *   its heading line ("Article 6", `[...]`) so that it reads back; the run of missing articles without a
 *   label at the end (those parsePlainText adds from `articleCount`), with the missing closing after it, is
 *   one `[...]`, which parsePlainText turns back into those articles given `articleCount`. A missing last
 *   article with no closing at all is its heading line alone: a `[...]` ending the text reads back as a
 *   missing closing. Two markers are never written in a row: the reader could not tell them apart.
 * - The closing's paragraphs; a blank line between everything.
 *
 * What does not survive the way back: the titles of the unlabelled missing articles at the end (one `[...]`
 * has no room for them); a missing closing after complete articles, which reads back as a gap at the end
 * of the last article; a closing whose first paragraph is no closing cue ("DONE at …"), which reads back as
 * part of the last article; any other paragraph that on a line of its own reads as a heading, a gap marker or
 * (after the last article's text) a closing cue, as one joined from wrapped lines can (the format has no
 * escape); and labels, which read back from the heading lines written for them.
 */
export function exportPlainText(text: TreatyText): string {
  const out: string[] = [];
  const gap = () => {
    if (out.at(-1) !== GAP_LINE) out.push(GAP_LINE);
  };
  const block = (b: Block) => {
    if (b.status === 'missing') return gap();
    const gaps = new Set(b.gaps ?? []);
    b.paragraphs.forEach((paragraph, i) => {
      if (gaps.has(i)) gap();
      out.push(paragraph);
    });
    if (gaps.has(b.paragraphs.length)) gap();
  };

  if (text.preamble && text.preamble.status !== 'missing') block(text.preamble);

  const closingMissing = text.closing?.status === 'missing';
  let tail = text.articles.length;
  // Only articles without a label: those are the ones parsePlainText adds from articleCount. A missing
  // article with a label had a heading line in the source; without it the article would not read back at all.
  while (closingMissing && tail > 0 && text.articles[tail - 1]?.status === 'missing' && text.articles[tail - 1]?.label === undefined) tail--;
  text.articles.forEach((article, i) => {
    if (i >= tail) return gap();
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
    if (article.status === 'missing' && i === text.articles.length - 1 && !text.closing && !heading.includes('\n')) return;
    block(article);
  });

  if (text.closing) block(text.closing);
  return out.length === 0 ? '' : `${out.join('\n\n')}\n`;
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

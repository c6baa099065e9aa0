// Writes a treaty text in the plain-text conventions of sources/README.md, the form parsePlainText reads:
// one paragraph per line, a blank line between, article headings on their own line, `[...]` for gaps.
import { GAP_LINE } from '../import/parse-plain-text.js';
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
 *   title from a short first paragraph; then its paragraphs.
 * - `[...]` wherever a block has a gap or is missing. A missing article followed by one that is here keeps
 *   its heading line ("Article 6", `[...]`) so that it reads back; the run of missing articles at the end,
 *   with the missing closing after it, is one `[...]`, which parsePlainText turns back into those articles
 *   given `articleCount`. Two markers are never written in a row: the reader could not tell them apart.
 * - The closing's paragraphs; a blank line between everything.
 *
 * What does not survive the way back: the titles of the missing articles at the end (one `[...]` has no
 * room for them); a missing closing after complete articles, which reads back as a gap at the end of the
 * last article; a closing whose first paragraph is no closing cue ("DONE at …"), which reads back as part
 * of the last article; and labels, which read back from the heading lines written for them.
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
  while (closingMissing && tail > 0 && text.articles[tail - 1]?.status === 'missing') tail--;
  text.articles.forEach((article, i) => {
    if (i >= tail) return gap();
    out.push(headingLines(article, text.lang));
    block(article);
  });

  if (text.closing) block(text.closing);
  return out.length === 0 ? '' : `${out.join('\n\n')}\n`;
}

function headingLines(article: Article, lang: string): string {
  const label = article.label ?? writeHeadingLine(article.number, lang);
  const { heading } = article;
  if (heading === undefined || readHeadingLine(label)?.title === heading) return label;
  return `${label}\n${heading}`;
}

// `treaty diff --side-by-side`: a two-column table (cli-table3), left text with its deletions marked,
// right text with its insertions marked, each column wrapped to half the terminal.
import Table from 'cli-table3';
import type { Clause } from '../align/clause.js';
import type { Comparison } from '../compare/compare-texts.js';
import { diffHeader, type DiffRenderOptions } from './diff-text.js';
import { clauseLabel, clausesLabel, hiddenNote, linkFacts, sideLabel, summaryLine, visibleLinks } from './diff-words.js';
import { linkQualifierLines, qualifierSpans } from './qualifier-words.js';
import { redline } from './redline.js';
import { safeText, wrapIndented, wrapText } from './terminal-text.js';

// cli-table3 draws three borders and one space of padding on each side of each of the two cells.
const CHROME = 3 + 4;

export function renderDiffSideBySide(c: Comparison, options: DiffRenderOptions): string {
  const column = Math.max(10, Math.floor((options.width - CHROME) / 2));
  const lines = (paragraphs: string[]) => paragraphs.flatMap((l) => (l === '' ? [''] : wrapText(l, column)));
  // One table row per printed line, in compact style (no rules between rows): cli-table3 measures
  // every cell's whole content on every line it draws, which grows with the square of a multi-line
  // cell's length; single-line cells keep that small. A blank row separates clauses.
  const table = new Table({
    head: [sideLabel(c.left), sideLabel(c.right)].map((h) => options.styles.label(safeText(h))),
    colWidths: [column + 2, column + 2],
    style: { head: [], border: [], compact: true },
  });
  const addBlock = (left: string[], right: string[]) => {
    if (table.length > 0) table.push(['', '']);
    const l = lines(left);
    const r = lines(right);
    for (let i = 0; i < Math.max(l.length, r.length); i++) table.push([l[i] ?? '', r[i] ?? '']);
  };
  for (const link of visibleLinks(c, options.unchanged === true)) {
    const l = link.left.map((i) => c.left.clauses[i] as Clause);
    const r = link.right.map((j) => c.right.clauses[j] as Clause);
    const highlight = qualifierSpans(link.qualifiers);
    addBlock(
      [options.styles.title(safeText(clausesLabel(l))), ...redline(link.segments, { ...options, show: 'left', highlight })],
      [`${options.styles.title(safeText(clausesLabel(r)))} ${options.styles.dim(`(${linkFacts(link)})`)}`, ...redline(link.segments, { ...options, show: 'right', highlight })],
    );
    // Qualifier changes span both columns: they are about the pair.
    for (const line of linkQualifierLines(link.qualifiers))
      for (const part of wrapText(safeText(`· ${line}`), column * 2 + 3)) table.push([{ colSpan: 2, content: part }]);
  }
  const missingNote = (mayBeMissing: boolean, other: string) =>
    options.styles.dim(safeText(mayBeMissing ? `(no counterpart found; may be in the part of ${other} not in this corpus)` : '(no counterpart found)'));
  for (const u of c.onlyLeft) {
    const clause = c.left.clauses[u.index] as Clause;
    addBlock([options.styles.title(safeText(clauseLabel(clause))), safeText(clause.text)], [missingNote(u.counterpartMayBeMissing, sideLabel(c.right))]);
  }
  for (const u of c.onlyRight) {
    const clause = c.right.clauses[u.index] as Clause;
    addBlock([missingNote(u.counterpartMayBeMissing, sideLabel(c.left))], [options.styles.title(safeText(clauseLabel(clause))), safeText(clause.text)]);
  }
  const hidden = hiddenNote(c, options.unchanged === true);
  const summary = [wrapIndented(safeText(summaryLine(c)), options.width, ''), ...(hidden ? [options.styles.dim(wrapIndented(hidden, options.width, ''))] : [])];
  return [...diffHeader(c, options), '', ...summary, table.toString()].join('\n') + '\n';
}

// `treaty diff --side-by-side`: a two-column table, left text with its deletions marked, right text with
// its insertions marked, each column wrapped to half the terminal.
import { diffHeader, type DiffRenderOptions } from './diff-text.js';
import { drawGrid, type GridRow } from './draw-grid.js';
import { clauseLabel, clausesLabel, hiddenNote, linkFacts, sideLabel, summaryLine, visibleLinks } from './diff-words.js';
import { linkQualifierLines, qualifierSpans } from './qualifier-words.js';
import { redline } from './redline.js';
import { safeText, wrapIndented, wrapText } from './terminal-text.js';
import type { ComparedSide, Comparison } from '../model/comparison.js';

// Three borders, and one space of padding on each side of each of the two cells.
const CHROME = 3 + 4;

export function renderDiffSideBySide(c: Comparison, options: DiffRenderOptions): string {
  const column = Math.max(10, Math.floor((options.width - CHROME) / 2));
  const hidden = hiddenNote(c, options.unchanged === true);
  const summary = [wrapIndented(safeText(summaryLine(c)), options.width, ''), ...(hidden ? [options.styles.dim(wrapIndented(hidden, options.width, ''))] : [])];
  // A long treaty id is wrapped like the text below it, never cut.
  const label = (side: ComparedSide) => wrapText(safeText(sideLabel(side)), column).map((l) => options.styles.label(l));
  const head = [...paired(label(c.left), label(c.right))];
  const table = drawGrid(bodyRows(c, options, column), { widths: [column, column], head });
  // Joined with +, not join(): the table can be tens of MB, and join would copy it once more.
  return [...diffHeader(c, options), '', ...summary].join('\n') + '\n' + table + '\n';
}

/**
 * One row per printed line, clause by clause, with a blank row between clauses. Generated as the table is
 * drawn, so only one clause's lines are held at a time.
 */
function* bodyRows(c: Comparison, options: DiffRenderOptions, column: number): Generator<GridRow> {
  const lines = (paragraphs: string[]) => paragraphs.flatMap((l) => (l === '' ? [''] : wrapText(l, column)));
  let first = true;
  function* block(left: string[], right: string[]): Generator<GridRow> {
    if (!first) yield ['', ''];
    first = false;
    yield* paired(lines(left), lines(right));
  }
  for (const link of visibleLinks(c, options.unchanged === true)) {
    const highlight = qualifierSpans(link.qualifiers);
    yield* block(
      [options.styles.title(safeText(clausesLabel(link.leftClauses))), ...redline(link.segments, { ...options, show: 'left', highlight })],
      [`${options.styles.title(safeText(clausesLabel(link.rightClauses)))} ${options.styles.dim(`(${linkFacts(link)})`)}`, ...redline(link.segments, { ...options, show: 'right', highlight })],
    );
    // Qualifier changes span both columns: they are about the pair.
    for (const line of linkQualifierLines(link.qualifiers)) for (const part of wrapText(safeText(`· ${line}`), column * 2 + 3)) yield { across: part };
  }
  const missingNote = (mayBeMissing: boolean, other: string) =>
    options.styles.dim(safeText(mayBeMissing ? `(no counterpart found; may be in the part of ${other} not in this corpus)` : '(no counterpart found)'));
  for (const { clause, ...u } of c.onlyLeft) {
    yield* block([options.styles.title(safeText(clauseLabel(clause))), safeText(clause.text)], [missingNote(u.counterpartMayBeMissing, sideLabel(c.right))]);
  }
  for (const { clause, ...u } of c.onlyRight) {
    yield* block([missingNote(u.counterpartMayBeMissing, sideLabel(c.left))], [options.styles.title(safeText(clauseLabel(clause))), safeText(clause.text)]);
  }
}

/** The two columns' lines side by side, the shorter one padded with blank lines. */
function* paired(left: readonly string[], right: readonly string[]): Generator<GridRow> {
  for (let i = 0; i < Math.max(left.length, right.length); i++) yield [left[i] ?? '', right[i] ?? ''];
}

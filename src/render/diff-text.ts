// `treaty diff` as text: a header naming both texts and what they lack, a summary line, each link with
// its redline, then the clauses found on one side only. Everything taken from the data (titles, article
// numbers, clause text, qualifier labels) goes through safeText before it is styled.
import type { Clause } from '../model/clause.js';
import {
  clauseLabel,
  comparisonWarnings,
  hiddenNote,
  visibleLinks,
  linkFacts,
  linkHeading,
  sideLabel,
  summaryLine,
  unmatchedHeading,
} from './diff-words.js';
import { comparisonQualifierLines, linkQualifierLines, qualifierSpans } from './qualifier-words.js';
import { redline } from './redline.js';
import type { RenderOptions } from './styles.js';
import { safeText, wrapIndented } from './terminal-text.js';
import type { ComparedSide, Comparison } from '../model/comparison.js';

export interface DiffRenderOptions extends RenderOptions {
  /** Colour on: styles mark changes; off: [-…-] and {+…+} markers do. */
  readonly colour: boolean;
  /** Also show links whose clauses are identical and in place. */
  readonly unchanged?: boolean;
}

const INDENT = '    ';

export function renderDiffText(c: Comparison, options: DiffRenderOptions): string {
  const out = [...diffHeader(c, options), '', options.styles.title(wrapIndented(safeText(summaryLine(c)), options.width, ''))];
  const hidden = hiddenNote(c, options.unchanged === true);
  if (hidden) out.push(options.styles.dim(wrapIndented(hidden, options.width, '')));
  if (!c.summary.differ) out.push('', 'No differences in the text compared.');
  for (const link of visibleLinks(c, options.unchanged === true)) {
    out.push('', options.styles.title(safeText(linkHeading(c, link))) + '   ' + options.styles.dim(linkFacts(link)));
    for (const paragraph of redline(link.segments, { ...options, highlight: qualifierSpans(link.qualifiers) }))
      out.push(wrapIndented(paragraph, options.width, INDENT));
    const qualifiers = linkQualifierLines(link.qualifiers);
    if (qualifiers.length > 0) {
      out.push(`${INDENT}${options.styles.label('Qualifiers:')}`);
      for (const line of qualifiers) out.push(wrapIndented(safeText(line), options.width, `${INDENT}  `, `${INDENT}    `));
    }
  }
  const overall = comparisonQualifierLines(c);
  if (overall.length > 0) {
    out.push('', options.styles.label(wrapIndented(safeText(`Qualifiers across the text compared (${sideLabel(c.left)} → ${sideLabel(c.right)}):`), options.width, '')));
    for (const line of overall) out.push(wrapIndented(safeText(line), options.width, '  ', '    '));
  }
  for (const which of ['left', 'right'] as const) {
    const list = which === 'left' ? c.onlyLeft : c.onlyRight;
    if (list.length === 0) continue;
    const side = which === 'left' ? c.left : c.right;
    out.push('', options.styles.label(wrapIndented(safeText(unmatchedHeading(c, which)), options.width, '')));
    for (const { clause } of list) out.push(...unmatchedClause(side, clause, options));
  }
  return out.join('\n') + '\n';
}

/** The lines naming both texts and warning about coverage; shared with the side-by-side view. */
export function diffHeader(c: Comparison, options: RenderOptions): string[] {
  const describe = (marker: string, side: ComparedSide) => {
    const t = side.text;
    const source = `${t.lang}, ${t.kind === 'authentic' ? 'authentic' : `translation${t.translator ? ` by ${t.translator}` : ''}`}`;
    return wrapIndented(safeText(`${sideLabel(side)} = ${side.treaty.id}: ${side.treaty.shortTitle} [${source}]`), options.width, `${marker} `, '    ');
  };
  return [
    options.styles.deleted(describe('---', c.left)),
    options.styles.inserted(describe('+++', c.right)),
    ...comparisonWarnings(c).map((w) => options.styles.warning(wrapIndented(safeText(w), options.width, '! ', '  '))),
  ];
}

function unmatchedClause(side: ComparedSide, clause: Clause, options: DiffRenderOptions): string[] {
  return [
    '  ' + options.styles.title(safeText(`${sideLabel(side)} ${clauseLabel(clause)}`)),
    wrapIndented(safeText(clause.text), options.width, INDENT),
  ];
}

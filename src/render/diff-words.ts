// Words shared by every diff output format: how sides, clauses and links are named, the summary line,
// and the coverage warnings. Kept in one module so text, side-by-side and markdown say the same thing.
import type { Clause } from '../model/clause.js';
import { describeSelection } from '../compare/clause-ref.js';
import { articlesPhrase } from './format-articles.js';
import { joinAnd, missingParts } from './describe-coverage.js';
import type { ComparedLink, ComparedSide, Comparison } from '../model/comparison.js';

/** The name a side goes by in output: its first alias ("1961"), else its id. */
export function sideLabel(side: ComparedSide): string {
  return side.treaty.aliases[0] ?? side.treaty.id;
}

/** "Art. 1 ¶2", "Art. 4" (an article of one paragraph), "Preamble ¶3", "Closing ¶1". */
export function clauseLabel(clause: Clause): string {
  if (clause.part === 'article') {
    const para = clause.paragraphsInBlock > 1 ? ` ¶${clause.paragraph}` : '';
    return `Art. ${clause.article ?? '?'}${para}`;
  }
  return `${clause.part === 'preamble' ? 'Preamble' : 'Closing'} ¶${clause.paragraph}`;
}

/** "Art. 1 ¶1–2" style label for several clauses of one side (a split or a merge). */
export function clausesLabel(clauses: readonly Clause[]): string {
  const [first, ...rest] = clauses;
  if (!first) return '';
  if (rest.length === 0) return clauseLabel(first);
  const sameBlock = rest.every((c) => c.part === first.part && c.article === first.article);
  const last = rest[rest.length - 1] as Clause;
  if (sameBlock) return `${clauseLabel(first).replace(/ ¶\d+$/, '')} ¶${first.paragraph}–${last.paragraph}`;
  return clauses.map(clauseLabel).join(' + ');
}

export function linkHeading(c: Comparison, link: ComparedLink): string {
  return `${sideLabel(c.left)} ${clausesLabel(link.leftClauses)} → ${sideLabel(c.right)} ${clausesLabel(link.rightClauses)}`;
}

/**
 * The links a reader needs to see: all of them with `unchanged`, else those that changed something
 * (identical clauses in place are counted in the summary, as git diff leaves unchanged lines out).
 */
export function visibleLinks(c: Comparison, unchanged: boolean): readonly ComparedLink[] {
  return unchanged ? c.links : c.links.filter((l) => l.kind !== 'identical' || l.placement !== 'in-place');
}

/** "13 identical clauses in place not shown (--unchanged shows them)", or nothing. */
export function hiddenNote(c: Comparison, unchanged: boolean): string | undefined {
  const hidden = c.links.length - visibleLinks(c, unchanged).length;
  if (hidden === 0) return undefined;
  return `${hidden} identical ${hidden === 1 ? 'clause' : 'clauses'} in place not shown (--unchanged shows them)`;
}

/** "modified · renumbered · overlap 0.18". */
export function linkFacts(link: ComparedLink): string {
  const facts: string[] = [link.kind];
  if (link.placement !== 'in-place') facts.push(link.placement);
  facts.push(`overlap ${link.overlap.toFixed(2)}`);
  if (link.matchedBy === 'address') facts.push('as addressed');
  return facts.join(' · ');
}

/** "1 linked · 1 renumbered · 13 only in 1961 · 4 only in 2024 (19 articles of 2024 not in corpus) · overlap 0.08". */
export function summaryLine(c: Comparison): string {
  const s = c.summary;
  const parts = [`${s.linked} linked`];
  for (const [n, word] of [
    [s.identical, 'identical'],
    [s.modified, 'modified'],
    [s.split, 'split'],
    [s.merged, 'merged'],
    [s.renumbered, 'renumbered'],
    [s.moved, 'moved'],
  ] as const)
    if (n > 0) parts.push(`${n} ${word}`);
  const only = (n: number, side: ComparedSide, other: ComparedSide) => {
    const missing = n > 0 && other.selection === undefined ? other.coverage.missingArticles.length : 0;
    const note = missing > 0 ? ` (${missing} ${missing === 1 ? 'article' : 'articles'} of ${sideLabel(other)} not in corpus)` : '';
    return `${n} only in ${sideLabel(side)}${note}`;
  };
  parts.push(only(s.onlyLeft, c.left, c.right), only(s.onlyRight, c.right, c.left));
  parts.push(`overlap ${s.overlap.toFixed(2)}`);
  return parts.join(' · ');
}

/** Warnings to print before any difference: partial texts, editorial numbering, narrowed comparisons. */
export function comparisonWarnings(c: Comparison): string[] {
  const out: string[] = [];
  for (const side of [c.left, c.right]) {
    const label = sideLabel(side);
    if (side.selection) out.push(`${label}: comparing ${describeSelection(side.selection)} only`);
    if (!side.coverage.complete)
      out.push(`${label} is partial: not in this corpus: ${joinAnd(missingParts(side.coverage))}. Text missing there is not reported as removed or added.`);
    const editorial = side.text.articles.filter((a) => a.numbering === 'editorial' && (a.status ?? 'complete') !== 'missing');
    if (editorial.length > 0) out.push(`${label}: the numbers of ${articlesPhrase(editorial.map((a) => a.number))} are editorial (the source has none)`);
  }
  return out;
}

/** Heading of the unmatched clauses of one side, honest about coverage. */
export function unmatchedHeading(c: Comparison, which: 'left' | 'right'): string {
  const side = which === 'left' ? c.left : c.right;
  const other = which === 'left' ? c.right : c.left;
  const list = which === 'left' ? c.onlyLeft : c.onlyRight;
  const base = `Only in ${sideLabel(side)}: no counterpart found in the ${sideLabel(other)} text${other.selection ? ` (${describeSelection(other.selection)})` : ''}`;
  return list.some((u) => u.counterpartMayBeMissing)
    ? `${base}; a counterpart may be in the part of ${sideLabel(other)} not in this corpus`
    : base;
}

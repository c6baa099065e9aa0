// `treaty diff --stat`: the summary only, one line per fact, for scripts and quick looks.
import { diffHeader, type DiffRenderOptions } from './diff-text.js';
import { hiddenNote, linkFacts, linkHeading, summaryLine, visibleLinks } from './diff-words.js';
import { safeText, wrapIndented } from './terminal-text.js';
import type { Comparison, QualifierDifference } from '../model/comparison.js';

/** "2 added, 4 reworded", or empty when no qualifier changed. */
function qualifierCounts(differences: readonly QualifierDifference[]): string {
  const counts = new Map<string, number>();
  for (const d of differences) if (d.change !== 'kept') counts.set(d.change, (counts.get(d.change) ?? 0) + 1);
  return [...counts].map(([change, n]) => `${n} ${change}`).join(', ');
}

export function renderDiffStat(c: Comparison, options: DiffRenderOptions): string {
  const out = [...diffHeader(c, options), '', wrapIndented(safeText(summaryLine(c)), options.width, '')];
  const hidden = hiddenNote(c, options.unchanged === true);
  if (hidden) out.push(options.styles.dim(wrapIndented(hidden, options.width, '')));
  for (const link of visibleLinks(c, options.unchanged === true)) {
    const changed = qualifierCounts(link.qualifiers);
    out.push(`  ${safeText(linkHeading(c, link))}   ${options.styles.dim(linkFacts(link) + (changed ? ` · qualifiers ${changed}` : ''))}`);
  }
  return out.join('\n') + '\n';
}

// `treaty diff --stat`: the summary only, one line per fact, for scripts and quick looks.
import type { Comparison } from '../compare/compare-texts.js';
import { diffHeader, type DiffRenderOptions } from './diff-text.js';
import { hiddenNote, linkFacts, linkHeading, summaryLine, visibleLinks } from './diff-words.js';
import { wrapIndented } from './terminal-text.js';

export function renderDiffStat(c: Comparison, options: DiffRenderOptions): string {
  const out = [...diffHeader(c, options), '', wrapIndented(summaryLine(c), options.width, '')];
  const hidden = hiddenNote(c, options.unchanged === true);
  if (hidden) out.push(options.styles.dim(wrapIndented(hidden, options.width, '')));
  for (const link of visibleLinks(c, options.unchanged === true)) out.push(`  ${linkHeading(c, link)}   ${options.styles.dim(linkFacts(link))}`);
  return out.join('\n') + '\n';
}

// `treaty diff LEFT RIGHT`: align two treaties clause by clause and show what changed.
import { parseClauseRef } from '../../compare/clause-ref.js';
import { compareTreaties } from '../../compare/compare-treaties.js';
import { loadLexicon } from '../../corpus/load-lexicon.js';
import { loadTreatyRef } from '../../corpus/load-treaty-ref.js';
import { loadQualifierSource } from '../../corpus/load-qualifier-source.js';
import { renderDiffJson } from '../../render/diff-json.js';
import { renderDiffMarkdown } from '../../render/diff-markdown.js';
import { renderDiffStat } from '../../render/diff-stat.js';
import { renderDiffText } from '../../render/diff-text.js';
import { type CliContext, failWith, inFileOf, warnAbout } from '../context.js';
import { ExitCode } from '../exit-codes.js';

export interface DiffOptions {
  readonly lang?: string;
  readonly format: 'text' | 'json' | 'markdown';
  readonly sideBySide?: boolean;
  readonly stat?: boolean;
  readonly exitCode?: boolean;
  readonly unchanged?: boolean;
}

export async function runDiff(ctx: CliContext, leftRef: string, rightRef: string, options: DiffOptions): Promise<ExitCode> {
  const [leftAddress, rightAddress] = [parseClauseRef(leftRef), parseClauseRef(rightRef)];
  const loadOptions = { indexes: ctx.corpusIndexes, ...(options.lang ? { lang: options.lang } : {}) };
  const left = await loadTreatyRef(leftAddress.ref, ctx.dataDir, loadOptions);
  if (!left.ok) return failWith(ctx, left.problems);
  const right = await loadTreatyRef(rightAddress.ref, ctx.dataDir, loadOptions);
  if (!right.ok) return failWith(ctx, right.problems);
  warnAbout(ctx, [...left.value.skipped, ...right.value.skipped.filter((p) => !left.value.skipped.some((q) => q.file === p.file))]);

  const lexicon = await loadLexicon(ctx.dataDir);
  if (!lexicon.ok) return failWith(ctx, lexicon.problems);
  const entries = [left.value.entry, right.value.entry];
  const comparison = compareTreaties(left.value.entry.treaty, right.value.entry.treaty, {
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(leftAddress.selection ? { left: leftAddress.selection } : {}),
    ...(rightAddress.selection ? { right: rightAddress.selection } : {}),
    qualifiers: loadQualifierSource(lexicon.value, entries),
  });
  if (!comparison.ok) return failWith(ctx, comparison.problems.map((p) => inFileOf(p, entries)));

  const c = comparison.value;
  const render = { ...ctx, unchanged: options.unchanged === true };
  if (options.format === 'json') ctx.stdout(renderDiffJson(c));
  else if (options.format === 'markdown') ctx.stdout(renderDiffMarkdown(c, render));
  else if (options.stat) ctx.stdout(renderDiffStat(c, render));
  else if (options.sideBySide) {
    // Loaded only when asked for: the table library costs start-up time the default view does not need.
    const { renderDiffSideBySide } = await import('../../render/diff-side-by-side.js');
    ctx.stdout(renderDiffSideBySide(c, render));
  }
  else ctx.stdout(renderDiffText(c, render));
  return options.exitCode && c.summary.differ ? ExitCode.findings : ExitCode.ok;
}

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
import type { Comparison } from '../../model/comparison.js';
import type { DiffRenderOptions } from '../../render/diff-text.js';
import type { Handler, LazyRenderer, Renderer } from '../command-spec.js';
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
  const view: DiffView = options.sideBySide ? 'side-by-side' : options.stat ? 'stat' : options.format;
  ctx.stdout(await RENDERERS[view](c, { ...ctx, unchanged: options.unchanged === true }));
  return options.exitCode && c.summary.differ ? ExitCode.findings : ExitCode.ok;
}

/** The output formats, and the two views of the text format (the spec refuses them with another format). */
type DiffView = DiffOptions['format'] | 'side-by-side' | 'stat';

const RENDERERS: Record<DiffView, Renderer<Comparison, DiffRenderOptions> | LazyRenderer<Comparison, DiffRenderOptions>> = {
  text: renderDiffText,
  json: renderDiffJson,
  markdown: renderDiffMarkdown,
  stat: renderDiffStat,
  // Loaded only when asked for: the grid costs start-up time the default view does not need.
  'side-by-side': async (c, options) => (await import('../../render/diff-side-by-side.js')).renderDiffSideBySide(c, options),
};

export const diffHandler: Handler = (ctx, [left, right], options) => runDiff(ctx, left as string, right as string, options as unknown as DiffOptions);

// `treaty diff LEFT RIGHT`: align two treaties clause by clause and show what changed.
import { parseClauseRef } from '../../compare/clause-ref.js';
import { chooseLanguage } from '../../compare/choose-language.js';
import { compareTexts } from '../../compare/compare-texts.js';
import { loadLexicon } from '../../corpus/load-lexicon.js';
import { loadTreatyRef } from '../../corpus/load-treaty-ref.js';
import { loadQualifierSource } from '../../corpus/load-qualifier-source.js';
import { renderDiffJson } from '../../render/diff-json.js';
import { renderDiffMarkdown } from '../../render/diff-markdown.js';
import { renderDiffStat } from '../../render/diff-stat.js';
import { renderDiffText } from '../../render/diff-text.js';
import type { CorpusEntry } from '../../corpus/load-corpus.js';
import type { Problem } from '../../model/problem.js';
import { type CliContext, failWith, warnAbout } from '../context.js';
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

  const texts = chooseLanguage(left.value.entry.treaty, right.value.entry.treaty, options.lang);
  if (!texts.ok) return failWith(ctx, texts.problems);
  const [leftText, rightText] = texts.value;
  const lexicon = await loadLexicon(ctx.dataDir);
  if (!lexicon.ok) return failWith(ctx, lexicon.problems);
  const comparison = compareTexts(
    { treaty: left.value.entry.treaty, text: leftText, ...(leftAddress.selection ? { selection: leftAddress.selection } : {}) },
    { treaty: right.value.entry.treaty, text: rightText, ...(rightAddress.selection ? { selection: rightAddress.selection } : {}) },
    {
      qualifiers: loadQualifierSource(lexicon.value, [
        { entry: left.value.entry, text: leftText },
        { entry: right.value.entry, text: rightText },
      ]),
    },
  );
  if (!comparison.ok) return failWith(ctx, comparison.problems.map((p) => inFileOf(p, [left.value.entry, right.value.entry])));

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

/** A problem about one side's text (empty, too large) names that side's file, so the user knows what to open. */
function inFileOf(problem: Problem, entries: readonly CorpusEntry[]): Problem {
  if (problem.file !== undefined) return problem;
  const entry = entries.find((e) => e.treaty.id === problem.args.treaty);
  return entry ? { ...problem, file: entry.file } : problem;
}

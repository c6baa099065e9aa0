// `treaty show REF [ARTICLE]`: a treaty or one article, with provenance and coverage.
import { loadTreatyRef } from '../../corpus/load-treaty-ref.js';
import { selectArticle } from '../../model/select-article.js';
import { selectText } from '../../model/select-text.js';
import { renderShowJson } from '../../render/show-json.js';
import { renderShowText } from '../../render/show-text.js';
import { type CliContext, failWith, warnAbout } from '../context.js';
import { ExitCode } from '../exit-codes.js';

export interface ShowOptions {
  readonly lang?: string;
  readonly format: 'text' | 'json';
}

export async function runShow(ctx: CliContext, ref: string, article: string | undefined, options: ShowOptions): Promise<ExitCode> {
  const resolved = await loadTreatyRef(ref, ctx.dataDir);
  if (!resolved.ok) return failWith(ctx, resolved.problems);
  warnAbout(ctx, resolved.value.skipped);
  const { treaty } = resolved.value.entry;

  const text = selectText(treaty, options.lang);
  if (!text.ok) return failWith(ctx, text.problems);
  const selection = article === undefined ? undefined : selectArticle(treaty, text.value, article);
  if (selection && !selection.ok) return failWith(ctx, selection.problems);

  const view = { treaty, text: text.value, ...(selection ? { selection: selection.value } : {}) };
  ctx.stdout(options.format === 'json' ? renderShowJson(view) : renderShowText(view, ctx));
  return ExitCode.ok;
}

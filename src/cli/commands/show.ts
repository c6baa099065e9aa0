// `treaty show REF [ARTICLE]`: a treaty or one article, with provenance and coverage.
import { selectArticle } from '../../model/select-article.js';
import { renderShowJson } from '../../render/show-json.js';
import { renderShowText, type ShowView } from '../../render/show-text.js';
import type { RenderOptions } from '../../render/styles.js';
import type { Handler, Renderer } from '../command-spec.js';
import { type CliContext, failWith } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { resolveTreatyText } from '../resolve-treaty-text.js';

export interface ShowOptions {
  readonly lang?: string;
  readonly format: 'text' | 'json';
}

export async function runShow(ctx: CliContext, ref: string, article: string | undefined, options: ShowOptions): Promise<ExitCode> {
  const resolved = await resolveTreatyText(ctx, ref, options.lang);
  if (!resolved.ok) return failWith(ctx, resolved.problems);
  const { entry, text } = resolved.value;
  const { treaty } = entry;
  const selection = article === undefined ? undefined : selectArticle(treaty, text, article);
  if (selection && !selection.ok) return failWith(ctx, selection.problems);

  const view = { treaty, text, ...(selection ? { selection: selection.value } : {}) };
  ctx.stdout(RENDERERS[options.format](view, ctx));
  return ExitCode.ok;
}

const RENDERERS: Record<ShowOptions['format'], Renderer<ShowView, RenderOptions>> = { text: renderShowText, json: renderShowJson };

export const showHandler: Handler = (ctx, [ref, article], options) => runShow(ctx, ref as string, article as string | undefined, options as unknown as ShowOptions);

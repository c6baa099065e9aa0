// `treaty list`: the treaties of the corpus, with their coverage.
import { loadCorpus } from '../../corpus/load-corpus.js';
import { renderListJson } from '../../render/list-json.js';
import { renderListTable } from '../../render/list-table.js';
import type { RenderOptions } from '../../render/styles.js';
import type { Handler, Renderer } from '../command-spec.js';
import { type CliContext, failWith, warnAbout } from '../context.js';
import { ExitCode } from '../exit-codes.js';

export interface ListOptions {
  readonly format: 'table' | 'json';
}

export async function runList(ctx: CliContext, options: ListOptions): Promise<ExitCode> {
  const corpus = await loadCorpus(ctx.dataDir);
  if (!corpus.ok) return failWith(ctx, corpus.problems);
  const { entries, skipped, dir } = corpus.value;
  // JSON lists skipped files in its output; the table leaves them to warnings on stderr.
  if (options.format === 'table') warnAbout(ctx, skipped);
  ctx.stdout(RENDERERS[options.format]({ treaties: entries.map((e) => e.treaty), skipped, corpus: dir }, ctx));
  return ExitCode.ok;
}

const RENDERERS: Record<ListOptions['format'], Renderer<Parameters<typeof renderListJson>[0], RenderOptions>> = {
  table: renderListTable,
  json: renderListJson,
};

export const listHandler: Handler = (ctx, _args, options) => runList(ctx, options as unknown as ListOptions);

// `treaty list`: the treaties of the corpus, with their coverage.
import { loadCorpus } from '../../corpus/load-corpus.js';
import { renderListJson } from '../../render/list-json.js';
import { renderListTable } from '../../render/list-table.js';
import { type CliContext, failWith, warnAbout } from '../context.js';
import { ExitCode } from '../exit-codes.js';

export interface ListOptions {
  readonly format: 'table' | 'json';
}

export async function runList(ctx: CliContext, options: ListOptions): Promise<ExitCode> {
  const corpus = await loadCorpus(ctx.dataDir);
  if (!corpus.ok) return failWith(ctx, corpus.problems);
  const { entries, skipped, dir } = corpus.value;
  const treaties = entries.map((e) => e.treaty);
  if (options.format === 'json') ctx.stdout(renderListJson({ treaties, skipped, corpus: dir }));
  else {
    warnAbout(ctx, skipped);
    ctx.stdout(renderListTable({ treaties }, ctx));
  }
  return ExitCode.ok;
}

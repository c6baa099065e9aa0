// `treaty qualifiers REF [ARTICLE]`: the qualifiers of a treaty text, clause by clause.
import { treatyQualifiers, type TreatyQualifiers } from '../../compare/treaty-qualifiers.js';
import { loadLexicon } from '../../corpus/load-lexicon.js';
import { loadQualifierSource } from '../../corpus/load-qualifier-source.js';
import { loadTreatyRef } from '../../corpus/load-treaty-ref.js';
import { renderQualifiersJson } from '../../render/qualifiers-json.js';
import { renderQualifiersTable } from '../../render/qualifiers-table.js';
import type { RenderOptions } from '../../render/styles.js';
import type { Handler, Renderer } from '../command-spec.js';
import { type CliContext, failWith, inFileOf, warnAbout } from '../context.js';
import { ExitCode } from '../exit-codes.js';

export interface QualifiersOptions {
  readonly lang?: string;
  readonly format: 'table' | 'json';
}

export async function runQualifiers(ctx: CliContext, ref: string, article: string | undefined, options: QualifiersOptions): Promise<ExitCode> {
  const loaded = await loadTreatyRef(ref, ctx.dataDir, { indexes: ctx.corpusIndexes });
  if (!loaded.ok) return failWith(ctx, loaded.problems);
  warnAbout(ctx, loaded.value.skipped);
  const { entry } = loaded.value;
  const lexicon = await loadLexicon(ctx.dataDir);
  if (!lexicon.ok) return failWith(ctx, lexicon.problems);
  const found = treatyQualifiers(entry.treaty, {
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(article !== undefined ? { article } : {}),
    qualifiers: loadQualifierSource(lexicon.value, [entry]),
  });
  if (!found.ok) return failWith(ctx, found.problems.map((p) => inFileOf(p, [entry])));
  ctx.stdout(RENDERERS[options.format](found.value, ctx));
  return ExitCode.ok;
}

const RENDERERS: Record<QualifiersOptions['format'], Renderer<TreatyQualifiers, RenderOptions>> = { table: renderQualifiersTable, json: renderQualifiersJson };

export const qualifiersHandler: Handler = (ctx, [ref, article], options) => runQualifiers(ctx, ref as string, article as string | undefined, options as unknown as QualifiersOptions);

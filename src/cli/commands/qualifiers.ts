// `treaty qualifiers REF [ARTICLE]`: the qualifiers of a treaty text, clause by clause.
import { treatyQualifiers } from '../../compare/treaty-qualifiers.js';
import { loadLexicon } from '../../corpus/load-lexicon.js';
import { loadQualifierSource } from '../../corpus/load-qualifier-source.js';
import { loadTreatyRef } from '../../corpus/load-treaty-ref.js';
import { renderQualifiersJson } from '../../render/qualifiers-json.js';
import { renderQualifiersTable } from '../../render/qualifiers-table.js';
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
  ctx.stdout(options.format === 'json' ? renderQualifiersJson(found.value) : renderQualifiersTable(found.value, ctx));
  return ExitCode.ok;
}

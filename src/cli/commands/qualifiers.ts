// `treaty qualifiers REF [ARTICLE]`: the qualifiers of a treaty text, clause by clause.
import { segmentClauses } from '../../align/clause.js';
import { selectClauses } from '../../compare/select-clauses.js';
import { loadLexicon } from '../../corpus/load-lexicon.js';
import { loadTreatyRef } from '../../corpus/load-treaty-ref.js';
import { selectText } from '../../model/select-text.js';
import { loadQualifierSource } from '../../corpus/load-qualifier-source.js';
import { findQualifiers } from '../../qualifiers/find-qualifiers.js';
import { renderQualifiersJson } from '../../render/qualifiers-json.js';
import { renderQualifiersTable } from '../../render/qualifiers-table.js';
import { type CliContext, failWith, warnAbout } from '../context.js';
import { ExitCode } from '../exit-codes.js';

export interface QualifiersOptions {
  readonly lang?: string;
  readonly format: 'table' | 'json';
}

export async function runQualifiers(ctx: CliContext, ref: string, article: string | undefined, options: QualifiersOptions): Promise<ExitCode> {
  const resolved = await loadTreatyRef(ref, ctx.dataDir);
  if (!resolved.ok) return failWith(ctx, resolved.problems);
  warnAbout(ctx, resolved.value.skipped);
  const { treaty } = resolved.value.entry;
  const text = selectText(treaty, options.lang);
  if (!text.ok) return failWith(ctx, text.problems);
  if (!text.value) return failWith(ctx, [{ code: 'no-text', severity: 'error', args: { treaty: treaty.id } }]);
  const all = segmentClauses(text.value);
  const clauses = article === undefined ? { ok: true as const, value: all } : selectClauses(treaty, text.value, all, { block: article });
  if (!clauses.ok) return failWith(ctx, clauses.problems);
  const lexicon = await loadLexicon(ctx.dataDir);
  if (!lexicon.ok) return failWith(ctx, lexicon.problems);

  const view = {
    treaty,
    text: text.value,
    clauses: findQualifiers(loadQualifierSource(lexicon.value, [{ entry: resolved.value.entry, text: text.value }]), text.value, clauses.value),
    ...(article !== undefined ? { selection: article } : {}),
  };
  ctx.stdout(options.format === 'json' ? renderQualifiersJson(view) : renderQualifiersTable(view, ctx));
  return ExitCode.ok;
}

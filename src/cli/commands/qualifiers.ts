// `treaty qualifiers REF [ARTICLE]`: the qualifiers of a treaty text, clause by clause.
import { segmentClauses } from '../../align/clause.js';
import { selectClauses } from '../../compare/select-clauses.js';
import { loadLexicon } from '../../corpus/load-lexicon.js';
import { loadQualifierSource } from '../../corpus/load-qualifier-source.js';
import { findQualifiers } from '../../qualifiers/find-qualifiers.js';
import { renderQualifiersJson } from '../../render/qualifiers-json.js';
import { renderQualifiersTable } from '../../render/qualifiers-table.js';
import { type CliContext, failWith } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { resolveTreatyText } from '../resolve-treaty-text.js';

export interface QualifiersOptions {
  readonly lang?: string;
  readonly format: 'table' | 'json';
}

export async function runQualifiers(ctx: CliContext, ref: string, article: string | undefined, options: QualifiersOptions): Promise<ExitCode> {
  const resolved = await resolveTreatyText(ctx, ref, options.lang);
  if (!resolved.ok) return failWith(ctx, resolved.problems);
  const { entry, text } = resolved.value;
  const { treaty } = entry;
  if (!text) return failWith(ctx, [{ code: 'no-text', severity: 'error', args: { treaty: treaty.id } }]);
  const all = segmentClauses(text);
  if (all.length === 0) return failWith(ctx, [{ code: 'text-empty', severity: 'error', file: entry.file, args: { treaty: treaty.id, lang: text.lang } }]);
  const clauses = article === undefined ? { ok: true as const, value: all } : selectClauses(treaty, text, all, { block: article });
  if (!clauses.ok) return failWith(ctx, clauses.problems);
  const lexicon = await loadLexicon(ctx.dataDir);
  if (!lexicon.ok) return failWith(ctx, lexicon.problems);

  const view = {
    treaty,
    text,
    clauses: findQualifiers(loadQualifierSource(lexicon.value, [{ entry, text }]), text, clauses.value),
    ...(article !== undefined ? { selection: article } : {}),
  };
  ctx.stdout(options.format === 'json' ? renderQualifiersJson(view) : renderQualifiersTable(view, ctx));
  return ExitCode.ok;
}

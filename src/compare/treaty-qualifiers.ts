// The qualifiers of one treaty text, clause by clause, as `treaty qualifiers` shows them: the one way there
// for the CLI and for programs using treaty as a library. Pure.
import { type Clause, segmentClauses } from '../model/clause.js';
import type { Lexicon } from '../model/qualifier-lexicon.js';
import { fail, ok, type Result } from '../model/problem.js';
import { selectText } from '../model/select-text.js';
import type { Treaty, TreatyText } from '../model/treaty.js';
import { chooseQualifierSource, type QualifierSource } from '../qualifiers/qualifier-source.js';
import { selectClauses } from './select-clauses.js';
import type { QualifierMatch } from '../model/comparison.js';

export interface TreatyQualifiersOptions {
  /** BCP 47 tag of the text (exact, or a unique prefix of its subtags); default the first text listed. */
  readonly lang?: string;
  /** Only the clauses of this article or block, its number as the text writes it ("4", "preamble"). */
  readonly article?: string;
  /** The qualifier lexicon (see `loadLexicon`); without it or `qualifiers`, no qualifier is found. */
  readonly lexicon?: Lexicon;
  /** Where each clause's qualifiers come from, if not from `lexicon` (the CLI's precomputed answers). */
  readonly qualifiers?: QualifierSource;
}

export interface ClauseQualifiers {
  readonly clause: Clause;
  readonly qualifiers: readonly QualifierMatch[];
}

export interface TreatyQualifiers {
  readonly treaty: Treaty;
  readonly text: TreatyText;
  readonly clauses: readonly ClauseQualifiers[];
  /** The article asked for, as written by the user. */
  readonly selection?: string;
}

/**
 * Finds the qualifiers of every clause of a treaty text (or of one article). Fails, with problems rather
 * than by throwing, when the treaty has no text in that language, the text is empty, or the article does
 * not exist.
 */
export function treatyQualifiers(treaty: Treaty, options: TreatyQualifiersOptions = {}): Result<TreatyQualifiers> {
  const chosen = selectText(treaty, options.lang);
  if (!chosen.ok) return chosen;
  const text = chosen.value;
  if (!text) return fail({ code: 'no-text', severity: 'error', args: { treaty: treaty.id } });
  const all = segmentClauses(text);
  if (all.length === 0) return fail({ code: 'text-empty', severity: 'error', args: { treaty: treaty.id, lang: text.lang } });
  const clauses = options.article === undefined ? ok(all) : selectClauses(treaty, text, all, { block: options.article });
  if (!clauses.ok) return clauses;
  const source = chooseQualifierSource(options);
  return ok({
    treaty,
    text,
    clauses: clauses.value.map((clause) => ({ clause, qualifiers: source ? source.detect(text, clause) : [] })),
    ...(options.article !== undefined ? { selection: options.article } : {}),
  });
}

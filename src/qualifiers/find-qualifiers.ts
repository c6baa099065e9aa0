// The qualifier inventory of a text, clause by clause (for `treaty qualifiers`).
import type { Clause } from '../align/clause.js';
import type { CompiledLexicon } from './compile-lexicon.js';
import { detectQualifiers, type QualifierMatch } from './detect-qualifiers.js';

export interface ClauseQualifiers {
  readonly clause: Clause;
  readonly qualifiers: readonly QualifierMatch[];
}

export function findQualifiers(lexicon: CompiledLexicon, clauses: readonly Clause[], lang: string): ClauseQualifiers[] {
  return clauses.map((clause) => ({ clause, qualifiers: detectQualifiers(lexicon, clause.text, lang) }));
}

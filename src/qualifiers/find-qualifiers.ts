// The qualifier inventory of a text, clause by clause (for `treaty qualifiers`).
import type { Clause } from '../align/clause.js';
import type { TreatyText } from '../model/treaty.js';
import type { QualifierMatch } from './detect-qualifiers.js';
import type { QualifierSource } from './qualifier-source.js';

export interface ClauseQualifiers {
  readonly clause: Clause;
  readonly qualifiers: readonly QualifierMatch[];
}

export function findQualifiers(source: QualifierSource, text: TreatyText, clauses: readonly Clause[]): ClauseQualifiers[] {
  return clauses.map((clause) => ({ clause, qualifiers: source.detect(text, clause) }));
}

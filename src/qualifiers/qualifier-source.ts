// Where a comparison gets each clause's qualifiers from: the lexicon's cues, or answers the build worked
// out in advance for the bundled texts (precomputed-qualifiers.ts), which are the same by construction.
import type { Clause } from '../model/clause.js';
import type { TreatyText } from '../model/treaty.js';
import type { Lexicon } from '../model/qualifier-lexicon.js';
import { type CompiledLexicon, compileLexicon } from './compile-lexicon.js';
import { detectQualifiers } from './detect-qualifiers.js';
import type { QualifierMatch } from '../model/comparison.js';

export interface QualifierSource {
  /** Category codes in lexicon order (changes are listed in this order). */
  readonly order: readonly string[];
  detect(text: TreatyText, clause: Clause): readonly QualifierMatch[];
}

export function lexiconSource(lexicon: CompiledLexicon): QualifierSource {
  return {
    order: lexicon.lexicon.categories.map((c) => c.code),
    detect: (text, clause) => detectQualifiers(lexicon, clause.text, text.lang),
  };
}

/** The source a caller asked for: answers given outright, else the lexicon's cues, else none. */
export function chooseQualifierSource(options: { readonly qualifiers?: QualifierSource; readonly lexicon?: Lexicon }): QualifierSource | undefined {
  return options.qualifiers ?? (options.lexicon ? lexiconSource(compileLexicon(options.lexicon)) : undefined);
}

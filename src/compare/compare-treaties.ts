// Compares two treaties: choose the language, narrow to the clauses asked for, compare, and find qualifiers.
// The one way there for `treaty diff` and for programs using treaty as a library. Pure.
import type { Lexicon } from '../model/qualifier-lexicon.js';
import type { Result } from '../model/problem.js';
import type { Treaty } from '../model/treaty.js';
import { chooseQualifierSource, type QualifierSource } from '../qualifiers/qualifier-source.js';
import { chooseLanguage } from './choose-language.js';
import { compareTexts } from './compare-texts.js';
import type { ClauseSelection, Comparison } from '../model/comparison.js';

export interface CompareTreatiesOptions {
  /** BCP 47 tag of the language to compare in; default English if both have it, else the first they share. */
  readonly lang?: string;
  /** The qualifier lexicon (see `loadLexicon`); without it or `qualifiers`, no qualifier is reported. */
  readonly lexicon?: Lexicon;
  /** Where each clause's qualifiers come from, if not from `lexicon` (the CLI's precomputed answers). */
  readonly qualifiers?: QualifierSource;
  /** Compare only part of the left treaty: `{ block: '1', paragraph: 2 }` is Article 1, second paragraph. */
  readonly left?: ClauseSelection;
  /** Compare only part of the right treaty. */
  readonly right?: ClauseSelection;
}

/**
 * Aligns the clauses of two treaties and diffs each link. Fails, with problems rather than by throwing,
 * when the treaties share no language, a text is empty or too large, or a selection does not exist.
 */
export function compareTreaties(left: Treaty, right: Treaty, options: CompareTreatiesOptions = {}): Result<Comparison> {
  const texts = chooseLanguage(left, right, options.lang);
  if (!texts.ok) return texts;
  const [leftText, rightText] = texts.value;
  return compareTexts(
    { treaty: left, text: leftText, ...(options.left ? { selection: options.left } : {}) },
    { treaty: right, text: rightText, ...(options.right ? { selection: options.right } : {}) },
    { qualifiers: chooseQualifierSource(options) },
  );
}

// Qualifiers worked out in advance. Building and running the lexicon's regular expressions costs more
// start-up time than the rest of `treaty diff 1961 2024` together, so the build detects the qualifiers of
// every bundled text it validated and stores them under the fingerprints of the treaty file and of the
// lexicon. Any change to either changes a fingerprint, and detection runs as usual.
import type { Clause } from '../model/clause.js';
import { segmentClauses } from '../model/clause.js';
import type { Treaty, TreatyText } from '../model/treaty.js';
import type { CompiledLexicon } from './compile-lexicon.js';
import { detectQualifiers } from './detect-qualifiers.js';
import type { QualifierSource } from './qualifier-source.js';
import type { QualifierMatch } from '../model/comparison.js';

export interface PrecomputedQualifiers {
  /** Fingerprint of the lexicon the answers were computed with. */
  readonly lexicon: string;
  /** Treaty file fingerprint → language → clause id → matches. */
  readonly texts: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, readonly QualifierMatch[]>>>>>>;
}

/** Every clause of every text of the given treaties, keyed by the treaty file's fingerprint. */
export function precomputeQualifiers(lexicon: CompiledLexicon, lexiconFingerprint: string, treaties: ReadonlyArray<{ fingerprint: string; treaty: Treaty }>): PrecomputedQualifiers {
  const texts: Record<string, Record<string, Record<string, QualifierMatch[]>>> = {};
  for (const { fingerprint, treaty } of treaties) {
    const byLang: Record<string, Record<string, QualifierMatch[]>> = (texts[fingerprint] = {});
    for (const text of treaty.texts) {
      const byClause: Record<string, QualifierMatch[]> = (byLang[text.lang] = {});
      for (const clause of segmentClauses(text)) {
        const found = detectQualifiers(lexicon, clause.text, text.lang);
        if (found.length > 0) byClause[clause.id] = found;
      }
    }
  }
  return { lexicon: lexiconFingerprint, texts };
}

/**
 * A source that answers from `precomputed` for texts of the treaty files it knows (by fingerprint) and
 * from `fallback` for any other.
 */
export function precomputedSource(
  fallback: QualifierSource,
  precomputed: PrecomputedQualifiers,
  fingerprints: ReadonlyMap<TreatyText, string>,
): QualifierSource {
  return {
    order: fallback.order,
    detect(text: TreatyText, clause: Clause) {
      const print = fingerprints.get(text);
      const known = print === undefined ? undefined : precomputed.texts[print]?.[text.lang];
      return known ? (known[clause.id] ?? []) : fallback.detect(text, clause);
    },
  };
}

// The qualifier source for a command: the lexicon's cues, answered from the build's precomputed
// qualifiers (dist/precomputed-qualifiers.json) for bundled texts when the lexicon is the bundled one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TreatyText } from '../model/treaty.js';
import { packageRoot } from '../package-root.js';
import { compileLexicon } from '../qualifiers/compile-lexicon.js';
import { type PrecomputedQualifiers, precomputedSource } from '../qualifiers/precomputed-qualifiers.js';
import { lexiconSource, type QualifierSource } from '../qualifiers/qualifier-source.js';
import type { CorpusEntry } from './load-corpus.js';
import type { LoadedLexicon } from './load-lexicon.js';

export const PRECOMPUTED_FILE = 'precomputed-qualifiers.json';

/** The source for the texts of `entries` (any of their languages), and the lexicon's cues for any other text. */
export function loadQualifierSource(loaded: LoadedLexicon, entries: readonly CorpusEntry[]): QualifierSource {
  const fallback = lexiconSource(compileLexicon(loaded.lexicon));
  if (loaded.fingerprint === undefined) return fallback;
  let precomputed: PrecomputedQualifiers;
  try {
    precomputed = JSON.parse(readFileSync(join(packageRoot(), 'dist', PRECOMPUTED_FILE), 'utf8')) as PrecomputedQualifiers;
  } catch {
    return fallback;
  }
  if (precomputed.lexicon !== loaded.fingerprint) return fallback;
  const fingerprints = new Map<TreatyText, string>();
  for (const entry of entries) if (entry.fingerprint !== undefined) for (const text of entry.treaty.texts) fingerprints.set(text, entry.fingerprint);
  return precomputedSource(fallback, precomputed, fingerprints);
}

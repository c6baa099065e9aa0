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

export function loadQualifierSource(loaded: LoadedLexicon, texts: ReadonlyArray<{ readonly entry: CorpusEntry; readonly text: TreatyText }>): QualifierSource {
  const fallback = lexiconSource(compileLexicon(loaded.lexicon));
  if (loaded.fingerprint === undefined) return fallback;
  let precomputed: PrecomputedQualifiers;
  try {
    precomputed = JSON.parse(readFileSync(join(packageRoot(), 'dist', PRECOMPUTED_FILE), 'utf8')) as PrecomputedQualifiers;
  } catch {
    return fallback;
  }
  if (precomputed.lexicon !== loaded.fingerprint) return fallback;
  const fingerprints = new Map(texts.flatMap(({ entry, text }) => (entry.fingerprint !== undefined ? [[text, entry.fingerprint] as const] : [])));
  return precomputedSource(fallback, precomputed, fingerprints);
}

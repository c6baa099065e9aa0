// Reads the qualifier lexicon: qualifiers.json beside a corpus's treaties/ folder (or in the folder
// itself), else the one bundled with treaty. Validated by the build when bundled and unchanged, else
// through its schema.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Lexicon } from '../model/qualifier-lexicon.js';
import { fail, ok, type Result } from '../model/problem.js';
import { bundledDataDir } from './data-dir.js';
import { readTextFile } from './read-text-file.js';
import { trustedFingerprint } from './trusted-data.js';

export const LEXICON_FILE = 'qualifiers.json';

/** Where the lexicon for a corpus folder is: DIR/qualifiers.json, or beside DIR when DIR is a treaties/ folder. */
export function lexiconFileFor(dataDir: string): string {
  const candidates = [join(dataDir, LEXICON_FILE), ...(basename(dataDir) === 'treaties' ? [join(dirname(dataDir), LEXICON_FILE)] : [])];
  return candidates.find((f) => existsSync(f)) ?? join(bundledDataDir(), LEXICON_FILE);
}

export interface LoadedLexicon {
  readonly file: string;
  readonly lexicon: Lexicon;
  /** Set when the build validated this exact file. */
  readonly fingerprint?: string;
}

export async function loadLexicon(dataDir: string): Promise<Result<LoadedLexicon>> {
  const file = lexiconFileFor(dataDir);
  const read = readTextFile(file);
  if (!read.ok) return read;
  const { text } = read.value;
  const print = trustedFingerprint(text);
  if (print !== undefined) return ok({ file, lexicon: JSON.parse(text) as Lexicon, fingerprint: print });
  const { parseLexicon } = await import('./parse-document.js');
  const parsed = parseLexicon(file, text);
  return parsed.value ? ok({ file, lexicon: parsed.value }) : fail(...parsed.problems);
}

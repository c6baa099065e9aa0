// Turns what the user typed (an id, an alias, or a path to a treaty JSON file) into a loaded treaty.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import { listTreatyFiles } from './list-treaty-files.js';
import { type CorpusEntry, loadCorpus, loadTreatyFile } from './load-corpus.js';
import { matchRef } from './match-ref.js';

export interface ResolvedTreaty {
  readonly entry: CorpusEntry;
  /** Files of the corpus that could not be loaded while searching it: worth a warning. */
  readonly skipped: readonly Problem[];
}

/** A ref is a path when it names a directory or a .json file, so ids and aliases never hit the disk as paths. */
export function isPathRef(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || ref.toLowerCase().endsWith('.json');
}

export function loadTreatyRef(ref: string, dataDir: string): Result<ResolvedTreaty> {
  if (isPathRef(ref)) {
    const loaded = loadTreatyFile(ref);
    return loaded.ok ? ok({ entry: loaded.value, skipped: [] }) : loaded;
  }
  const folder = listTreatyFiles(dataDir);
  if (!folder.ok) return folder;

  // An exact id is its file name: read just that file rather than the whole corpus.
  const direct = join(folder.value.dir, `${ref}.json`);
  if (/^[a-z0-9-]+$/.test(ref) && existsSync(direct)) {
    const loaded = loadTreatyFile(direct);
    if (!loaded.ok) return loaded;
    if (loaded.value.treaty.id === ref) return ok({ entry: loaded.value, skipped: [] });
  }

  const corpus = loadCorpus(dataDir);
  if (!corpus.ok) return corpus;
  const { entries, skipped } = corpus.value;
  const match = matchRef(ref, entries.map((e) => e.treaty));
  const problem = (code: Problem['code'], args: Problem['args']): Problem => ({ code, severity: 'error', args });
  switch (match.kind) {
    case 'found':
      return ok({ entry: entries[match.index] as CorpusEntry, skipped });
    case 'ambiguous':
      return fail(problem('ref-ambiguous', { ref, candidates: match.candidates }), ...skipped);
    case 'unknown':
      return fail(problem('ref-unknown', { ref, suggestions: match.suggestions, dir: corpus.value.dir }), ...skipped);
  }
}

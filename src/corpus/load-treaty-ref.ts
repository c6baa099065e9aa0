// Turns what the user typed (an id, an alias, or a path to a treaty JSON file) into a loaded treaty.
// Names are resolved from an index of each corpus file's id and aliases, read with JSON.parse alone;
// only the treaty chosen is then validated and loaded, so resolving `1961` costs one schema check, not
// one per file in the corpus.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import { listTreatyFiles, type TreatyFolder } from './list-treaty-files.js';
import { type CorpusEntry, loadTreatyFile, parseTreatyText } from './load-corpus.js';
import { matchRef } from './match-ref.js';
import { readTextFile } from './read-text-file.js';

export interface ResolvedTreaty {
  readonly entry: CorpusEntry;
  /** Files of the corpus that could not be read while searching it: worth a warning. */
  readonly skipped: readonly Problem[];
}

/** A ref is a path when it names a directory, a .json or a .txt file, so ids and aliases never hit the disk as paths. */
export function isPathRef(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || /\.(json|txt)$/i.test(ref);
}

/** Plain-text files are imported on the fly: `treaty diff old.txt new.txt` needs no corpus. */
function isPlainTextRef(ref: string): boolean {
  return /\.txt$/i.test(ref);
}

export interface LoadRefOptions {
  /** Language of a plain-text file (default English). */
  readonly lang?: string;
}

interface IndexedFile {
  readonly file: string;
  readonly text: string;
  readonly id: string;
  readonly aliases: readonly string[];
}

interface CorpusIndex {
  readonly dir: string;
  readonly files: readonly IndexedFile[];
  readonly skipped: readonly Problem[];
}

// One index per folder per process: `treaty diff 1961 2024` resolves two names from one reading.
const indexes = new Map<string, Promise<CorpusIndex>>();

function indexCorpus(folder: TreatyFolder): Promise<CorpusIndex> {
  let index = indexes.get(folder.dir);
  if (!index) indexes.set(folder.dir, (index = buildIndex(folder)));
  return index;
}

async function buildIndex(folder: TreatyFolder): Promise<CorpusIndex> {
  const files: IndexedFile[] = [];
  const skipped: Problem[] = [];
  for (const file of folder.files) {
    const read = readTextFile(file);
    if (!read.ok) {
      skipped.push(...read.problems.slice(0, 1));
      continue;
    }
    const names = namesOf(read.value.text);
    if (names) files.push({ file, text: read.value.text, ...names });
    else {
      // Not even an id to go by: say where the file is broken (this loads the schema, rarely needed).
      const loaded = await parseTreatyText(file, read.value.text);
      if (!loaded.ok) skipped.push(...loaded.problems.slice(0, 1));
    }
  }
  return { dir: folder.dir, files, skipped };
}

/** The id and aliases of a treaty file, if its JSON is well-formed and has them. */
function namesOf(text: string): { id: string; aliases: string[] } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (json === null || typeof json !== 'object') return undefined;
  const { id, aliases } = json as { id?: unknown; aliases?: unknown };
  if (typeof id !== 'string') return undefined;
  return { id, aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [] };
}

export async function loadTreatyRef(ref: string, dataDir: string, options: LoadRefOptions = {}): Promise<Result<ResolvedTreaty>> {
  if (isPlainTextRef(ref)) {
    // Loaded on demand: the importer is not needed to resolve an id or a JSON file.
    const { loadPlainTextFile } = await import('./load-plain-text-file.js');
    const loaded = await loadPlainTextFile(ref, options.lang ?? 'en');
    return loaded.ok ? ok({ entry: loaded.value, skipped: [] }) : loaded;
  }
  if (isPathRef(ref)) {
    const loaded = await loadTreatyFile(ref);
    return loaded.ok ? ok({ entry: loaded.value, skipped: [] }) : loaded;
  }

  // An exact id is its file name: read just that file rather than the whole corpus.
  const folder = listTreatyFiles(dataDir);
  if (!folder.ok) return folder;
  const direct = join(folder.value.dir, `${ref}.json`);
  if (/^[a-z0-9-]+$/.test(ref) && existsSync(direct)) {
    const loaded = await loadTreatyFile(direct);
    if (!loaded.ok) return loaded;
    if (loaded.value.treaty.id === ref) return ok({ entry: loaded.value, skipped: [] });
  }

  const { files, skipped, dir } = await indexCorpus(folder.value);
  const match = matchRef(ref, files);
  const problem = (code: Problem['code'], args: Problem['args']): Problem => ({ code, severity: 'error', args });
  switch (match.kind) {
    case 'found': {
      const chosen = files[match.index] as IndexedFile;
      const loaded = await parseTreatyText(chosen.file, chosen.text);
      return loaded.ok ? ok({ entry: loaded.value, skipped }) : loaded;
    }
    case 'ambiguous': {
      // Two files claiming one id (or one alias that is an exact match) cannot be told apart by id: name
      // the files, since only editing the data can settle it.
      const args = { ref, candidates: match.candidates };
      const clash = match.exact ? { ...args, files: match.indexes.map((i) => (files[i] as IndexedFile).file) } : args;
      return fail(problem('ref-ambiguous', clash), ...skipped);
    }
    case 'unknown':
      return fail(problem('ref-unknown', { ref, suggestions: match.suggestions, dir }), ...skipped);
  }
}

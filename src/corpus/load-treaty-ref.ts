// Turns what the user typed (an id, an alias, or a path to a treaty JSON file) into a loaded treaty.
// Names are resolved from an index of each corpus file's id and aliases, read with JSON.parse alone;
// only the treaty chosen is then validated and loaded, so resolving `1961` costs one schema check, not
// one per file in the corpus.
//
// A broken file keeps its place in the index under the names it claims: its file name, and the id and
// aliases a tolerant parse still reads from it (parse-document.ts, recoverNames). A ref that picks it (as
// it would pick the file repaired) fails with exit 2 naming the file; it never falls through to a prefix
// of another treaty's name, as `1961` once fell through to `1961-prc` when ussr-dprk-1961.json lacked a comma.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import { listTreatyFiles, type TreatyFolder } from './list-treaty-files.js';
import { type CorpusEntry, loadTreatyFile, parseTreatyText } from './load-corpus.js';
import { matchRef, type Named } from './match-ref.js';
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
  /** Corpus indexes to reuse and fill (see CorpusIndexCache); without one, the folder is read afresh. */
  readonly indexes?: CorpusIndexCache;
}

interface IndexedFile extends Named {
  readonly file: string;
  /** The file's text, when it could be read. */
  readonly text?: string;
  /** Why the file cannot be loaded, when the index already knows: unreadable, or not even its names parse. */
  readonly broken?: readonly Problem[];
}

interface CorpusIndex {
  readonly dir: string;
  readonly files: readonly IndexedFile[];
}

/**
 * The corpus folders read by one run, by folder: `treaty diff 1961 2024` resolves two names from one
 * reading. Owned by the caller (the CLI makes one per command run), so that files changed between two
 * runs in one process are read again.
 */
export type CorpusIndexCache = Map<string, Promise<CorpusIndex>>;

function indexCorpus(folder: TreatyFolder, indexes: CorpusIndexCache): Promise<CorpusIndex> {
  let index = indexes.get(folder.dir);
  if (!index) indexes.set(folder.dir, (index = buildIndex(folder)));
  return index;
}

async function buildIndex(folder: TreatyFolder): Promise<CorpusIndex> {
  const files: IndexedFile[] = [];
  for (const file of folder.files) {
    // A file is named after its id: the name it claims even when nothing in it can be read.
    const stem = fileStem(file);
    const read = readTextFile(file);
    if (!read.ok) {
      files.push({ file, id: stem, aliases: [], broken: read.problems.slice(0, 1) });
      continue;
    }
    const { text } = read.value;
    const names = namesOf(text);
    if (names) {
      files.push({ file, text, ...names });
      continue;
    }
    // Broken JSON, or no id: say where it is broken and recover what names it can (this loads the
    // schema and a tolerant parser, rarely needed).
    const { parseTreaty, recoverNames } = await import('./parse-document.js');
    const recovered = recoverNames(text);
    const id = recovered.id ?? stem;
    files.push({ file, text, id, aliases: [...recovered.aliases, ...(id === stem ? [] : [stem])], broken: parseTreaty(file, text).problems });
  }
  return { dir: folder.dir, files };
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

/**
 * The first line of a failure to load the file a ref picked: which file, and by which of its names
 * (`as`: id, alias or file name; `match`: the whole name or its start).
 */
function refBroken(ref: string, file: string, name: string, match: 'exact' | 'prefix', entry?: Named): Problem {
  const as = fileStem(file) === name ? 'file name' : entry?.id === name ? 'id' : 'alias';
  return { code: 'ref-broken', severity: 'error', file, args: { ref, as, name, match } };
}

function fileStem(file: string): string {
  return basename(file).replace(/\.json$/i, '');
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
    if (!loaded.ok) return fail(refBroken(ref, direct, ref, 'exact'), ...loaded.problems);
    if (loaded.value.treaty.id === ref) return ok({ entry: loaded.value, skipped: [] });
  }

  const { files, dir } = await indexCorpus(folder.value, options.indexes ?? new Map());
  const match = matchRef(ref, files);
  // Files that could not be read, but that the ref did not name: worth a warning, not a failure.
  const skipped = (except?: number) => files.flatMap((f, i) => (f.broken && i !== except ? f.broken.slice(0, 1) : []));
  const problem = (code: Problem['code'], args: Problem['args']): Problem => ({ code, severity: 'error', args });
  switch (match.kind) {
    case 'found': {
      const chosen = files[match.index] as IndexedFile;
      const broken = (problems: readonly Problem[]) => fail(refBroken(ref, chosen.file, match.name, match.exact ? 'exact' : 'prefix', chosen), ...problems);
      if (chosen.broken || chosen.text === undefined) return broken(chosen.broken ?? []);
      const loaded = await parseTreatyText(chosen.file, chosen.text);
      return loaded.ok ? ok({ entry: loaded.value, skipped: skipped(match.index) }) : broken(loaded.problems);
    }
    case 'ambiguous': {
      // Two files claiming one id (or one alias that is an exact match) cannot be told apart by id: name
      // the files, since only editing the data can settle it.
      const args = { ref, candidates: match.candidates };
      const clash = match.exact ? { ...args, files: match.indexes.map((i) => (files[i] as IndexedFile).file) } : args;
      return fail(problem('ref-ambiguous', clash), ...skipped());
    }
    case 'unknown':
      return fail(problem('ref-unknown', { ref, suggestions: match.suggestions, dir }), ...skipped());
  }
}

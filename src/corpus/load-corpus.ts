// Loads treaty files: one by path, or every file of a corpus folder. Files that fail to load are kept as
// problems beside the treaties that did, so callers can say what they skipped.
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import type { Treaty } from '../model/treaty.js';
import { listTreatyFiles } from './list-treaty-files.js';
import { parseTreaty } from './parse-treaty.js';
import { readTextFile } from './read-text-file.js';

export interface CorpusEntry {
  readonly file: string;
  readonly treaty: Treaty;
}

export interface Corpus {
  readonly dir: string;
  readonly entries: readonly CorpusEntry[];
  /** One problem per file that could not be loaded (the first of its problems). */
  readonly skipped: readonly Problem[];
}

export function loadTreatyFile(file: string): Result<CorpusEntry> {
  const read = readTextFile(file);
  if (!read.ok) return read;
  const parsed = parseTreaty(file, read.value.text);
  if (!parsed.treaty) return fail(...parsed.problems);
  return ok({ file, treaty: parsed.treaty });
}

export function loadCorpus(dir: string): Result<Corpus> {
  const listed = listTreatyFiles(dir);
  if (!listed.ok) return listed;
  const entries: CorpusEntry[] = [];
  const skipped: Problem[] = [];
  for (const file of listed.value.files) {
    const loaded = loadTreatyFile(file);
    if (loaded.ok) entries.push(loaded.value);
    else if (loaded.problems[0]) skipped.push(loaded.problems[0]);
  }
  return ok({ dir: listed.value.dir, entries, skipped });
}

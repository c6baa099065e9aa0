// Loads treaty files: one by path, or every file of a corpus folder. Files that fail to load are kept as
// problems beside the treaties that did, so callers can say what they skipped.
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import type { Treaty } from '../model/treaty.js';
import { listTreatyFiles } from './list-treaty-files.js';
import { readTextFile } from './read-text-file.js';
import { readTrusted, trustedFingerprint } from './trusted-data.js';

export interface CorpusEntry {
  readonly file: string;
  readonly treaty: Treaty;
  /** The file's fingerprint when the build validated this exact file (see trusted-data.ts). */
  readonly fingerprint?: string;
}

export interface Corpus {
  readonly dir: string;
  readonly entries: readonly CorpusEntry[];
  /** One problem per file that could not be loaded (the first of its problems). */
  readonly skipped: readonly Problem[];
}

export async function loadTreatyFile(file: string): Promise<Result<CorpusEntry>> {
  const read = readTextFile(file);
  if (!read.ok) return read;
  return parseTreatyText(file, read.value.text);
}

/** A treaty from a file's text already read: trusted files directly, any other through the schema. */
export async function parseTreatyText(file: string, text: string): Promise<Result<CorpusEntry>> {
  const print = trustedFingerprint(text);
  if (print !== undefined) return ok({ file, treaty: readTrusted(text), fingerprint: print });
  // The schema (and with it zod) is loaded only for files the build did not already validate.
  const { parseTreaty } = await import('./parse-document.js');
  const parsed = parseTreaty(file, text);
  if (!parsed.treaty) return fail(...parsed.problems);
  return ok({ file, treaty: parsed.treaty });
}

export async function loadCorpus(dir: string): Promise<Result<Corpus>> {
  const listed = listTreatyFiles(dir);
  if (!listed.ok) return listed;
  const entries: CorpusEntry[] = [];
  const skipped: Problem[] = [];
  for (const file of listed.value.files) {
    const loaded = await loadTreatyFile(file);
    if (loaded.ok) entries.push(loaded.value);
    else if (loaded.problems[0]) skipped.push(loaded.problems[0]);
  }
  return ok({ dir: listed.value.dir, entries, skipped });
}

// A plain-text treaty file read as a treaty, for commands that take one directly (`treaty diff a.txt
// b.txt`): imported on the fly, with every piece of text kept (anything the importer cannot place goes into
// the text's notes) and the result checked against the schema like any treaty file.
import { basename } from 'node:path';
import { treatyFromImport } from '../import/build-treaty.js';
import { parsePlainText } from '../import/parse-plain-text.js';
import type { Result } from '../model/problem.js';
import { type CorpusEntry, parseTreatyText } from './load-corpus.js';
import { readTextFile } from './read-text-file.js';

export async function loadPlainTextFile(file: string, lang: string): Promise<Result<CorpusEntry>> {
  const read = readTextFile(file);
  if (!read.ok) return read;
  const name = basename(file).replace(/\.txt$/i, '');
  // Ids are kebab-case; a file name need not be.
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'text';
  const treaty = treatyFromImport(parsePlainText(read.value.text, { lang }), { id, lang, file, title: name, source: { title: basename(file) } }, 'note');
  return parseTreatyText(file, JSON.stringify(treaty));
}

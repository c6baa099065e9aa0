// Runs every check over a set of treaty documents and returns located problems, in file order. Pure: the
// caller reads the files. Documents marked as context take part in cross-file checks (links, duplicate
// aliases) without having their own problems reported.
import { basename, dirname } from 'node:path';
import { LEXICON_FILE } from '../corpus/load-lexicon.js';
import { type ParsedDocument, parseLexicon, parseTreaty } from '../corpus/parse-document.js';
import { type Problem, toPointer } from '../model/problem.js';
import { checkCorpus, type CorpusMember } from './check-corpus.js';
import { checkStrings } from './check-strings.js';
import { checkLexicon } from './check-lexicon.js';
import { checkTreaty } from './check-treaty.js';

/** A data file to check: a treaty, or the qualifier lexicon (qualifiers.json). */
export interface DataDocument {
  readonly file: string;
  readonly text: string;
  /** The file started with a UTF-8 byte order mark (already removed from `text`). */
  readonly bom?: boolean;
  /** Only used to resolve links and detect duplicates; its own problems are not reported. */
  readonly context?: boolean;
  /** Checked as a member of a corpus folder (default: when the file is in a folder named "treaties"). */
  readonly inCorpus?: boolean;
}

/** `unreadable` lists files that exist but could not be read (their problems are reported elsewhere). */
export function validateDocuments(documents: readonly DataDocument[], unreadable: readonly string[] = []): Problem[] {
  const problems: Problem[][] = documents.map(() => []);
  const members: Array<CorpusMember & { doc: number; locate: ReturnType<typeof parseTreaty>['locate'] }> = [];
  // A file is named after its id, so a broken file still tells us which id exists.
  const unverifiable = new Set(unreadable.map(idFromFile));

  const parsedTreaties = documents.map((doc) => (isLexiconFile(doc.file) ? undefined : parseTreaty(doc.file, doc.text)));
  documents.forEach((doc, i) => {
    // In a corpus a file must be named after its id; a file on its own (an import written elsewhere) need not.
    const inCorpus = doc.inCorpus ?? basename(dirname(doc.file)) === 'treaties';
    const report = problems[i] as Problem[];
    const parsed = parsedTreaties[i];
    if (!parsed) {
      report.push(...validateLexicon(doc));
      return;
    }
    report.push(...documentProblems(doc, parsed));
    if (parsed.treaty) {
      report.push(...checkTreaty(parsed.treaty, basename(doc.file), { inCorpus }).map(parsed.locate));
      members.push({ file: doc.file, treaty: parsed.treaty, doc: i, locate: parsed.locate });
    } else unverifiable.add(idFromFile(doc.file));
  });

  for (const { index, finding } of checkCorpus(members, unverifiable)) {
    const member = members[index];
    if (member) problems[member.doc]?.push(member.locate(finding));
  }

  return documents.flatMap((doc, i) =>
    doc.context ? [] : [...(problems[i] ?? [])].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
  );
}

/** Problems any JSON data document can have: a BOM, syntax and schema, bad characters, repeated keys. */
function documentProblems(doc: DataDocument, parsed: ParsedDocument<unknown>): Problem[] {
  const report: Problem[] = [];
  if (doc.bom) report.push({ code: 'file-bom', severity: 'warning', file: doc.file, line: 1, column: 1, args: {} });
  report.push(...parsed.problems);
  if (parsed.json !== undefined) {
    report.push(...checkStrings(parsed.json).map(parsed.locate));
    for (const { path, position } of parsed.located().duplicateKeys())
      report.push({ code: 'json-duplicate-key', severity: 'error', file: doc.file, pointer: toPointer(path), ...position, args: { key: String(path.at(-1)) } });
  }
  return report;
}

export function isLexiconFile(file: string): boolean {
  return basename(file) === LEXICON_FILE;
}

function validateLexicon(doc: DataDocument): Problem[] {
  const parsed = parseLexicon(doc.file, doc.text);
  return [...documentProblems(doc, parsed), ...(parsed.value ? checkLexicon(parsed.value).map(parsed.locate) : [])];
}

function idFromFile(file: string): string {
  return basename(file).replace(/\.json$/i, '');
}

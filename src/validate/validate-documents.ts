// Runs every check over a set of treaty documents and returns located problems, in file order: per file the
// first 20 of each code in line order, then summaries of the rest (model/problem-budget.ts). Pure: the
// caller reads the files. Documents marked as context take part in cross-file checks (links, duplicate
// aliases) without having their own problems reported.
import { basename, dirname } from 'node:path';
import { LEXICON_FILE } from '../corpus/load-lexicon.js';
import { byPosition, type ParsedDocument, parseLexicon, parseTreaty } from '../corpus/parse-document.js';
import { type Finding, type Problem, toPointer } from '../model/problem.js';
import { isSummaryProblem, ProblemBudget, VALIDATE_LIMITS } from '../model/problem-budget.js';
import { checkCorpus, type CorpusMember } from './check-corpus.js';
import { visitStringFindings } from './check-strings.js';
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
  const reports = documents.map((doc) => new FileReport(doc.file));
  const members: Array<CorpusMember & { doc: number }> = [];
  // A file is named after its id, so a broken file still tells us which id exists.
  const unverifiable = new Set(unreadable.map(idFromFile));

  documents.forEach((doc, i) => {
    // In a corpus a file must be named after its id; a file on its own (an import written elsewhere) need not.
    const inCorpus = doc.inCorpus ?? basename(dirname(doc.file)) === 'treaties';
    const report = reports[i] as FileReport;
    if (isLexiconFile(doc.file)) {
      const parsed = parseLexicon(doc.file, doc.text, VALIDATE_LIMITS);
      checkDocument(doc, parsed, report);
      if (parsed.value) for (const f of checkLexicon(parsed.value)) if (!report.add(f)) break;
      return;
    }
    const parsed = parseTreaty(doc.file, doc.text, VALIDATE_LIMITS);
    checkDocument(doc, parsed, report);
    if (parsed.treaty) {
      for (const f of checkTreaty(parsed.treaty, basename(doc.file), { inCorpus })) if (!report.add(f)) break;
      members.push({ file: doc.file, treaty: parsed.treaty, doc: i });
    } else unverifiable.add(idFromFile(doc.file));
  });

  for (const { index, finding } of checkCorpus(members, unverifiable)) {
    const member = members[index];
    if (member) reports[member.doc]?.add(finding);
  }

  return documents.flatMap((doc, i) => (doc.context ? [] : (reports[i] as FileReport).problems()));
}

/**
 * One file's problems: those of its syntax and schema (bounded by parse-document), then those of every
 * other check, bounded here. Findings are located only if they are kept, so a file with 200,000 findings
 * never has 200,000 positions worked out.
 */
class FileReport {
  readonly #parsed: Problem[] = [];
  readonly #budget = new ProblemBudget<Problem | Finding>(VALIDATE_LIMITS);
  #locateAll: (findings: readonly Finding[]) => Problem[] = () => {
    throw new Error('a finding was reported before its document was parsed');
  };

  constructor(readonly file: string) {}

  parsed(parsed: ParsedDocument<unknown>): void {
    this.#parsed.push(...parsed.problems);
    this.#locateAll = parsed.locateAll;
  }

  /** False once the file's budget is spent: the caller stops checking. */
  add(item: Problem | Finding): boolean {
    return this.#budget.add(item);
  }

  /** In line order, then what the lists leave out (one `check-stopped` at most). */
  problems(): Problem[] {
    const kept = this.#budget.kept;
    const findings = kept.filter((item): item is Finding => 'path' in item);
    const located = [...kept.filter((item): item is Problem => !('path' in item)), ...(findings.length > 0 ? this.#locateAll(findings) : [])];
    const all = [...this.#parsed, ...located];
    const summaries = [...all.filter(isSummaryProblem), ...this.#budget.summary(this.file)];
    const stopped = summaries.find((p) => p.code === 'check-stopped');
    return [
      ...all.filter((p) => !isSummaryProblem(p)).sort(byPosition),
      ...summaries.filter((p) => p.code !== 'check-stopped'),
      ...(stopped ? [stopped] : []),
    ];
  }
}

/** Problems any JSON data document can have: a BOM, syntax and schema, bad characters, repeated keys. */
function checkDocument(doc: DataDocument, parsed: ParsedDocument<unknown>, report: FileReport): void {
  if (doc.bom) report.add({ code: 'file-bom', severity: 'warning', file: doc.file, line: 1, column: 1, args: {} });
  report.parsed(parsed);
  if (parsed.json === undefined) return;
  if (!visitStringFindings(parsed.json, (f) => report.add(f))) return;
  for (const { path, position } of parsed.located().duplicateKeys(VALIDATE_LIMITS.total))
    if (!report.add({ code: 'json-duplicate-key', severity: 'error', file: doc.file, pointer: toPointer(path), ...position, args: { key: String(path.at(-1)) } })) return;
}

export function isLexiconFile(file: string): boolean {
  return basename(file) === LEXICON_FILE;
}

function idFromFile(file: string): string {
  return basename(file).replace(/\.json$/i, '');
}

// `treaty import FILE`: a plain-text treaty (or an open-treaties document) into treaty data — a new file,
// or the text of an existing treaty replaced. The result is validated before anything is written, and
// nothing of the source is dropped silently.
import { basename, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { listTreatyFiles } from '../../corpus/list-treaty-files.js';
import { parseJson, parseTreaty } from '../../corpus/parse-document.js';
import { readTextFile } from '../../corpus/read-text-file.js';
import { type ImportMetadata, replaceImportedText, treatyFromImport, type UnplacedPolicy } from '../../import/build-treaty.js';
import { convertOpenTreaty } from '../../import/from-open-treaties.js';
import { type ParsedPlainText, parsePlainText } from '../../import/parse-plain-text.js';
import { MAX_CLAUSES, MAX_FILE_BYTES, MAX_PARAGRAPH_CHARS } from '../../model/limits.js';
import { fromPointer, ok, type Problem, type Result } from '../../model/problem.js';
import type { TreatyInput } from '../../model/treaty.js';
import { renderProblemLine } from '../../render/problems-text.js';
import { safeText } from '../../render/terminal-text.js';
import { validateDocuments } from '../../validate/validate-documents.js';
import type { Handler } from '../command-spec.js';
import { type CliContext, failWith } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { writeOutputFile } from '../write-output-file.js';

export interface ImportOptions {
  readonly id?: string;
  readonly into?: string;
  readonly from: 'text' | 'open-treaties';
  readonly lang: string;
  readonly out?: string;
  /** The corpus folder to write into, when the user named one (--data or TREATY_DATA). */
  readonly dataDir?: string;
  readonly force?: boolean;
  readonly unplaced: UnplacedPolicy;
  readonly title?: string;
  readonly shortTitle?: string;
  readonly alias: string[];
  readonly party: string[];
  readonly signed?: string;
  readonly place?: string;
  readonly articleCount?: number;
  readonly kind?: 'authentic' | 'translation';
  readonly translator?: string;
  readonly sourceTitle?: string;
  readonly sourceUrl?: string;
  readonly publisher?: string;
  readonly retrieved?: string;
}

/**
 * Problems listed one by one before the rest are counted: a hostile text can have a problem on each of
 * hundreds of thousands of lines, and the first few say what is wrong.
 */
const PROBLEMS_SHOWN = 20;

/** Problems with the source itself: findings (exit 1). Any other problem means the import cannot run (exit 2). */
const FINDINGS: ReadonlySet<Problem['code']> = new Set(['import-unplaced', 'import-no-articles', 'import-paragraph-too-long', 'import-too-large']);

/** A failure carrying every problem, however many: `fail(...problems)` would pass them all as arguments. */
const failAll = <T>(problems: readonly Problem[]): Result<T> => ({ ok: false, problems });

export function runImport(ctx: CliContext, file: string, options: ImportOptions): ExitCode {
  const read = readTextFile(file);
  if (!read.ok) return failWith(ctx, shown(read.problems));
  // The reader drops a byte order mark; hand it back so the importer's notes record it (nothing unsaid).
  const built = buildTreaty(file, read.value.bom ? `\uFEFF${read.value.text}` : read.value.text, options);
  if (!built.ok) return report(ctx, built.problems);
  const treaty = built.value;

  const destination = destinationOf(treaty.id, options);
  if (!destination.ok) return failWith(ctx, destination.problems);
  const text = JSON.stringify(treaty, null, 2) + '\n';
  // A file over the read limit could never be read back, by validate or any other command.
  const size = Buffer.byteLength(text);
  if (size > MAX_FILE_BYTES) return report(ctx, [{ code: 'import-too-large', severity: 'error', file, args: { size, limit: MAX_FILE_BYTES } }]);

  // Checked as it will be stored: next to the corpus it joins, so duplicate ids and aliases show.
  const target = destination.value ?? `${treaty.id}.json`;
  const siblings = destination.value ? listTreatyFiles(dirname(destination.value)) : undefined;
  const context = (siblings?.ok ? siblings.value.files : []).filter((f) => basename(f) !== basename(target));
  const problems = validateDocuments([{ file: target, text }, ...context.flatMap((f) => contextDocument(f))]);
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of shown(problems)) ctx.stderr(renderProblemLine(p, ctx.styles) + '\n');
  if (errors.length > 0) {
    ctx.stderr(`treaty: nothing written: the imported treaty would not be valid (${errors.length} ${errors.length === 1 ? 'error' : 'errors'} above)\n`);
    return ExitCode.findings;
  }

  if (destination.value === undefined) {
    ctx.stdout(text);
    return ExitCode.ok;
  }
  const written = writeOutputFile(destination.value, text, options.force === true);
  if (!written.ok) return failWith(ctx, written.problems);
  const summary = treaty.texts.map((t) => `${t.lang}: ${t.articles.length} articles`).join(', ');
  ctx.stderr(`treaty: wrote ${safeText(`${destination.value} (${treaty.id}; ${summary})`)}\n`);
  return ExitCode.ok;
}

function contextDocument(file: string) {
  const read = readTextFile(file);
  return read.ok ? [{ file, text: read.value.text, context: true }] : [];
}

/** Problems with the source itself (unplaced text, no headings, over a limit) are findings; the rest cannot run. */
function report(ctx: CliContext, problems: readonly Problem[]): ExitCode {
  const findings = problems.every((p) => FINDINGS.has(p.code));
  if (!findings) return failWith(ctx, shown(problems));
  for (const p of shown(problems)) ctx.stderr(renderProblemLine(p, ctx.styles) + '\n');
  ctx.stderr('treaty: nothing written\n');
  return ExitCode.findings;
}

/** The first {@link PROBLEMS_SHOWN} problems, then one that counts the rest. */
function shown(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length <= PROBLEMS_SHOWN + 1) return problems;
  const rest = problems.slice(PROBLEMS_SHOWN);
  const codes = [...new Set(rest.map((p) => p.code))];
  const last = rest.at(-1) as Problem;
  return [
    ...problems.slice(0, PROBLEMS_SHOWN),
    {
      code: 'problems-not-shown',
      severity: rest.some((p) => p.severity === 'error') ? 'error' : 'warning',
      ...(last.file !== undefined ? { file: last.file } : {}),
      args: { count: rest.length, codes, ...(last.line !== undefined ? { last: last.line } : {}) },
    },
  ];
}

function buildTreaty(file: string, source: string, options: ImportOptions): Result<TreatyInput> {
  const invalid = (option: string, detail: string) => failAll<TreatyInput>([{ code: 'option-invalid', severity: 'error', args: { option, detail } }]);
  if (options.articleCount !== undefined && options.articleCount > MAX_CLAUSES)
    return failAll([{ code: 'import-article-count', severity: 'error', args: { source: '--article-count', count: options.articleCount, limit: MAX_CLAUSES } }]);
  if (options.from === 'open-treaties') {
    if (!options.id) return invalid('--id', 'required: the id of the new treaty, e.g. --id un-charter');
    const parsed = parseJson(file, source.replace(/^\uFEFF/u, ''));
    if (!parsed.ok) return failAll(parsed.problems);
    const converted = convertOpenTreaty(parsed.json, { id: options.id, file });
    if (converted.ok) return converted;
    // The converter names places by JSON pointer; give each the line and column an editor jumps to.
    return failAll(converted.problems.map((p) => (p.pointer === undefined || p.line !== undefined ? p : { ...p, ...parsed.located().position(fromPointer(p.pointer)) })));
  }

  const existing = options.into ? readExisting(options.into) : undefined;
  if (existing && !existing.ok) return existing;
  const declared = existing?.value.articleCount;
  if (options.articleCount === undefined && declared !== undefined && declared > MAX_CLAUSES)
    return failAll([{ code: 'import-article-count', severity: 'error', file: options.into as string, args: { source: 'its articleCount', count: declared, limit: MAX_CLAUSES } }]);
  const articleCount = options.articleCount ?? declared;
  const parsed = parsePlainText(source, { lang: options.lang, ...(articleCount !== undefined ? { articleCount } : {}) });
  const refused = sourceProblems(file, parsed, options.unplaced, existing?.value, options.lang);
  if (refused.length > 0) return failAll(refused);
  if (existing) return ok(replaceImportedText(existing.value, parsed, options.lang, file, options.unplaced));

  if (!options.id) return invalid('--id', 'required for a new treaty (or pass --into FILE to replace the text of an existing one)');
  const parties: Array<{ code: string; name: string }> = [];
  for (const p of options.party) {
    const m = /^([A-Z][A-Z0-9]{1,5})=(.+)$/.exec(p);
    if (!m) return invalid('--party', `expected CODE=Name such as RUS="Russian Federation", got ${JSON.stringify(p)}`);
    parties.push({ code: m[1] as string, name: (m[2] as string).trim() });
  }
  const meta: ImportMetadata = {
    id: options.id,
    lang: options.lang,
    file,
    source: {
      title: options.sourceTitle ?? basename(file),
      ...(options.sourceUrl ? { url: options.sourceUrl } : {}),
      ...(options.publisher ? { publisher: options.publisher } : {}),
      ...(options.retrieved ? { retrieved: options.retrieved } : {}),
    },
    ...(options.title ? { title: options.title } : {}),
    ...(options.shortTitle ? { shortTitle: options.shortTitle } : {}),
    aliases: options.alias,
    parties,
    signed: { ...(options.signed ? { date: options.signed } : {}), ...(options.place ? { place: options.place } : {}) },
    ...(options.articleCount !== undefined ? { articleCount: options.articleCount } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.translator ? { translator: options.translator } : {}),
  };
  return ok(treatyFromImport(parsed, meta, options.unplaced));
}

/**
 * What keeps a parsed text out of the corpus: nothing in it, no articles and no count to list them by, the
 * articles of the treaty it replaces would be lost, unplaced text (unless kept as notes), paragraphs over
 * the length limit. Each located at its line in the source.
 */
function sourceProblems(file: string, parsed: ParsedPlainText, policy: UnplacedPolicy, existing: TreatyInput | undefined, lang: string): Problem[] {
  if (parsed.articles.length === 0) {
    const empty = parsed.preamble === undefined || parsed.preamble.paragraphs.length === 0;
    return [{ code: 'import-no-articles', severity: 'error', file, args: { reason: empty ? 'empty' : 'no-headings' } }];
  }
  const problems: Problem[] = [];
  const old = existing?.texts.find((t) => t.lang.toLowerCase() === lang.toLowerCase());
  const withText = old?.articles.filter((a) => (a.paragraphs ?? []).length > 0).length ?? 0;
  // The preamble-only reading of a text without headings must not replace articles the corpus has.
  if (withText > 0 && parsed.articles.every((a) => a.label === undefined))
    problems.push({ code: 'import-no-articles', severity: 'error', file, args: { reason: 'would-lose-articles', articles: withText } });
  if (policy === 'error')
    for (const u of parsed.unplaced)
      problems.push({ code: 'import-unplaced', severity: 'error', file, line: u.line, column: 1, args: { line: u.line, reason: u.reason, text: excerpt(u.text) } });
  for (const long of parsed.longParagraphs)
    problems.push({ code: 'import-paragraph-too-long', severity: 'error', file, line: long.line, column: 1, args: { line: long.line, chars: long.chars, limit: MAX_PARAGRAPH_CHARS } });
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** A line quoted in a message: the start of it is enough to find it. */
function excerpt(text: string): string {
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** The treaty to import into, read as `treaty validate` reads it: size, encoding, JSON, then the schema. */
function readExisting(file: string): Result<TreatyInput> {
  const read = readTextFile(file);
  if (!read.ok) return read;
  const parsed = parseTreaty(file, read.value.text);
  // The raw JSON, not zod's output: that fills in defaults the file leaves out, and the file is written back.
  if (parsed.treaty === undefined || parsed.problems.length > 0) return failAll(parsed.problems);
  return ok(parsed.json as TreatyInput);
}

/** --out FILE, else --into FILE, else the corpus folder named with --data, else stdout (undefined). */
function destinationOf(id: string, options: ImportOptions): Result<string | undefined> {
  if (options.out) return ok(options.out);
  if (options.into) return options.force ? ok(options.into) : failAll([{ code: 'output-exists', severity: 'error', file: options.into, args: {} }]);
  if (options.dataDir) {
    const nested = join(options.dataDir, 'treaties');
    return ok(join(existsSync(nested) ? nested : options.dataDir, `${id}.json`));
  }
  return ok(undefined);
}

/** A corpus named with --data (or TREATY_DATA) is where an import goes when --out is not given. */
export const importHandler: Handler = (ctx, [file], options) =>
  runImport(ctx, file as string, { ...(options as unknown as Omit<ImportOptions, 'dataDir'>), ...(ctx.dataDirGiven ? { dataDir: ctx.dataDir } : {}) });

// `treaty import FILE`: a plain-text treaty (or an open-treaties document) into treaty data — a new file,
// or the text of an existing treaty replaced. The result is validated before anything is written, and
// nothing of the source is dropped silently.
import { basename, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { listTreatyFiles } from '../../corpus/list-treaty-files.js';
import { parseJson } from '../../corpus/parse-document.js';
import { readTextFile } from '../../corpus/read-text-file.js';
import { type ImportMetadata, replaceImportedText, treatyFromImport, type UnplacedPolicy } from '../../import/build-treaty.js';
import { convertOpenTreaty } from '../../import/from-open-treaties.js';
import { parsePlainText } from '../../import/parse-plain-text.js';
import { fail, fromPointer, ok, type Problem, type Result } from '../../model/problem.js';
import type { TreatyInput } from '../../model/treaty.js';
import { renderProblemLine } from '../../render/problems-text.js';
import { safeText } from '../../render/terminal-text.js';
import { validateDocuments } from '../../validate/validate-documents.js';
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

export function runImport(ctx: CliContext, file: string, options: ImportOptions): ExitCode {
  const read = readTextFile(file);
  if (!read.ok) return failWith(ctx, read.problems);
  // The reader drops a byte order mark; hand it back so the importer's notes record it (nothing unsaid).
  const built = buildTreaty(file, read.value.bom ? `\uFEFF${read.value.text}` : read.value.text, options);
  if (!built.ok) return report(ctx, built.problems);
  const treaty = built.value;

  const destination = destinationOf(treaty.id, options);
  if (!destination.ok) return failWith(ctx, destination.problems);
  const text = JSON.stringify(treaty, null, 2) + '\n';

  // Checked as it will be stored: next to the corpus it joins, so duplicate ids and aliases show.
  const target = destination.value ?? `${treaty.id}.json`;
  const siblings = destination.value ? listTreatyFiles(dirname(destination.value)) : undefined;
  const context = (siblings?.ok ? siblings.value.files : []).filter((f) => basename(f) !== basename(target));
  const problems = validateDocuments([{ file: target, text }, ...context.flatMap((f) => contextDocument(f))]);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    for (const p of problems) ctx.stderr(renderProblemLine(p, ctx.styles) + '\n');
    ctx.stderr(`treaty: nothing written: the imported treaty would not be valid (${errors.length} ${errors.length === 1 ? 'error' : 'errors'} above)\n`);
    return ExitCode.findings;
  }
  for (const p of problems) ctx.stderr(renderProblemLine(p, ctx.styles) + '\n');

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

/** Problems with the source itself (unplaced text, no headings) are findings; the rest cannot run. */
function report(ctx: CliContext, problems: readonly Problem[]): ExitCode {
  const findings = problems.every((p) => p.code === 'import-unplaced' || p.code === 'import-no-articles');
  if (!findings) return failWith(ctx, problems);
  for (const p of problems) ctx.stderr(renderProblemLine(p, ctx.styles) + '\n');
  ctx.stderr('treaty: nothing written\n');
  return ExitCode.findings;
}

function buildTreaty(file: string, source: string, options: ImportOptions): Result<TreatyInput> {
  const invalid = (option: string, detail: string) => fail<TreatyInput>({ code: 'option-invalid', severity: 'error', args: { option, detail } });
  if (options.from === 'open-treaties') {
    if (!options.id) return invalid('--id', 'required: the id of the new treaty, e.g. --id un-charter');
    const parsed = parseJson(file, source.replace(/^\uFEFF/u, ''));
    if (!parsed.ok) return fail(...parsed.problems);
    const converted = convertOpenTreaty(parsed.json, { id: options.id, file });
    if (converted.ok) return converted;
    // The converter names places by JSON pointer; give each the line and column an editor jumps to.
    return fail(...converted.problems.map((p) => (p.pointer === undefined || p.line !== undefined ? p : { ...p, ...parsed.located().position(fromPointer(p.pointer)) })));
  }

  const existing = options.into ? readExisting(options.into) : undefined;
  if (existing && !existing.ok) return existing;
  const articleCount = options.articleCount ?? existing?.value.articleCount;
  const parsed = parsePlainText(source, { lang: options.lang, ...(articleCount !== undefined ? { articleCount } : {}) });
  if (parsed.articles.length === 0) return fail({ code: 'import-no-articles', severity: 'error', file, args: {} });
  if (options.unplaced === 'error' && parsed.unplaced.length > 0)
    return fail(...parsed.unplaced.map((u): Problem => ({ code: 'import-unplaced', severity: 'error', file, line: u.line, column: 1, args: { line: u.line, reason: u.reason, text: u.text } })));
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

function readExisting(file: string): Result<TreatyInput> {
  const read = readTextFile(file);
  if (!read.ok) return read;
  try {
    return ok(JSON.parse(read.value.text) as TreatyInput);
  } catch {
    return fail({ code: 'json-syntax', severity: 'error', file, args: { detail: 'not valid JSON', hint: 'run `treaty validate` on it first' } });
  }
}

/** --out FILE, else --into FILE, else the corpus folder named with --data, else stdout (undefined). */
function destinationOf(id: string, options: ImportOptions): Result<string | undefined> {
  if (options.out) return ok(options.out);
  if (options.into) return options.force ? ok(options.into) : fail({ code: 'output-exists', severity: 'error', file: options.into, args: {} });
  if (options.dataDir) {
    const nested = join(options.dataDir, 'treaties');
    return ok(join(existsSync(nested) ? nested : options.dataDir, `${id}.json`));
  }
  return ok(undefined);
}

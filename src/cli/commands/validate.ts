// `treaty validate [PATH...]`: checks treaty files (default: the corpus) for CI.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LEXICON_FILE } from '../../corpus/load-lexicon.js';
import { listTreatyFiles } from '../../corpus/list-treaty-files.js';
import { describeFsError, readTextFile } from '../../corpus/read-text-file.js';
import { trustedCuePatterns } from '../../corpus/trusted-data.js';
import { trustCuePatterns } from '../../qualifiers/compile-lexicon.js';
import type { Problem } from '../../model/problem.js';
import { hasErrors } from '../../model/problem.js';
import { renderProblemsGithub } from '../../render/problems-github.js';
import { renderProblemsJson } from '../../render/problems-json.js';
import { type ProblemsView, renderProblemsText } from '../../render/problems-text.js';
import { type DataDocument, validateDocuments } from '../../validate/validate-documents.js';
import type { Styles } from '../../render/styles.js';
import type { Handler, Renderer } from '../command-spec.js';
import { type CliContext, failWith } from '../context.js';
import { ExitCode } from '../exit-codes.js';

export interface ValidateOptions {
  readonly format: 'text' | 'json' | 'github';
}

export function runValidate(ctx: CliContext, paths: readonly string[], options: ValidateOptions): ExitCode {
  const named = paths.length > 0 ? paths : [ctx.dataDir];
  const targets: string[] = [];
  // Files found by listing a folder are members of that corpus, whatever the folder is called.
  const fromFolders = new Set<string>();
  const context: string[] = [];
  const cannotRun: Problem[] = [];
  for (const path of named) {
    const kind = pathKind(path);
    if (typeof kind !== 'string') cannotRun.push(kind);
    else if (kind === 'dir') {
      const listed = listTreatyFiles(path);
      if (!listed.ok) cannotRun.push(...listed.problems);
      else if (listed.value.files.length === 0) cannotRun.push({ code: 'corpus-empty', severity: 'error', file: listed.value.dir, args: {} });
      else {
        for (const f of listed.value.files) {
          targets.push(f);
          fromFolders.add(resolve(f));
        }
        // The corpus's qualifier lexicon, if it has its own, is data to check too.
        const beside = basename(listed.value.dir) === 'treaties' ? [join(dirname(listed.value.dir), LEXICON_FILE)] : [];
        const lexicon = [join(path, LEXICON_FILE), ...beside].find((f) => existsSync(f));
        if (lexicon) targets.push(lexicon);
      }
    } else {
      targets.push(path);
      // A single file is checked against the corpus it lives in, so its links and aliases can be judged.
      const siblings = listTreatyFiles(dirname(path));
      // One by one: push(...files) overflows the call stack on a folder of 100,000 files.
      if (siblings.ok) for (const f of siblings.value.files) context.push(f);
    }
  }
  if (cannotRun.length > 0) return failWith(ctx, cannotRun);

  const files = uniqueByPath(targets);
  const targetPaths = new Set(files.map((f) => resolve(f)));
  const contextFiles = uniqueByPath(context).filter((f) => !targetPaths.has(resolve(f)));
  const documents: DataDocument[] = [];
  const readProblems: Problem[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    const read = readTextFile(file);
    if (read.ok) documents.push({ file, text: read.value.text, bom: read.value.bom, ...(fromFolders.has(resolve(file)) ? { inCorpus: true } : {}) });
    else {
      readProblems.push(...read.problems);
      unreadable.push(file);
    }
  }
  for (const file of contextFiles) {
    const read = readTextFile(file);
    if (read.ok) documents.push({ file, text: read.value.text, context: true });
    else unreadable.push(file);
  }

  trustCuePatterns(trustedCuePatterns());
  // Stable sort: file order as listed, each file's problems in line order as validateDocuments gives them.
  const order = new Map(files.map((f, i) => [f, i]));
  const problems = [...readProblems, ...validateDocuments(documents, unreadable)].sort(
    (a, b) => (order.get(a.file ?? '') ?? 0) - (order.get(b.file ?? '') ?? 0),
  );
  ctx.stdout(RENDERERS[options.format]({ files, problems }, ctx.styles));
  return hasErrors(problems) ? ExitCode.findings : ExitCode.ok;
}

const RENDERERS: Record<ValidateOptions['format'], Renderer<ProblemsView, Styles>> = {
  text: renderProblemsText,
  json: renderProblemsJson,
  github: renderProblemsGithub,
};

export const validateHandler: Handler = (ctx, [paths], options) => runValidate(ctx, paths as string[], options as unknown as ValidateOptions);

function pathKind(path: string): 'file' | 'dir' | Problem {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return 'dir';
    if (stat.isFile()) return 'file';
    return { code: 'path-unreadable', severity: 'error', file: path, args: { reason: 'not a regular file or folder' } };
  } catch (error) {
    const [code, args] = describeFsError(error);
    return { code, severity: 'error', file: path, args };
  }
}

function uniqueByPath(files: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    const key = resolve(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

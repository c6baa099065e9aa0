// What every command receives from the entry point: where the data is, how to style and wrap output,
// and where to write. Commands never read process.* themselves.
import type { CorpusEntry } from '../corpus/load-corpus.js';
import type { CorpusIndexCache } from '../corpus/load-treaty-ref.js';
import type { Problem } from '../model/problem.js';
import { renderFailure } from '../render/problems-text.js';
import type { Styles } from '../render/styles.js';
import { ExitCode } from './exit-codes.js';

export interface CliContext {
  readonly dataDir: string;
  /** The corpus folder was named by the user (--data or TREATY_DATA), not the bundled default. */
  readonly dataDirGiven: boolean;
  /** The corpus folders this run has read (one reading serves both sides of a diff). */
  readonly corpusIndexes: CorpusIndexCache;
  readonly styles: Styles;
  /** Whether styles colour anything (renderers fall back to plain-text markers when not). */
  readonly colour: boolean;
  readonly width: number;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Reports problems that stop a command on stderr and returns the exit code for "cannot run". */
export function failWith(ctx: CliContext, problems: readonly Problem[]): ExitCode {
  for (const p of problems) ctx.stderr(renderFailure(p, ctx.styles) + '\n');
  return ExitCode.cannotRun;
}

/** Reports problems that do not stop the command (files skipped while reading a corpus). */
export function warnAbout(ctx: CliContext, problems: readonly Problem[]): void {
  for (const p of problems) ctx.stderr(renderFailure({ ...p, severity: 'warning' }, ctx.styles) + ' (file skipped; `treaty validate` checks it)\n');
}

/** A problem about a treaty's text (empty, too large) names the file it came from, so the user knows what to open. */
export function inFileOf(problem: Problem, entries: readonly CorpusEntry[]): Problem {
  if (problem.file !== undefined) return problem;
  const entry = entries.find((e) => e.treaty.id === problem.args.treaty);
  return entry ? { ...problem, file: entry.file } : problem;
}

// The entry point: the only module that touches process. It parses argv, builds the context commands run
// with, writes their output and sets the exit code. Anything thrown past a command is a bug: exit 3.
// `runTreaty` is the same run with its streams and environment passed in (the tests use it in-process).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { chooseDataDir } from '../corpus/data-dir.js';
import { packageRoot } from '../package-root.js';
import { safeLines } from '../render/terminal-text.js';
import type { CliContext } from './context.js';
import { ExitCode } from './exit-codes.js';
import { buildProgram, type GlobalOptions } from './program.js';
import { chooseWidth, createStyles, shouldUseColor, type TerminalFacts } from './terminal.js';

// The bundle has the version built in (scripts/bundle.js); unbundled code reads it from package.json.
declare const __TREATY_VERSION__: string | undefined;

function packageVersion(): string {
  if (typeof __TREATY_VERSION__ === 'string') return __TREATY_VERSION__;
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * A writer for stdout or stderr that never crashes. Writing to a closed pipe (`treaty show 1961 | head -1`)
 * is the reader's choice, not an error: the rest of the output is dropped and the command's exit code
 * stands. Any other failure (a full disk) goes to `onFailure`; nothing is written to the stream after it.
 */
function guardedWriter(open: () => NodeJS.WriteStream, onFailure: (error: NodeJS.ErrnoException) => void): (text: string) => void {
  let failed = false;
  let stream: NodeJS.WriteStream | undefined;
  return (text) => {
    // Opened on first use: process.stderr is a getter that builds the stream (a pipe's loads node:net),
    // which costs a run that writes nothing to it several milliseconds of start-up.
    if (stream === undefined) {
      stream = open();
      stream.on('error', (error: NodeJS.ErrnoException) => {
        failed = true;
        if (error.code !== 'EPIPE') onFailure(error);
      });
    }
    if (!failed && !stream.destroyed) stream.write(text);
  };
}

/**
 * What a run of the CLI reads and writes besides its arguments: the process's streams and environment for
 * `main`, or a test's own (`runTreaty` runs a command in-process, as the bin would, with nothing shared
 * between runs but loaded code).
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal, and how wide (for colour and wrapping). */
  readonly isTTY: boolean;
  readonly columns: number | undefined;
  /** Set when stdout could not be written (other than a closed pipe): the run then cannot have done its job. */
  readonly stdoutFailed?: () => boolean;
}

/** The process entry (bin/treaty.js): runs argv against the process's streams and sets the exit code. */
export async function main(argv: readonly string[]): Promise<void> {
  // A failing stderr has nowhere to be reported; a failing stdout is reported on stderr and means the
  // command could not do its job, whatever it returns.
  let stdoutFailed = false;
  const stderr = guardedWriter(() => process.stderr, () => {});
  const stdout = guardedWriter(() => process.stdout, (error) => {
    stdoutFailed = true;
    process.exitCode = ExitCode.cannotRun;
    // Worded here, like an internal error: the problem wording (describe-problem.ts) stays off start-up.
    stderr(`treaty: error: cannot write to standard output: ${safeLines(error.code ?? error.message)}\n`);
  });
  const io: CliIo = { stdout, stderr, env: process.env, isTTY: process.stdout.isTTY === true, columns: process.stdout.columns, stdoutFailed: () => stdoutFailed };
  process.exitCode = await runTreaty(argv, io);
}

/** Runs one command line and returns its exit code; everything it reads or writes goes through `io`. */
export async function runTreaty(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { stdout, stderr, env } = io;
  const facts: TerminalFacts = { env, isTTY: io.isTTY, columns: io.columns };

  const makeContext = async (options: GlobalOptions): Promise<CliContext> => {
    const colour = shouldUseColor(options.color, facts);
    const width = chooseWidth(options.width, facts);
    if (width.note !== undefined) stderr(`treaty: note: ${width.note}\n`);
    return {
      dataDir: chooseDataDir(options.data, env.TREATY_DATA),
      dataDirGiven: Boolean(options.data || env.TREATY_DATA),
      corpusIndexes: new Map(),
      styles: await createStyles(colour),
      colour,
      width: width.columns,
      stdout,
      stderr,
    };
  };

  let code: ExitCode = ExitCode.ok;
  try {
    const program = buildProgram(
      packageVersion(),
      makeContext,
      (c) => (code = c),
      // Commander's messages quote what the user typed (an unknown option, a bad value): made inert.
      { writeOut: stdout, writeErr: stderr, outputError: (text, write) => write(`treaty: ${safeLines(text)}`) },
      argv,
    );
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    code = error instanceof CommanderError ? commanderExitCode(error) : reportBug(error, stderr, env.TREATY_DEBUG !== undefined && env.TREATY_DEBUG !== '');
  }
  return io.stdoutFailed?.() ? ExitCode.cannotRun : code;
}

/**
 * --help, `treaty help` and --version exit 0; every usage error (unknown option, missing argument) is
 * "cannot run". So is `treaty` with no command ('commander.help': the help goes to stderr): a script that
 * runs it has lost its command, and exit 0 would hide that.
 */
function commanderExitCode(error: CommanderError): ExitCode {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
  if (error.code === 'commander.executeSubCommandAsync' || error.exitCode === 0) return ExitCode.ok;
  return ExitCode.cannotRun;
}

function reportBug(error: unknown, stderr: (text: string) => void, debug: boolean): ExitCode {
  const detail = debug ? String((error as Error)?.stack ?? error) : String((error as Error)?.message ?? error);
  stderr(`treaty: internal error: ${safeLines(detail)}\nThis is a bug in treaty; please report it with the command you ran. Set TREATY_DEBUG=1 for a stack trace.\n`);
  return ExitCode.internal;
}

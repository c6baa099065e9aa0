// The entry point: the only module that touches process. It parses argv, builds the context commands run
// with, writes their output and sets the exit code. Anything thrown past a command is a bug: exit 3.
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
function guardedWriter(stream: NodeJS.WriteStream, onFailure: (error: NodeJS.ErrnoException) => void): (text: string) => void {
  let failed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    failed = true;
    if (error.code !== 'EPIPE') onFailure(error);
  });
  return (text) => {
    if (!failed && !stream.destroyed) stream.write(text);
  };
}

export async function main(argv: readonly string[]): Promise<void> {
  // A failing stderr has nowhere to be reported; a failing stdout is reported on stderr and means the
  // command could not do its job, whatever it returns.
  let stdoutFailed = false;
  const stderr = guardedWriter(process.stderr, () => {});
  const stdout = guardedWriter(process.stdout, (error) => {
    stdoutFailed = true;
    process.exitCode = ExitCode.cannotRun;
    // Worded here, like an internal error: the problem wording (describe-problem.ts) stays off start-up.
    stderr(`treaty: error: cannot write to standard output: ${safeLines(error.code ?? error.message)}\n`);
  });
  const facts: TerminalFacts = { env: process.env, isTTY: process.stdout.isTTY === true, columns: process.stdout.columns };

  const makeContext = async (options: GlobalOptions): Promise<CliContext> => {
    const colour = shouldUseColor(options.color, facts);
    const width = chooseWidth(options.width, facts);
    if (width.note !== undefined) stderr(`treaty: note: ${width.note}\n`);
    return {
      dataDir: chooseDataDir(options.data, process.env.TREATY_DATA),
      dataDirGiven: Boolean(options.data || process.env.TREATY_DATA),
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
    code = error instanceof CommanderError ? commanderExitCode(error) : reportBug(error, stderr);
  }
  process.exitCode = stdoutFailed ? ExitCode.cannotRun : code;
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

function reportBug(error: unknown, stderr: (text: string) => void): ExitCode {
  const detail = process.env.TREATY_DEBUG ? String((error as Error)?.stack ?? error) : String((error as Error)?.message ?? error);
  stderr(`treaty: internal error: ${safeLines(detail)}\nThis is a bug in treaty; please report it with the command you ran. Set TREATY_DEBUG=1 for a stack trace.\n`);
  return ExitCode.internal;
}

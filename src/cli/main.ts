// The entry point: the only module that touches process. It parses argv, builds the context commands run
// with, writes their output and sets the exit code. Anything thrown past a command is a bug: exit 3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { chooseDataDir } from '../corpus/data-dir.js';
import { packageRoot } from '../package-root.js';
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

// Writing to a closed pipe (`treaty show 1961 | head -1`) is the reader's choice, not an error.
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.ok);
    throw error;
  });
}

export async function main(argv: readonly string[]): Promise<void> {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  const facts: TerminalFacts = { env: process.env, isTTY: process.stdout.isTTY === true, columns: process.stdout.columns };
  const stdout = (text: string) => void process.stdout.write(text);
  const stderr = (text: string) => void process.stderr.write(text);

  const makeContext = async (options: GlobalOptions): Promise<CliContext> => {
    const colour = shouldUseColor(options.color, facts);
    return {
      dataDir: chooseDataDir(options.data, process.env.TREATY_DATA),
      dataDirGiven: Boolean(options.data || process.env.TREATY_DATA),
      styles: await createStyles(colour),
      colour,
      width: chooseWidth(options.width, facts),
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
      { writeOut: stdout, writeErr: stderr, outputError: (text, write) => write(`treaty: ${text}`) },
      argv,
    );
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    code = error instanceof CommanderError ? commanderExitCode(error) : reportBug(error, stderr);
  }
  process.exitCode = code;
}

/** Help and --version exit 0; every usage error (unknown option, missing argument) is "cannot run". */
function commanderExitCode(error: CommanderError): ExitCode {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
  if (error.code === 'commander.executeSubCommandAsync' || error.exitCode === 0) return ExitCode.ok;
  return ExitCode.cannotRun;
}

function reportBug(error: unknown, stderr: (text: string) => void): ExitCode {
  const detail = process.env.TREATY_DEBUG ? String((error as Error)?.stack ?? error) : String((error as Error)?.message ?? error);
  stderr(`treaty: internal error: ${detail}\nThis is a bug in treaty; please report it with the command you ran. Set TREATY_DEBUG=1 for a stack trace.\n`);
  return ExitCode.internal;
}

// The command-line interface: global options and help, and each command declared from its spec
// (specs/). Each action loads its handler on demand, so `treaty --help` or `treaty list` does not pay for
// what `validate` or `schema` import.
import { Argument, Command, InvalidArgumentError, Option, type OutputConfiguration } from 'commander';
import { MAX_WIDTH, MIN_WIDTH } from '../model/limits.js';
import type { CommandSpec, Conflict, OptionParser } from './command-spec.js';
import type { CliContext } from './context.js';
import { ExitCode } from './exit-codes.js';
import { COMMANDS } from './specs/all.js';
import type { ColorWhen } from './terminal.js';

/** Options every command accepts (before or after the command name). */
export interface GlobalOptions {
  readonly data?: string;
  readonly color: ColorWhen;
  readonly width?: number;
}

export type MakeContext = (options: GlobalOptions) => Promise<CliContext>;

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

function parseWidth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number of columns.');
  return n;
}

/** --width: a whole number of columns within the limits; anything else is a usage error (exit 2), never clamped. */
function parseColumns(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= MIN_WIDTH && n <= MAX_WIDTH)) throw new InvalidArgumentError(`expected a whole number of columns from ${MIN_WIDTH} to ${MAX_WIDTH}.`);
  return n;
}

/**
 * Builds the program. `done` receives each command's exit code; `makeContext` turns the global options
 * into the context commands run with.
 */
export function buildProgram(
  version: string,
  makeContext: MakeContext,
  done: (code: ExitCode) => void,
  output: OutputConfiguration,
  argv: readonly string[] = [],
): Command {
  // Output and exit handling are set before the commands are added: subcommands copy them when created.
  const program = new Command('treaty')
    .exitOverride()
    .configureOutput(output)
    .description(
      'Compare treaty texts clause by clause. Treaties come from a corpus of JSON files (the bundled one by default):\n' +
        'refer to them by id (rus-dprk-2024), alias (2024) or path (./my-treaty.json).',
    )
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .addOption(new Option('--data <dir>', 'corpus folder to read treaties from (default: $TREATY_DATA, else the bundled corpus)'))
    .addOption(new Option('--color <when>', 'colour output: auto (on a terminal, honouring NO_COLOR and FORCE_COLOR), always or never').choices(['auto', 'always', 'never']).default('auto'))
    .addOption(new Option('--no-color', 'same as --color=never'))
    .addOption(
      new Option(
        '--width <columns>',
        `wrap output to this width, ${MIN_WIDTH} to ${MAX_WIDTH} columns (default: $COLUMNS, else the terminal, else 80; wider than ${MAX_WIDTH} wraps at ${MAX_WIDTH})`,
      ).argParser(parseColumns),
    )
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', examples(['treaty diff 1961 2024', 'treaty list', 'treaty show 1961 1', 'treaty show 2024 4 --format json', 'treaty validate --format github']));

  const context = (command: Command) => {
    const opts = command.optsWithGlobals<{ data?: string; color: ColorWhen | false; width?: number }>();
    return makeContext({ ...opts, color: opts.color === false ? 'never' : opts.color });
  };

  // Only the command named on the command line is declared (all of them for help, --version or a
  // mistyped name): declaring costs start-up time.
  const named = argv.find((a) => !a.startsWith('-'));
  const only = COMMANDS.find((spec) => spec.name === named);
  for (const spec of only ? [only] : COMMANDS) declare(program, spec, context, done);
  return program;
}

/** Declares one command from its spec; its action checks the spec's conflicts, then runs the handler. */
function declare(program: Command, spec: CommandSpec, context: (command: Command) => Promise<CliContext>, done: (code: ExitCode) => void): void {
  const command = program.command(spec.name).description(spec.description);
  for (const a of spec.arguments ?? []) {
    const argument = new Argument(a.name, a.description);
    command.addArgument(a.choices ? argument.choices(a.choices) : argument);
  }
  for (const o of spec.options ?? []) {
    const option = new Option(o.flags, o.description);
    if (o.choices) option.choices(o.choices);
    if (o.parse) option.argParser(PARSERS[o.parse]);
    if (o.default !== undefined) option.default(o.default);
    command.addOption(option);
  }
  const notes = spec.notes === undefined ? '' : `\n${spec.notes}\n`;
  command.addHelpText('after', notes + examples([...spec.examples]));
  command.action(async (...received: unknown[]) => {
    // Commander passes the arguments, then the options, then the command.
    const args = received.slice(0, -2);
    const options = received.at(-2) as Record<string, unknown>;
    for (const conflict of spec.conflicts ?? []) {
      const message = conflictMessage(command, conflict, options);
      if (message !== undefined) command.error(`error: ${message}`, { code: 'treaty.conflictingOptions', exitCode: ExitCode.cannotRun });
    }
    const handler = await spec.handler();
    done(await handler(await context(command), args, options));
  });
}

/** The usage error for a conflict the user's options hit, if they hit it. */
function conflictMessage(command: Command, conflict: Conflict, options: Readonly<Record<string, unknown>>): string | undefined {
  const given = (key: string) => options[key] !== undefined && command.getOptionValueSource(key) !== 'default';
  if (!given(conflict.option)) return undefined;
  const value = options[conflict.other];
  const hit = conflict.values === undefined ? given(conflict.other) : typeof value === 'string' && conflict.values.includes(value);
  if (!hit) return undefined;
  const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const other = conflict.values === undefined ? flag(conflict.other) : `${flag(conflict.other)} ${String(value)}`;
  return `${flag(conflict.option)} cannot be used with ${other}: ${conflict.because}.`;
}

const collect = (value: string, previous: unknown) => [...(previous as string[]), value];

const PARSERS: Record<OptionParser, (value: string, previous: unknown) => unknown> = {
  columns: parseColumns,
  count: parseWidth,
  repeatable: collect,
};

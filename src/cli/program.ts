// The command-line interface: commands, options and help. Each action loads its command module on
// demand, so `treaty --help` or `treaty list` does not pay for what `validate` or `schema` import.
import { Argument, Command, InvalidArgumentError, Option, type OutputConfiguration } from 'commander';
import { SCHEMA_NAMES, type SchemaName } from '../contract/schema-names.js';
import { MAX_WIDTH, MIN_WIDTH } from '../model/limits.js';
import type { CliContext } from './context.js';
import type { ExitCode } from './exit-codes.js';
import type { ColorWhen } from './terminal.js';
import type { ImportOptions } from './commands/import.js';

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

  // Each command is declared by a function, and only the one named on the command line is declared
  // (all of them for help, --version or a mistyped name): declaring costs start-up time.
  const commands: Record<'diff' | 'list' | 'show' | 'qualifiers' | 'import' | 'export' | 'validate' | 'schema', () => Command> = {} as never;

  const context = (command: Command) => {
    const opts = command.optsWithGlobals<{ data?: string; color: ColorWhen | false; width?: number }>();
    return makeContext({ ...opts, color: opts.color === false ? 'never' : opts.color });
  };

  commands.diff = () =>
    program
      .command('diff')
      .description('compare two treaties clause by clause: aligned clauses (across renumbering, moves, splits and merges) with word-level changes')
      .argument('<left>', 'the older or first treaty: id, alias or path; add :ARTICLE or :ARTICLE.PARAGRAPH to compare one part ("1961:1.2", "2024:preamble")')
      .argument('<right>', 'the newer or second treaty, in the same forms')
      .addOption(new Option('--lang <tag>', 'language to compare in (default: English if both have it, else the first language both have)'))
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
      .addOption(new Option('--side-by-side', 'text format as a two-column table fitted to the terminal'))
      .addOption(new Option('--stat', 'the summary and the list of links only'))
      .addOption(new Option('--exit-code', 'exit 1 when the texts differ and 0 when they do not, as git diff --exit-code'))
      .addOption(new Option('--unchanged', 'also show clauses that are identical and in place (JSON always has them)'))
      .addHelpText(
        'after',
        '\nWithout colour (piped, NO_COLOR, --color=never) deletions are shown as [-…-] and insertions as {+…+}.\n' +
          'Text that is not in the corpus (see `treaty list`) is never reported as removed or added.\n' +
          examples([
            'treaty diff 1961 2024',
            'treaty diff 1961:1 2024:4',
            'treaty diff 1961:1.2 2024:4 --side-by-side',
            'treaty diff 1961 2024 --format json | jq \'.links[] | {left: .left[0].label, right: .right[0].label, kind}\'',
            'treaty diff 1961 2024 --format markdown > changes.md',
          ]),
      )
      .action(
        async (
          left: string,
          right: string,
          options: { lang?: string; format: 'text' | 'json' | 'markdown'; sideBySide?: boolean; stat?: boolean; exitCode?: boolean; unchanged?: boolean },
          command: Command,
        ) => {
          const { runDiff } = await import('./commands/diff.js');
          done(await runDiff(await context(command), left, right, options));
        },
      );

  commands.list = () =>
    program
      .command('list')
      .description('list the treaties in the corpus, with the part of each text the corpus holds')
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .addHelpText('after', examples(['treaty list', 'treaty list --format json | jq -r \'.treaties[].id\'', 'treaty list --data ./my-corpus']))
      .action(async (options: { format: 'table' | 'json' }, command: Command) => {
        const { runList } = await import('./commands/list.js');
        done(await runList(await context(command), options));
      });

  commands.show = () =>
    program
      .command('show')
      .description('print a treaty, or one article of it, with provenance and coverage notes')
      .argument('<ref>', 'treaty id, alias or path to a treaty JSON file')
      .argument('[article]', 'article number as written ("4", "IV", "4 bis"); "1" also finds "Article I"')
      .addOption(new Option('--lang <tag>', 'language of the text to show (default: the first text listed)'))
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
      .addHelpText(
        'after',
        examples(['treaty show 1961', 'treaty show 1961 1', 'treaty show 2024 4 --format json', 'treaty show ./my-treaty.json 12 --lang fr']),
      )
      .action(async (ref: string, article: string | undefined, options: { lang?: string; format: 'text' | 'json' }, command: Command) => {
        const { runShow } = await import('./commands/show.js');
        done(await runShow(await context(command), ref, article, options));
      });

  commands.qualifiers = () =>
    program
      .command('qualifiers')
      .description('list the qualifiers of a treaty text clause by clause: preconditions, triggers, timing, means …')
      .argument('<ref>', 'treaty id, alias or path to a treaty JSON file')
      .argument('[article]', 'article number ("4"), or "preamble" or "closing"')
      .addOption(new Option('--lang <tag>', 'language of the text (default: the first text listed)'))
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .addHelpText(
        'after',
        '\nThe categories and their cue patterns are data: qualifiers.json in the corpus folder, else the bundled one.\n' +
          examples(['treaty qualifiers 2024', 'treaty qualifiers 1961 1', "treaty qualifiers 2024 --format json | jq '.counts'"]),
      )
      .action(async (ref: string, article: string | undefined, options: { lang?: string; format: 'table' | 'json' }, command: Command) => {
        const { runQualifiers } = await import('./commands/qualifiers.js');
        done(await runQualifiers(await context(command), ref, article, options));
      });

  const collect = (value: string, previous: string[]) => [...previous, value];
  commands.import = () =>
    program
      .command('import')
      .description('turn a plain-text treaty (or an open-treaties document) into treaty data, validated, losing no text')
      .argument('<file>', 'the text: UTF-8, headings such as "Article 1" on their own lines, paragraphs separated by blank lines, [...] for a gap')
      .addOption(new Option('--id <id>', 'id of the new treaty (kebab-case; also its file name)'))
      .addOption(new Option('--into <treaty.json>', 'replace this language\'s text of an existing treaty file instead, keeping its metadata, sources and notes (needs --force)'))
      .addOption(new Option('--from <format>', 'source format').choices(['text', 'open-treaties']).default('text'))
      .addOption(new Option('--lang <tag>', 'BCP 47 language of the text').default('en'))
      .addOption(new Option('--out <path>', 'write the treaty file here (default: into the --data corpus if given, else to stdout)'))
      .addOption(new Option('--force', 'replace an existing output file'))
      .addOption(new Option('--unplaced <policy>', 'text that fits nowhere: error (write nothing) or note (keep it in the text\'s notes)').choices(['error', 'note']).default('error'))
      .addOption(new Option('--title <title>', 'full title'))
      .addOption(new Option('--short-title <title>', 'short title'))
      .addOption(new Option('--alias <alias>', 'an alias users type (repeatable)').argParser(collect).default([]))
      .addOption(new Option('--party <CODE=Name>', 'a party, e.g. RUS="Russian Federation" (repeatable)').argParser(collect).default([]))
      .addOption(new Option('--signed <date>', 'date of signature (YYYY-MM-DD)'))
      .addOption(new Option('--place <place>', 'place of signature'))
      .addOption(new Option('--article-count <n>', 'articles in the treaty: articles after the last one in the text are recorded as not in the corpus').argParser(parseWidth))
      .addOption(new Option('--kind <kind>', 'authentic text or translation').choices(['authentic', 'translation']))
      .addOption(new Option('--translator <who>', 'who translated it'))
      .addOption(new Option('--source-title <title>', 'where the text comes from (default: the file name)'))
      .addOption(new Option('--source-url <url>', 'its address'))
      .addOption(new Option('--publisher <publisher>', 'its publisher'))
      .addOption(new Option('--retrieved <date>', 'when it was retrieved (YYYY-MM-DD)'))
      .addHelpText(
        'after',
        '\nLine breaks inside a paragraph are joined with a space (reported); every other character is kept. Text that fits\n' +
          'nowhere (a chapter heading between articles, say) is listed with its line number and nothing is written, unless\n' +
          '--unplaced note. The output is validated first and written atomically; an existing file needs --force.\n' +
          'Exit codes: 0 written, 1 nothing written (invalid result or unplaced text), 2 cannot run.\n' +
          examples([
            'treaty import treaty.txt --id my-treaty --title "Treaty of …" --party RUS="Russian Federation" --out my-treaty.json',
            'treaty import ../shared/sources/ussr-dprk-1961/en.partial.txt --into data/treaties/ussr-dprk-1961.json --force',
            'treaty import ../shared/open-treaties/un-charter.json --from open-treaties --id un-charter --out un-charter.json',
          ]),
      )
      .action(async (file: string, options: Omit<ImportOptions, 'dataDir'>, command: Command) => {
        const { runImport } = await import('./commands/import.js');
        const ctx = await context(command);
        done(runImport(ctx, file, { ...options, ...(ctx.dataDirGiven ? { dataDir: ctx.dataDir } : {}) }));
      });

  commands.export = () =>
    program
      .command('export')
      .description('write a treaty text as plain text, in the conventions `treaty import` reads')
      .argument('<ref>', 'treaty id, alias or path to a treaty JSON file')
      .addOption(new Option('--lang <tag>', 'language of the text (default: the first text listed)'))
      .addOption(new Option('--out <path>', 'write to this file (default: stdout)'))
      .addOption(new Option('--force', 'replace an existing output file'))
      .addHelpText('after', examples(['treaty export 1961', 'treaty export un-charter.json --out un-charter.txt']))
      .action(async (ref: string, options: { lang?: string; out?: string; force?: boolean }, command: Command) => {
        const { runExport } = await import('./commands/export.js');
        done(await runExport(await context(command), ref, options));
      });

  commands.validate = () =>
    program
      .command('validate')
      .description('check treaty files against the format and its invariants (for CI); exit 1 when there are errors')
      .argument('[paths...]', 'treaty JSON files or corpus folders (default: the corpus)')
      .addOption(new Option('--format <format>', 'output format: text (FILE:LINE:COL  CODE  message), json, or github (Actions annotations)').choices(['text', 'json', 'github']).default('text'))
      .addHelpText(
        'after',
        '\nExit codes: 0 valid (warnings allowed), 1 problems found, 2 cannot run (bad usage, unreadable path).\n' +
          examples(['treaty validate', 'treaty validate data/treaties/my-treaty.json', 'treaty validate ./my-corpus --format github']),
      )
      .action(async (paths: string[], options: { format: 'text' | 'json' | 'github' }, command: Command) => {
        const { runValidate } = await import('./commands/validate.js');
        done(runValidate(await context(command), paths, options));
      });

  commands.schema = () =>
    program
      .command('schema')
      .description('print the JSON Schema of the treaty data format or of a command\'s JSON output')
      .addArgument(new Argument('<name>', 'which schema').choices(SCHEMA_NAMES))
      .addHelpText('after', examples(['treaty schema treaty > treaty.schema.json', 'treaty schema show']))
      .action(async (name: SchemaName, _options: unknown, command: Command) => {
        const { runSchema } = await import('./commands/schema.js');
        done(runSchema(await context(command), name));
      });

  const named = argv.find((a) => !a.startsWith('-'));
  const only = named !== undefined && Object.hasOwn(commands, named) ? (named as keyof typeof commands) : undefined;
  for (const [name, declare] of Object.entries(commands)) if (only === undefined || only === name) declare();
  return program;
}

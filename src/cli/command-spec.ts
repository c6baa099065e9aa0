// A command as data: its arguments, options, help and examples, the option combinations it refuses, and
// a loader for its handler. program.ts turns specs into commander commands; the handler module (loaded
// only when its command runs) holds the work: load → core → renderer → write.
import type { CliContext } from './context.js';
import type { ExitCode } from './exit-codes.js';

export interface ArgumentSpec {
  /** As commander writes it: `<ref>` required, `[article]` optional, `[paths...]` variadic. */
  readonly name: string;
  readonly description: string;
  readonly choices?: readonly string[];
}

/** How an option's value is read, beyond a plain string. */
export type OptionParser = 'columns' | 'count' | 'repeatable';

export interface OptionSpec {
  /** As commander writes it: `--format <format>`, `--force`. */
  readonly flags: string;
  readonly description: string;
  readonly choices?: readonly string[];
  readonly default?: string | readonly string[];
  readonly parse?: OptionParser;
}

/**
 * Options that cannot be honoured together: `option` (set by the user) with `other` set by the user or,
 * when `values` is given, with `other` at one of those values. Refused as a usage error (exit 2), never
 * silently ignored.
 */
export interface Conflict {
  readonly option: string;
  readonly other: string;
  readonly values?: readonly string[];
  /** Why, in a few words, for the error message. */
  readonly because: string;
}

/** What a handler receives: the command's arguments in order and its options by camel-cased name. */
export type Handler = (ctx: CliContext, args: readonly unknown[], options: Readonly<Record<string, unknown>>) => Promise<ExitCode> | ExitCode;

export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  readonly arguments?: readonly ArgumentSpec[];
  readonly options?: readonly OptionSpec[];
  readonly conflicts?: readonly Conflict[];
  /** Help text after the options, before the examples. */
  readonly notes?: string;
  readonly examples: readonly string[];
  readonly handler: () => Promise<Handler>;
}

/** A renderer of one output format: pure, from the core's answer to the text to print. */
export type Renderer<T, O = unknown> = (value: T, options: O) => string;

/** A renderer whose module is loaded only when its format is asked for. */
export type LazyRenderer<T, O = unknown> = (value: T, options: O) => Promise<string>;

// Decides once, at the edge, how output looks: colour on or off, and how wide the terminal is. Renderers
// receive the result; nothing deeper reads the environment.
import { MAX_WIDTH, MIN_WIDTH } from '../model/limits.js';
import type { Styles } from '../render/styles.js';
import { plainStyles } from '../render/styles.js';

export type ColorWhen = 'auto' | 'always' | 'never';

export interface TerminalFacts {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  readonly columns: number | undefined;
}

/**
 * --color=always|never wins; under auto, FORCE_COLOR (0/false: off, anything else: on) and then NO_COLOR
 * (https://no-color.org: any non-empty value) decide, else colour only on a terminal that is not "dumb".
 */
export function shouldUseColor(when: ColorWhen, facts: TerminalFacts): boolean {
  if (when === 'always') return true;
  if (when === 'never') return false;
  const force = facts.env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (facts.env.NO_COLOR !== undefined && facts.env.NO_COLOR !== '') return false;
  return facts.isTTY && facts.env.TERM !== 'dumb';
}

export const DEFAULT_WIDTH = 80;

export interface ChosenWidth {
  readonly columns: number;
  /** Said on stderr when the width found was cut down to MAX_WIDTH. */
  readonly note?: string;
}

/**
 * --width (already checked to be within MIN_WIDTH..MAX_WIDTH), else $COLUMNS, else the terminal's width,
 * else 80. A width from the environment is brought within the limits instead: narrower than MIN_WIDTH
 * silently, as it always was, wider than MAX_WIDTH with a note, since the user did not ask for it on this
 * command line and the output is still useful.
 */
export function chooseWidth(flag: number | undefined, facts: TerminalFacts): ChosenWidth {
  if (flag !== undefined) return { columns: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, flag)) };
  const fromEnv = Number.parseInt(facts.env.COLUMNS ?? '', 10);
  const [width, source] =
    fromEnv > 0
      ? [fromEnv, `COLUMNS=${shortDigits(facts.env.COLUMNS ?? '')}`]
      : facts.isTTY && facts.columns !== undefined && facts.columns > 0
        ? [facts.columns, `the terminal's width (${facts.columns})`]
        : [DEFAULT_WIDTH, ''];
  // Worded here rather than in describe-problem.ts, like main.ts's own messages: this runs on every start.
  if (width > MAX_WIDTH) return { columns: MAX_WIDTH, note: `${source} is wider than ${MAX_WIDTH}; wrapping at ${MAX_WIDTH}` };
  return { columns: Math.max(MIN_WIDTH, width) };
}

/** The digits parseInt read from $COLUMNS (never the rest of a user's variable), shortened if absurdly long. */
function shortDigits(value: string): string {
  const digits = /^\s*\+?(\d+)/.exec(value)?.[1] ?? '';
  return digits.length > 20 ? `${digits.slice(0, 20)}…` : digits;
}

/** Styles backed by chalk, loaded only when colour is on (it costs start-up time otherwise). */
export async function createStyles(color: boolean): Promise<Styles> {
  if (!color) return plainStyles;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    title: chalk.bold,
    label: chalk.bold,
    dim: chalk.dim,
    error: chalk.red,
    warning: chalk.yellow,
    ok: chalk.green,
    deleted: chalk.red.strikethrough,
    inserted: chalk.green,
    qualifier: chalk.underline,
    code: chalk.cyan,
  };
}

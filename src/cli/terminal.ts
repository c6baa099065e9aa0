// Decides once, at the edge, how output looks: colour on or off, and how wide the terminal is. Renderers
// receive the result; nothing deeper reads the environment.
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
const MIN_WIDTH = 40;

/** --width, else $COLUMNS, else the terminal's width, else 80; never narrower than 40. */
export function chooseWidth(flag: number | undefined, facts: TerminalFacts): number {
  const fromEnv = Number.parseInt(facts.env.COLUMNS ?? '', 10);
  const width = flag ?? (fromEnv > 0 ? fromEnv : undefined) ?? (facts.isTTY ? facts.columns : undefined) ?? DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
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

// The width rules: --width must be a whole number from 40 to 1000 (else a usage error, exit 2); a width from
// $COLUMNS or the terminal is brought within those limits, with a note when it was wider than 1000. The
// option's parsing is checked in process; the CLI is spawned once per end-to-end case.
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, type GlobalOptions } from '../../src/cli/program.js';
import { chooseWidth, type TerminalFacts } from '../../src/cli/terminal.js';
import { MAX_WIDTH, MIN_WIDTH } from '../../src/model/limits.js';
import { displayWidth } from '../../src/render/terminal-text.js';
import { runCliInProcess } from '../helpers/run-cli.js';

/** Parses `--width value` as the CLI would, without running a command: the width it yields, or commander's error. */
async function parseWidthFlag(value: string): Promise<{ width?: number; error?: string }> {
  let seen: GlobalOptions | undefined;
  const errors: string[] = [];
  const program = buildProgram(
    '0.0.0',
    async (options) => {
      seen = options;
      throw new Error('stop: options seen');
    },
    () => {},
    { writeOut: () => {}, writeErr: (text) => errors.push(text) },
    ['schema'],
  );
  try {
    await program.parseAsync(['schema', 'treaty', '--width', value], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { error: `${error.code}: ${errors.join('')}` };
  }
  return seen?.width === undefined ? {} : { width: seen.width };
}

const facts = (env: Record<string, string>, tty?: number): TerminalFacts => ({ env, isTTY: tty !== undefined, columns: tty });

describe('--width', () => {
  it.each(['40', '80', '1000', '0120'])('accepts %s', async (value) => {
    expect(await parseWidthFlag(value)).toEqual({ width: Number(value) });
  });

  it.each(['39', '1001', '100000000', '9999999999999999999', '80.5', '8e1', '0x50', '-80', '', 'wide', '1e400'])('refuses %j, naming the range', async (value) => {
    const { width, error } = await parseWidthFlag(value);
    expect(width).toBeUndefined();
    expect(error).toMatch(/^commander\.invalidArgument: .*whole number of columns from 40 to 1000/s);
  });
});

describe('chooseWidth', () => {
  it('takes --width, else COLUMNS, else the terminal, else 80', async () => {
    expect(chooseWidth(120, facts({ COLUMNS: '60' }, 200))).toEqual({ columns: 120 });
    expect(chooseWidth(undefined, facts({ COLUMNS: '60' }, 200))).toEqual({ columns: 60 });
    expect(chooseWidth(undefined, facts({}, 200))).toEqual({ columns: 200 });
    expect(chooseWidth(undefined, facts({ COLUMNS: 'wide' }))).toEqual({ columns: 80 });
  });

  it(`raises a narrow COLUMNS or terminal to ${MIN_WIDTH} silently`, async () => {
    expect(chooseWidth(undefined, facts({ COLUMNS: '20' }))).toEqual({ columns: MIN_WIDTH });
    expect(chooseWidth(undefined, facts({}, 12))).toEqual({ columns: MIN_WIDTH });
  });

  it(`wraps at ${MAX_WIDTH} when COLUMNS or the terminal is wider, and says so`, async () => {
    expect(chooseWidth(undefined, facts({ COLUMNS: '1000' }))).toEqual({ columns: 1000 });
    expect(chooseWidth(undefined, facts({ COLUMNS: '99999999999' }))).toEqual({ columns: MAX_WIDTH, note: 'COLUMNS=99999999999 is wider than 1000; wrapping at 1000' });
    expect(chooseWidth(undefined, facts({}, 1200))).toEqual({ columns: MAX_WIDTH, note: "the terminal's width (1200) is wider than 1000; wrapping at 1000" });
    // Only the digits COLUMNS was read as are repeated, never the rest of the variable.
    expect(chooseWidth(undefined, facts({ COLUMNS: `${'9'.repeat(30)}\u001b[2J` })).note).toBe(`COLUMNS=${'9'.repeat(20)}… is wider than 1000; wrapping at 1000`);
  });
});

describe('the width rules end to end', () => {
  it('refuses a huge --width before doing any work (once an out-of-memory abort)', async () => {
    const run = await runCliInProcess(['diff', '1961', '2024', '--side-by-side', '--width', '100000000']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^treaty: error: option '--width <columns>' argument '100000000' is invalid\. expected a whole number of columns from 40 to 1000\./);
  });

  it('wraps a side-by-side diff at 1000 columns when COLUMNS is wider, with a one-line note', async () => {
    const run = await runCliInProcess(['diff', '1961', '2024', '--side-by-side'], { COLUMNS: '99999999999' });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('treaty: note: COLUMNS=99999999999 is wider than 1000; wrapping at 1000\n');
    const widths = run.stdout.split('\n').map(displayWidth);
    expect(Math.max(...widths)).toBe(MAX_WIDTH - 1);
  });

  it('wraps at --width 1000 exactly, without a note', async () => {
    const run = await runCliInProcess(['show', '1961', '--width', '1000']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const widths = run.stdout.split('\n').map(displayWidth);
    expect(Math.max(...widths)).toBeLessThanOrEqual(MAX_WIDTH);
    expect(Math.max(...widths)).toBeGreaterThan(200);
  });
});

// Commands are declared from specs (src/cli/specs/): option combinations a command cannot honour are usage
// errors (exit 2) naming both flags, never silently ignored; every command a spec names is reachable.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/specs/all.js';
import { runCliInProcess } from '../helpers/run-cli.js';

describe('conflicting options', () => {
  it.each([
    [['--side-by-side', '--format', 'json'], '--side-by-side cannot be used with --format json'],
    [['--side-by-side', '--format', 'markdown'], '--side-by-side cannot be used with --format markdown'],
    [['--stat', '--format', 'json'], '--stat cannot be used with --format json'],
    [['--stat', '--side-by-side'], '--side-by-side cannot be used with --stat'],
  ])('diff 1961 2024 %j is a usage error', async (flags, message) => {
    const run = await runCliInProcess(['diff', '1961', '2024', ...flags]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it('accepts a view with the text format named explicitly', async () => {
    const run = await runCliInProcess(['diff', '1961', '2024', '--format', 'text', '--stat']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Art. 4');
  });
});

/** The option's camel-cased key as commander stores it (`--side-by-side` → `sideBySide`). */
function optionKey(flags: string): string {
  const long = /--([a-z][a-z-]*)/.exec(flags)?.[1] ?? flags;
  return long.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

describe('the specs', () => {
  it('name only options they declare in their conflicts', () => {
    for (const spec of COMMANDS) {
      const keys = new Set((spec.options ?? []).map((o) => optionKey(o.flags)));
      for (const c of spec.conflicts ?? []) expect([c.option, c.other].filter((k) => !keys.has(k)), spec.name).toEqual([]);
    }
  });

  it('each give help with their examples', async () => {
    for (const spec of COMMANDS) {
      const run = await runCliInProcess([spec.name, '--help']);
      expect(run.code, spec.name).toBe(0);
      for (const example of spec.examples) expect(run.stdout, spec.name).toContain(`$ ${example}`);
    }
  });
});

// The hostile input `validate-escape-title` (a 7 MB title of "ESC ]" and 7 million characters, an
// operating-system command that never ends) in the formats and commands bench/hostile-cases.js does not
// run: each answers quickly with its exit code and says where the escape is. (`show` wraps the title, the
// wrapping's own case: show-one-word-title. The JSON outputs of list and show print the 7 MB title, more
// than runCli's output buffer holds.)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedTreaty } from '../../bench/hostile-cases.js';
import { STACK_FRAME, tempDir } from '../helpers/bad-input.js';
import { expectWithinMultiple, runCliTimed } from '../helpers/time-bound.js';

let dir: string;
let file: string;
beforeAll(() => {
  dir = tempDir('treaty-osc-');
  file = join(dir, 'osc.json');
  writeFileSync(file, JSON.stringify({ ...generatedTreaty({ id: 'osc', articles: [{ number: '1', paragraphs: ['One.'] }] }), title: `\u001b]${'x'.repeat(7_000_000)}` }));
});

describe('a 7 MB title after ESC ]', () => {
  it.each([
    ['validate --format json', () => ['validate', file, '--format', 'json'], 1],
    ['validate --format github', () => ['validate', file, '--format', 'github'], 1],
    ['list', () => ['list', '--data', dir], 0],
  ] as const)('%s', (name, args, exit) => {
    const run = runCliTimed(args(), { NO_COLOR: '1' });
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.code).toBe(exit);
    expect(run.stdout).not.toContain('\u001b');
    if (name.startsWith('validate')) expect(run.stdout).toMatch(/ansi-escape/);
    expectWithinMultiple(run, 40, name);
  });
});

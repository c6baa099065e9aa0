// Every hostile input of issue #10 (bench/hostile-cases.js) through the real CLI, at the size that once
// hung treaty, exhausted its memory or made it exit 3: each must give its exit code, no internal error or
// stack trace, and finish within a multiple of a trivial CLI run measured alongside it (never a fixed
// number of seconds). bench/hostile.js runs the same cases for the README's table.
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '../../bench/hostile-cases.js';
import { STACK_FRAME, tempDir } from '../helpers/bad-input.js';
import { expectWithinMultiple, runCliTimed } from '../helpers/time-bound.js';

/** A healthy run of these inputs costs a few trivial runs; the bugs cost hundreds. */
const DEFAULT_MULTIPLE = 40;

describe('hostile inputs within the limits', () => {
  it.each(HOSTILE_CASES.filter((c) => !c.benchOnly).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const dir = tempDir('treaty-hostile-');
    const invocation = c.prepare(dir);
    const run = runCliTimed(invocation.args, { NO_COLOR: '1', ...invocation.env }, invocation.input);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.code, `${c.title}\n${run.stderr.slice(0, 2000)}`).toBe(c.exit);
    expect(c.check?.(run, dir)).toBeUndefined();
    expectWithinMultiple(run, c.multiple ?? DEFAULT_MULTIPLE, c.title);
  });
});

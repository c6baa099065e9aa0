// Runs hostile inputs of issue #10 (bench/hostile-cases.js) through the real CLI, each in a process of its
// own: its exit code, no internal error or stack trace, any check of its own, and a time within a multiple
// of a trivial CLI run measured alongside it (never a fixed number of seconds).
import { expect, it } from 'vitest';
import type { HostileCase } from '../../bench/hostile-cases.js';
import { STACK_FRAME, tempDir } from './bad-input.js';
import { expectWithinMultiple, runCliTimed } from './time-bound.js';

/** A healthy run of these inputs costs a few trivial runs; the bugs cost hundreds. */
const DEFAULT_MULTIPLE = 40;

export function itRunsHostileCases(cases: readonly HostileCase[]): void {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const dir = tempDir('treaty-hostile-');
    const invocation = c.prepare(dir);
    const run = runCliTimed(invocation.args, { NO_COLOR: '1', ...invocation.env }, invocation.input);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.code, `${c.title}\n${run.stderr.slice(0, 2000)}`).toBe(c.exit);
    expect(c.check?.(run, dir)).toBeUndefined();
    expectWithinMultiple(run, c.multiple ?? DEFAULT_MULTIPLE, c.title);
  });
}

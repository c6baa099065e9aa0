// Time bounds that do not depend on how fast the machine is: a run's time is compared with the time of a
// trivial CLI run (`treaty --version`, Node's start-up and little else) measured just before it, so a
// busy or slow machine slows both alike. A bug these tests exist for (backtracking, quadratic loops)
// costs tens to thousands of times the trivial run; a healthy run costs a few times it.
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { BIN, type CliRun, ROOT, runCli } from './run-cli.js';

export interface TimedRun extends CliRun {
  /** Wall time of the run, in milliseconds. */
  readonly ms: number;
  /** Wall time of `treaty --version` run just before it. */
  readonly trivialMs: number;
}

function trivialMs(): number {
  const start = performance.now();
  spawnSync(process.execPath, [BIN, '--version'], { cwd: ROOT, stdio: 'ignore' });
  return performance.now() - start;
}

/** Runs the CLI once, timed, after one timed trivial run. */
export function runCliTimed(args: readonly string[], env: Record<string, string | undefined> = {}, input?: string): TimedRun {
  const trivial = trivialMs();
  const start = performance.now();
  // A generous kill switch: a run this long has failed its bound whatever the machine.
  // Whole milliseconds: spawnSync refuses a fractional timeout (a trivial run over 300 ms made one).
  const run = runCli(args, env, input, Math.ceil(Math.max(120_000, trivial * 400)));
  return { ...run, ms: performance.now() - start, trivialMs: trivial };
}

/** The run took at most `multiple` times the trivial run. */
export function expectWithinMultiple(run: TimedRun, multiple: number, what: string): void {
  const ratio = run.ms / run.trivialMs;
  expect(ratio, `${what}: ${run.ms.toFixed(0)} ms is ${ratio.toFixed(1)}× \`treaty --version\` (${run.trivialMs.toFixed(0)} ms); the bound is ${multiple}×`).toBeLessThanOrEqual(multiple);
}

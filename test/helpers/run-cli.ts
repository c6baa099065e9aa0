// Runs the real CLI as a user would, capturing stdout, stderr and the exit code: bin/treaty.js in a process of
// its own, or the same built code in this process.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/treaty.js', import.meta.url));

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** Colour and width variables are cleared so each test states the environment it depends on. */
const CLEARED = ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'TREATY_DATA', 'TREATY_DEBUG'];

/** `timeout` (ms) stops a run that would hang, which then fails with a null exit code. */
export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}, input?: string, timeout = 60_000): CliRun {
  const base = { ...process.env };
  for (const key of CLEARED) delete base[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    encoding: 'utf8',
    // spawnSync's default of 1 MB kills the child (status null) once its output is larger: a 7 MB title shown whole.
    maxBuffer: 1024 * 1024 * 1024,
    timeout,
    ...(input !== undefined ? { input } : {}),
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** Joins wrapped lines back into one space-separated string, for checking text that was wrapped. */
export function unwrap(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Bundle {
  runTreaty(
    argv: readonly string[],
    io: { stdout: (text: string) => void; stderr: (text: string) => void; env: Record<string, string | undefined>; isTTY: boolean; columns: number | undefined },
  ): Promise<number>;
}
let bundle: Bundle | undefined;

/**
 * The same run as runCli, in this process: the built CLI's own `runTreaty` (dist/bundle/main.cjs, what
 * bin/treaty.js runs) with its output collected, not a terminal, the environment as runCli gives it.
 * A spawn costs a Node start-up (100–200 ms, more on a busy machine); this costs the command's own work.
 * For what a command prints and returns; what only a process shows (pipes, signals, a terminal, the bin,
 * a read that could block) needs runCli.
 */
export async function runCliInProcess(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  bundle ??= createRequire(import.meta.url)(`${ROOT}dist/bundle/main.cjs`) as Bundle;
  const base: Record<string, string | undefined> = { ...process.env };
  for (const key of CLEARED) delete base[key];
  let stdout = '';
  let stderr = '';
  const code = await bundle.runTreaty(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { ...base, ...env },
    isTTY: false,
    columns: undefined,
  });
  return { stdout, stderr, code };
}

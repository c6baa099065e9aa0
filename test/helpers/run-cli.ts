// Runs the real bin/treaty.js as a user would, capturing stdout, stderr and the exit code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/treaty.js', import.meta.url));

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** Colour variables are cleared so each test states the environment it depends on. */
/** `timeout` (ms) stops a run that would hang, which then fails with a null exit code. */
export function runCli(args: readonly string[], env: Record<string, string | undefined> = {}, input?: string, timeout = 60_000): CliRun {
  const base = { ...process.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'TREATY_DATA', 'TREATY_DEBUG']) delete base[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout,
    // spawnSync's default (1 MB) kills a child that prints more, such as `show` of a 10,000-paragraph text.
    maxBuffer: 512 * 1024 * 1024,
    ...(input !== undefined ? { input } : {}),
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** Joins wrapped lines back into one space-separated string, for checking text that was wrapped. */
export function unwrap(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

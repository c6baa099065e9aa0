// What every answer to bad input must look like, checked the same way for every command: the exit code,
// one located message naming the file, no stack trace, no partial result, and no file written or changed.
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { CliRun } from './run-cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty temporary folder, removed after the suite. */
export function tempDir(prefix = 'treaty-bad-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Every entry under `dir` with its kind, size and a hash of its content (symlinks by their target, so a
 * loop is recorded, not followed): equal snapshots mean nothing was written, replaced or removed.
 */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      const key = `${prefix}${name}`;
      if (stat.isSymbolicLink()) out[key] = 'symlink';
      else if (stat.isDirectory()) {
        out[key] = 'dir';
        walk(path, `${key}/`);
      } else if (stat.isFile()) {
        // Large fixtures are sparse or repetitive: size and mtime say enough without reading them.
        out[key] =
          stat.size > 1024 * 1024
            ? `file ${stat.size} ${stat.mtimeMs}`
            : `file ${stat.size} ${createHash('sha1').update(readFileSync(path)).digest('hex')}`;
      } else out[key] = 'special';
    }
  };
  walk(dir, '');
  return out;
}

/** What a run should have answered. */
export interface Answer {
  /** 0 ok, 1 findings, 2 cannot run. */
  readonly exit: 0 | 1 | 2;
  /** The problem code, as printed in brackets (stderr) or as a column (validate's report). */
  readonly code?: string;
  /** The file the message must name, as the user gave it. */
  readonly file?: string;
  /** "LINE:COL" when the problem has a place inside the file. */
  readonly at?: string;
  /** Words the message must contain. */
  readonly says?: string | RegExp;
}

export const STACK_FRAME = /\n\s+at .+[:(]\d+:\d+\)?/;

/** Checks one run against the answer it should give. `command` is only for failure messages. */
export function expectAnswer(run: CliRun, answer: Answer, command: string): void {
  const both = `${run.stdout}\n${run.stderr}`;
  const context = `treaty ${command}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
  expect(run.code, context).toBe(answer.exit);
  expect(both, `${context}\n(a stack trace reached the user)`).not.toMatch(STACK_FRAME);
  expect(both, context).not.toContain('internal error');
  // Without `at`, the place may be given or not (a file too large to read has no line to point at).
  const location = answer.file === undefined ? '' : `${escape(answer.file)}${answer.at ? `:${answer.at}` : '(?::\\d+:\\d+)?'}`;

  if (answer.exit === 2) {
    // One error line, naming the file and place, with the code; and nothing on stdout: no partial result.
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('treaty: error:'));
    expect(errors, context).toHaveLength(1);
    const line = errors[0] as string;
    if (answer.file !== undefined) expect(line, context).toMatch(new RegExp(`^treaty: error: ${location}: `));
    if (answer.code) expect(line, context).toMatch(new RegExp(`\\[${answer.code}\\]$`));
    if (answer.says) expect(line, context).toMatch(typeof answer.says === 'string' ? new RegExp(escape(answer.says)) : answer.says);
    expect(run.stdout, context).toBe('');
    return;
  }
  if (answer.code === undefined) return;
  // validate's report: "FILE:LINE:COL  CODE  message" on stdout.
  const lines = run.stdout.split('\n').filter((l) => l.includes(`  ${answer.code}  `));
  expect(lines.length, context).toBeGreaterThan(0);
  const line = lines.find((l) => answer.file === undefined || new RegExp(`^${location}  `).test(l));
  expect(line, `${context}\n(expected a line starting ${location})`).toBeDefined();
  if (answer.says) expect(line, context).toMatch(typeof answer.says === 'string' ? new RegExp(escape(answer.says)) : answer.says);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

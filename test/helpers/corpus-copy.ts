// Temporary copies of the bundled corpus that a test may break on purpose.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from './run-cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Copies data/treaties into a new temporary folder and returns the folder. */
export function copyCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-test-'));
  made.push(dir);
  cpSync(join(ROOT, 'data', 'treaties'), dir, { recursive: true });
  return dir;
}

export function editFile(file: string, edit: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing: the fixture no longer matches the data`);
  writeFileSync(file, after);
}

/** The 1-based line and column where `needle` starts in `file`. */
export function positionOf(file: string, needle: string): { line: number; column: number } {
  const text = readFileSync(file, 'utf8');
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in ${file}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
}

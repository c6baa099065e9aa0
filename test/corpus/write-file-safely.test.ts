// The safe writer on its own: no file replaced without force (a dangling symlink included), whole files
// only, unique temporary names, and the temporary files of killed writers swept.
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileSafely, type WriteOptions } from '../../src/corpus/write-file-safely.js';
import { tempDir } from '../helpers/bad-input.js';

const RUNNING = new Set([4242]);
const options = (force = false): WriteOptions => ({ force, pid: 4242, isRunning: (pid) => RUNNING.has(pid) });

describe('writeFileSafely', () => {
  it('writes a new file and leaves nothing else behind', () => {
    const dir = tempDir();
    const result = writeFileSafely(join(dir, 'out.json'), 'new', options());
    expect(result.ok).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('new');
  });

  it('never replaces an existing file without force, and replaces it with force', () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    writeFileSync(file, 'old');
    const refused = writeFileSafely(file, 'new', options());
    expect(refused.ok ? 'written' : refused.problems.map((p) => p.code)).toEqual(['output-exists']);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(writeFileSafely(file, 'new', options(true)).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('treats a dangling symlink as an existing file: refused without force, the link itself replaced with force', () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    symlinkSync(join(dir, 'nowhere.json'), file);
    const refused = writeFileSafely(file, 'new', options());
    expect(refused.ok ? 'written' : refused.problems.map((p) => p.code)).toEqual(['output-exists']);
    expect(readlinkSync(file)).toBe(join(dir, 'nowhere.json'));
    expect(readdirSync(dir)).toEqual(['out.json']);

    expect(writeFileSafely(file, 'new', options(true)).ok).toBe(true);
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('refuses a folder (or a symlink to one) at the target, even with force', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'folder'), join(dir, 'link'));
    for (const name of ['folder', 'link']) {
      const result = writeFileSafely(join(dir, name), 'new', options(true));
      expect(result.ok ? 'written' : result.problems.map((p) => p.code)).toEqual(['path-is-directory']);
    }
  });

  it('names a missing folder', () => {
    const dir = tempDir();
    const result = writeFileSafely(join(dir, 'missing', 'out.json'), 'new', options());
    expect(result.ok ? 'written' : result.problems.map((p) => [p.code, p.file])).toEqual([['path-not-found', join(dir, 'missing')]]);
  });

  it('sweeps the temporary files of writers that are no longer running, and only those', () => {
    const dir = tempDir();
    const stale = ['.out.json.1111.tmp', '.out.json.2222.0123456789ab.tmp'];
    const kept = ['.out.json.4242.tmp', '.out.json.4242.0123456789ab.tmp', '.other.json.1111.tmp', '.out.json.abc.tmp', 'out.json.1111.tmp'];
    for (const name of [...stale, ...kept]) writeFileSync(join(dir, name), 'x');
    // 4242 (this writer, "running") owns two of them: a temporary file left with its own id must not
    // make the write fail, as it did when temporary names were only the process id.
    expect(writeFileSafely(join(dir, 'out.json'), 'new', options()).ok).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([...kept, 'out.json'].sort());
  });
});

// Writes an output file the safe way: the whole content goes to a temporary file in the same folder
// first, so an interrupted write never leaves half a file at the target. Without --force the finished
// file is hard-linked to the target, which the kernel refuses when anything (a file, a dangling symlink)
// is already there: checking first and renaming after would let two concurrent writers both "win".
// With --force it is renamed over the target, which replaces it in one step.
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, linkSync, lstatSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import { describeFsError } from './read-text-file.js';

export interface WriteOptions {
  /** Replace whatever is at the target. */
  readonly force: boolean;
  /** The writing process, named in the temporary file so that a later run knows whose it was. */
  readonly pid: number;
  /** Whether a process with this id is running (to sweep the temporary files of dead writers). */
  readonly isRunning: (pid: number) => boolean;
}

/** `.NAME.PID.RANDOM.tmp`: the process id says who owns it, the random part keeps names unique. */
function temporaryName(file: string, pid: number): string {
  return join(dirname(file), `.${basename(file)}.${pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The owner of a temporary file of `target` (this naming, or the older `.NAME.PID.tmp`), if it is one. */
function temporaryOwner(target: string, name: string): number | undefined {
  const prefix = `.${basename(target)}.`;
  if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return undefined;
  const middle = name.slice(prefix.length, -'.tmp'.length);
  const m = /^(\d{1,10})(?:\.[0-9a-f]{12})?$/.exec(middle);
  return m ? Number(m[1]) : undefined;
}

/**
 * Removes the temporary files a writer of `target` left when it was killed (SIGKILL cannot be caught):
 * only files named as this module names them whose owner is no longer running.
 */
function sweepStaleTemporaries(target: string, { pid, isRunning }: WriteOptions): void {
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const owner = temporaryOwner(target, name);
    if (owner !== undefined && owner !== pid && !isRunning(owner)) rmSync(join(dirname(target), name), { force: true });
  }
}

const unwritable = (file: string, error: unknown): Problem => {
  const [code, args] = describeFsError(error);
  return { code: code === 'path-not-found' || code === 'path-unreadable' ? 'path-unwritable' : code, severity: 'error', file, args };
};

export function writeFileSafely(file: string, content: string, options: WriteOptions): Result<string> {
  try {
    // lstat, not stat: a symlink at the target, even a dangling one, is something that exists.
    const existing = lstatOrUndefined(file);
    if (existing?.isDirectory() || (existing?.isSymbolicLink() && statOrUndefined(file)?.isDirectory()))
      return fail({ code: 'path-is-directory', severity: 'error', file, args: {} });
    if (existing && !options.force) return fail({ code: 'output-exists', severity: 'error', file, args: {} });
    if (!statOrUndefined(dirname(file))?.isDirectory()) return fail({ code: 'path-not-found', severity: 'error', file: dirname(file), args: {} });
  } catch (error) {
    return fail(unwritable(file, error));
  }
  sweepStaleTemporaries(file, options);
  const temporary = temporaryName(file, options.pid);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    if (options.force) renameSync(temporary, file);
    else placeWithoutReplacing(temporary, file);
    return ok(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fail({ code: 'output-exists', severity: 'error', file, args: {} });
    return fail(unwritable(file, error));
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Puts the finished temporary file at `file` only if nothing is there, atomically. Where the file system
 * has no hard links (FAT, some network shares), an exclusive copy keeps the no-replace promise; only its
 * content is then not written in one step.
 */
function placeWithoutReplacing(temporary: string, file: string): void {
  try {
    linkSync(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    copyFileSync(temporary, file, constants.COPYFILE_EXCL);
  }
}

function lstatOrUndefined(file: string) {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

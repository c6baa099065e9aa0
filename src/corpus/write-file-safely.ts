// Writes an output file the safe way: never over an existing file unless asked, and atomically (to a
// temporary file in the same folder, then renamed), so an interrupted write leaves no half file.
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fail, ok, type Result } from '../model/problem.js';
import { describeFsError } from './read-text-file.js';

export function writeFileSafely(file: string, content: string, options: { readonly force: boolean }): Result<string> {
  try {
    if (existsSync(file)) {
      if (statSync(file).isDirectory()) return fail({ code: 'path-is-directory', severity: 'error', file, args: {} });
      if (!options.force) return fail({ code: 'output-exists', severity: 'error', file, args: {} });
    }
    if (!existsSync(dirname(file))) return fail({ code: 'path-not-found', severity: 'error', file: dirname(file), args: {} });
  } catch (error) {
    const [code, args] = describeFsError(error);
    return fail({ code, severity: 'error', file, args });
  }
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, file);
    return ok(file);
  } catch (error) {
    rmSync(temporary, { force: true });
    const [code, args] = describeFsError(error);
    return fail({ code: code === 'path-not-found' ? 'path-unwritable' : code === 'path-unreadable' ? 'path-unwritable' : code, severity: 'error', file, args });
  }
}

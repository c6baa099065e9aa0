// Finds the treaty files of a corpus folder: DIR/treaties/*.json when DIR has a treaties/ folder (as the
// bundled data/ does), otherwise DIR/*.json. Sorted by name so every run sees the same order.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, type Result } from '../model/problem.js';
import { describeFsError } from './read-text-file.js';

export interface TreatyFolder {
  /** The folder the treaty files are in. */
  readonly dir: string;
  readonly files: readonly string[];
}

export function listTreatyFiles(dir: string): Result<TreatyFolder> {
  try {
    if (!statSync(dir).isDirectory()) return fail({ code: 'path-unreadable', severity: 'error', file: dir, args: { reason: 'not a folder' } });
    const nested = join(dir, 'treaties');
    const folder = isDirectory(nested) ? nested : dir;
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(folder, name));
    return ok({ dir: folder, files });
  } catch (error) {
    const [code, args] = describeFsError(error);
    return fail({ code, severity: 'error', file: dir, args });
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

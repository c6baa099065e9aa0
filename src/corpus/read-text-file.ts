// Reads a file as UTF-8 text, turning every expected failure (missing, a directory, too large, not UTF-8)
// into a problem value.
import { readFileSync, statSync } from 'node:fs';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import { decodeUtf8 } from './decode-utf8.js';

/** Larger than any treaty file (UNCLOS in our format is under 1 MB); refusing early keeps memory bounded. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface TextFile {
  readonly file: string;
  readonly text: string;
  readonly bom: boolean;
}

export function readTextFile(file: string, maxBytes = MAX_FILE_BYTES): Result<TextFile> {
  const problem = (code: Problem['code'], args: Problem['args'] = {}): Result<TextFile> =>
    fail({ code, severity: 'error', file, args });
  let bytes: Uint8Array;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return problem('path-is-directory');
    if (!stat.isFile()) return problem('path-unreadable', { reason: 'not a regular file' });
    if (stat.size > maxBytes) return problem('file-too-large', { size: stat.size, limit: maxBytes });
    bytes = readFileSync(file);
  } catch (error) {
    return problem(...describeFsError(error));
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return problem('file-not-utf8', { byte: decoded.byteOffset });
  return ok({ file, text: decoded.text, bom: decoded.bom });
}

/** Maps a Node.js file-system error to a problem code and a reason a person can act on. */
export function describeFsError(error: unknown): [Problem['code'], Problem['args']] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return ['path-not-found', {}];
  if (code === 'EISDIR') return ['path-is-directory', {}];
  if (code === 'EACCES' || code === 'EPERM') return ['path-unreadable', { reason: 'permission denied' }];
  if (code === 'ELOOP') return ['path-unreadable', { reason: 'too many symbolic links (a symlink loop?)' }];
  return ['path-unreadable', { reason: code ?? String(error) }];
}

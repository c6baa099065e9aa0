// Reads a file as UTF-8 text, turning every expected failure (missing, a directory, too large, not UTF-8)
// into a problem value.
import { readFileSync, statSync } from 'node:fs';
import { fail, ok, type Problem, type Result } from '../model/problem.js';
import { MAX_FILE_BYTES } from '../model/limits.js';
import { decodeUtf8 } from './decode-utf8.js';

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
  // Windows editors save "Unicode" as UTF-16 with a byte order mark; name it rather than call it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail({ code: 'file-utf16', severity: 'error', file, line: 1, column: 1, args: {} });
  }
  // A NUL byte never occurs in a text someone typed or copied; saying "binary" beats a UTF-8 or JSON error.
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul >= 0) return fail({ code: 'file-binary', severity: 'error', file, ...positionOfByte(bytes, nul), args: { byte: nul } });
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const at = decoded.byteOffset;
    const value = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    return fail({ code: 'file-not-utf8', severity: 'error', file, ...positionOfByte(bytes, at), args: { byte: at, value } });
  }
  return ok({ file, text: decoded.text, bom: decoded.bom });
}

/** As git does, look for NUL in the first 8 KB only: enough to tell, cheap on large files. */
const BINARY_SNIFF_BYTES = 8000;

/**
 * Line and column of a byte, for editors: lines end at LF, the column counts characters (UTF-16 units, as
 * positions elsewhere do) from the line's start. Bytes before `offset` are valid UTF-8 by construction.
 */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
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

// Colour that continues from one printed line to the next, without spilling into what is drawn between
// them: a styled word or note cut by wrapping leaves its style open at the end of a line, and in a table
// the padding, the border and the next cell would take it on.

const SGR = /\u001B\[([0-9;]*)m/g;

/** The code that ends each style our styles (and chalk) open: bold and dim share one, as do the colours. */
function closerOf(code: number): number | undefined {
  if (code === 1 || code === 2) return 22;
  if (code === 3 || code === 4 || code === 7 || code === 8 || code === 9) return code + 20;
  if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return 39;
  if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return 49;
  return undefined;
}

/** The styles still open after a line: each opening code, with the code that closes it. */
export type OpenStyles = ReadonlyMap<number, number>;

export const NO_STYLES: OpenStyles = new Map();

/**
 * A line made self-contained: the styles open before it are reopened at its start and those open at its
 * end are closed there. Returns the line and the styles the next line of the same text should reopen.
 */
export function carryStyles(line: string, before: OpenStyles): { line: string; after: OpenStyles } {
  if (before.size === 0 && !line.includes('\u001B')) return { line, after: before };
  const open = new Map(before);
  for (const [, params = ''] of line.matchAll(SGR)) {
    for (const code of params === '' ? [0] : params.split(';').map(Number)) {
      const closer = closerOf(code);
      if (code === 0) open.clear();
      else if (closer !== undefined) open.set(code, closer);
      else for (const [opener, closes] of open) if (closes === code) open.delete(opener);
    }
  }
  const sgr = (code: number) => `\u001B[${code}m`;
  const reopen = [...before.keys()].map(sgr).join('');
  const close = [...new Set([...open.values()].reverse())].map(sgr).join('');
  return { line: reopen + line + close, after: open };
}

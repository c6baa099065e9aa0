// The gap conventions of plain treaty texts, shared by the importer and the exporter so that both read a
// `[...]` line, and the end of a paragraph before one, the same way.

/** The gap marker as the exporter writes it. */
export const GAP_LINE = '[...]';

/**
 * Longest line read as a gap marker. Real markers are a handful of characters ("[...]", "[ … ]", "[....]");
 * a longer bracketed run of dots is something else, and is kept as text, where validation names it.
 */
export const GAP_LINE_MAX = 16;

/**
 * Whether a trimmed line is a gap marker: "[...]", "[…]", "[ ... ]", "[....]" — a bracket, two or more
 * dots (spaces between allowed) or one ellipsis, a bracket. The variants are those src/validate/check-strings.ts
 * reports inside paragraphs: as a line of their own they can only mean a gap. Read character by character
 * rather than with a regular expression: a pattern such as `(?:\.\s*){2,}` keeps one backtracking entry per
 * dot, and a long enough line of dots overflowed the stack.
 */
export function isGapLine(line: string): boolean {
  const n = line.length;
  if (n < 3 || n > GAP_LINE_MAX || line[0] !== '[' || line[n - 1] !== ']') return false;
  let dots = 0;
  let ellipses = 0;
  for (let i = 1; i < n - 1; i++) {
    const c = line[i] as string;
    if (c === '.') dots++;
    else if (c === '…') ellipses++;
    else if (!/\s/u.test(c)) return false;
  }
  return (dots >= 2 && ellipses === 0) || (dots === 0 && ellipses === 1);
}

// How a sentence ends: a full stop, question or exclamation mark in Latin, Cyrillic and CJK writing, then
// closing quotes or brackets. A semicolon, colon or comma announces more text, and so does a letter or a
// dash: a paragraph ending like that before a gap stops visibly short.
const SENTENCE_END = /[.!?。．！？][)\]"'”’»）」』】]*$/u;

/**
 * Whether a paragraph visibly stops short: it does not end as a sentence does ("… with", "… as follows:",
 * "(a) the first;"). A paragraph that ends with a full stop may still be cut after it; nothing in the text
 * shows that.
 */
export function isVisiblyCut(paragraph: string): boolean {
  // Only the last few characters matter; the slice keeps the test to them on a paragraph of any length.
  return !SENTENCE_END.test(paragraph.slice(-8));
}

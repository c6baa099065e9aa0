// Text that is safe and measurable on a terminal: user-supplied strings lose their power to drive the
// terminal (control characters, escapes, bidi overrides become visible marks), and widths count columns,
// not UTF-16 units, so CJK text wraps correctly.
import { lazyRegExp } from '../lazy-regexp.js';
import { graphemeClusters } from '../model/grapheme-clusters.js';
import { INVISIBLE_CLASS, isAllowedInvisible, isInvisibleCodePoint, isSelectingVariation, isVariationSelector } from '../model/invisible-characters.js';

// C0 controls become their Unicode "control pictures" (U+2400 block) so they stay visible and harmless; the
// other characters that could drive or disguise a terminal (C1 controls, the line and paragraph separators,
// and every invisible character: Default_Ignorable_Code_Point, bidi and zero-width formatting included, see
// model/invisible-characters.ts) become `<U+XXXX>`. A variation selector straight after the character it
// selects a form of (the VS16 of an emoji) does its job and stays.
const C0 = /[\u0000-\u001F\u007F]/gu;
const INVISIBLE = new RegExp(`[\\u0080-\\u009F\\u2028\\u2029${INVISIBLE_CLASS}]`, 'gu');

const controlPicture = (c: string) => String.fromCodePoint(c === '\u007F' ? 0x2421 : 0x2400 + (c.codePointAt(0) ?? 0));
const codePointMark = (c: string) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
const markInvisible = (c: string, index: number, text: string): string => {
  const cp = c.codePointAt(0) ?? 0;
  return isVariationSelector(cp) && isSelectingVariation(text, index) ? c : codePointMark(c);
};

/** Makes a user-supplied string inert on a terminal; ordinary text passes through unchanged. */
export function safeText(text: string): string {
  return text.replace(C0, controlPicture).replace(INVISIBLE, markInvisible);
}

/** {@link safeText} line by line: line breaks stay, everything else is made inert. */
export function safeLines(text: string): string {
  return text.split('\n').map(safeText).join('\n');
}

// What no treaty text may contain (`treaty validate` reports each as an error): C0 controls but the line
// feed, DEL, C1 controls, the Unicode line and paragraph separators, and the invisible characters no
// script needs. Those a valid text may hold stay: the joiners and directional marks some scripts need
// (ZWNJ, ZWJ, LRM, RLM, ALM) and Mongolian variation selectors, which are only warnings, and a variation
// selector in place.
const DATA_C0 = /[\u0000-\u0009\u000B-\u001F\u007F]/gu;
const markInvalid = (c: string, index: number, text: string): string => {
  const cp = c.codePointAt(0) ?? 0;
  return isInvisibleCodePoint(cp) && isAllowedInvisible(text, index, cp) ? c : codePointMark(c);
};

/**
 * For plain text that is data as well as display (`treaty export`): makes inert, as {@link safeText} does,
 * the characters no valid treaty text contains, and keeps line breaks and everything a valid text may
 * contain, so that a valid text passes through unchanged and still round-trips through `treaty import`.
 */
export function safeDataText(text: string): string {
  return text.replace(DATA_C0, controlPicture).replace(INVISIBLE, markInvalid);
}

// East Asian Wide and Fullwidth ranges (Unicode TR 11), plus pictographic emoji: two columns each.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const ZERO = lazyRegExp('[\\p{M}\\u200B-\\u200F\\u2060\\uFEFF]', 'u');
const ANSI_STYLE = /\u001B\[[0-9;]*m/g;

// Printable ASCII is one column a character: the common case needs no Unicode classes at all.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns a string occupies, ignoring the colour codes our own styles add. */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  // Below U+0300 no character is a mark or wide: only the rest need the two tests.
  for (const ch of text.includes('\u001B') ? text.replace(ANSI_STYLE, '') : text) width += ch.charCodeAt(0) < 0x300 ? 1 : ZERO().test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * Wraps plain text to `width` columns at spaces, breaking words longer than a line. Returns the lines
 * without trailing spaces; the words themselves are never altered. Linear in the length of the text: each
 * word is measured once and a long word is cut in one pass (a 7 MB one-word title once took minutes).
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  // A line's words are joined once it is full: join makes one flat string, where `line += ' ' + word` left
  // a tree of pieces per line, three times the memory, which counts when a side-by-side diff holds them all.
  let line: string[] = [];
  let lineWidth = 0;
  for (const word of text.split(/ +/)) {
    if (word === '') continue;
    const w = displayWidth(word);
    if (line.length > 0 && lineWidth + 1 + w <= max) {
      line.push(word);
      lineWidth += 1 + w;
      continue;
    }
    if (line.length > 0) lines.push(line.join(' '));
    if (w <= max) {
      line = [word];
      lineWidth = w;
      continue;
    }
    // The last piece of a long word starts a line that the next word may join, like a short word.
    const { pieces, lastWidth } = cutWord(word, max);
    for (let k = 0; k < pieces.length - 1; k++) lines.push(pieces[k] as string);
    line = [pieces[pieces.length - 1] as string];
    lineWidth = lastWidth;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line.join(' '));
  return lines;
}

// Our own colour codes count as zero-width units that are never cut in half; between them, a word is cut
// only between grapheme clusters, so an accent, an emoji sequence or a Hangul syllable written in jamo is
// never split across two lines. A cluster wider than the line gets a line of its own.
const STYLE_OR_TEXT = /\u001B\[[0-9;]*m|[^\u001B]+|\u001B/gu;

function* clusters(text: string): Generator<string> {
  for (const [piece] of text.matchAll(STYLE_OR_TEXT)) {
    if (piece.startsWith('\u001B')) yield piece;
    else if (PRINTABLE_ASCII.test(piece)) yield* piece;
    else yield* graphemeClusters(piece);
  }
}

/**
 * Cuts a word wider than `max` into pieces of at most `max` columns (a cluster wider than that gets a
 * piece of its own), greedily, in one walk over the word: measuring what was left of the word after each
 * cut made wrapping quadratic.
 */
function cutWord(word: string, max: number): { pieces: string[]; lastWidth: number } {
  const pieces: string[] = [];
  if (PRINTABLE_ASCII.test(word)) {
    for (let at = 0; at < word.length; at += max) pieces.push(word.slice(at, at + max));
    return { pieces, lastWidth: (pieces[pieces.length - 1] as string).length };
  }
  let start = 0;
  let end = 0;
  let used = 0;
  for (const unit of clusters(word)) {
    const w = displayWidth(unit);
    if (used + w > max && end > start) {
      pieces.push(word.slice(start, end));
      start = end;
      used = 0;
    }
    used += w;
    end += unit.length;
  }
  pieces.push(word.slice(start));
  return { pieces, lastWidth: used };
}

/** Wraps and indents: the first line with `first`, the rest with `rest` (both plain strings). */
export function wrapIndented(text: string, width: number, first: string, rest = ' '.repeat(displayWidth(first))): string {
  return wrapText(text, width - Math.max(displayWidth(first), displayWidth(rest)))
    .map((l, i) => (i === 0 ? first : rest) + l)
    .join('\n');
}

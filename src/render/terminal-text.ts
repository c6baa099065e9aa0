// Text that is safe and measurable on a terminal: user-supplied strings lose their power to drive the
// terminal (control characters, escapes, bidi overrides become visible marks), and widths count columns,
// not UTF-16 units, so CJK text wraps correctly.
import { lazyRegExp } from '../lazy-regexp.js';
import { INVISIBLE_CLASS, isAllowedInvisible, isInvisibleCodePoint, isSelectingVariation, isVariationSelector } from '../model/invisible-characters.js';

// C0 controls become their Unicode "control pictures" (U+2400 block) so they stay visible and harmless; the
// other characters that could drive or disguise a terminal (C1 controls, the line and paragraph separators,
// and every invisible character: Default_Ignorable_Code_Point, bidi and zero-width formatting included, see
// model/invisible-characters.ts) become `<U+XXXX>`. A variation selector straight after the character it
// selects a form of (the VS16 of an emoji) does its job and stays.
// eslint-disable-next-line no-control-regex
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
// eslint-disable-next-line no-control-regex
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
// eslint-disable-next-line no-control-regex
const ANSI_STYLE = /\u001B\[[0-9;]*m/g;

// Printable ASCII is one column a character: the common case needs no Unicode classes at all.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns a string occupies, ignoring the colour codes our own styles add. */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const ch of text.replace(ANSI_STYLE, '')) width += ZERO().test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * Wraps plain text to `width` columns at spaces, breaking words longer than a line. Returns the lines
 * without trailing spaces; the words themselves are never altered.
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/ +/)) {
    if (word === '') continue;
    let rest = word;
    let w = displayWidth(rest);
    if (line !== '' && lineWidth + 1 + w <= max) {
      line += ' ' + rest;
      lineWidth += 1 + w;
      continue;
    }
    if (line !== '') lines.push(line);
    while (w > max) {
      const [head, tail] = splitAtWidth(rest, max);
      lines.push(head);
      rest = tail;
      w = displayWidth(rest);
    }
    line = rest;
    lineWidth = w;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

// Our own colour codes count as zero-width units that are never cut in half; between them, a word is cut
// only between grapheme clusters, so an accent, an emoji sequence or a Hangul syllable written in jamo is
// never split across two lines. A cluster wider than the line gets a line of its own.
// eslint-disable-next-line no-control-regex
const STYLE_OR_TEXT = /\u001B\[[0-9;]*m|[^\u001B]+|\u001B/gu;
let graphemes: Intl.Segmenter | undefined;

function* clusters(text: string): Generator<string> {
  for (const [piece] of text.matchAll(STYLE_OR_TEXT)) {
    if (piece.startsWith('\u001B')) yield piece;
    else if (PRINTABLE_ASCII.test(piece)) yield* piece;
    else {
      graphemes ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
      for (const { segment } of graphemes.segment(piece)) yield segment;
    }
  }
}

function splitAtWidth(text: string, width: number): [string, string] {
  let used = 0;
  let i = 0;
  for (const unit of clusters(text)) {
    const w = displayWidth(unit);
    if (used + w > width && i > 0) break;
    used += w;
    i += unit.length;
  }
  return [text.slice(0, i), text.slice(i)];
}

/** Wraps and indents: the first line with `first`, the rest with `rest` (both plain strings). */
export function wrapIndented(text: string, width: number, first: string, rest = ' '.repeat(displayWidth(first))): string {
  return wrapText(text, width - Math.max(displayWidth(first), displayWidth(rest)))
    .map((l, i) => (i === 0 ? first : rest) + l)
    .join('\n');
}

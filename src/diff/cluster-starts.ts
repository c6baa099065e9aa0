// Where grapheme clusters (UAX #29) start in a text: decided from the two code units at an offset where
// the rules leave no doubt, and by Intl.Segmenter, in windows, only around the offsets where they do.
import { isHighSurrogate } from './word-segments.js';

/*
 * Why not segment the whole text: Intl.Segmenter costs about 0.35 µs per character on Node 20 even in
 * windows (see word-segments.ts for why not all at once), 1.8 s of the 3.8 s spent tokenizing 26 pairs of
 * 99,000-character Thai paragraphs; nearly every offset asked about falls between two characters that no
 * cluster rule can join.
 *
 * A cluster boundary lies between X and Y whatever the text around them when Y is a base character that
 * nothing extends into (a letter, number, punctuation mark, symbol or space of the BMP that is neither
 * Grapheme_Extend, a mark, a spacing mark (Thai and Lao AM, U+0E33 and U+0EB3, are the two that are letters),
 * nor a conjoining Hangul jamo), and X cannot join what follows it: not a format character (Prepend marks
 * such as U+0600, ZWJ), not the Malayalam dot reph U+0D4E (the one Prepend letter of the BMP), not a jamo,
 * not a surrogate (regional indicators, emoji modifiers and the other Prepend letters are outside the BMP),
 * and not a mark before a letter (GB9c: a virama links consonants). Every other rule (GB3–GB13) needs one
 * of those characters. test/diff/cluster-starts.test.ts checks this against the segmenter for every BMP
 * code unit on either side, so a change of Unicode version that broke it would fail there.
 */
const KNOWN = 1;
/** May stand as Y. */
const BASE = 2;
/** May stand as X. */
const INERT = 4;
/** A mark (or Grapheme_Extend): as X, only a boundary before a character that is not a letter is certain. */
const MARK = 8;
const LETTER = 16;

const classes = new Uint8Array(0x10000);

const BASE_CLASS = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const INERT_CLASS = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}\p{M}]$/u;
const EXTENDING = /^[\p{M}\p{Grapheme_Extend}]$/u;
const LETTER_CLASS = /^\p{L}$/u;

function classOf(unit: number): number {
  let c = classes[unit] as number;
  if (c !== 0) return c;
  c = KNOWN;
  if (unit < 0xd800 || unit > 0xdfff) {
    const ch = String.fromCharCode(unit);
    const jamo = (unit >= 0x1100 && unit <= 0x11ff) || (unit >= 0xa960 && unit <= 0xa97f) || (unit >= 0xd7b0 && unit <= 0xd7ff);
    const extending = EXTENDING.test(ch);
    if (extending) c |= MARK;
    if (LETTER_CLASS.test(ch)) c |= LETTER;
    if (!jamo && !extending && unit !== 0x0e33 && unit !== 0x0eb3 && BASE_CLASS.test(ch)) c |= BASE;
    if (!jamo && unit !== 0x0d4e && INERT_CLASS.test(ch)) c |= INERT;
  }
  classes[unit] = c;
  return c;
}

/** A cluster boundary certainly lies between the code units `before` and `after`, whatever surrounds them. */
export function certainClusterBoundary(before: number, after: number): boolean {
  const y = classOf(after);
  if ((y & BASE) === 0) return false;
  const x = classOf(before);
  if ((x & INERT) === 0) return false;
  return (x & MARK) === 0 || (y & LETTER) === 0;
}

/**
 * A test of whether a grapheme cluster starts at an offset of `text` (its start and end included), for
 * offsets asked in ascending order: the same answers as segmenting the whole text with Intl.Segmenter.
 * Where the two code units at an offset leave a doubt, the stretch between the nearest certain boundaries
 * before and after it is segmented (it starts and ends on a boundary, so the segmenter gives its true ones).
 */
export function clusterStarts(text: string): (offset: number) => boolean {
  const certainAt = (at: number) => at <= 0 || at >= text.length || certainClusterBoundary(text.charCodeAt(at - 1), text.charCodeAt(at));
  let regionStart = 0;
  let regionEnd = 0;
  let starts: Uint8Array = new Uint8Array(0);
  return (offset) => {
    if (offset < regionEnd) return starts[offset - regionStart] === 1;
    if (certainAt(offset)) return true;
    regionStart = offset - 1;
    while (!certainAt(regionStart)) regionStart--;
    regionEnd = offset + 1;
    while (!certainAt(regionEnd)) regionEnd++;
    starts = clusterBoundaries(text.slice(regionStart, regionEnd));
    return starts[offset - regionStart] === 1;
  };
}

/** Code units given to the grapheme segmenter at a time (as src/render/grapheme-clusters.ts does). */
const CLUSTER_WINDOW = 256;

let graphemes: Intl.Segmenter | undefined;

/**
 * Where grapheme clusters start in `text`, plus its end: flags by offset, the same boundaries as
 * Intl.Segmenter gives for the whole text, in linear time. Each window starts where a cluster starts and
 * its last cluster is not trusted (the window may end inside it); every other boundary in a window is a
 * true one, because UAX #29 decides a cluster boundary from the text since the previous boundary and the
 * one code point after it (regional indicators pair up from a boundary too). A cluster longer than the
 * window doubles the window until it fits.
 */
export function clusterBoundaries(text: string): Uint8Array {
  graphemes ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  const boundaries = new Uint8Array(text.length + 1);
  boundaries[text.length] = 1;
  let from = 0;
  let size = CLUSTER_WINDOW;
  while (from < text.length) {
    let end = Math.min(text.length, from + size);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
    let last = -1;
    for (const { index } of graphemes.segment(text.slice(from, end))) {
      boundaries[from + index] = 1;
      last = index;
    }
    if (end === text.length) return boundaries;
    if (last === 0) {
      size *= 2;
      continue;
    }
    // The last cluster may go on past the window: its start is a boundary, its end is not known yet.
    from += last;
    size = CLUSTER_WINDOW;
  }
  return boundaries;
}

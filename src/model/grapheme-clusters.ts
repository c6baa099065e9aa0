// Grapheme clusters (UAX #29) of text of any length, in time linear in its length: the unit that wrapping
// never cuts (render/) and that word tokens never split (diff/). Most boundaries are decided from the two
// code units around them; Intl.Segmenter is asked, in windows, only where those leave a doubt.

/*
 * Why not give Intl.Segmenter the whole text: V8's segment iterator (Node 20) spends time in proportion to
 * the whole input at every step, so one long paragraph segmented at once is quadratic (99,000 Hangul
 * syllables took over a minute); and even in windows it costs about 0.35 µs a character, most of the
 * time of wrapping or tokenizing a long paragraph of Thai or Devanagari.
 *
 * A boundary certainly lies between X and Y, whatever the text around them, when Y is a base character
 * that nothing extends into (a letter, number, punctuation mark, symbol or space of the BMP that is not
 * Grapheme_Extend, a mark, a conjoining Hangul jamo, or one of the two spacing-mark letters Thai and Lao AM,
 * U+0E33 and U+0EB3), and X cannot join what follows it: not a control or format character (Prepend marks
 * such as U+0600, ZWJ), not the Malayalam dot reph U+0D4E (the one Prepend letter of the BMP), not a jamo,
 * not a surrogate (regional indicators, emoji modifiers and the other Prepend letters are outside the
 * BMP), and not a mark before a letter that a virama could link to it (GB9c joins the consonants of a
 * conjunct: any letter but those of scripts written without such conjuncts, Latin, Greek, Cyrillic, Hebrew,
 * Arabic, Thai, Lao, CJK and Hangul). Every other rule (GB3–GB13) needs one of those characters.
 *
 * A boundary certainly does not lie between X and Y when Y is Grapheme_Extend (GB9 holds before it unless
 * X is a control, GB4) and X is such a character; nor between the two halves of a surrogate pair.
 *
 * test/model/grapheme-clusters.test.ts checks both against the segmenter for every BMP code unit on either
 * side, so a Unicode version that broke them would fail there.
 */
const KNOWN = 1;
/** May stand as Y of a certain boundary. */
const BASE = 2;
/** May stand as X of a certain boundary or a certain non-boundary. */
const INERT = 4;
/** A mark (or Grapheme_Extend): as X, a boundary is certain only before a character that is not LINKABLE. */
const MARK = 8;
/** A letter of a script that may write conjuncts (GB9c). */
const LINKABLE = 16;
/** Grapheme_Extend: as Y after an INERT X, certainly no boundary. */
const EXTEND = 32;

const classes = new Uint8Array(0x10000);

const BASE_CLASS = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const INERT_CLASS = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}\p{M}]$/u;
const EXTENDING = /^[\p{M}\p{Grapheme_Extend}]$/u;
const GRAPHEME_EXTEND = /^\p{Grapheme_Extend}$/u;
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
    if (GRAPHEME_EXTEND.test(ch)) c |= EXTEND;
    if (LETTER_CLASS.test(ch) && !withoutConjuncts(unit)) c |= LINKABLE;
    if (!jamo && !extending && unit !== 0x0e33 && unit !== 0x0eb3 && BASE_CLASS.test(ch)) c |= BASE;
    if (!jamo && unit !== 0x0d4e && INERT_CLASS.test(ch)) c |= INERT;
  }
  classes[unit] = c;
  return c;
}

const BOUNDARY = 1;
const NO_BOUNDARY = 0;
const UNKNOWN = -1;

/** Whether a cluster boundary lies between the code units `before` and `after` whatever surrounds them. */
export function clusterBoundaryBetween(before: number, after: number): typeof BOUNDARY | typeof NO_BOUNDARY | typeof UNKNOWN {
  if (isHighSurrogate(before) && isLowSurrogate(after)) return NO_BOUNDARY;
  const x = classOf(before);
  if ((x & INERT) === 0) return UNKNOWN;
  const y = classOf(after);
  if ((y & EXTEND) !== 0) return NO_BOUNDARY;
  if ((y & BASE) === 0) return UNKNOWN;
  return (x & MARK) === 0 || (y & LINKABLE) === 0 ? BOUNDARY : UNKNOWN;
}

/** Blocks of scripts with no virama-linked conjuncts: below Devanagari, Thai and Lao, Latin and Greek extended, CJK, Hangul. */
function withoutConjuncts(unit: number): boolean {
  return unit < 0x0900 || (unit >= 0x0e00 && unit <= 0x0eff) || (unit >= 0x1e00 && unit <= 0x1fff) || (unit >= 0x2e80 && unit <= 0x9fff) || (unit >= 0xac00 && unit <= 0xd7a3) || (unit >= 0xf900 && unit <= 0xfaff);
}

/** Code units given to the segmenter at a time where it is needed. */
export const SEGMENT_WINDOW = 256;

let graphemes: Intl.Segmenter | undefined;

/**
 * Where grapheme clusters start in `text`: a flag per offset, 1 where a cluster starts and at the end; the
 * same boundaries as Intl.Segmenter gives for the whole text. Where the code units at an offset leave a
 * doubt, the stretch between the certain boundaries before and after it is segmented (it starts and ends
 * on a boundary, and UAX #29 decides a boundary from the text since the previous one and one code point
 * after it, so the segmenter finds there the boundaries of the whole text).
 */
export function clusterBoundaries(text: string, window = SEGMENT_WINDOW): Uint8Array {
  const n = text.length;
  const flags = new Uint8Array(n + 1);
  flags[0] = 1;
  flags[n] = 1;
  let lastBoundary = 0;
  let i = 1;
  while (i < n) {
    const certainty = clusterBoundaryBetween(text.charCodeAt(i - 1), text.charCodeAt(i));
    if (certainty === BOUNDARY) {
      flags[i] = 1;
      lastBoundary = i++;
      continue;
    }
    if (certainty === NO_BOUNDARY) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && clusterBoundaryBetween(text.charCodeAt(end - 1), text.charCodeAt(end)) !== BOUNDARY) end++;
    segmentInto(flags, text, lastBoundary, end, window);
    flags[end] = 1;
    lastBoundary = end;
    i = end + 1;
  }
  return flags;
}

/**
 * Sets the boundaries of text[from, to) (both ends boundaries) in `flags`, segmenting windows of `window`
 * code units: each window starts where a cluster starts and its last cluster is not trusted (the window may
 * end inside it), so the next window starts there; a cluster longer than the window (a letter with
 * thousands of marks) doubles the window until it fits. A window starting on a boundary keeps the pairing
 * of regional indicators.
 */
function segmentInto(flags: Uint8Array, text: string, from: number, to: number, window: number): void {
  graphemes ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  let start = from;
  let size = Math.max(1, window);
  while (start < to) {
    let end = Math.min(to, start + size);
    // The character after a boundary decides it: a window never ends between the halves of a surrogate pair.
    if (end < to && isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end))) end++;
    let last = 0;
    for (const { index } of graphemes.segment(text.slice(start, end))) {
      flags[start + index] = 1;
      last = index;
    }
    if (end === to) return;
    if (last === 0) {
      size *= 2;
      continue;
    }
    // The last cluster may go on past the window: its start is a boundary, its end is not known yet.
    start += last;
    size = Math.max(1, window);
  }
}

/** The grapheme clusters of `text`, in order, joining back into it: the clusters Intl.Segmenter gives. */
export function* graphemeClusters(text: string, window = SEGMENT_WINDOW): Generator<string> {
  const flags = clusterBoundaries(text, window);
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (flags[i] === 1) {
      yield text.slice(start, i);
      start = i;
    }
  }
}

export const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

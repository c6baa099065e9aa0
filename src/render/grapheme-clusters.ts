// Grapheme clusters (UAX #29) of a string of any length, in time linear in its length.

/**
 * Code units given to Intl.Segmenter at a time. V8's segment iterator (Node 20) spends time in proportion to
 * the whole input at every step, so one long paragraph segmented at once is quadratic: 99,000 Hangul
 * syllables took over a minute. Windows of a few hundred units keep each step cheap.
 */
export const SEGMENT_WINDOW = 256;

let graphemes: Intl.Segmenter | undefined;

/**
 * The grapheme clusters of `text`, in order, joining back into it; the same clusters Intl.Segmenter gives
 * for the whole string. Each window starts where a cluster starts, and its last cluster is not trusted
 * (the window may end inside it): the next window starts there. Every other boundary in a window is a
 * true one, because UAX #29 decides a boundary from the text since the previous boundary and the one
 * character (code point) after it, and a window starting on a boundary keeps the pairing of regional
 * indicators. A cluster longer than the window (a letter with thousands of marks) doubles the window
 * until it fits.
 */
export function* graphemeClusters(text: string, window = SEGMENT_WINDOW): Generator<string> {
  graphemes ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  let from = 0;
  let size = Math.max(1, window);
  while (from < text.length) {
    let end = Math.min(text.length, from + size);
    // The character after a boundary decides it: a window never ends between the halves of a surrogate pair.
    if (end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end))) end++;
    let last: Intl.SegmentData | undefined;
    let trusted = 0;
    for (const segment of graphemes.segment(text.slice(from, end))) {
      if (last !== undefined) {
        yield last.segment;
        trusted++;
      }
      last = segment;
    }
    if (last === undefined) return;
    if (end === text.length) {
      yield last.segment;
      return;
    }
    if (trusted === 0) {
      size *= 2;
      continue;
    }
    from += last.index;
    size = Math.max(1, window);
  }
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

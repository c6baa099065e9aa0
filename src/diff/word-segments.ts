// Word segments (Intl.Segmenter) of text of any length, in time linear in its length: long text is given
// to the segmenter in pieces that end where a boundary is certain.
import { isHighSurrogate } from '../model/grapheme-clusters.js';

/*
 * Why pieces: on Node 20, V8's segment iterator copies the whole input into an ICU string at every step
 * (JSSegmentIterator::Next calls getText on the break iterator), so one segmenter pass over n code units
 * costs n² and a step goes to mmap once the copy passes glibc's 128 KB threshold (64K code units):
 * segmenting 99,000 characters took 111 s for Thai words, 68 s for Devanagari grapheme clusters and 37 s
 * for emoji, and 0.2 s at 30,000. Pieces of a few thousand code units keep every step cheap.
 */

/** Text up to this long is segmented at once (a pass over 2,048 code units costs about a millisecond). */
export const PIECE = 2048;
/** A stretch without a certain boundary is still segmented at once up to this length (~50 ms). */
export const LONGEST_PIECE = 16384;
/** Size and margin of the windows of the last resort (see wordSegments). */
const WINDOW = 1024;

/*
 * Word boundaries certain whatever the context: before a character of Word_Break=Other (UAX #29) that is
 * neither Extended_Pictographic nor an extending or format character, no word rule can join it to what
 * comes before (WB3c needs a pictograph, WB4 an extending character, WB5–WB16 other classes), and the
 * rules run forward from a boundary, so the segmenter finds the same boundaries in the text from it on as
 * in the whole text. Such a character is never part of a run that ICU hands to a dictionary (Thai, Lao,
 * Khmer, Myanmar, CJK), so dictionary segmentation sees the same runs too. Brackets, quotation marks, ! and
 * ? and the ideographic comma and full stop: common in prose, so a long paragraph has many of them. (The
 * comma, full stop, colon, semicolon and apostrophes are not among them: between letters or digits the
 * word rules join across them.)
 */
const CERTAIN_CUT = /[!()?[\]{}\u00ab\u00bb\u201c-\u201e\u3001\u3002\u3008-\u3011\u3014\u3015\uff01\uff08\uff09\uff1f\uff3b\uff3d\uff5b\uff5d]/g;

/** A segment as Intl.Segmenter gives it, with `index` relative to the text given to wordSegments. */
export interface WordSegment {
  readonly segment: string;
  readonly index: number;
  readonly isWordLike?: boolean | undefined;
}

/**
 * The segments of `text` by a word segmenter: the same as `segmenter.segment(text)` gives, in linear time.
 * The text is cut before characters where a boundary is certain (CERTAIN_CUT) into pieces of at most
 * PIECE code units where it can be, LONGEST_PIECE where it must; only a stretch longer than that with no
 * such character (hostile input: 16,000 characters of Thai with no space, bracket or quotation mark) is
 * segmented in overlapping windows, whose boundaries are trusted only a margin away from the window's end.
 * Every step of the segmenter (ICU's rules, and its dictionaries for Thai, Lao, Khmer, Myanmar and CJK)
 * decides a boundary from a few words of text after it, so a margin of hundreds of characters settles it,
 * but this last resort is not proven to agree with the whole-text answer; the words still join back into
 * the text.
 */
export function* wordSegments(text: string, segmenter: Intl.Segmenter): Generator<WordSegment> {
  if (text.length <= PIECE) {
    yield* segmenter.segment(text);
    return;
  }
  const cuts = certainCuts(text);
  let next = 0;
  let from = 0;
  while (from < text.length) {
    if (text.length - from <= PIECE) {
      yield* shifted(segmenter.segment(text.slice(from)), from);
      return;
    }
    // The furthest certain cut within PIECE, else the nearest one after it.
    while (next < cuts.length && (cuts[next] as number) <= from) next++;
    let end = -1;
    let k = next;
    while (k < cuts.length && (cuts[k] as number) <= from + PIECE) end = cuts[k++] as number;
    if (end < 0) end = k < cuts.length ? (cuts[k] as number) : text.length;
    if (end - from <= LONGEST_PIECE) yield* shifted(segmenter.segment(text.slice(from, end)), from);
    else yield* windowed(text, from, end, segmenter);
    from = end;
  }
}

/** Offsets of the characters before which a word boundary is certain, ascending, 0 excluded. */
function certainCuts(text: string): number[] {
  const cuts: number[] = [];
  CERTAIN_CUT.lastIndex = 0;
  for (let m = CERTAIN_CUT.exec(text); m !== null; m = CERTAIN_CUT.exec(text)) if (m.index > 0) cuts.push(m.index);
  return cuts;
}

function* shifted(segments: Intl.Segments, by: number): Generator<WordSegment> {
  for (const { segment, index, isWordLike } of segments) yield { segment, index: index + by, isWordLike };
}

/**
 * Segments text[from, to), where `to` is the end of the text or a certain boundary, in windows: of each
 * window, the segments that end at least a quarter of the window before its end are kept and the next
 * window starts where the last of them ends. A segment too long for that doubles the window.
 */
function* windowed(text: string, from: number, to: number, segmenter: Intl.Segmenter): Generator<WordSegment> {
  let start = from;
  let size = WINDOW;
  while (start < to) {
    let end = Math.min(to, start + size);
    if (end < to && isHighSurrogate(text.charCodeAt(end - 1))) end++;
    if (end === to) {
      yield* shifted(segmenter.segment(text.slice(start, to)), start);
      return;
    }
    const trusted = end - (size >> 2);
    const kept: WordSegment[] = [];
    for (const s of segmenter.segment(text.slice(start, end))) {
      if (s.index + s.segment.length > trusted - start) break;
      kept.push({ segment: s.segment, index: s.index + start, isWordLike: s.isWordLike });
    }
    const last = kept.at(-1);
    if (last === undefined) {
      size *= 2;
      continue;
    }
    yield* kept;
    start = last.index + last.segment.length;
    size = WINDOW;
  }
}

// Test helpers for the cue matcher: a pattern run by it and by the JavaScript RegExp it stands for, each as
// the list of matches with the offsets of every capture, so that the two can be compared with toEqual.
import { compileCue } from '../../src/qualifiers/compile-cue.js';
import { type CueWork, matchCue } from '../../src/qualifiers/match-cue.js';
import { parseCue } from '../../src/qualifiers/parse-cue.js';

/** A match: [start, end, then start and end of each capture (-1 when unset)]. */
export type Spans = number[];

/** Large enough for any pattern the tests build; the lexicon's own limit is checked elsewhere. */
const TEST_SIZE = 100_000;

/** Every match of `pattern` (no space widening, no whole-word edges) in `text`, by the cue matcher. */
export function engineSpans(pattern: string, text: string, work?: CueWork): Spans[] {
  const parsed = parseCue(pattern);
  if (!parsed.ok) throw new Error(`${pattern}: refused (${parsed.refusal.construct} at ${parsed.refusal.at})`);
  const compiled = compileCue(parsed.value, { size: TEST_SIZE, framesPerPosition: TEST_SIZE });
  if (!compiled.ok) throw new Error(`${pattern}: too large`);
  return matchCue(compiled.program, text, work).map((m) => [m.start, m.end, ...Array.from(m.captures.subarray(2))]);
}

/** Every match of `source` in `text` as `text.matchAll(new RegExp(source, 'g'))` finds them. */
export function regexpSpans(source: string, text: string): Spans[] {
  // The d flag only reports capture offsets; it changes nothing in how the expression matches.
  return [...text.matchAll(new RegExp(source, 'gd'))].map((m) => {
    const spans: Spans = [m.index, m.index + m[0].length];
    for (let g = 1; g < m.length; g++) spans.push(...((m.indices?.[g] as [number, number] | undefined) ?? [-1, -1]));
    return spans;
  });
}

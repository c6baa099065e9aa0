// Properties of the word diff for arbitrary input: both texts rebuild from it exactly, a text compared
// with itself has no change, segments are well formed, and no change starts or ends inside a grapheme cluster.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, rebuildSides } from '../../src/diff/diff-words.js';
import { clusterBoundaries } from '../helpers/graphemes.js';
import { anyText, editedPair, langs, repetitivePair, runs, wellFormedText } from './arbitraries.js';
import type { DiffSegment } from '../../src/model/comparison.js';

/** Pairs of unrelated texts, pairs where one is an edit of the other (the case diffs are for), and repetitive pairs. */
const pairs = fc.oneof(fc.tuple(anyText, anyText), editedPair, { weight: 2, arbitrary: repetitivePair });

function expectWellFormed(segments: readonly DiffSegment[]): void {
  segments.forEach((segment, i) => {
    expect(segment.text).not.toBe('');
    const next = segments[i + 1];
    if (next === undefined) return;
    // Neighbours differ in kind (runs are joined), and a replacement shows its deletion first.
    expect(next.op).not.toBe(segment.op);
    expect(segment.op === 'insert' && next.op === 'delete').toBe(false);
  });
}

describe('diffWords, for any pair of texts', () => {
  it('rebuilds both texts exactly', () => {
    fc.assert(
      fc.property(pairs, langs, ([left, right], lang) => {
        expect(rebuildSides(diffWords(left, right, { lang }))).toEqual({ left, right });
      }),
      { numRuns: runs(1000) },
    );
  });

  it('gives well-formed segments: none empty, neighbours of different kinds, deletions before insertions', () => {
    fc.assert(
      fc.property(pairs, langs, ([left, right], lang) => expectWellFormed(diffWords(left, right, { lang }))),
      { numRuns: runs(500) },
    );
  });

  it('finds no change between a text and itself', () => {
    fc.assert(
      fc.property(anyText, langs, (text, lang) => {
        expect(diffWords(text, text, { lang })).toEqual(text === '' ? [] : [{ op: 'equal', text }]);
      }),
      { numRuns: runs(500) },
    );
  });

  it('shows the words around an edit as kept, whatever the edit', () => {
    const head = 'The Contracting Parties shall ';
    const tail = ' in accordance with the Charter.';
    fc.assert(
      fc.property(anyText, anyText, langs, (middle, replacement, lang) => {
        const segments = diffWords(head + middle + tail, head + replacement + tail, { lang });
        expect(segments[0]?.op).toBe('equal');
        expect(segments[0]?.text.startsWith('The Contracting Parties shall')).toBe(true);
        expect(segments.at(-1)?.op).toBe('equal');
        expect(segments.at(-1)?.text.endsWith('in accordance with the Charter.')).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it('never starts or ends a change inside a grapheme cluster', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(wellFormedText, wellFormedText), editedPair), langs, ([left, right], lang) => {
        const segments = diffWords(left, right, { lang });
        const leftCuts = clusterBoundaries(left);
        const rightCuts = clusterBoundaries(right);
        let l = 0;
        let r = 0;
        for (const { op, text } of segments) {
          if (op !== 'insert') l += text.length;
          if (op !== 'delete') r += text.length;
          expect(leftCuts.has(l) && rightCuts.has(r)).toBe(true);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});

// Properties of clause alignment and of whole-text comparison on generated treaty texts and edits of them
// (articles moved, deleted, inserted, split, merged, reworded): every clause is accounted for exactly once,
// only splits and merges link several clauses, the result does not depend on anything but the input, and
// a text compared with itself is linked clause by clause with no change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Alignment, alignClauses } from '../../src/align/align-clauses.js';
import { segmentClauses } from '../../src/model/clause.js';
import { CLAUSE_JOINER, compareTexts } from '../../src/compare/compare-texts.js';
import { rebuildSides } from '../../src/diff/diff-words.js';
import type { Treaty, TreatyText } from '../../src/model/treaty.js';
import { perturbText, type PerturbOperation } from '../../src/synthetic/perturb-text.js';
import { bundledTreaty } from '../helpers/bundled.js';
import { runs, treatyText } from './arbitraries.js';

const OPERATIONS: readonly PerturbOperation[] = ['move', 'delete', 'insert', 'split', 'merge', 'reword'];

/** A generated text and an edit of it, or a second unrelated text (alignment must cope with both). */
const textPair = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(treatyText, fc.integer(), fc.double({ min: 0, max: 1, noNaN: true }), fc.subarray([...OPERATIONS], { minLength: 1 }))
      .map(([text, seed, touch, operations]) => [text, perturbText(text, { seed, touch, operations, reword: 0.3 }).text] as const),
  },
  fc.tuple(treatyText, treatyText),
);

const treaty = (id: string, text: TreatyText): Treaty => ({ ...bundledTreaty('ussr-dprk-1961'), id, texts: [text] });

/** Each clause index of a side, in the links and in the unmatched list together, appears exactly once. */
function expectPartition(alignment: Alignment, leftCount: number, rightCount: number): void {
  const left = [...alignment.links.flatMap((l) => l.left), ...alignment.onlyLeft].sort((a, b) => a - b);
  const right = [...alignment.links.flatMap((l) => l.right), ...alignment.onlyRight].sort((a, b) => a - b);
  expect(left).toEqual(Array.from({ length: leftCount }, (_, i) => i));
  expect(right).toEqual(Array.from({ length: rightCount }, (_, j) => j));
}

describe('alignClauses, for generated texts and edits of them', () => {
  it('accounts for every clause exactly once, and links several clauses only as a declared split or merge', () => {
    fc.assert(
      fc.property(textPair, ([a, b]) => {
        const left = segmentClauses(a);
        const right = segmentClauses(b);
        const alignment = alignClauses(left, right, { lang: 'en' });
        expectPartition(alignment, left.length, right.length);
        for (const link of alignment.links) {
          expect(link.left.length).toBeGreaterThan(0);
          expect(link.right.length).toBeGreaterThan(0);
          // No n:m links; a merge has several left clauses, a split several right ones, and nothing else does.
          expect(link.left.length === 1 || link.right.length === 1).toBe(true);
          expect(link.kind === 'merged').toBe(link.left.length > 1);
          expect(link.kind === 'split').toBe(link.right.length > 1);
          if (link.kind === 'identical') expect(right[link.right[0] as number]?.text).toBe(left[link.left[0] as number]?.text);
          expect(link.score).toBeGreaterThanOrEqual(0);
          expect(link.score).toBeLessThanOrEqual(1);
        }
        // Links are listed in left document order.
        const firsts = alignment.links.map((l) => l.left[0] as number);
        expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
      }),
      { numRuns: runs(150) },
    );
  });

  it('is deterministic: the same input, or a copy of it, gives the same alignment', () => {
    fc.assert(
      fc.property(textPair, ([a, b]) => {
        const first = alignClauses(segmentClauses(a), segmentClauses(b), { lang: 'en' });
        const copy = (t: TreatyText) => JSON.parse(JSON.stringify(t)) as TreatyText;
        expect(alignClauses(segmentClauses(copy(a)), segmentClauses(copy(b)), { lang: 'en' })).toEqual(first);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('compareTexts, for generated texts', () => {
  it('links every clause of a text to itself, identical and in place, with no change, when compared with itself', () => {
    fc.assert(
      fc.property(treatyText, (text) => {
        const result = compareTexts({ treaty: treaty('a', text), text }, { treaty: treaty('a', text), text });
        if (!result.ok) throw new Error(result.problems[0]?.code);
        const { links, onlyLeft, onlyRight, summary } = result.value;
        const count = segmentClauses(text).length;
        expect(links.map((l) => [l.left, l.right])).toEqual(Array.from({ length: count }, (_, i) => [[i], [i]]));
        expect(links.every((l) => l.kind === 'identical' && l.placement === 'in-place')).toBe(true);
        expect(links.every((l) => l.segments.every((s) => s.op === 'equal'))).toBe(true);
        expect([onlyLeft, onlyRight]).toEqual([[], []]);
        expect(summary.differ).toBe(false);
        expect(summary.overlap).toBe(1);
      }),
      { numRuns: runs(100) },
    );
  });

  it('gives each link a word diff that rebuilds the clauses it links', () => {
    fc.assert(
      fc.property(textPair, ([a, b]) => {
        const result = compareTexts({ treaty: treaty('a', a), text: a }, { treaty: treaty('b', b), text: b });
        if (!result.ok) throw new Error(result.problems[0]?.code);
        const { left, right, links } = result.value;
        for (const link of links) {
          expect(rebuildSides(link.segments)).toEqual({
            left: link.left.map((i) => left.clauses[i]?.text).join(CLAUSE_JOINER),
            right: link.right.map((j) => right.clauses[j]?.text).join(CLAUSE_JOINER),
          });
        }
      }),
      { numRuns: runs(100) },
    );
  });
});

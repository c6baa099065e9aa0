// Property: for any pattern of the cue grammar and any text, the cue matcher finds the same matches, spans
// and captures as JavaScript's RegExp. Patterns are generated from the grammar itself (literals, classes,
// assertions, groups, captures, lookarounds both ways, every quantifier, lazy or not) over a small alphabet,
// so that they match often and backtrack a lot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { engineSpans, regexpSpans } from '../qualifiers/cue-engine.js';
import { runs } from './arbitraries.js';

const literal = fc.constantFrom('a', 'b', ' ', '\\.', 'ab', 'ba');
const characterClass = fc.constantFrom('[ab]', '[^a]', '[a-b.]', '[^ab.]', '.', '\\s', '\\S', '\\w', '\\W', '[\\s.]', '[^]');
const assertion = fc.constantFrom('^', '$', '\\b', '\\B');
const quantifier = fc
  .tuple(fc.constantFrom('?', '*', '+', '{2}', '{0,1}', '{1,2}', '{0,}', '{2,}', '{0,3}'), fc.boolean())
  .map(([q, lazy]) => (lazy ? `${q}?` : q));

/** A pattern of the grammar nested at most `depth` deep; without captures inside lookarounds. */
function pattern(depth: number, captures: boolean): fc.Arbitrary<string> {
  if (depth === 0) return fc.oneof(literal, characterClass);
  const inner = pattern(depth - 1, captures);
  const group = fc.oneof(
    inner.map((s) => `(?:${s})`),
    ...(captures ? [inner.map((s) => `(${s})`)] : []),
  );
  const quantifiable = fc.oneof(literal, characterClass, group);
  const quantified = fc.tuple(quantifiable, quantifier).map(([atom, q]) => atom + q);
  const lookaround = fc.tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), pattern(depth - 1, false)).map(([open, body]) => `${open}${body})`);
  const term = fc.oneof({ arbitrary: quantified, weight: 3 }, { arbitrary: quantifiable, weight: 3 }, assertion, lookaround);
  const sequence = fc.array(term, { minLength: 0, maxLength: 4 }).map((terms) => terms.join(''));
  return fc.array(sequence, { minLength: 1, maxLength: 3 }).map((options) => options.join('|'));
}

const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\n'), maxLength: 12 });

describe('the cue matcher, for any pattern of the grammar', () => {
  it('finds the matches, spans and captures RegExp finds', () => {
    fc.assert(
      fc.property(pattern(3, true), fc.array(text, { minLength: 1, maxLength: 6 }), (source, inputs) => {
        for (const input of inputs) expect(engineSpans(source, input), `${source} on ${JSON.stringify(input)}`).toEqual(regexpSpans(source, input));
      }),
      { numRuns: runs(1500) },
    );
  });
});

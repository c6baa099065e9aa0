import { describe, expect, it } from 'vitest';
import { CLAUSE_JOINER, compareTexts } from '../../src/compare/compare-texts.js';
import { rebuildSides } from '../../src/diff/diff-words.js';
import type { Treaty, TreatyText } from '../../src/model/treaty.js';
import { perturbText } from '../../src/synthetic/perturb-text.js';
import { BUNDLED_IDS, bundledTreaty } from '../helpers/bundled.js';
import { hasOpenTreaties, openTreatiesSuite, openTreatyText } from '../helpers/open-treaties.js';
import type { Comparison } from '../../src/model/comparison.js';

function compare(left: Treaty, right: Treaty, leftText = left.texts[0]!, rightText = right.texts[0]!): Comparison {
  const result = compareTexts({ treaty: left, text: leftText }, { treaty: right, text: rightText });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** Every link's diff must give back exactly the clause texts it links. */
function expectRoundTrip(c: Comparison) {
  for (const link of c.links) {
    const left = link.left.map((i) => c.left.clauses[i]!.text).join(CLAUSE_JOINER);
    const right = link.right.map((j) => c.right.clauses[j]!.text).join(CLAUSE_JOINER);
    expect(rebuildSides(link.segments)).toEqual({ left, right });
  }
}

const withText = BUNDLED_IDS.filter((id) => bundledTreaty(id).texts.length > 0);

describe('compareTexts on the bundled corpus', () => {
  it.each(withText.flatMap((a) => withText.map((b) => [a, b] as const)))('%s vs %s: every link rebuilds both clauses', (a, b) => {
    expectRoundTrip(compare(bundledTreaty(a), bundledTreaty(b)));
  });

  it('finds no difference between a text and itself', () => {
    const t = bundledTreaty('ussr-dprk-1961');
    const c = compare(t, t);
    expect(c.summary).toMatchObject({ differ: false, onlyLeft: 0, onlyRight: 0, overlap: 1 });
    expect(c.links.every((l) => l.segments.every((s) => s.op === 'equal'))).toBe(true);
  });

  it('never claims a counterpart is missing from a complete text', () => {
    const t = bundledTreaty('ussr-dprk-1961');
    const complete: TreatyText = { ...t.texts[0]!, preamble: { paragraphs: ['A preamble.'] }, articles: t.texts[0]!.articles.slice(0, 4), closing: undefined };
    const c = compare({ ...t, texts: [complete] }, bundledTreaty('rus-dprk-2024'), complete);
    expect(c.onlyRight.every((u) => !u.counterpartMayBeMissing)).toBe(true);
    expect(c.onlyLeft.every((u) => u.counterpartMayBeMissing)).toBe(true);
  });
});

describe.skipIf(!hasOpenTreaties)(openTreatiesSuite('compareTexts round trip on synthetic edits of complete treaties'), () => {
  it.each(['vclt', 'un-charter', 'gc-i', 'genocide'])('%s', (id) => {
    const text = openTreatyText(id);
    const treaty = { ...bundledTreaty('ussr-dprk-1961'), id, texts: [text] };
    for (const seed of [1, 2]) {
      const perturbed = perturbText(text, { seed, touch: 0.2, operations: ['move', 'delete', 'insert', 'split', 'merge', 'reword'], reword: 0.15 });
      expectRoundTrip(compare(treaty, { ...treaty, texts: [perturbed.text] }, text, perturbed.text));
    }
  });
});

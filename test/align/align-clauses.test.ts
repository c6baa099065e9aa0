import { describe, expect, it } from 'vitest';
import { alignClauses, type Alignment } from '../../src/align/align-clauses.js';
import { type Clause, segmentClauses } from '../../src/model/clause.js';
import { type PerturbOptions, perturbText } from '../../src/synthetic/perturb-text.js';
import { scoreLinks } from '../../src/synthetic/score-links.js';
import type { TreatyText } from '../../src/model/treaty.js';
import { bundledTreaty } from '../helpers/bundled.js';
import { hasOpenTreaties, openTreatiesSuite, openTreatyText } from '../helpers/open-treaties.js';

const text1961 = bundledTreaty('ussr-dprk-1961').texts[0]!;
const text2024 = bundledTreaty('rus-dprk-2024').texts[0]!;

function align(left: TreatyText, right: TreatyText) {
  const l = segmentClauses(left);
  const r = segmentClauses(right);
  const alignment = alignClauses(l, r, { lang: 'en' });
  const ids = (clauses: Clause[], indexes: readonly number[]) => indexes.map((i) => clauses[i]!.id);
  const links = alignment.links.map((link) => ({ ...link, leftIds: ids(l, link.left), rightIds: ids(r, link.right) }));
  return { l, r, alignment, links, gold: links.map((x) => ({ left: x.leftIds, right: x.rightIds })) };
}

/** No clause may appear in two links, and none may be both linked and unmatched. */
function expectEachClauseOnce(alignment: Alignment, left: number, right: number) {
  const l = [...alignment.links.flatMap((x) => x.left), ...alignment.onlyLeft].sort((a, b) => a - b);
  const r = [...alignment.links.flatMap((x) => x.right), ...alignment.onlyRight].sort((a, b) => a - b);
  expect(l).toEqual([...Array(left).keys()]);
  expect(r).toEqual([...Array(right).keys()]);
}

describe('alignClauses on the bundled corpus', () => {
  it('links the 1961 military-assistance paragraph to 2024 Article 4, and nothing it cannot justify', () => {
    const { links, alignment, l, r } = align(text1961, text2024);
    expect(links.map((x) => [x.leftIds, x.rightIds, x.kind, x.placement])).toEqual([[['art-1/p-2'], ['art-4/p-1'], 'modified', 'renumbered']]);
    expectEachClauseOnce(alignment, l.length, r.length);
  });

  it('links every clause of a text to itself, identical and in place', () => {
    const { links, alignment, l } = align(text1961, text1961);
    expect(links).toHaveLength(l.length);
    expect(links.every((x) => x.kind === 'identical' && x.placement === 'in-place' && x.leftIds[0] === x.rightIds[0])).toBe(true);
    expect(alignment.onlyLeft).toEqual([]);
  });

  it('is deterministic', () => {
    expect(align(text1961, text2024).alignment).toEqual(align(text1961, text2024).alignment);
  });

  it('attaches a number-only fragment left beside its paragraph after a split', () => {
    // A numbered paragraph of the 1961 treaty ("1. The Contracting Parties declare …") split after its number.
    const clauses = segmentClauses(text1961);
    const at = clauses.findIndex((c) => c.id === 'art-1/p-1');
    const original = clauses[at]!;
    const left = clauses.map((c, i) => (i === at ? { ...c, text: `1. ${c.text}` } : c));
    const right = [...clauses.slice(0, at), { ...original, id: 'art-1/p-1a', text: '1.' }, { ...original, id: 'art-1/p-1b' }, ...clauses.slice(at + 1)];
    const alignment = alignClauses(left, right, { lang: 'en' });
    const split = alignment.links.find((x) => x.left.includes(at));
    expect(split?.right).toEqual([at, at + 1]);
    expect(split?.kind).toBe('split');
    expect(alignment.onlyRight).toEqual([]);
  });

  it('finds a split and a merge made on the 1961 text', () => {
    const split = perturbText(text1961, { seed: 2, touch: 0.5, operations: ['split'] });
    const { links } = align(text1961, split.text);
    const splits = links.filter((x) => x.kind === 'split');
    expect(splits.length).toBeGreaterThan(0);
    expect(scoreLinks(links.map((x) => ({ left: x.leftIds, right: x.rightIds })), split.gold).f1).toBe(1);

    const merged = perturbText(text1961, { seed: 4, touch: 1, operations: ['merge'] });
    const m = align(text1961, merged.text);
    expect(m.links.some((x) => x.kind === 'merged')).toBe(true);
    expect(scoreLinks(m.gold, merged.gold).f1).toBe(1);
  });

  it('labels crossing links as moved', () => {
    const moved = perturbText(text1961, { seed: 1, touch: 0.5, operations: ['move'] });
    const { links, gold } = align(text1961, moved.text);
    expect(scoreLinks(gold, moved.gold).f1).toBe(1);
    expect(links.some((x) => x.placement === 'moved')).toBe(true);
  });
});

const MODERATE: Omit<PerturbOptions, 'seed'> = {
  touch: 0.1,
  operations: ['move', 'delete', 'insert', 'split', 'merge', 'reword'],
  reword: 0.15,
};

describe.skipIf(!hasOpenTreaties)(openTreatiesSuite('alignment quality on synthetic edits of complete treaties'), () => {
  const treaties = ['vclt', 'un-charter', 'gc-i'];

  it.each(treaties)('%s: identical and renumber-only pairs are aligned perfectly', (id) => {
    const text = openTreatyText(id);
    for (const options of [{ seed: 1, touch: 0, operations: [] }, { seed: 1, touch: 0, operations: [], renumberFrom: 3 }] as PerturbOptions[]) {
      const perturbed = perturbText(text, options);
      const { gold, links } = align(text, perturbed.text);
      expect(scoreLinks(gold, perturbed.gold)).toMatchObject({ precision: 1, recall: 1 });
      expect(links.every((x) => x.placement !== 'moved')).toBe(true);
    }
  });

  it.each(treaties)('%s: moderate edits (10%% of articles, up to 15%% of words) reach F1 ≥ 0.95', (id) => {
    const text = openTreatyText(id);
    for (const seed of [1, 2, 3, 4, 5]) {
      const perturbed = perturbText(text, { ...MODERATE, seed });
      const score = scoreLinks(align(text, perturbed.text).gold, perturbed.gold);
      expect(score.f1, `seed ${seed}: ${JSON.stringify(score)}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('Geneva Conventions I and II: shared articles found under their different numbers', () => {
    const { links } = align(openTreatyText('gc-i'), openTreatyText('gc-ii'));
    const pairs = new Set(links.map((x) => `${x.leftIds[0]!.split('/')[0]}→${x.rightIds[0]!.split('/')[0]}`));
    // Common Articles 1–3 keep their numbers; the penal articles moved by one (GC I 49–51 = GC II 50–52).
    for (const pair of ['art-1→art-1', 'art-2→art-2', 'art-3→art-3', 'art-49→art-50', 'art-50→art-51', 'art-51→art-52']) expect(pairs).toContain(pair);
    const byLeft = new Map(links.map((x) => [x.leftIds[0], x]));
    expect(byLeft.get('art-1/p-1')).toMatchObject({ kind: 'identical', placement: 'in-place' });
    expect(byLeft.get('art-49/p-1')).toMatchObject({ placement: 'renumbered' });
  });
});

// perturbText on the bundled 1961 treaty (always here) and on the VCLT from ../shared/open-treaties (when
// that folder exists): each operation does what it says, the result is a valid text, and the gold links
// name real clauses on both sides.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { segmentClauses } from '../../src/model/clause.js';
import { convertOpenTreaty } from '../../src/import/from-open-treaties.js';
import { type TreatyText, treatySchema } from '../../src/model/treaty.js';
import { type GoldLink, type PerturbOperation, perturbText } from '../../src/synthetic/perturb-text.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

const OPEN_TREATIES = fileURLToPath(new URL('../../../shared/open-treaties/', import.meta.url));
const present = existsSync(OPEN_TREATIES);
const ALL: readonly PerturbOperation[] = ['move', 'delete', 'insert', 'split', 'merge', 'reword'];

function bundledText(): TreatyText {
  const json: unknown = JSON.parse(readFileSync(new URL('../../data/treaties/ussr-dprk-1961.json', import.meta.url), 'utf8'));
  return treatySchema.parse(json).texts[0] as TreatyText;
}

function vcltText(lang: string): TreatyText {
  const json: unknown = JSON.parse(readFileSync(`${OPEN_TREATIES}vclt.json`, 'utf8'));
  const result = convertOpenTreaty(json, { id: 'vclt' });
  if (!result.ok) throw new Error('vclt.json did not convert');
  return treatySchema.parse(result.value).texts.find((t) => t.lang === lang) as TreatyText;
}

/** Errors the validator finds in a treaty holding only this text. */
function errorsIn(text: TreatyText): string[] {
  const treaty = { formatVersion: 1, id: 'synthetic', title: 'T', shortTitle: 'T', parties: [{ code: 'XX', name: 'X' }], signed: {}, texts: [text] };
  return validateDocuments([{ file: 'synthetic.json', text: JSON.stringify(treaty) }])
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.code} at ${p.pointer ?? ''}`);
}

const idsOf = (text: TreatyText) => segmentClauses(text).map((c) => c.id);
const textById = (text: TreatyText) => new Map(segmentClauses(text).map((c) => [c.id, c.text]));
const identity = (text: TreatyText): GoldLink[] => idsOf(text).map((id) => ({ left: [id], right: [id] }));
const squeeze = (s: string) => s.replace(/\s+/gu, '');
// Words as perturbText counts them outside Chinese: runs of letters, marks and digits with a letter in them.
const words = (s: string) => (s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((w) => /\p{L}/u.test(w));

/** Gold links name existing clauses, each clause in one link at most. */
function expectSoundGold(left: TreatyText, right: TreatyText, gold: readonly GoldLink[]): void {
  const leftIds = new Set(idsOf(left));
  const rightIds = new Set(idsOf(right));
  const usedLeft = gold.flatMap((l) => l.left);
  const usedRight = gold.flatMap((l) => l.right);
  for (const link of gold) {
    expect(link.left.length).toBeGreaterThan(0);
    expect(link.right.length).toBeGreaterThan(0);
  }
  expect(usedLeft.filter((id) => !leftIds.has(id))).toEqual([]);
  expect(usedRight.filter((id) => !rightIds.has(id))).toEqual([]);
  expect(new Set(usedLeft).size).toBe(usedLeft.length);
  expect(new Set(usedRight).size).toBe(usedRight.length);
}

const unlinked = (ids: readonly string[], used: readonly string[]) => ids.filter((id) => !used.includes(id));

/** The checks every operation must pass, on any text. */
function describeOperations(name: string, load: () => TreatyText) {
  describe(name, () => {
    // Loaded before the tests rather than while they are collected, so that a skipped suite reads nothing.
    let original: TreatyText;
    beforeAll(() => {
      original = load();
    });
    const one = (operation: PerturbOperation, seed = 7) =>
      perturbText(original, { seed, touch: 1 / original.articles.length, operations: [operation] });

    it('gives the same output for the same seed, and another for another seed', () => {
      const options = { touch: 0.5, operations: ALL, renumberFrom: 2 };
      expect(perturbText(original, { seed: 42, ...options })).toEqual(perturbText(original, { seed: 42, ...options }));
      expect(perturbText(original, { seed: 42, ...options })).not.toEqual(perturbText(original, { seed: 43, ...options }));
    });

    it('with no operations, changes nothing and links every clause to itself', () => {
      const result = perturbText(original, { seed: 1, touch: 0.5, operations: [] });
      expect(result.text).toEqual(original);
      expect(result.gold).toEqual(identity(original));
      expect(result.applied).toEqual([]);
    });

    it('renumbers only: every article gets a new number and keeps its text, gold 1:1 throughout', () => {
      const result = perturbText(original, { seed: 1, touch: 0.3, operations: [], renumberFrom: 10 });
      const before = original.articles;
      const after = result.text.articles;
      expect(after.map((a) => a.number)).toEqual(before.map((_, i) => String(i + 11)));
      expect(after.map((a) => a.paragraphs)).toEqual(before.map((a) => a.paragraphs));
      const leftIds = idsOf(original);
      const rightIds = idsOf(result.text);
      expect(result.gold).toEqual(leftIds.map((id, i) => ({ left: [id], right: [rightIds[i]] })));
      const articleLinks = result.gold.filter((l) => l.left[0]?.startsWith('art-'));
      expect(articleLinks.length).toBeGreaterThan(0);
      expect(articleLinks.filter((l) => l.left[0] === l.right[0])).toEqual([]);
    });

    it.each(ALL)('%s: gives a valid text and sound gold links, on every article at once', (operation) => {
      for (const seed of [1, 2, 3]) {
        const result = perturbText(original, { seed, touch: 1, operations: [operation] });
        expect(result.applied.length).toBeGreaterThan(0);
        expect(errorsIn(result.text)).toEqual([]);
        expectSoundGold(original, result.text, result.gold);
      }
    });

    it('all operations together: a valid text, sound gold, and the same number of articles touched as asked', () => {
      for (const seed of [11, 12, 13, 14]) {
        const result = perturbText(original, { seed, touch: 0.5, operations: ALL, reword: 0.3, renumberFrom: 3 });
        expect(result.applied).toHaveLength(Math.round(original.articles.length * 0.5));
        // renumberFrom shifts the numbers from the first touched article on, so the ones it skips are
        // unlisted on purpose, which validate's numbering check reports; every other check must pass.
        expect(errorsIn(result.text).filter((e) => !e.startsWith('article-numbering-'))).toEqual([]);
        expectSoundGold(original, result.text, result.gold);
      }
    });

    it('move: puts one article elsewhere and renumbers, so its number changes; gold 1:1', () => {
      const result = one('move');
      expect(result.applied.map((a) => a.operation)).toEqual(['move']);
      const moved = result.applied[0]?.article as string;
      const before = original.articles.map((a) => a.paragraphs);
      const after = result.text.articles.map((a) => a.paragraphs);
      expect(after).not.toEqual(before);
      expect([...after].sort()).toEqual([...before].sort());
      expect(result.text.articles.map((a) => a.number)).toEqual(before.map((_, i) => String(i + 1)));
      const from = original.articles.find((a) => a.number === moved);
      const to = result.text.articles.find((a) => JSON.stringify(a.paragraphs) === JSON.stringify(from?.paragraphs));
      expect(to?.number).not.toBe(moved);
      expect(result.gold.every((l) => l.left.length === 1 && l.right.length === 1)).toBe(true);
      expect(result.gold).toHaveLength(idsOf(original).length);
      const left = textById(original);
      const right = textById(result.text);
      for (const l of result.gold) expect(right.get(l.right[0] as string)).toBe(left.get(l.left[0] as string));
    });

    it('delete: removes one article, whose clauses have no link', () => {
      const result = one('delete');
      const deleted = result.applied[0]?.article as string;
      expect(result.text.articles).toHaveLength(original.articles.length - 1);
      const gone = idsOf(original).filter((id) => id.startsWith(`art-${deleted.toLowerCase().replace(/\s+/g, '-')}/`));
      expect(unlinked(idsOf(original), result.gold.flatMap((l) => l.left))).toEqual(gone);
      expect(unlinked(idsOf(result.text), result.gold.flatMap((l) => l.right))).toEqual([]);
    });

    it('insert: adds one article of new text, whose clauses have no link', () => {
      const result = one('insert');
      expect(result.text.articles).toHaveLength(original.articles.length + 1);
      const added = unlinked(idsOf(result.text), result.gold.flatMap((l) => l.right));
      expect(added.length).toBeGreaterThan(0);
      expect(new Set(added.map((id) => id.split('/')[0])).size).toBe(1);
      expect(unlinked(idsOf(original), result.gold.flatMap((l) => l.left))).toEqual([]);
      const known = new Set(segmentClauses(original).map((c) => c.text));
      const right = textById(result.text);
      for (const id of added) expect(known.has(right.get(id) as string)).toBe(false);
    });

    it('split: one paragraph becomes two, linked 1→2, with no character lost', () => {
      const result = one('split');
      const splits = result.gold.filter((l) => l.right.length > 1);
      expect(splits).toHaveLength(1);
      const [split] = splits;
      expect(split?.left).toHaveLength(1);
      expect(split?.right).toHaveLength(2);
      const right = textById(result.text);
      const halves = (split?.right ?? []).map((id) => right.get(id) as string);
      expect(squeeze(halves.join(''))).toBe(squeeze(textById(original).get(split?.left[0] as string) as string));
      expect(idsOf(result.text)).toHaveLength(idsOf(original).length + 1);
      expect(result.gold.filter((l) => l !== split).every((l) => l.left.length === 1 && l.right.length === 1)).toBe(true);
    });

    it('merge: two consecutive paragraphs become one, linked 2→1', () => {
      const result = one('merge');
      const merges = result.gold.filter((l) => l.left.length > 1);
      expect(merges).toHaveLength(1);
      const [merge] = merges;
      expect(merge?.left).toHaveLength(2);
      expect(merge?.right).toHaveLength(1);
      const left = textById(original);
      const merged = textById(result.text).get(merge?.right[0] as string) as string;
      const parts = (merge?.left ?? []).map((id) => left.get(id) as string);
      expect(squeeze(merged)).toBe(squeeze(parts.join('')));
      expect(merged.startsWith(parts[0] as string) && merged.endsWith(parts[1] as string)).toBe(true);
      expect(idsOf(result.text)).toHaveLength(idsOf(original).length - 1);
    });

    it('reword: changes at least one and at most the given fraction of the words of one paragraph, gold 1:1', () => {
      const result = perturbText(original, { seed: 5, touch: 1 / original.articles.length, operations: ['reword'], reword: 0.2 });
      expect(result.gold.every((l) => l.left.length === 1 && l.right.length === 1)).toBe(true);
      expect(result.gold).toHaveLength(idsOf(original).length);
      const left = textById(original);
      const right = textById(result.text);
      const changed = result.gold.filter((l) => left.get(l.left[0] as string) !== right.get(l.right[0] as string));
      expect(changed).toHaveLength(1);
      const before = left.get(changed[0]?.left[0] as string) as string;
      const after = right.get(changed[0]?.right[0] as string) as string;
      if (original.lang === 'en') {
        const a = words(before);
        const b = words(after);
        expect(b).toHaveLength(a.length);
        const differing = a.filter((w, i) => w !== b[i]).length;
        expect(differing).toBeGreaterThanOrEqual(1);
        expect(a.filter((w, i) => w.toLowerCase() === b[i]?.toLowerCase() && w !== b[i])).toEqual([]);
        expect(differing).toBeLessThanOrEqual(Math.floor(a.length * 0.2));
      }
    });
  });
}

describeOperations('perturbText on the 1961 treaty (English)', bundledText);

describe('perturbText on articles with gaps', () => {
  const text: TreatyText = {
    lang: 'en',
    kind: 'authentic',
    provenance: { sources: [{ title: 'hand-made' }] },
    articles: [
      { number: '1', label: 'Article 1', paragraphs: ['The first paragraph, which is long enough to split.', 'The second paragraph, also long enough to split.'] },
      { number: '2', status: 'partial', paragraphs: ['Before the gap, a paragraph long enough.', 'After the gap, another paragraph.'], gaps: [1] },
      { number: '3', status: 'missing', paragraphs: [] },
    ],
  };

  it('never merges across a gap, and keeps gaps after the paragraphs they followed', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const merged = perturbText(text, { seed, touch: 1, operations: ['merge'] });
      expect(merged.text.articles[1]?.paragraphs).toHaveLength(2);
      expect(merged.text.articles[0]?.paragraphs).toHaveLength(1);
      const split = perturbText(text, { seed, touch: 1, operations: ['split'] });
      const article = split.text.articles[1];
      expect(article?.paragraphs).toHaveLength(3);
      expect(article?.gaps).toEqual(split.gold.some((l) => l.left[0] === 'art-2/p-1' && l.right.length === 2) ? [2] : [1]);
      expect(errorsIn(split.text)).toEqual([]);
    }
  });

  it('moves a missing article like any other, and updates labels that name the number', () => {
    const result = perturbText(text, { seed: 3, touch: 1, operations: [], renumberFrom: 4 });
    expect(result.text.articles.map((a) => [a.number, a.label, a.status])).toEqual([
      ['5', 'Article 5', undefined],
      ['6', undefined, 'partial'],
      ['7', undefined, 'missing'],
    ]);
    expect(errorsIn(result.text)).toEqual([]);
  });

  it('rejects options out of range', () => {
    expect(() => perturbText(text, { seed: 1, touch: 2, operations: ['move'] })).toThrow(RangeError);
    expect(() => perturbText(text, { seed: 1, touch: 0.5, operations: ['move'], reword: 0 })).toThrow(RangeError);
    expect(() => perturbText(text, { seed: 1, touch: 0.5, operations: ['move'], renumberFrom: -1 })).toThrow(RangeError);
  });
});

describe.skipIf(!present)(present ? 'perturbText on the VCLT' : 'perturbText on the VCLT [skipped: ../shared/open-treaties not found]', () => {
  describeOperations('English', () => vcltText('en'));
  describeOperations('Traditional Chinese', () => vcltText('zh-Hant'));
});

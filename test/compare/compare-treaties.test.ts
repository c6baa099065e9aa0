// The library entry point, used as a program would: load by name, compare, read the result.
import { describe, expect, it } from 'vitest';
import { compareTreaties, comparisonToJson, describeProblem, loadLexicon, loadTreaty, type Treaty } from '../../src/index.js';

async function load(ref: string): Promise<Treaty> {
  const loaded = await loadTreaty(ref);
  if (!loaded.ok) throw new Error(loaded.problems.map(describeProblem).join('\n'));
  return loaded.value;
}

describe('compareTreaties', () => {
  it('links 1961 Art. 1 ¶2 to 2024 Art. 4 and names the preconditions added', async () => {
    const [left, right, lexicon] = await Promise.all([load('1961'), load('2024'), loadLexicon()]);
    expect(lexicon.ok).toBe(true);
    const result = compareTreaties(left, right, lexicon.ok ? { lexicon: lexicon.value } : {});
    if (!result.ok) throw new Error('comparison failed');
    const c = result.value;
    const link = c.links.find((l) => c.left.clauses[l.left[0] as number]?.id === 'art-1/p-2');
    expect(link && link.right.map((j) => c.right.clauses[j]?.article)).toEqual(['4']);
    const added = link?.qualifiers.filter((q) => q.change === 'added').map((q) => q.code);
    expect(added).toEqual(expect.arrayContaining(['un-charter-article-51', 'domestic-law']));
    expect(comparisonToJson(c).summary.linked).toBe(c.links.length);
  });

  it('reports no qualifiers without a lexicon, and narrows to the clauses asked for', async () => {
    const [left, right] = await Promise.all([load('1961'), load('2024')]);
    const result = compareTreaties(left, right, { left: { block: '1', paragraph: 2 }, right: { block: '4' } });
    if (!result.ok) throw new Error('comparison failed');
    expect(result.value.links).toHaveLength(1);
    expect(result.value.links[0]?.qualifiers).toEqual([]);
  });

  it('fails with a problem, not an exception, when the treaties share no language or one has no text', async () => {
    const [left, right, metadataOnly] = await Promise.all([load('1961'), load('2024'), load('2000')]);
    const korean = { ...right, texts: right.texts.map((t) => ({ ...t, lang: 'ko' })) };
    const noCommon = compareTreaties(left, korean);
    expect(noCommon.ok ? [] : noCommon.problems.map((p) => p.code)).toEqual(['no-common-language']);
    const noText = compareTreaties(left, metadataOnly);
    expect(noText.ok ? [] : noText.problems.map((p) => p.code)).toEqual(['no-text']);
  });
});

// Every diff renderer against golden output: the headline comparison (1961 → 2024, a moved and reworded
// clause) and a synthetic pair with each other kind of link (modified, split, merged, identical, only on
// one side) and qualifier changes. The
// files in golden/ are reviewed like code; after an intended change of output, regenerate them with
// `UPDATE_GOLDEN=1 npx vitest run test/render/golden-diff.test.ts` and read the diff before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createStyles } from '../../src/cli/terminal.js';
import { compareTreaties, type Comparison } from '../../src/index.js';
import { renderDiffJson } from '../../src/render/diff-json.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffSideBySide } from '../../src/render/diff-side-by-side.js';
import { renderDiffStat } from '../../src/render/diff-stat.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { plainStyles } from '../../src/render/styles.js';
import { lexiconOrThrow, loadOrThrow, smallTreaty } from '../helpers/library.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

function expectGolden(name: string, actual: string): void {
  const url = new URL(`golden/${name}`, import.meta.url);
  if (UPDATE) writeFileSync(url, actual);
  if (!existsSync(url)) throw new Error(`no golden file ${name}: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(url, 'utf8'));
}

// Old → new: Art. 1 reworded with a qualifier changed (immediately → without delay) and one added (in
// accordance with Article 51); Art. 2 split in two; Arts. 3 and 4 merged; Art. 5 kept in place; Art. 6
// deleted; a new article inserted.
const OLD = smallTreaty('old', [
  ['The Parties shall immediately render each other military and other assistance by all means at their disposal.'],
  ['Each Party undertakes not to conclude any alliance directed against the other Party and not to take part in any coalition or in actions or measures directed against the other Party.'],
  ['The Parties shall consult each other on all important international questions affecting their interests.'],
  ['The consultations shall be held at the request of either Party through diplomatic channels.'],
  ['This Treaty shall be ratified and shall enter into force on the day of the exchange of instruments of ratification.'],
  ['Any disputes shall be settled by negotiation.'],
]);
const NEW = smallTreaty('new', [
  ['The Parties shall without delay render each other military and other assistance by all means at their disposal, in accordance with Article 51 of the Charter of the United Nations.'],
  ['Each Party undertakes not to conclude any alliance directed against the other Party.', 'Neither Party shall take part in any coalition or in actions or measures directed against the other Party.'],
  ['The Parties shall consult each other on all important international questions affecting their interests; the consultations shall be held at the request of either Party through diplomatic channels.'],
  ['The Parties shall cooperate in the fields of science and technology.'],
  ['This Treaty shall be ratified and shall enter into force on the day of the exchange of instruments of ratification.'],
]);

async function comparisons(): Promise<Record<string, Comparison>> {
  const lexicon = await lexiconOrThrow();
  const headline = compareTreaties(await loadOrThrow('1961'), await loadOrThrow('2024'), { lexicon });
  const synthetic = compareTreaties(OLD, NEW, { lexicon });
  if (!headline.ok || !synthetic.ok) throw new Error('comparison failed');
  return { '1961-2024': headline.value, synthetic: synthetic.value };
}

describe('diff renderers, golden output', async () => {
  const all = await comparisons();
  const colour = await createStyles(true);
  describe.each(Object.entries(all))('%s', (name, c) => {
    const plain = { styles: plainStyles, colour: false, width: 80 };
    it('text', () => expectGolden(`${name}.text.txt`, renderDiffText(c, plain)));
    it('text in colour', () => expectGolden(`${name}.text-colour.txt`, renderDiffText(c, { styles: colour, colour: true, width: 80 })));
    it('text, unchanged clauses too, narrow', () => expectGolden(`${name}.text-unchanged-w50.txt`, renderDiffText(c, { ...plain, width: 50, unchanged: true })));
    it('side by side', () => expectGolden(`${name}.side-by-side.txt`, renderDiffSideBySide(c, { ...plain, width: 100 })));
    it('stat', () => expectGolden(`${name}.stat.txt`, renderDiffStat(c, plain)));
    it('markdown', () => expectGolden(`${name}.md`, renderDiffMarkdown(c)));
    it('json', () => expectGolden(`${name}.json`, renderDiffJson(c)));
  });

  it('the synthetic pair has every kind of link it was written for', () => {
    const c = all.synthetic as Comparison;
    expect(new Set(c.links.map((l) => l.kind))).toEqual(new Set(['modified', 'split', 'merged', 'identical']));
    expect(c.onlyLeft).toHaveLength(1);
    expect(c.onlyRight).toHaveLength(1);
    expect(c.links.flatMap((l) => l.qualifiers.map((q) => q.change))).toEqual(expect.arrayContaining(['added', 'reworded']));
  });
});

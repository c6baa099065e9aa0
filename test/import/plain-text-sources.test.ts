// parsePlainText on every source text in ../shared/sources/: nothing lost or unplaced, and the 1961 texts
// read exactly as the bundled data files give them. Skipped where ../shared is absent (a user's clone).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../src/import/parse-plain-text.js';
import { treatySchema } from '../../src/model/treaty.js';
import { bundledJson } from '../helpers/bundled.js';
import { expectCleanStrings, expectLossless, structure } from '../export/plain-text-checks.js';

const dir = fileURLToPath(new URL('../../../shared/sources/', import.meta.url));
const present = existsSync(dir);

/** [treaty id, file name, language] of every text file in the sources folder. */
const files: Array<[string, string, string]> = present
  ? readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(`${dir}${d.name}`)
          .filter((f) => f.endsWith('.txt'))
          .map((f): [string, string, string] => [d.name, f, f.split('.')[0] as string]),
      )
  : [];

const read = (id: string, file: string) => readFileSync(`${dir}${id}/${file}`, 'utf8');
const articleCount = (id: string) => (existsSync(fileURLToPath(new URL(`../../data/treaties/${id}.json`, import.meta.url))) ? bundledJson(id).articleCount : undefined);

describe.skipIf(!present)(`parsePlainText on ../shared/sources${present ? '' : ' [skipped: ../shared/sources not found]'}`, () => {
  it('finds the source texts', () => {
    expect(files.map(([id]) => id)).toEqual(expect.arrayContaining(['ussr-dprk-1961', 'prc-dprk-1961', 'rus-dprk-2024']));
  });

  it.each(files)('%s/%s: loses nothing and places everything', (id, file, lang) => {
    const source = read(id, file);
    const count = articleCount(id);
    const parsed = parsePlainText(source, { lang, ...(count !== undefined ? { articleCount: count } : {}) });
    expectLossless(source, parsed);
    expectCleanStrings(parsed);
    expect(parsed.unplaced).toEqual([]);
  });

  it.each([
    ['ussr-dprk-1961', 6],
    ['prc-dprk-1961', 7],
  ])('%s reads as data/treaties gives it (articleCount %i)', (id, count) => {
    expect(articleCount(id)).toBe(count);
    const parsed = parsePlainText(read(id, 'en.partial.txt'), { lang: 'en', articleCount: count });
    const data = treatySchema.parse(bundledJson(id)).texts[0];
    if (!data) throw new Error(`${id} has no text`);
    expect(structure(parsed)).toEqual(structure(data));
    expect(parsed.articles).toHaveLength(count);
  });

  it('rus-dprk-2024 has no headings: all of it is preamble, its 23 articles and closing missing, and a note says so', () => {
    const parsed = parsePlainText(read('rus-dprk-2024', 'en.partial.txt'), { lang: 'en', articleCount: 23 });
    expect(parsed.articles).toEqual(Array.from({ length: 23 }, (_, i) => ({ number: String(i + 1), status: 'missing', paragraphs: [] })));
    expect(parsed.closing).toEqual({ status: 'missing', paragraphs: [] });
    expect(parsed.preamble).toMatchObject({ status: 'partial', gaps: [5] });
    expect(parsed.preamble?.paragraphs).toHaveLength(5);
    expect(parsed.notes.some((n) => n.startsWith('No article headings were found: the whole text was read as the preamble, and the 23 articles'))).toBe(true);
    // Without the count it lists no article: how many there are is not in the text.
    expect(parsePlainText(read('rus-dprk-2024', 'en.partial.txt'), { lang: 'en' }).articles).toEqual([]);
  });
});

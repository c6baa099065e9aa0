// exportPlainText on hand-made texts, byte for byte against the source files it must reproduce, and the
// round trip import → export → import on the bundled sources and on every open-treaties text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportPlainText } from '../../src/export/export-plain-text.js';
import { parsePlainText } from '../../src/import/parse-plain-text.js';
import { convertOpenTreaty } from '../../src/import/from-open-treaties.js';
import { type TreatyText, treatySchema } from '../../src/model/treaty.js';
import { bundledJson } from '../helpers/bundled.js';
import { expectCleanStrings, expectLossless, fromParsed, structure } from './plain-text-checks.js';

const SOURCES = fileURLToPath(new URL('../../../shared/sources/', import.meta.url));
const OPEN_TREATIES = fileURLToPath(new URL('../../../shared/open-treaties/', import.meta.url));
const hasSources = existsSync(SOURCES);
const hasOpenTreaties = existsSync(OPEN_TREATIES);

type Pieces = Pick<TreatyText, 'preamble' | 'articles' | 'closing'>;

function textOf(pieces: Partial<Pieces>, lang = 'en'): TreatyText {
  return {
    lang,
    kind: 'translation',
    provenance: { sources: [{ title: 'test' }] },
    articles: [],
    ...pieces,
  } as TreatyText;
}

const bundledText = (id: string): TreatyText => {
  const text = treatySchema.parse(bundledJson(id)).texts[0];
  if (!text) throw new Error(`${id} has no text`);
  return text;
};

describe('exportPlainText', () => {
  it('writes preamble, headings, paragraphs and closing with a blank line between, LF and a final newline', () => {
    const text = textOf({
      preamble: { paragraphs: ['The Parties,', 'Have agreed as follows:'] },
      articles: [
        { number: '1', label: 'ARTICLE I', paragraphs: ['One.', 'Two.'] },
        { number: '2', paragraphs: ['Three.'] },
      ],
      closing: { paragraphs: ['DONE at Moscow.'] },
    });
    expect(exportPlainText(text)).toBe('The Parties,\n\nHave agreed as follows:\n\nARTICLE I\n\nOne.\n\nTwo.\n\nArticle 2\n\nThree.\n\nDONE at Moscow.\n');
  });

  it.each([
    ['en', 'Article 3'],
    ['fr', 'Article 3'],
    ['ru', 'Статья 3'],
    ['ko', '제3조'],
    ['zh', '第3条'],
    ['zh-Hant', '第3條'],
  ])('writes a heading for an article without a label in %s', (lang, line) => {
    expect(exportPlainText(textOf({ articles: [{ number: '3', paragraphs: ['Text.'] }] }, lang))).toBe(`${line}\n\nText.\n`);
  });

  it('writes the title right under the heading line, unless the label carries it', () => {
    const text = textOf({
      articles: [
        { number: '1', heading: 'Purposes', paragraphs: ['One.'] },
        { number: '2', label: 'Article 2 - Scope', heading: 'Scope', paragraphs: ['Two.'] },
        { number: '3', label: 'Article 3', heading: 'Definitions', paragraphs: ['Three.'] },
      ],
    });
    expect(exportPlainText(text)).toBe('Article 1\nPurposes\n\nOne.\n\nArticle 2 - Scope\n\nTwo.\n\nArticle 3\nDefinitions\n\nThree.\n');
  });

  it('writes [...] at every gap and for missing blocks, never two in a row', () => {
    const text = textOf({
      preamble: { status: 'partial', paragraphs: ['A,', 'B,'], gaps: [0, 1] },
      articles: [
        { number: '1', status: 'partial', paragraphs: ['One'], gaps: [1] },
        { number: '2', status: 'missing', paragraphs: [] },
        { number: '3', status: 'partial', paragraphs: ['Three.'], gaps: [0] },
      ],
      closing: { status: 'partial', paragraphs: ['DONE at Moscow.'], gaps: [1] },
    });
    // Article 2 is in the marker that ends Article 1: a gap before a heading that skips a number stands for it.
    expect(exportPlainText(text)).toBe(
      '[...]\n\nA,\n\n[...]\n\nB,\n\nArticle 1\n\nOne\n\n[...]\n\nArticle 3\n\n[...]\n\nThree.\n\nDONE at Moscow.\n\n[...]\n',
    );
    expect(structure(parsePlainText(exportPlainText(text), { lang: 'en' }), { labels: false })).toEqual(structure(text, { labels: false }));
  });

  it('writes one [...] for the missing articles at the end and the missing closing', () => {
    const cut = textOf({
      articles: [
        { number: '1', status: 'partial', paragraphs: ['One.'], gaps: [1] },
        { number: '2', status: 'missing', paragraphs: [] },
        { number: '3', status: 'missing', paragraphs: [] },
      ],
      closing: { status: 'missing', paragraphs: [] },
    });
    expect(exportPlainText(cut)).toBe('Article 1\n\nOne.\n\n[...]\n');
    // A whole Article 1 before them: a marker right after it would read back as Article 1 cut off, so the
    // first missing article gets its heading line.
    const whole = textOf({ ...cut, articles: [{ number: '1', paragraphs: ['One.'] }, ...cut.articles.slice(1)] });
    expect(exportPlainText(whole)).toBe('Article 1\n\nOne.\n\nArticle 2\n\n[...]\n');
    for (const text of [cut, whole])
      expect(structure(parsePlainText(exportPlainText(text), { lang: 'en', articleCount: 3 }), { labels: false })).toEqual(structure(text, { labels: false }));
  });

  it('writes the missing articles before a first heading as one [...], or the first of them as a heading when a preamble ends without one', () => {
    const stubs = ['I', 'II', 'III', 'IV'].map((number) => ({ number, status: 'missing' as const, paragraphs: [] }));
    const five = { number: 'V', label: 'ARTICLE V', paragraphs: ['Five.'] };
    expect(exportPlainText(textOf({ preamble: { status: 'missing', paragraphs: [] }, articles: [...stubs, five] }))).toBe('[...]\n\nARTICLE V\n\nFive.\n');
    const whole = textOf({ preamble: { paragraphs: ['The Parties,'] }, articles: [...stubs, five] });
    expect(exportPlainText(whole)).toBe('The Parties,\n\nArticle I\n\n[...]\n\nARTICLE V\n\nFive.\n');
    expect(structure(parsePlainText(exportPlainText(whole), { lang: 'en' }), { labels: false })).toEqual(structure(whole, { labels: false }));
  });

  it('writes two [...] after a last article cut off at a sentence end, before a missing closing', () => {
    const cut = textOf({
      articles: [{ number: '1', status: 'partial', paragraphs: ['The first sentence.'], gaps: [1] }],
      closing: { status: 'missing', paragraphs: [] },
    });
    expect(exportPlainText(cut)).toBe('Article 1\n\nThe first sentence.\n\n[...]\n\n[...]\n');
    expect(structure(parsePlainText(exportPlainText(cut), { lang: 'en', articleCount: 1 }))).toEqual(structure({ ...cut, articles: [{ ...cut.articles[0]!, label: 'Article 1' }] }));
    // One is enough where the paragraph stops short, or where the article is whole.
    expect(exportPlainText(textOf({ ...cut, articles: [{ number: '1', status: 'partial', paragraphs: ['The first'], gaps: [1] }] }))).toBe('Article 1\n\nThe first\n\n[...]\n');
    expect(exportPlainText(textOf({ ...cut, articles: [{ number: '1', paragraphs: ['Whole.'] }] }))).toBe('Article 1\n\nWhole.\n\n[...]\n');
  });

  it('writes an article numbered a billion without counting up to it', () => {
    const text = textOf({ articles: [{ number: '1', paragraphs: ['One.'] }, { number: '2', status: 'missing', paragraphs: [] }, { number: '1000000000', paragraphs: ['Far.'] }] });
    // Article 2 is its heading alone: a [...] before a heading that skips numbers stands for the skipped ones.
    expect(exportPlainText(text)).toBe('Article 1\n\nOne.\n\nArticle 2\n\nArticle 1000000000\n\nFar.\n');
  });

  it('writes nothing for a missing preamble and "" for a text with nothing in it', () => {
    expect(exportPlainText(textOf({ preamble: { status: 'missing', paragraphs: [] }, articles: [{ number: '1', paragraphs: ['One.'] }] }))).toBe(
      'Article 1\n\nOne.\n',
    );
    expect(exportPlainText(textOf({}))).toBe('');
  });

  it('writes text that parsePlainText reads back as the same structure', () => {
    const text = textOf({
      preamble: { status: 'partial', paragraphs: ['A,', 'B,'], gaps: [1] },
      articles: [
        { number: '1', heading: 'Purposes and Principles', paragraphs: ['1. One;', '(a) two.'] },
        { number: '2', heading: 'Deleted', status: 'missing', paragraphs: [] },
        { number: '2 bis', label: 'Article 2 bis', status: 'partial', paragraphs: ['Cut'], gaps: [1] },
        { number: '3', status: 'missing', paragraphs: [] },
      ],
      closing: { status: 'missing', paragraphs: [] },
    });
    const parsed = parsePlainText(exportPlainText(text), { lang: 'en', articleCount: 4 });
    expect(structure(parsed, { labels: false })).toEqual(structure(text, { labels: false }));
  });

  it('writes a missing last article with no closing as its heading line alone, not as a gap that ends the text', () => {
    const text = textOf({ articles: [{ number: '1', paragraphs: ['One.'] }, { number: '2', status: 'missing', paragraphs: [] }] });
    expect(exportPlainText(text)).toBe('Article 1\n\nOne.\n\nArticle 2\n');
    // "[...]" there would read back as a missing closing too, and given articleCount add articles 3 and 4.
    const parsed = parsePlainText(exportPlainText(text), { lang: 'en', articleCount: 4 });
    expect(structure(parsed, { labels: false })).toEqual(structure(text, { labels: false }));
  });

  // Found by test/properties/import-export.property.test.ts: each of these sources used to export as text
  // that read back as another structure.
  it.each([
    // A missing article at the end with a label had a heading line: one "[...]" for it lost the article.
    ['Article 1\n\n[...]\n', undefined],
    ['Article 1\n\nOne.\n\nArticle 2\n\n[...]\n', undefined],
    ['Article 1\n\nOne.\n\nArticle 2\n\n[...]\n', 4],
    // A missing article at the end with no closing: "[...]" after it read back as a missing closing.
    ['Article 1\n\nOne.\n\nArticle 2\n', 4],
    // Run-in text that on a line of its own reads as a gap marker or a heading stays run in.
    ['Article 1. [...]\n\nArticle 2\n\nTwo.\n', undefined],
    ['제1조 제2조 및 제3조는 이 조약에 따른다.\n\n제2조\n\n본문.\n', undefined],
  ])('exports %j as it was written and reads it back as the same structure', (source, articleCount) => {
    const options = { lang: 'en', ...(articleCount !== undefined ? { articleCount } : {}) };
    const first = parsePlainText(source, options);
    const exported = exportPlainText(fromParsed(first, 'en'));
    expect(exported).toBe(source);
    expect(structure(parsePlainText(exported, options))).toEqual(structure(first));
  });
});

describe.skipIf(!hasSources)(`exportPlainText on the bundled texts${hasSources ? '' : ' [skipped: ../shared/sources not found]'}`, () => {
  const source = (id: string) => readFileSync(`${SOURCES}${id}/en.partial.txt`, 'utf8');

  it.each(['ussr-dprk-1961', 'prc-dprk-1961'])('writes data/treaties/%s.json as its source file, byte for byte', (id) => {
    expect(exportPlainText(bundledText(id))).toBe(source(id));
  });

  it.each([
    ['ussr-dprk-1961', 6],
    ['prc-dprk-1961', 7],
    ['rus-dprk-2024', 23],
  ])('%s: import → export gives the source back, and import → export → import the same structure', (id, articleCount) => {
    const first = parsePlainText(source(id), { lang: 'en', articleCount });
    const exported = exportPlainText(fromParsed(first, 'en'));
    expect(exported).toBe(source(id));
    const second = parsePlainText(exported, { lang: 'en', articleCount });
    expectLossless(exported, second);
    expect(structure(second)).toEqual(structure(first));
  });
});

/** The comparable structure, with a closing split off on the way back put back into the last article. */
function withClosingInLastArticle(s: ReturnType<typeof structure>) {
  const last = s.articles.at(-1);
  if (!s.closing || s.closing.status !== 'complete' || !last) return s;
  return { ...s, articles: [...s.articles.slice(0, -1), { ...last, paragraphs: [...last.paragraphs, ...s.closing.paragraphs] }], closing: undefined };
}

const openTreatyTexts: Array<[string, string, TreatyText]> = hasOpenTreaties
  ? readdirSync(OPEN_TREATIES)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => {
        const id = f.replace(/\.json$/u, '');
        const converted = convertOpenTreaty(JSON.parse(readFileSync(`${OPEN_TREATIES}${f}`, 'utf8')), { id });
        if (!converted.ok) throw new Error(`cannot convert ${id}: ${JSON.stringify(converted.problems)}`);
        return treatySchema.parse(converted.value).texts.map((t): [string, string, TreatyText] => [id, t.lang, t]);
      })
  : [];

describe.skipIf(!hasOpenTreaties)(`exportPlainText on open-treaties${hasOpenTreaties ? '' : ' [skipped: ../shared/open-treaties not found]'}`, () => {
  it('has both languages of the documents', () => {
    expect(new Set(openTreatyTexts.map(([, lang]) => lang))).toEqual(new Set(['en', 'zh-Hant']));
  });

  it.each(openTreatyTexts)('%s (%s): export → import keeps the structure and loses nothing', (_id, lang, text) => {
    const exported = exportPlainText(text);
    const parsed = parsePlainText(exported, { lang, articleCount: text.articles.length });
    expectLossless(exported, parsed);
    expectCleanStrings(parsed);
    expect(parsed.unplaced).toEqual([]);
    // open-treaties has no closing: its "IN WITNESS WHEREOF" and "DONE at" paragraphs are in the last
    // article, and the importer, seeing the cue, rightly starts the closing there.
    if (parsed.closing) expect(text.closing).toBeUndefined();
    expect(withClosingInLastArticle(structure(parsed, { labels: false }))).toEqual(structure(text, { labels: false }));
    // And the way round again changes nothing more.
    expect(exportPlainText(fromParsed(parsed, lang))).toBe(exported);
    const again = parsePlainText(exportPlainText(fromParsed(parsed, lang)), { lang, articleCount: text.articles.length });
    expect(structure(again)).toEqual(structure(parsed));
  });
});

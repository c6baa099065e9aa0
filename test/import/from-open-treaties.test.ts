// convertOpenTreaty on hand-made documents (always) and on every document of ../shared/open-treaties (when
// that folder exists: it does on team machines and in CI, not in a user's fresh clone).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertOpenTreaty } from '../../src/import/from-open-treaties.js';
import { parseChineseArticleNumber } from '../../src/import/parse-chinese-numeral.js';
import { compareArticleOrdinals, parseArticleNumber } from '../../src/model/article-number.js';
import type { Problem } from '../../src/model/problem.js';
import { type TreatyInput, treatySchema } from '../../src/model/treaty.js';
import { validateDocuments } from '../../src/validate/validate-documents.js';

const DIR = fileURLToPath(new URL('../../../shared/open-treaties/', import.meta.url));
const present = existsSync(DIR);
const suite = (title: string) => (present ? title : `${title} [skipped: ../shared/open-treaties not found]`);

interface SourceArticle {
  article: string;
  title_en: string;
  title_zh: string;
  content_en: string;
  content_zh: string;
}
interface SourceDocument {
  treaty_en: string;
  total_articles: number;
  preamble_en: string;
  preamble_zh: string;
  articles: SourceArticle[];
}

function converted(json: unknown, id = 'test-treaty'): TreatyInput {
  const result = convertOpenTreaty(json, { id, file: `${id}.json` });
  if (!result.ok) throw new Error(`conversion failed: ${JSON.stringify(result.problems)}`);
  return result.value;
}

function problemsOf(json: unknown): Array<Pick<Problem, 'code' | 'pointer'>> {
  const result = convertOpenTreaty(json, { id: 'test-treaty' });
  return result.ok ? [] : result.problems.map(({ code, pointer }) => ({ code, pointer }));
}

const textOf = (treaty: TreatyInput, lang: string) => treaty.texts.find((t) => t.lang === lang);
const squeeze = (s: string) => s.replace(/\s+/gu, '');

const article = (over: Partial<SourceArticle> = {}): SourceArticle => ({
  article: '一',
  title_en: '',
  title_zh: '',
  content_en: 'Text.',
  content_zh: '文。',
  ...over,
});
const doc = (over: Record<string, unknown> = {}) => ({
  treaty: '公約',
  treaty_zh: '公約',
  treaty_en: 'A Convention',
  total_articles: 1,
  preamble_en: '',
  preamble_zh: '',
  articles: [article()],
  ...over,
});

describe('convertOpenTreaty', () => {
  it('makes an English and a Traditional Chinese text with the same numbering', () => {
    const treaty = converted(
      doc({ total_articles: 2, articles: [article(), article({ article: '二', title_en: ' Scope ', title_zh: '範圍' })] }),
    );
    expect(treatySchema.safeParse(treaty).success).toBe(true);
    expect(treaty.texts.map((t) => [t.lang, t.kind, t.articles.map((a) => a.number)])).toEqual([
      ['en', 'authentic', ['1', '2']],
      ['zh-Hant', 'translation', ['1', '2']],
    ]);
    expect(textOf(treaty, 'en')?.articles[1]?.heading).toBe('Scope');
    expect(textOf(treaty, 'zh-Hant')?.articles[1]?.heading).toBe('範圍');
    expect(textOf(treaty, 'en')?.articles[0]).not.toHaveProperty('heading');
    expect(treaty).toMatchObject({ articleCount: 2, aliases: [], parties: [{ code: 'MULTI' }], signed: {} });
    expect(treaty.signed).not.toHaveProperty('date');
    expect(textOf(treaty, 'en')?.provenance).toMatchObject({
      corpusSource: 'test-treaty.json',
      sources: [{ title: 'open-treaties', url: 'https://github.com/lawchat-oss/open-treaties', note: 'commit 29319bc' }],
    });
  });

  it('splits on blank lines and on single line breaks, trimming only the ends of each paragraph', () => {
    const treaty = converted(
      doc({ articles: [article({ content_en: '  1.    First line \r\nsecond\u00a0line\n\n\n\t2. Third  \n', content_zh: '' })] }),
    );
    expect(textOf(treaty, 'en')?.articles[0]?.paragraphs).toEqual(['1.    First line', 'second\u00a0line', '2. Third']);
    expect(textOf(treaty, 'en')?.provenance.notes?.some((n) => n.startsWith('1 single line breaks'))).toBe(true);
  });

  it('omits an empty preamble and marks an article with no text as missing', () => {
    const treaty = converted(doc({ total_articles: 2, articles: [article(), article({ article: '二', content_zh: ' \n ' })] }));
    expect(textOf(treaty, 'en')).not.toHaveProperty('preamble');
    expect(textOf(treaty, 'zh-Hant')?.articles[1]).toEqual({ number: '2', status: 'missing', paragraphs: [] });
  });

  it('leaves out the Chinese text when the document has no Chinese', () => {
    const treaty = converted(doc({ preamble_zh: '', articles: [article({ content_zh: '' })] }));
    expect(treaty.texts.map((t) => t.lang)).toEqual(['en']);
  });

  it('keeps an editorial remark in the preamble field as a note, not as treaty text', () => {
    const remark = '(The Statute is part of the Charter and has no separate preamble.)';
    const treaty = converted(doc({ preamble_en: remark }));
    expect(textOf(treaty, 'en')).not.toHaveProperty('preamble');
    expect(textOf(treaty, 'en')?.provenance.notes?.some((n) => n.endsWith(remark))).toBe(true);
  });

  it('notes a declared article count that differs from the articles listed', () => {
    const treaty = converted(doc({ total_articles: 3 }));
    expect(treaty.articleCount).toBe(1);
    expect(treaty.articleCountNote).toMatch(/total_articles 3 but lists 1/);
  });

  it('fails, naming each place, rather than drop text it cannot place', () => {
    expect(
      problemsOf(
        doc({
          summary_en: 'A field we do not know.',
          empty_extra: ['', null],
          articles: [article({ article: '第一條' }), article({ article: '三', footnote: 'x' } as Partial<SourceArticle>), article({ article: '二' })],
        }),
      ),
    ).toEqual([
      { code: 'schema-unknown-key', pointer: '/summary_en' },
      { code: 'article-number-unparsed', pointer: '/articles/0/article' },
      { code: 'schema-unknown-key', pointer: '/articles/1/footnote' },
      { code: 'article-order', pointer: '/articles/2/article' },
    ]);
    expect(problemsOf(doc({ articles: [article(), article()] }))).toEqual([{ code: 'article-duplicate', pointer: '/articles/1/article' }]);
  });

  it('reports an article number of more than four positional digits instead of crashing on it', () => {
    // 30 digits once became "1.1111111111111112e+29", which no article-number reader takes back.
    expect(problemsOf(doc({ articles: [article(), article({ article: '一'.repeat(30) })] }))).toEqual([
      { code: 'article-number-unparsed', pointer: '/articles/1/article' },
    ]);
  });

  it('fails with every problem of a document with 200,000 of them', () => {
    // fail(...problems) passed each as an argument: past the engine's limit, that overflowed the stack.
    const many = doc({ articles: Array.from({ length: 200_000 }, () => article({ article: 'x' })) });
    const result = convertOpenTreaty(many, { id: 'test-treaty' });
    expect(result.ok ? 0 : result.problems.length).toBe(200_000);
  });

  it('fails on a document of the wrong shape', () => {
    expect(problemsOf([])).toEqual([{ code: 'schema', pointer: '' }]);
    expect(problemsOf(doc({ articles: 'none' }))).toEqual([{ code: 'schema', pointer: '/articles' }]);
    expect(problemsOf(doc({ treaty_en: '' }))).toEqual([{ code: 'schema', pointer: '/treaty_en' }]);
    expect(problemsOf(doc({ articles: [article({ content_en: 5 as unknown as string })] }))).toEqual([
      { code: 'schema', pointer: '/articles/0/content_en' },
    ]);
  });
});

const files = present ? readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : [];
const load = (file: string) => JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')) as SourceDocument;
const idOf = (file: string) => file.replace(/\.json$/, '');

describe.skipIf(!present)(suite('convertOpenTreaty on the open-treaties corpus'), () => {
  it('finds the 28 documents', () => {
    expect(files).toHaveLength(28);
  });

  describe.each(files)('%s', (file) => {
    const source = load(file);
    const treaty = converted(source, idOf(file));

    it('passes the schema and the validator with no errors', () => {
      expect(treatySchema.safeParse(treaty).success).toBe(true);
      const problems = validateDocuments([{ file: `${idOf(file)}.json`, text: JSON.stringify(treaty) }]);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    });

    it('reads every article number, in strictly increasing order', () => {
      const numbers = source.articles.map((a) => parseChineseArticleNumber(a.article));
      expect(numbers.filter((n) => n === undefined)).toEqual([]);
      const ordinals = numbers.map((n) => parseArticleNumber(n as string));
      for (let i = 1; i < ordinals.length; i++)
        expect(compareArticleOrdinals(ordinals[i]!, ordinals[i - 1]!), `${numbers[i - 1]} then ${numbers[i]}`).toBeGreaterThan(0);
      expect(treaty.articleCount).toBe(source.total_articles);
    });

    it('keeps every non-whitespace character of every article and preamble, in order', () => {
      for (const [lang, content, title, preamble] of [
        ['en', 'content_en', 'title_en', source.preamble_en],
        ['zh-Hant', 'content_zh', 'title_zh', source.preamble_zh],
      ] as const) {
        const text = textOf(treaty, lang);
        expect(text).toBeDefined();
        source.articles.forEach((a, i) => {
          const target = text?.articles[i];
          expect(squeeze((target?.paragraphs ?? []).join('')), `${lang} article ${a.article}`).toBe(squeeze(a[content]));
          expect(target?.heading ?? '').toBe(a[title].trim());
        });
        const kept = squeeze((text?.preamble?.paragraphs ?? []).join(''));
        // The one preamble that is an editorial remark is kept, whole, in the provenance notes instead.
        if (kept === '' && preamble.trim() !== '') expect(text?.provenance.notes?.filter((n) => n.endsWith(preamble.trim()))).toHaveLength(1);
        else expect(kept, `${lang} preamble`).toBe(squeeze(preamble));
      }
    });
  });

  it('gives the UN Charter 111 articles and Article 51 as written', () => {
    const en = textOf(converted(load('un-charter.json'), 'un-charter'), 'en');
    expect(en?.articles).toHaveLength(111);
    const art51 = en?.articles.find((a) => a.number === '51');
    expect(art51?.paragraphs?.[0]).toMatch(
      /^Nothing in the present Charter shall impair the inherent right of individual or collective self-defence/,
    );
  });

  it('gives UNCLOS 320 articles, including those numbered positionally from 100', () => {
    const en = textOf(converted(load('unclos.json'), 'unclos'), 'en');
    expect(en?.articles).toHaveLength(320);
    expect(en?.articles.find((a) => a.number === '110')?.heading).toBe('Right of visit');
    expect(en?.articles.at(-1)?.number).toBe('320');
  });

  it('gives the Rome Statute its inserted articles 8 bis, 15 bis and 15 ter', () => {
    const numbers = textOf(converted(load('rome-statute.json'), 'rome-statute'), 'en')?.articles.map((a) => a.number) ?? [];
    expect(numbers).toHaveLength(131);
    expect(numbers.slice(7, 10)).toEqual(['8', '8 bis', '9']);
    expect(numbers.slice(15, 19)).toEqual(['15', '15 bis', '15 ter', '16']);
  });

  it('counts 1,914 articles in all, as the README says', () => {
    expect(files.reduce((sum, file) => sum + (converted(load(file), idOf(file)).articleCount ?? 0), 0)).toBe(1914);
  });
});

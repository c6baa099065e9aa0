// Converts one document of the open-treaties corpus (github.com/lawchat-oss/open-treaties) into a treaty in
// our format: an English text and, where the document has Chinese, a Traditional Chinese text. Pure: the
// caller reads and parses the file.
import { compareArticleOrdinals, normaliseArticleNumber, parseArticleNumber } from '../model/article-number.js';
import { ok, type Problem, type ProblemArgs, type ProblemCode, type Result, toPointer } from '../model/problem.js';
import { FORMAT_VERSION, type TreatyInput } from '../model/treaty.js';
import { parseChineseArticleNumber } from './parse-chinese-numeral.js';

/** Options for {@link convertOpenTreaty}. */
export interface ConvertOpenTreatyOptions {
  /** Id of the treaty in our corpus (kebab-case), e.g. "un-charter". */
  readonly id: string;
  /** The file it was read from, recorded as `provenance.corpusSource` and in problems. */
  readonly file?: string;
}

type TextInput = TreatyInput['texts'][number];
type ArticleInput = TextInput['articles'][number];
type BlockInput = NonNullable<TextInput['preamble']>;
type Path = readonly (string | number)[];

const SOURCE = {
  title: 'open-treaties',
  url: 'https://github.com/lawchat-oss/open-treaties',
  publisher: 'lawchat-oss (CC0 1.0 structured data)',
  note: 'commit 29319bc',
} as const;

const TOP_FIELDS = ['treaty', 'treaty_zh', 'treaty_en', 'total_articles', 'preamble_zh', 'preamble_en', 'articles'];
const ARTICLE_FIELDS = ['article', 'title_zh', 'title_en', 'content_zh', 'content_en'];

// The schema needs at least one party and these are multilateral instruments whose documents list none.
// "MULTI" can never be a real ISO 3166 code (those have three letters), so it cannot be mistaken for a state.
const PARTY = { code: 'MULTI', name: 'States Parties' } as const;

// The documents say nothing about which Chinese version they give. Several are demonstrably not the UN
// authentic text: Taiwan's translations (the CRPD as 身心障礙者權利公約, the UNCAC as 聯合國反貪腐公約),
// Traditional-character conversions of texts adopted in Simplified characters, and Chinese texts of the
// Geneva Conventions and the Refugee Convention, whose only authentic texts are English and French.
// Calling them all authentic would be a claim the data cannot back.
const CHINESE_KIND = 'translation';

/** A failure with every problem: `fail(...problems)` passes them as arguments, and a document can have more than a call takes. */
const failAll = (problems: readonly Problem[]): Result<TreatyInput> => ({ ok: false, problems });

/**
 * Converts one open-treaties document. Everything in it ends up in the result: text in paragraphs, titles
 * in headings and titles, and anything the format has no place for in notes. A document that cannot be
 * converted without losing text (a field we do not know that holds text, an article number that is not a
 * Chinese numeral, articles out of order) is a failure listing every such problem.
 */
export function convertOpenTreaty(json: unknown, options: ConvertOpenTreatyOptions): Result<TreatyInput> {
  const problems: Problem[] = [];
  const report = (code: ProblemCode, path: Path, args: ProblemArgs) =>
    problems.push({ code, severity: 'error', ...(options.file !== undefined ? { file: options.file } : {}), pointer: toPointer(path), args });
  const read = reader(report);

  if (!isRecord(json)) {
    report('schema', [], { detail: `expected an object, found ${describe(json)}` });
    return failAll(problems);
  }
  reportUnknownFields(json, TOP_FIELDS, [], report);

  const titleEn = read.string(json, 'treaty_en', []).trim();
  if (titleEn === '') report('schema', ['treaty_en'], { detail: 'required field "treaty_en" is missing or empty' });
  const titleZh = read.string(json, 'treaty_zh', []).trim();
  const titleOther = read.string(json, 'treaty', []).trim();
  const declared = json['total_articles'];
  if (declared !== undefined && declared !== null && !Number.isInteger(declared))
    report('schema', ['total_articles'], { detail: `expected an integer, found ${describe(declared)}` });

  const sourceArticles = json['articles'];
  if (!Array.isArray(sourceArticles)) {
    report('schema', ['articles'], { detail: `expected an array, found ${describe(sourceArticles)}` });
    return failAll(problems);
  }

  const en = new TextBuilder();
  const zh = new TextBuilder();
  const preambleEn = read.string(json, 'preamble_en', []);
  const preambleZh = read.string(json, 'preamble_zh', []);
  en.setPreamble(preambleEn);
  zh.setPreamble(preambleZh);

  let previous: { number: string; ordinal: NonNullable<ReturnType<typeof parseArticleNumber>> } | undefined;
  const seen = new Map<string, number>();
  sourceArticles.forEach((article: unknown, i) => {
    const at = ['articles', i];
    if (!isRecord(article)) return void report('schema', at, { detail: `expected an object, found ${describe(article)}` });
    reportUnknownFields(article, ARTICLE_FIELDS, at, report);
    const written = read.string(article, 'article', at);
    const number = parseChineseArticleNumber(written);
    if (number === undefined) return void report('article-number-unparsed', [...at, 'article'], { number: written });

    const key = normaliseArticleNumber(number);
    const first = seen.get(key);
    if (first !== undefined) report('article-duplicate', [...at, 'article'], { number, first });
    seen.set(key, i);
    // parseChineseArticleNumber only writes numbers that parseArticleNumber reads.
    const ordinal = parseArticleNumber(number) as NonNullable<ReturnType<typeof parseArticleNumber>>;
    if (first === undefined && previous && compareArticleOrdinals(ordinal, previous.ordinal) <= 0)
      report('article-order', [...at, 'article'], { number, previous: previous.number });
    previous = { number, ordinal };

    en.addArticle(number, read.string(article, 'title_en', at), read.string(article, 'content_en', at));
    zh.addArticle(number, read.string(article, 'title_zh', at), read.string(article, 'content_zh', at));
  });
  if (problems.length > 0) return failAll(problems);

  const count = sourceArticles.length;
  const countNote =
    Number.isInteger(declared) && declared !== count
      ? `The open-treaties document gives total_articles ${String(declared)} but lists ${count} articles.`
      : undefined;
  const corpusSource = options.file !== undefined ? { corpusSource: options.file } : {};
  const zhTitle = titleZh || titleOther;

  const texts: TextInput[] = [en.build({ lang: 'en', kind: 'authentic', title: titleEn, corpusSource })];
  if (zh.hasText()) {
    texts.push(
      zh.build({
        lang: 'zh-Hant',
        kind: CHINESE_KIND,
        ...(zhTitle ? { title: zhTitle } : {}),
        corpusSource,
        note:
          'kind "translation": open-treaties does not say which Chinese version it gives, and several of its Chinese texts are not the UN authentic text (Taiwan translations, or texts converted to Traditional characters).',
      }),
    );
  }

  const otherTitles = [
    ...(titleZh ? [{ lang: 'zh-Hant', title: titleZh }] : []),
    ...(titleOther && titleOther !== titleZh ? [{ lang: 'zh-Hant', title: titleOther, note: 'the "treaty" field of open-treaties' }] : []),
  ];

  return ok({
    formatVersion: FORMAT_VERSION,
    id: options.id,
    aliases: [],
    title: titleEn,
    shortTitle: titleEn,
    ...(otherTitles.length > 0 ? { otherTitles } : {}),
    parties: [{ ...PARTY }],
    signed: { note: 'open-treaties gives no date or place of signature.' },
    articleCount: count,
    ...(countNote ? { articleCountNote: countNote } : {}),
    notes: [
      `Imported from open-treaties (${SOURCE.url}, ${SOURCE.note}).`,
      `parties: "${PARTY.code}" is a placeholder; this is a multilateral instrument and open-treaties lists no parties.`,
      ...(countNote ? [countNote] : []),
    ],
    texts,
  });
}

/** Collects one language's text while the articles are read. */
class TextBuilder {
  private preamble: BlockInput | undefined;
  private readonly articles: ArticleInput[] = [];
  private readonly notes: string[] = [];
  private lineBreaks = 0;
  private present = false;

  setPreamble(content: string): void {
    const { paragraphs, lineBreaks } = splitParagraphs(content);
    // icj-statute has "(The Statute … has no separate preamble.)" here: a remark by the editors, not treaty
    // text, so it must not become a clause that alignment would try to match.
    const only = paragraphs.length === 1 ? (paragraphs[0] as string) : '';
    if (/^[(（][^()（）]*[)）]$/u.test(only)) {
      this.notes.push(`The preamble field of open-treaties holds an editorial remark, not treaty text: ${only}`);
      return;
    }
    this.lineBreaks += lineBreaks;
    if (paragraphs.length > 0) {
      this.preamble = { paragraphs };
      this.present = true;
    }
  }

  addArticle(number: string, title: string, content: string): void {
    const { paragraphs, lineBreaks } = splitParagraphs(content);
    this.lineBreaks += lineBreaks;
    if (paragraphs.length > 0) this.present = true;
    const heading = title.trim();
    this.articles.push({
      number,
      ...(heading ? { heading } : {}),
      ...(paragraphs.length > 0 ? { paragraphs } : { status: 'missing' as const, paragraphs: [] }),
    });
  }

  hasText(): boolean {
    return this.present;
  }

  build(meta: {
    lang: string;
    kind: TextInput['kind'];
    title?: string;
    corpusSource: { corpusSource?: string };
    note?: string;
  }): TextInput {
    const notes = [
      'Article numbers are written in Arabic numerals; open-treaties writes them in Chinese numerals ("五十一" → "51", "八之二" → "8 bis").',
      ...(this.lineBreaks > 0
        ? [
            `${this.lineBreaks} single line breaks in the open-treaties text were taken as paragraph breaks: the source separates most paragraphs, list items and run-in headings that way, and our format allows no line break inside a paragraph.`,
          ]
        : []),
      ...this.notes,
      ...(meta.note ? [meta.note] : []),
    ];
    return {
      lang: meta.lang,
      kind: meta.kind,
      ...(meta.title ? { title: meta.title } : {}),
      provenance: { sources: [{ ...SOURCE }], ...meta.corpusSource, notes },
      ...(this.preamble ? { preamble: this.preamble } : {}),
      articles: this.articles,
    };
  }
}

/**
 * Paragraphs of an open-treaties string, verbatim except for whitespace at their ends. Blank lines separate
 * paragraphs in some documents and single line breaks in others (UNCLOS, VCLT), often within one article;
 * a single break is taken as a paragraph break too, since joining the lines with a space would put a space
 * into the text that the source does not have. `lineBreaks` counts those single breaks.
 */
function splitParagraphs(content: string): { paragraphs: string[]; lineBreaks: number } {
  const paragraphs: string[] = [];
  let lineBreaks = 0;
  let previousBlank = true;
  for (const line of content.replace(/\r\n?/g, '\n').split('\n')) {
    const paragraph = line.trim();
    if (paragraph === '') {
      previousBlank = true;
      continue;
    }
    if (!previousBlank) lineBreaks++;
    paragraphs.push(paragraph);
    previousBlank = false;
  }
  return { paragraphs, lineBreaks };
}

type Report = (code: ProblemCode, path: Path, args: ProblemArgs) => void;

/** Optional string fields: absent or null reads as "", anything else that is not a string is reported. */
function reader(report: Report) {
  return {
    string(record: Readonly<Record<string, unknown>>, key: string, at: Path): string {
      const value = record[key];
      if (value === undefined || value === null) return '';
      if (typeof value === 'string') return value;
      report('schema', [...at, key], { detail: `expected a string, found ${describe(value)}` });
      return '';
    },
  };
}

/** A field we do not know is only harmless when it holds nothing. */
function reportUnknownFields(record: Readonly<Record<string, unknown>>, known: readonly string[], at: Path, report: Report): void {
  for (const [key, value] of Object.entries(record))
    if (!known.includes(key) && hasContent(value)) report('schema-unknown-key', [...at, key], { key, format: 'the open-treaties format (its README lists the fields)' });
}

function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

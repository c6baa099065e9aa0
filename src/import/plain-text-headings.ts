// Article heading lines of plain treaty texts ("Article 1", "ARTICLE I", "Статья 1.", "제1조 (목적)", "第一条"):
// read by the plain-text importer and written by the plain-text exporter, so both agree on one set of forms.
import { type ArticleOrdinal, parseArticleNumber } from '../model/article-number.js';
import { lazyRegExp } from '../lazy-regexp.js';
import { parseChineseArticleNumber } from './parse-chinese-numeral.js';

/** A line read as an article heading. */
export interface HeadingLine {
  /** The number without the word: "1", "I", "4 bis", "12A"; CJK numbers in Arabic digits ("第一条" → "1", "제1조의2" → "1 bis"). */
  readonly number: string;
  readonly ordinal: ArticleOrdinal;
  /** The heading as the source writes it: the whole line, or for a run-in heading the part before the text. */
  readonly label: string;
  /** The article's title when the line carries one: "Article 1 - Purposes", "제1조 (목적)". */
  readonly title?: string;
  /** Text run in after the heading ("Article 1. The Parties …" → "The Parties …"): the start of the first paragraph. */
  readonly text?: string;
}

/**
 * Longest title accepted on the heading line itself. Past this, text after "Article 1." is taken for the
 * start of the article's text: titles are short and a run-in sentence soon grows long.
 */
export const INLINE_TITLE_MAX = 80;

/** Highest article number a heading may give: four digits, in every numeral system the headings use. */
export const MAX_ARTICLE_NUMBER = 9999;

// Same order as in src/model/article-number.ts, which does not export its list: 之二 / 의2 is the second
// article of that number, as "bis" is in Latin.
const LATIN_SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];
const CHINESE_SMALL = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// The words that open a heading in Latin and Cyrillic script. Lower-case "article 1" is left out: at the
// start of a line it is far more often a wrapped cross-reference than a heading.
const WORD = /^(?:(?:Article|ARTICLE|Статья|СТАТЬЯ)\s+|(?:Art|ART|Ст|СТ)\.\s*)/u;
// Arabic with an optional letter ("12A") or upper-case Roman, then an optional Latin suffix ("4 bis", "4bis").
// Roman numerals are bounded as Arabic ones are (four digits): the longest up to MAX_ARTICLE_NUMBER has 21
// letters, and an unbounded run would let "Article MMMM…" name an article a billion numbers on. So is the
// space before a suffix: each space of an unbounded run was a place to try all nine suffixes again.
const NUMBER = lazyRegExp(`^([0-9]{1,4}[A-Za-z]?|[IVXLCDM]{1,21})(?:(\\s{1,8}|-)?(${LATIN_SUFFIXES.join('|')}))?(?![\\p{L}\\p{N}])`, 'u');
// What may stand between a Latin or Cyrillic heading and its title or text: "Article 1. …", "Article 1: …",
// "Article 1 - …", "Article 1 – …". A hyphen needs a space before it so that "12-A" is not read as a title.
// The spaces before either, and a bracketed title, are bounded: an unbounded run was retried character by
// character on a long line.
const SEPARATOR = /^(?:\s{0,8}[.:]|\s{0,8}[–—]|\s{1,8}-)(?=\s|$)/u;
const BRACKETED = /^\s{0,8}[(（[【［]([^()（）[\]【】［］]{1,160})[)）\]】］]/u;
// Spaces inside a CJK heading are few ("第 一 条", "제 1 조"): bounded, so that a long run of them is turned
// away at once rather than retried space by space.
const CHINESE = /^第[ \t\u3000]{0,3}([0-9０-９]{1,4}[A-Za-z]?|[〇零一二三四五六七八九十百千]{1,8})[ \t\u3000]{0,3}[条條](?:之([二三四五六七八九十]))?/u;
const KOREAN = /^제[ \t]{0,3}([0-9]{1,4}[A-Za-z]?)[ \t]{0,3}조(?:의[ \t]{0,3}([0-9]{1,2}))?/u;
const SENTENCE_END = /[.。．!?！？;；:：]$/u;
const LOWER_START = lazyRegExp('^\\p{Ll}', 'u');
const LETTER = lazyRegExp('\\p{L}', 'u');

/**
 * Reads `line` (already trimmed) as an article heading, or undefined when it is not one.
 *
 * Latin and Cyrillic headings: the word, the number, then nothing, a bracketed title, or a separator (".",
 * ":", "-", "–", "—") and what follows it. What follows is the title when it {@link isTitleText looks like
 * one} and is at most {@link INLINE_TITLE_MAX} characters ("Article 1 - Purposes", "Article 1. Purposes");
 * otherwise it is run-in text ("Article 1. The Contracting Parties …"). Anything else after the number
 * ("Article 51 of the Charter") makes the line text, not a heading.
 *
 * Chinese and Korean headings: 第…条/條 or 제…조, then nothing, a bracketed title ("제1조 (목적)", which
 * may itself be followed by run-in text), or a space and a title or run-in text by the same rule. No space
 * ("第二十五條所指人員…") makes it text: Chinese sentences often open with a cross-reference.
 */
export function readHeadingLine(line: string): HeadingLine | undefined {
  // Every heading form starts with one of these letters: most lines of a text are turned away here,
  // before any pattern runs.
  if (!HEADING_STARTS.has(line.charAt(0))) return undefined;
  return readCjkHeading(line) ?? readWordHeading(line);
}

/** The first letters of "Article", "ARTICLE", "Art.", "Статья", "СТАТЬЯ", "Ст.", "第" and "제". */
const HEADING_STARTS: ReadonlySet<string> = new Set(['A', 'С', '第', '제']);

function readWordHeading(line: string): HeadingLine | undefined {
  const word = WORD.exec(line);
  if (!word) return undefined;
  const afterWord = line.slice(word[0].length);
  const number = NUMBER().exec(afterWord);
  if (!number) return undefined;
  const written = number[0];
  const ordinal = parseArticleNumber(written);
  if (!ordinal || ordinal.value > MAX_ARTICLE_NUMBER) return undefined;
  const start = word[0].length + written.length;
  const rest = line.slice(start);
  if (rest.trim() === '') return { number: written, ordinal, label: line };

  const bracket = BRACKETED.exec(rest);
  // A bracketed title with text after it would be a cross-reference such as "Article 5 (Purposes) of …".
  if (bracket && rest.slice(bracket[0].length).trim() === '') {
    const title = (bracket[1] as string).trim();
    return isBracketTitle(title) ? { number: written, ordinal, label: line, title } : undefined;
  }
  const separator = SEPARATOR.exec(rest);
  if (!separator) return undefined;
  return withRest({ number: written, ordinal }, line, start + separator[0].length, INLINE_TITLE_MAX);
}

function readCjkHeading(line: string): HeadingLine | undefined {
  const chinese = CHINESE.exec(line);
  const korean = chinese ? null : KOREAN.exec(line);
  const match = chinese ?? korean;
  if (!match) return undefined;
  const number = chinese ? chineseNumber(match[1] as string, match[2]) : koreanNumber(match[1] as string, match[2]);
  const ordinal = number === undefined ? undefined : parseArticleNumber(number);
  if (number === undefined || ordinal === undefined) return undefined;
  const start = match[0].length;
  const rest = line.slice(start);
  if (rest.trim() === '') return { number, ordinal, label: line };

  const bracket = BRACKETED.exec(rest);
  if (bracket) {
    const title = (bracket[1] as string).trim();
    if (!isBracketTitle(title)) return undefined;
    const end = start + bracket[0].length;
    const text = line.slice(end).trim();
    return { number, ordinal, label: line.slice(0, end), title, ...(text ? { text } : {}) };
  }
  if (!/^[\s\u3000]/u.test(rest)) return undefined;
  return withRest({ number, ordinal }, line, start, INLINE_TITLE_MAX);
}

/** What follows the heading proper is a title (kept in the label) or run-in text (split off). */
function withRest(base: Pick<HeadingLine, 'number' | 'ordinal'>, line: string, from: number, max: number): HeadingLine {
  const rest = line.slice(from).trim();
  if (rest === '') return { ...base, label: line };
  if (rest.length <= max && isTitleText(rest)) return { ...base, label: line, title: rest };
  return { ...base, label: line.slice(0, from).trimEnd(), text: rest };
}

/**
 * Whether `text` reads as a title rather than a sentence: it has a letter, does not end as a sentence does
 * (".", ";", ":", "?", "!", "。"), does not start with a lower-case letter and is not a numbered item.
 * Length is for the caller to judge.
 */
export function isTitleText(text: string): boolean {
  return LETTER().test(text) && !SENTENCE_END.test(text) && !LOWER_START().test(text) && !startsWithItemNumber(text);
}

// "(a)", "(1)", "(iv)" are paragraph numbers or cross-references, never titles.
function isBracketTitle(text: string): boolean {
  return LETTER().test(text) && !/^(?:[0-9]+|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+)$/u.test(text);
}

// Latin item numbers need a space after them ("1.5 million" is no item); CJK ones are not followed by one.
const ITEM_NUMBER = /^(?:(?:[0-9]{1,3}[.)]|\([0-9]{1,3}\)|\([a-zA-Z]{1,2}\)|[a-zA-Z][)]|\([ivxlcdm]{1,6}\)|[ivxlcdm]{1,6}\))(?:\s|$)|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/u;

/** Whether `text` opens with a lower-case letter: a sentence going on, never a title. */
export function startsLowerCase(text: string): boolean {
  return LOWER_START().test(text);
}

/** Whether a line opens with a paragraph or item number: "1.", "2)", "(a)", "(i)", "a)", "（一）", "一、". */
export function startsWithItemNumber(line: string): boolean {
  return ITEM_NUMBER.test(line);
}

function chineseNumber(base: string, suffix: string | undefined): string | undefined {
  const digits = base.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
  if (/^[0-9]/u.test(digits)) return suffix === undefined ? digits : withSuffix(digits, CHINESE_SMALL.indexOf(suffix));
  return parseChineseArticleNumber(suffix === undefined ? base : `${base}之${suffix}`);
}

function koreanNumber(base: string, suffix: string | undefined): string | undefined {
  return suffix === undefined ? base : withSuffix(base, Number(suffix));
}

function withSuffix(base: string, nth: number): string | undefined {
  const latin = LATIN_SUFFIXES[nth - 2];
  return latin === undefined ? undefined : `${base} ${latin}`;
}

/**
 * The heading line for an article that has no `label`: "Статья N" for Russian, "제N조" for Korean, "第N条"
 * for Chinese and Japanese ("第N條" for Traditional Chinese: zh-Hant, zh-TW, zh-HK, zh-MO), "Article N" for
 * every other language. A Latin suffix becomes 의2 / 之二 ("4 bis" → "제4조의2", "第4条之二"), as Korean and
 * Chinese texts number inserted articles. {@link readHeadingLine} reads every line this writes.
 */
export function writeHeadingLine(number: string, lang: string): string {
  const [primary = '', ...subtags] = lang.toLowerCase().split('-');
  if (primary === 'ru') return `Статья ${number}`;
  if (primary !== 'ko' && primary !== 'zh' && primary !== 'ja') return `Article ${number}`;
  const match = /^([0-9]+)\s*([a-z]+)?$/iu.exec(number.trim());
  const nth = match?.[2] === undefined ? 0 : LATIN_SUFFIXES.indexOf(match[2].toLowerCase()) + 2;
  const base = match && nth !== 1 ? (match[1] as string) : number;
  if (primary === 'ko') return nth > 1 ? `제${base}조의${nth}` : `제${base}조`;
  const traditional = primary === 'zh' && subtags.some((s) => ['hant', 'tw', 'hk', 'mo'].includes(s));
  const article = traditional ? '條' : '条';
  return nth > 1 && nth <= 10 ? `第${base}${article}之${CHINESE_SMALL[nth] as string}` : `第${base}${article}`;
}

// Reads a treaty text written in the plain-text conventions of sources/README.md (one paragraph per line,
// blank lines between, article headings on their own line, `[...]` where text is missing) into the preamble,
// articles and closing of a treaty text. Pure: the caller reads the file.
import { compareArticleOrdinals, parseArticleNumber, parseRoman, toRoman } from '../model/article-number.js';
import type { BlockStatus } from '../model/treaty.js';
import { lazyRegExp } from '../lazy-regexp.js';
import { type HeadingLine, isTitleText, readHeadingLine, startsLowerCase, startsWithItemNumber } from './plain-text-headings.js';

/** Options for {@link parsePlainText}. */
export interface PlainTextOptions {
  /** BCP 47 tag of the text. In Chinese and Japanese (written without spaces) a line break between two CJK characters is joined without a space. */
  readonly lang: string;
  /** Number of articles the treaty has, when known: articles after the last one found become status "missing". */
  readonly articleCount?: number;
}

/** Why a line was left out of the structure. */
export type UnplacedReason =
  /** A heading line whose number is not greater than the one before: placing it would break the article order. */
  | 'heading-out-of-order'
  /** Text under such a heading: it belongs to no article we can name. */
  | 'under-heading-out-of-order';

export interface UnplacedText {
  /** 1-based line number in the source. */
  readonly line: number;
  readonly text: string;
  readonly reason: UnplacedReason;
}

/** A preamble or closing; fits `TreatyInput['texts'][number]['preamble']` and `TreatyText['preamble']`. */
export interface ParsedBlock {
  /** Absent when complete. */
  status?: BlockStatus;
  paragraphs: string[];
  /** Absent when there are none. */
  gaps?: number[];
}

/** An article; fits the `articles` entries of `TreatyInput` and `TreatyText`. */
export interface ParsedArticle extends ParsedBlock {
  /** As written without the word: "1", "I", "4 bis", "12A"; Chinese and Korean numbers in Arabic digits. */
  number: string;
  /** The heading line, or its run-in part, exactly as written; absent for stubs added from `articleCount`. */
  label?: string;
  heading?: string;
}

export interface ParsedPlainText {
  readonly preamble?: ParsedBlock;
  readonly articles: ParsedArticle[];
  readonly closing?: ParsedBlock;
  /** Text that could not be placed in the structure, with 1-based line numbers: never dropped silently. */
  readonly unplaced: readonly UnplacedText[];
  /** What was normalised or inferred (e.g. "3 line breaks inside paragraphs joined with a space"), for the user and provenance. */
  readonly notes: readonly string[];
}

/** The gap marker as the exporter writes it. */
export const GAP_LINE = '[...]';

// "[...]" and "[…]", and the variants src/validate/check-strings.ts reports inside paragraphs ("[ ... ]",
// "[....]"): as a line of their own they can only mean a gap.
const GAP = /^\[\s*(?:(?:\.\s*){2,}|…\s*)\]$/u;

/** Whether a trimmed line is a gap marker: "[...]", "[…]", "[ ... ]", "[....]". */
export function isGapLine(line: string): boolean {
  return GAP.test(line);
}

// Lines that open the final clauses. They are looked for only after the last article's text has begun and
// only at the start of a paragraph, so the same words inside an earlier article do not end it. Chinese
// cues need the word for signing on the same line because 為此 ("to this end") also opens ordinary sentences.
const CLOSING_CUES: readonly RegExp[] = [
  /^(?:DONE|Done) (?:at|in) /u, // "DONE at Moscow", "Done in duplicate"
  /^(?:IN|In) (?:WITNESS|witness|FAITH|faith) (?:WHEREOF|whereof|THEREOF|thereof)/u,
  /^(?:FAIT|Fait) (?:à|a|en) /u, // French
  /^(?:EN FOI DE QUOI|En foi de quoi)/u,
  /^(?:HECHO|Hecho) en /u, // Spanish
  /^(?:EN FE DE LO CUAL|En fe de lo cual)/u,
  /^(?:Совершено|СОВЕРШЕНО) (?:в|во) /u, // Russian: "Совершено в Москве"
  /^(?:В удостоверение чего|В УДОСТОВЕРЕНИЕ ЧЕГО|В подтверждение чего|В ПОДТВЕРЖДЕНИЕ ЧЕГО)/u,
  /^(?:이상의 증거로|이를 증거로)/u, // Korean: "in witness whereof"
  /^(?:本条约|本條約)[于於].*(?:签订|簽訂|签署|簽署|签字|簽字)/u, // "本条约于一九六一年七月十一日在北京签订"
  /^(?:为此|為此)[，,].*(?:签订|簽訂|签署|簽署|签字|簽字)/u, // "為此，下列全權代表…簽字"
];

/**
 * Longest line taken for an article's title when it stands on the line after the heading. Titles of that
 * kind can be long (the longest in the open-treaties corpus, in Additional Protocol I, has 137 characters);
 * the other conditions of {@link isTitleLine} do the real work.
 */
const TITLE_LINE_MAX = 160;

// A line ending like this stops in the middle of a sentence, so "Article 5." on the next line is the end
// of a wrapped cross-reference ("… as provided in / Article 5."), not a heading, and "Done at" there is no
// closing. Any other ending (a full stop, a colon, a capital as in "PURPOSES AND PRINCIPLES") lets a
// heading follow without a blank line.
const MID_SENTENCE = lazyRegExp('[\\p{Ll},，、\\-–—]$', 'u');

// Headings of parts, chapters and sections. The format has no place for them, so they stay text, but a
// note points them out: in the middle of an article they are usually not its text.
const DIVISION = /^(?:(?:PART|Part|CHAPTER|Chapter|SECTION|Section|TITLE|Title|Раздел|РАЗДЕЛ|Глава|ГЛАВА|Часть|ЧАСТЬ)\s+(?:[IVXLC]+|[0-9]+)(?![A-Za-z0-9])|第[一二三四五六七八九十0-9]+(?:章|編|编|節|节|部分|部份))/u;

// Han, kana and full-width forms: in Chinese and Japanese a line break between two of these is a wrap, not
// a space.
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;
const UNSPACED_LANGS = ['zh', 'ja'];

type Role =
  | { readonly kind: 'blank' | 'gap' | 'text' | 'title' }
  | { readonly kind: 'heading'; readonly heading: HeadingLine }
  | { readonly kind: 'unplaced'; readonly reason: UnplacedReason };

const BLANK: Role = { kind: 'blank' };
const GAP_ROLE: Role = { kind: 'gap' };
const TEXT: Role = { kind: 'text' };
const TITLE: Role = { kind: 'title' };

/**
 * Reads a plain-text treaty text.
 *
 * - **Headings** are lines {@link readHeadingLine} recognises that do not continue a sentence (the line
 *   before is blank, a gap, a heading, or text that does not stop {@link MID_SENTENCE mid-sentence}). A title may follow on the heading line
 *   ("Article 1 - Purposes") or on the very next line, with no blank line between, when that line is at most
 *   {@link TITLE_LINE_MAX} characters, reads as a title, and is followed by a blank line and then text or a
 *   gap (UN Charter style "Article 1 / Purposes and Principles"). A title line after a blank line is read
 *   as a paragraph: nothing in the text would tell it from a short first paragraph.
 * - **Order**: headings are taken greedily in the order they come; one whose number is not greater than the
 *   last heading taken would break the article order. A heading line with nothing else on it is clearly a
 *   heading, so it and everything under it up to the next heading taken (or the closing) go to `unplaced`,
 *   rather than being added to the article before; a run-in line ("Article 2. The …") stays text.
 * - **Paragraphs** are separated by blank lines; within a run of lines a line that opens with an item
 *   number ("1.", "(a)", "a)", "(i)") starts a new one, and other line breaks are joined with one space
 *   (none between CJK characters in Chinese and Japanese). Lines are trimmed; nothing else is changed.
 * - **Preamble** is everything before the first heading; with no headings the whole text is preamble.
 *   **Closing** starts at the first line after the last article's text that opens with a {@link CLOSING_CUES cue}
 *   and does not continue a sentence.
 * - **Gaps**: a `[...]` line records a gap at that position of its block. A block with gaps is partial; a
 *   block with only gaps is missing; a heading with no text is missing too (with a note). When the text
 *   ends with a gap after the last article's text, the closing is marked missing (a treaty's text continues
 *   past that point and ends with final clauses), and when `articleCount` is larger than the number of
 *   articles found, the articles after the last one are added as missing, numbered in its style.
 */
export function parsePlainText(source: string, options: PlainTextOptions): ParsedPlainText {
  const notes: string[] = [];
  const lines = splitLines(source, notes);
  const n = lines.length;
  const roles: Role[] = new Array<Role>(n);

  const continuesSentence = (i: number): boolean => {
    const before = roles[i - 1];
    if (before === undefined) return false;
    const text = before.kind === 'text' || (before.kind === 'heading' && before.heading.text !== undefined);
    return text && MID_SENTENCE().test(lines[i - 1] as string);
  };

  // Pass 1: what each line is, taking headings greedily in order.
  let last: HeadingLine | undefined;
  for (let i = 0; i < n; i++) {
    const line = lines[i] as string;
    if (roles[i] === TITLE) continue;
    if (line === '') roles[i] = BLANK;
    else if (GAP.test(line)) roles[i] = GAP_ROLE;
    else {
      const heading = readHeadingLine(line);
      if (!heading) {
        roles[i] = TEXT;
        if (DIVISION.test(line) && line.length <= TITLE_LINE_MAX)
          notes.push(`Line ${i + 1}: "${line}" looks like the heading of a part or chapter; the format has no place for it, so it was kept as text.`);
      }
      else if (continuesSentence(i)) {
        roles[i] = TEXT;
        notes.push(`Line ${i + 1}: "${heading.label}" continues the sentence on the line before, so it was kept as text.`);
      } else if (last && compareArticleOrdinals(heading.ordinal, last.ordinal) <= 0) {
        if (heading.text === undefined) roles[i] = { kind: 'unplaced', reason: 'heading-out-of-order' };
        else {
          roles[i] = TEXT;
          notes.push(`Line ${i + 1}: "${heading.label}" would break the article order after "${last.label}", so it was kept as text.`);
        }
      } else {
        const taken = runOn(heading, line, lines[i + 1]);
        roles[i] = { kind: 'heading', heading: taken };
        last = taken;
        if (taken.title === undefined && taken.text === undefined && isTitleLine(lines, i + 1)) roles[i + 1] = TITLE;
      }
    }
  }

  const headingAt: number[] = [];
  roles.forEach((role, i) => role.kind === 'heading' && headingAt.push(i));
  const lastHeading = headingAt.at(-1);

  // The closing: a cue after the last article's text has begun.
  let closingAt: number | undefined;
  if (lastHeading !== undefined) {
    const role = roles[lastHeading] as Role & { kind: 'heading' };
    let content = role.heading.text !== undefined;
    for (let i = lastHeading + 1; i < n; i++) {
      const kind = (roles[i] as Role).kind;
      if (kind === 'text' && content && !continuesSentence(i) && CLOSING_CUES.some((cue) => cue.test(lines[i] as string))) {
        closingAt = i;
        break;
      }
      if (kind === 'text' || kind === 'gap' || kind === 'unplaced') content = true;
    }
  }

  // Text under a heading that was out of order, up to the next heading taken or the closing.
  let under = false;
  for (let i = 0; i < n; i++) {
    const role = roles[i] as Role;
    if (i === closingAt || role.kind === 'heading') under = false;
    else if (role.kind === 'unplaced') under = true;
    else if (under && role.kind !== 'blank') roles[i] = { kind: 'unplaced', reason: 'under-heading-out-of-order' };
  }
  const unplaced: UnplacedText[] = [];
  roles.forEach((role, i) => role.kind === 'unplaced' && unplaced.push({ line: i + 1, text: lines[i] as string, reason: role.reason }));

  // Pass 2: blocks.
  const reader = new BlockReader(lines, roles, UNSPACED_LANGS.includes(primaryLanguage(options.lang)));
  const blockEnd = (k: number) => {
    const next = headingAt[k + 1] ?? n;
    return closingAt !== undefined && closingAt < next ? closingAt : next;
  };

  const preamble = toBlock(reader.read(0, headingAt[0] ?? n));
  const articles: ParsedArticle[] = headingAt.map((at, k) => {
    const { heading } = roles[at] as Role & { kind: 'heading' };
    const titled = roles[at + 1] === TITLE;
    const read = reader.read(at + (titled ? 2 : 1), blockEnd(k), heading.text);
    if (read.paragraphs.length === 0 && read.gaps.length === 0)
      notes.push(`Line ${at + 1}: "${heading.label}" has no text under it, so the article was marked missing.`);
    const title = titled ? (lines[at + 1] as string) : heading.title;
    return {
      number: heading.number,
      label: heading.label,
      ...(title !== undefined ? { heading: title } : {}),
      ...(toBlock(read) ?? { status: 'missing' as const, paragraphs: [] }),
    };
  });
  let closing = closingAt === undefined ? undefined : toBlock(reader.read(closingAt, n));

  if (headingAt.length === 0)
    notes.push(lines.every((line) => line === '') ? 'The text is empty.' : 'No article headings were found: the whole text was read as the preamble.');

  // A gap as the last thing in the file, inside the last article: the rest of the treaty is not here.
  let lastContent = n - 1;
  while (lastContent >= 0 && roles[lastContent] === BLANK) lastContent--;
  const endsWithGap =
    lastHeading !== undefined && closingAt === undefined && lastContent > lastHeading && roles[lastContent] === GAP_ROLE;
  const found = articles.length;
  const count = options.articleCount;
  if (endsWithGap) {
    closing = { status: 'missing', paragraphs: [] };
    const after = `The text ends with a gap after "${(articles.at(-1) as ParsedArticle).label as string}"`;
    if (count !== undefined && count > found) {
      const stubs = stubNumbers((articles.at(-1) as ParsedArticle).number, count - found);
      for (const number of stubs) articles.push({ number, status: 'missing', paragraphs: [] });
      const range = stubs.length === 1 ? `Article ${stubs[0] as string} was` : `Articles ${stubs[0] as string}–${stubs.at(-1) as string} were`;
      notes.push(`${after}: ${range} added as missing (articleCount ${count}) and the closing was marked missing.`);
    } else if (count === undefined) {
      notes.push(`${after}: the closing was marked missing; later articles may be missing too (give articleCount to list them).`);
    } else {
      notes.push(`${after}: the closing was marked missing.`);
    }
  } else if (count !== undefined && count > 0 && found === 0) {
    notes.push(`articleCount is ${count} but no article headings were found, so no articles were listed.`);
  } else if (count !== undefined && count > found) {
    notes.push(`articleCount is ${count} but ${found} articles were found and the text does not end with a gap after the last article, so no missing articles were added.`);
  }
  if (count !== undefined && count < found) notes.push(`${found} articles were found, more than articleCount ${count}.`);
  notes.push(...reader.notes());

  return { ...(preamble ? { preamble } : {}), articles, ...(closing ? { closing } : {}), unplaced, notes };
}

/** Lines without their ends' whitespace; notes what was normalised on the way. */
function splitLines(source: string, notes: string[]): string[] {
  let text = source;
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    notes.push('A byte order mark at the start of the file was removed.');
  }
  const crlf = text.match(/\r\n/gu)?.length ?? 0;
  const cr = (text.match(/\r/gu)?.length ?? 0) - crlf;
  if (crlf > 0) notes.push(`${crlf} CRLF line endings were read as line breaks.`);
  if (cr > 0) notes.push(`${cr} CR line endings were read as line breaks.`);
  const raw = text.split(/\r\n|\r|\n/u);
  let trimmed = 0;
  let whitespaceOnly = 0;
  const lines = raw.map((line) => {
    const t = line.trim();
    if (t !== line) {
      if (t === '') whitespaceOnly++;
      else trimmed++;
    }
    return t;
  });
  if (trimmed > 0) notes.push(`Whitespace at the start or end of ${trimmed} lines was removed.`);
  if (whitespaceOnly > 0) notes.push(`${whitespaceOnly} lines holding only whitespace were read as blank lines.`);
  return lines;
}

/**
 * "Article 1. The Contracting Parties declare" reads as a title on its own; when the next line carries on in
 * lower case ("that they …"), it was the start of a wrapped sentence, so it becomes run-in text.
 */
function runOn(heading: HeadingLine, line: string, next: string | undefined): HeadingLine {
  const { title } = heading;
  if (title === undefined || !line.endsWith(title) || next === undefined || !startsLowerCase(next)) return heading;
  return { number: heading.number, ordinal: heading.ordinal, label: line.slice(0, line.length - title.length).trimEnd(), text: title };
}

/**
 * Whether line `i`, right under a heading line, is the article's title: short, reads as a title, is no
 * heading or gap itself, and is followed by a blank line and then the article's text or a gap.
 */
function isTitleLine(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  if (line === undefined || line === '' || line.length > TITLE_LINE_MAX || GAP.test(line)) return false;
  if (!isTitleText(line) || readHeadingLine(line) !== undefined || lines[i + 1] !== '') return false;
  let next = i + 2;
  while (lines[next] === '') next++;
  const following = lines[next];
  return following !== undefined && (GAP.test(following) || readHeadingLine(following) === undefined);
}

interface ReadBlock {
  readonly paragraphs: string[];
  readonly gaps: number[];
}

/** Turns lines into paragraphs and gaps, counting what it joined for the notes. */
class BlockReader {
  private spaced = 0;
  private unspaced = 0;
  private repeatedGaps = 0;

  constructor(
    private readonly lines: readonly string[],
    private readonly roles: readonly Role[],
    private readonly unspacedLang: boolean,
  ) {}

  /** Lines `from` up to `to` (exclusive), after `first`, the run-in text of a heading. */
  read(from: number, to: number, first?: string): ReadBlock {
    const paragraphs: string[] = [];
    const gaps: number[] = [];
    let parts: string[] = first === undefined ? [] : [first];
    const flush = () => {
      if (parts.length > 0) paragraphs.push(parts.join(''));
      parts = [];
    };
    for (let i = from; i < to; i++) {
      const kind = (this.roles[i] as Role).kind;
      const line = this.lines[i] as string;
      if (kind === 'blank') flush();
      else if (kind === 'gap') {
        flush();
        if (gaps.at(-1) === paragraphs.length) this.repeatedGaps++;
        else gaps.push(paragraphs.length);
      } else if (kind === 'text') {
        if (parts.length > 0 && startsWithItemNumber(line)) flush();
        if (parts.length > 0) parts.push(this.separator(parts.at(-1) as string, line));
        parts.push(line);
      }
    }
    flush();
    return { paragraphs, gaps };
  }

  notes(): string[] {
    return [
      ...(this.spaced > 0 ? [`${this.spaced} line breaks inside paragraphs were joined with a space.`] : []),
      ...(this.unspaced > 0 ? [`${this.unspaced} line breaks between CJK characters inside paragraphs were joined without a space.`] : []),
      ...(this.repeatedGaps > 0 ? [`${this.repeatedGaps} gap markers right after another gap marker were read as part of the same gap.`] : []),
    ];
  }

  private separator(before: string, after: string): string {
    if (this.unspacedLang && (CJK.test(before.slice(-1)) || CJK.test(after.charAt(0)))) {
      this.unspaced++;
      return '';
    }
    this.spaced++;
    return ' ';
  }
}

/** The block's fields; undefined when it has neither text nor gaps. */
function toBlock({ paragraphs, gaps }: ReadBlock): ParsedBlock | undefined {
  if (paragraphs.length === 0) return gaps.length > 0 ? { status: 'missing', paragraphs: [] } : undefined;
  return gaps.length > 0 ? { status: 'partial', paragraphs, gaps } : { paragraphs };
}

/** The `count` numbers after `last`, in its style: Roman (upper or lower case) or Arabic. */
function stubNumbers(last: string, count: number): string[] {
  const value = parseArticleNumber(last)?.value ?? 0;
  const roman = /^[IVXLCDM]+$/iu.test(last.trim()) && parseRoman(last.trim()) !== undefined;
  const lower = roman && last.trim() === last.trim().toLowerCase();
  return Array.from({ length: count }, (_, k) => {
    const n = value + k + 1;
    if (!roman) return String(n);
    return lower ? toRoman(n).toLowerCase() : toRoman(n);
  });
}

function primaryLanguage(lang: string): string {
  return (lang.split('-')[0] ?? '').toLowerCase();
}

/**
 * The non-whitespace characters of `source` that are in none of the parsed text's labels, headings,
 * paragraphs or unplaced lines, in source order: empty when nothing was lost. Gap marker lines are not
 * counted: they are recorded as gaps. A check for tests and for callers that want to be sure.
 */
export function unplacedCharacters(source: string, parsed: ParsedPlainText): string {
  const placed = new Map<string, number>();
  const add = (text: string) => {
    for (const c of text) if (!WHITESPACE.test(c)) placed.set(c, (placed.get(c) ?? 0) + 1);
  };
  for (const piece of placedText(parsed)) add(piece);
  const missing: string[] = [];
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (GAP.test(line.trim())) continue;
    for (const c of line) {
      if (WHITESPACE.test(c)) continue;
      const left = placed.get(c) ?? 0;
      if (left > 0) placed.set(c, left - 1);
      else missing.push(c);
    }
  }
  return missing.join('');
}

const WHITESPACE = /^\s$/u;

/** Every string of the result that holds source text: labels, headings not already in their label, paragraphs, unplaced lines. */
function placedText(parsed: ParsedPlainText): string[] {
  const out: string[] = [...(parsed.preamble?.paragraphs ?? [])];
  for (const article of parsed.articles) {
    if (article.label !== undefined) out.push(article.label);
    if (article.heading !== undefined && !(article.label ?? '').includes(article.heading)) out.push(article.heading);
    out.push(...article.paragraphs);
  }
  out.push(...(parsed.closing?.paragraphs ?? []));
  for (const { text } of parsed.unplaced) if (!GAP.test(text)) out.push(text);
  return out;
}

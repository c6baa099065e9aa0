// Reads a treaty text written in the plain-text conventions of sources/README.md (one paragraph per line,
// blank lines between, article headings on their own line, `[...]` where text is missing) into the preamble,
// articles and closing of a treaty text. Pure: the caller reads the file.
import { compareArticleOrdinals } from '../model/article-number.js';
import { MAX_CLAUSES, MAX_PARAGRAPH_CHARS } from '../model/limits.js';
import type { BlockStatus } from '../model/treaty.js';
import { lazyRegExp } from '../lazy-regexp.js';
import { articleValue, numbersAfter, numbersBetween } from './article-stubs.js';
import { GAP_LINE, isGapLine, isVisiblyCut } from './plain-text-gaps.js';
import { type HeadingLine, isTitleText, readHeadingLine, startsLowerCase, startsWithItemNumber } from './plain-text-headings.js';

export { GAP_LINE, isGapLine };

/** Options for {@link parsePlainText}. */
export interface PlainTextOptions {
  /** BCP 47 tag of the text. In Chinese and Japanese (written without spaces) a line break between two CJK characters is joined without a space. */
  readonly lang: string;
  /**
   * Number of articles the treaty has, when known: where the text shows articles to be missing without
   * naming them (it ends with a gap, or has no headings at all), they are listed as missing up to this count.
   */
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
  /** Paragraphs longer than the format allows ({@link MAX_PARAGRAPH_CHARS}), by the source line they start on. */
  readonly longParagraphs: readonly LongParagraph[];
}

/** A paragraph over the length limit: the 1-based source line it starts on and its length in UTF-16 units. */
export interface LongParagraph {
  readonly line: number;
  readonly chars: number;
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
 * How much of a line the closing cues look at. The Chinese ones look for the word for signing after the
 * opening words; within a line of any length that search, retried from every character, cost more than
 * the rest of the import. A real cue names the signing within a few dozen characters.
 */
const CUE_WINDOW = 200;

function opensClosing(line: string): boolean {
  const start = line.length > CUE_WINDOW ? line.slice(0, CUE_WINDOW) : line;
  return CLOSING_CUES.some((cue) => cue.test(start));
}

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
 *   block with only gaps is missing; a heading with no text is missing too (with a note).
 * - **Numbering**: a gap right before a heading stands for the articles the numbering skips there: a gap
 *   before a first heading "ARTICLE V" means Articles I–IV are missing, a gap between Articles 2 and 5 that
 *   Articles 3 and 4 are; they are listed as missing, numbered in the style of that heading. A skip with no
 *   gap before it is left as it is, with a note (and `treaty validate` reports it).
 * - **The end**: a gap as the last thing in the text, after the last article's text, means the rest of the
 *   treaty is not here: the closing is missing, and with `articleCount` so are the articles after the last
 *   one found, up to that count. Whether the last article is cut off as well: it is when its last paragraph
 *   {@link isVisiblyCut stops short} of a sentence end, when articles follow it (the text stops inside the
 *   treaty's articles, and nothing shows that it stops exactly at an article's end), or when two markers end
 *   the text (the first ends the article, the second is the closing); otherwise the gap is the closing's alone.
 * - **No headings**: the whole text is the preamble; given `articleCount`, the articles are listed as
 *   missing (and the closing after them).
 */
export function parsePlainText(source: string, options: PlainTextOptions): ParsedPlainText {
  const notes = new Notes();
  const lines = splitLines(source, notes);
  const n = lines.length;
  const roles: Role[] = new Array<Role>(n);

  const continuesSentence = (i: number): boolean => {
    const before = roles[i - 1];
    if (before === undefined) return false;
    const text = before.kind === 'text' || (before.kind === 'heading' && before.heading.text !== undefined);
    // The last two code units hold the last character whatever its size; testing them alone keeps this
    // constant-time on a line of any length.
    return text && MID_SENTENCE().test((lines[i - 1] as string).slice(-2));
  };

  // Pass 1: what each line is, taking headings greedily in order.
  let last: HeadingLine | undefined;
  for (let i = 0; i < n; i++) {
    const line = lines[i] as string;
    if (roles[i] === TITLE) continue;
    if (line === '') roles[i] = BLANK;
    else if (isGapLine(line)) roles[i] = GAP_ROLE;
    else {
      const heading = readHeadingLine(line);
      if (!heading) {
        roles[i] = TEXT;
        if (line.length <= TITLE_LINE_MAX && DIVISION.test(line) && notes.listed('division', i + 1))
          notes.add(`Line ${i + 1}: ${quote(line)} looks like the heading of a part or chapter; the format has no place for it, so it was kept as text.`);
      }
      else if (continuesSentence(i)) {
        roles[i] = TEXT;
        if (notes.listed('continues', i + 1)) notes.add(`Line ${i + 1}: ${quote(heading.label)} continues the sentence on the line before, so it was kept as text.`);
      } else if (last && compareArticleOrdinals(heading.ordinal, last.ordinal) <= 0) {
        if (heading.text === undefined) roles[i] = { kind: 'unplaced', reason: 'heading-out-of-order' };
        else {
          roles[i] = TEXT;
          if (notes.listed('order', i + 1)) notes.add(`Line ${i + 1}: ${quote(heading.label)} would break the article order after ${quote(last.label)}, so it was kept as text.`);
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
  for (let i = 0; i < n; i++) if ((roles[i] as Role).kind === 'heading') headingAt.push(i);
  const lastHeading = headingAt.at(-1);

  // The closing: a cue after the last article's text has begun.
  let closingAt: number | undefined;
  if (lastHeading !== undefined) {
    const role = roles[lastHeading] as Role & { kind: 'heading' };
    let content = role.heading.text !== undefined;
    for (let i = lastHeading + 1; i < n; i++) {
      const kind = (roles[i] as Role).kind;
      if (kind === 'text' && content && !continuesSentence(i) && opensClosing(lines[i] as string)) {
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
  for (let i = 0; i < n; i++) {
    const role = roles[i] as Role;
    if (role.kind === 'unplaced') unplaced.push({ line: i + 1, text: lines[i] as string, reason: role.reason });
  }

  // The end of the text: gap markers after the last article's text, with no closing found.
  let lastContent = n - 1;
  while (lastContent >= 0 && roles[lastContent] === BLANK) lastContent--;
  const endsWithGap = lastHeading !== undefined && closingAt === undefined && lastContent > lastHeading && roles[lastContent] === GAP_ROLE;
  // Two markers in a row end the text: the first ends the last article, the second is the closing's.
  let markerBefore = lastContent - 1;
  while (markerBefore > (lastHeading ?? n) && roles[markerBefore] === BLANK) markerBefore--;
  const explicitCut = endsWithGap && markerBefore > (lastHeading as number) && roles[markerBefore] === GAP_ROLE;

  // Pass 2: blocks.
  const reader = new BlockReader(lines, roles, UNSPACED_LANGS.includes(primaryLanguage(options.lang)));
  const blockEnd = (k: number) => {
    const next = headingAt[k + 1] ?? (explicitCut ? lastContent : n);
    return closingAt !== undefined && closingAt < next ? closingAt : next;
  };

  const preamble = toBlock(reader.read(0, headingAt[0] ?? n));
  const read: ParsedArticle[] = headingAt.map((at, k) => {
    const { heading } = roles[at] as Role & { kind: 'heading' };
    const titled = roles[at + 1] === TITLE;
    const block = reader.read(at + (titled ? 2 : 1), blockEnd(k), heading.text);
    if (block.paragraphs.length === 0 && block.gaps.length === 0)
      if (notes.listed('empty', at + 1)) notes.add(`Line ${at + 1}: ${quote(heading.label)} has no text under it, so the article was marked missing.`);
    const title = titled ? (lines[at + 1] as string) : heading.title;
    return {
      number: heading.number,
      label: heading.label,
      ...(title !== undefined ? { heading: title } : {}),
      ...(toBlock(block) ?? { status: 'missing' as const, paragraphs: [] }),
    };
  });
  let closing = closingAt === undefined ? undefined : toBlock(reader.read(closingAt, n));

  const count = options.articleCount;
  const countUsable = count === undefined || count <= MAX_CLAUSES;
  if (!countUsable) notes.add(`articleCount ${count} is over the ${MAX_CLAUSES.toLocaleString('en')} articles a text may list, so no missing articles were added from it.`);
  const articles = numberArticles(read, headingAt, roles, notes);

  if (headingAt.length === 0) {
    if (lines.every((line) => line === '')) notes.add('The text is empty.');
    else if (count !== undefined && count > 0 && countUsable) {
      for (const number of numbersBetween(1, count, '1')) articles.push(stub(number));
      closing = { status: 'missing', paragraphs: [] };
      notes.add(`No article headings were found: the whole text was read as the preamble, and the ${count} articles of articleCount, and the closing after them, were recorded as missing.`);
    } else notes.add('No article headings were found: the whole text was read as the preamble.');
  }

  if (endsWithGap) {
    closing = { status: 'missing', paragraphs: [] };
    const lastArticle = read.at(-1) as ParsedArticle;
    const after = `The text ends with a gap after ${quote(lastArticle.label as string)}`;
    const more = count !== undefined && countUsable && count > articles.length;
    const lastParagraph = lastArticle.paragraphs.at(-1);
    const cut = lastParagraph === undefined ? 'missing' : explicitCut ? 'two-markers' : more ? 'more' : isVisiblyCut(lastParagraph) ? 'visibly' : 'whole';
    if (cut === 'whole') closeLastGap(lastArticle);
    const whole = END_NOTES[cut];
    if (more) {
      const stubs = numbersAfter(lastArticle.number, count - articles.length);
      for (const number of stubs) articles.push(stub(number));
      notes.add(`${after}${whole}; ${articleRange(stubs)} added as missing (articleCount ${count}) and the closing was marked missing.`);
    } else if (count === undefined) {
      notes.add(`${after}${whole}; the closing was marked missing; later articles may be missing too (give articleCount to list them).`);
    } else {
      notes.add(`${after}${whole}; the closing was marked missing.`);
    }
  } else if (headingAt.length > 0 && count !== undefined && countUsable && count > articles.length) {
    notes.add(`articleCount is ${count} but ${articles.length} articles were found and the text does not end with a gap after the last article, so no missing articles were added.`);
  }
  if (count !== undefined && count < articles.length) notes.add(`${articles.length} articles were found, more than articleCount ${count}.`);
  for (const note of reader.notes()) notes.add(note);

  return {
    ...(preamble ? { preamble } : {}),
    articles,
    ...(closing ? { closing } : {}),
    unplaced,
    notes: notes.all(),
    longParagraphs: reader.longParagraphs(),
  };
}

/** What a final gap says of the last article, by why it is or is not cut off. */
const END_NOTES = {
  missing: '',
  'two-markers': ', which ends with two gap markers: the article was marked cut off',
  more: ': the article was marked cut off, since the text stops before the articles after it',
  visibly: ': its last paragraph stops short of a sentence end, so the article was marked cut off',
  whole: ": its last paragraph ends as a sentence does, so the gap was read as the closing's alone (two gap markers would mark the article cut off too)",
} as const;

/**
 * The articles read, with the missing ones a gap stands for put in: before the first heading (numbered
 * from 1) and where the numbering skips after a gap. A skip with no gap before it is only noted.
 */
function numberArticles(read: readonly ParsedArticle[], headingAt: readonly number[], roles: readonly Role[], notes: Notes): ParsedArticle[] {
  const articles: ParsedArticle[] = [];
  read.forEach((article, k) => {
    const value = articleValue(article.number);
    const before = k === 0 ? 0 : articleValue((read[k - 1] as ParsedArticle).number);
    if (value !== undefined && before !== undefined && value > before + 1) {
      const skipped = numbersBetween(before + 1, value - 1, article.number);
      const at = headingAt[k] as number;
      const where = k === 0 ? `before the first heading, ${quote(article.label as string)}` : `between ${quote(read[k - 1]?.label as string)} and ${quote(article.label as string)}`;
      if (gapBefore(roles, at)) {
        for (const number of skipped) articles.push(stub(number));
        if (notes.listed('skipped', at + 1)) notes.add(`Line ${at + 1}: a gap stands ${where}: ${articleRange(skipped)} recorded as missing.`);
      } else {
        if (notes.listed('skip', at + 1)) notes.add(`Line ${at + 1}: the numbering skips ${articlesNamed(skipped)} ${where}, and no gap marker stands there: ${skipped.length === 1 ? 'it was' : 'they were'} not recorded (if the treaty has ${skipped.length === 1 ? 'it' : 'them'}, put [...] before the heading).`);
      }
    }
    articles.push(article);
  });
  return articles;
}

/**
 * Whether the last line before line `at` that is neither blank nor unplaced is a gap marker. Unplaced lines
 * are outside the structure (and an export leaves them out), so a gap before them stands before the heading.
 */
function gapBefore(roles: readonly Role[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (roles[i] === BLANK || (roles[i] as Role).kind === 'unplaced')) i--;
  return i >= 0 && roles[i] === GAP_ROLE;
}

/** The last gap of a block, after its last paragraph, taken off: the text goes on to the end of the block. */
function closeLastGap(block: ParsedBlock): void {
  const gaps = (block.gaps ?? []).filter((g) => g !== block.paragraphs.length);
  if (gaps.length > 0) block.gaps = gaps;
  else {
    delete block.gaps;
    delete block.status;
  }
}

function stub(number: string): ParsedArticle {
  return { number, status: 'missing', paragraphs: [] };
}

/** "Article 3", "Articles 3–5". */
function articlesNamed(numbers: readonly string[]): string {
  return numbers.length === 1 ? `Article ${numbers[0] as string}` : `Articles ${numbers[0] as string}–${numbers.at(-1) as string}`;
}

/** "Article 3 was", "Articles 3–5 were". */
function articleRange(numbers: readonly string[]): string {
  return `${articlesNamed(numbers)} ${numbers.length === 1 ? 'was' : 'were'}`;
}

/** A line of the source quoted in a note, shortened: notes are for reading, the text itself is kept elsewhere. */
function quote(text: string): string {
  return JSON.stringify(text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text);
}
const QUOTE_MAX = 80;

/** Notes in the order they were made, each kind of per-line note shown {@link LINE_NOTES_MAX} times and then counted. */
class Notes {
  private readonly list: string[] = [];
  private readonly kinds = new Map<LineNoteKind, { more: number; lastLine: number; shown: number }>();

  add(note: string): void {
    this.list.push(note);
  }

  /**
   * Whether a note of this kind about `line` is to be listed; when not, it is counted. Callers build the
   * note's text only when it is listed: on 700,000 chapter lines, building each cost more than the rest.
   */
  listed(kind: LineNoteKind, line: number): boolean {
    let seen = this.kinds.get(kind);
    if (seen === undefined) this.kinds.set(kind, (seen = { more: 0, lastLine: 0, shown: 0 }));
    if (seen.shown < LINE_NOTES_MAX) {
      seen.shown++;
      return true;
    }
    seen.more++;
    seen.lastLine = line;
    return false;
  }

  all(): string[] {
    const summaries: string[] = [];
    for (const [kind, { more, lastLine }] of this.kinds)
      if (more > 0)
        summaries.push(`${more.toLocaleString('en')} more ${more === 1 ? 'line' : 'lines'} like the ${LINE_NOTES_MAX} above (${LINE_NOTE_KINDS[kind]}), up to line ${lastLine.toLocaleString('en')}.`);
    return [...this.list, ...summaries];
  }
}

/** The kinds of note about single lines, as their summary names them. */
const LINE_NOTE_KINDS = {
  division: 'headings of parts or chapters, kept as text',
  continues: 'headings that continue a sentence, kept as text',
  order: 'headings out of order with text run in, kept as text',
  empty: 'headings with no text under them, marked missing',
  skipped: 'gaps standing for articles the numbering skips',
  skip: 'skips in the numbering with no gap marker',
} as const;
type LineNoteKind = keyof typeof LINE_NOTE_KINDS;

/** Notes of one kind about single lines (a chapter heading kept as text, say) that are listed before the rest are counted. */
const LINE_NOTES_MAX = 10;

/** Lines without their ends' whitespace; notes what was normalised on the way. */
function splitLines(source: string, notes: Notes): string[] {
  let text = source;
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    notes.add('A byte order mark at the start of the file was removed.');
  }
  let crlf = 0;
  let cr = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 0x0a) crlf++;
    else cr++;
  }
  if (crlf > 0) notes.add(`${crlf} CRLF line endings were read as line breaks.`);
  if (cr > 0) notes.add(`${cr} CR line endings were read as line breaks.`);
  // Splitting on a string is several times faster than on a pattern; most files have no CR at all.
  const lines = crlf + cr === 0 ? text.split('\n') : text.split(/\r\n|\r|\n/u);
  let trimmed = 0;
  let whitespaceOnly = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const t = line.trim();
    if (t !== line) {
      if (t === '') whitespaceOnly++;
      else trimmed++;
      lines[i] = t;
    }
  }
  if (trimmed > 0) notes.add(`Whitespace at the start or end of ${trimmed} lines was removed.`);
  if (whitespaceOnly > 0) notes.add(`${whitespaceOnly} lines holding only whitespace were read as blank lines.`);
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
  if (line === undefined || line === '' || line.length > TITLE_LINE_MAX || isGapLine(line)) return false;
  if (!isTitleText(line) || readHeadingLine(line) !== undefined || lines[i + 1] !== '') return false;
  let next = i + 2;
  while (lines[next] === '') next++;
  const following = lines[next];
  return following !== undefined && (isGapLine(following) || readHeadingLine(following) === undefined);
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
  private readonly long: LongParagraph[] = [];

  constructor(
    private readonly lines: readonly string[],
    private readonly roles: readonly Role[],
    private readonly unspacedLang: boolean,
  ) {}

  /** Lines `from` up to `to` (exclusive), after `first`, the run-in text of a heading. */
  read(from: number, to: number, first?: string): ReadBlock {
    const paragraphs: string[] = [];
    const gaps: number[] = [];
    // The paragraph being joined: runs of lines joined with a space, the runs joined with nothing (between
    // CJK characters). One join per run: pushing each separator as a piece of its own made a paragraph of
    // 700,000 wrapped lines ten times slower to join.
    let runs: string[] = [];
    let run: string[] = first === undefined ? [] : [first];
    // Where the paragraph starts (run-in text starts on the heading line, just before `from`), and its length so far.
    let startLine = from;
    let chars = first?.length ?? 0;
    const flush = () => {
      if (run.length > 0) {
        runs.push(run.join(' '));
        paragraphs.push(runs.length === 1 ? (runs[0] as string) : runs.join(''));
        if (chars > MAX_PARAGRAPH_CHARS) this.long.push({ line: startLine, chars });
      }
      runs = [];
      run = [];
      chars = 0;
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
        if (run.length > 0 && startsWithItemNumber(line)) flush();
        if (run.length === 0) startLine = i + 1;
        else if (this.spacedBetween(run.at(-1) as string, line)) chars++;
        else {
          runs.push(run.join(' '));
          run = [];
        }
        run.push(line);
        chars += line.length;
      }
    }
    flush();
    return { paragraphs, gaps };
  }

  /** Paragraphs over the length limit read so far. */
  longParagraphs(): LongParagraph[] {
    return [...this.long];
  }

  notes(): string[] {
    return [
      ...(this.spaced > 0 ? [`${this.spaced} line breaks inside paragraphs were joined with a space.`] : []),
      ...(this.unspaced > 0 ? [`${this.unspaced} line breaks between CJK characters inside paragraphs were joined without a space.`] : []),
      ...(this.repeatedGaps > 0 ? [`${this.repeatedGaps} gap markers right after another gap marker were read as part of the same gap.`] : []),
    ];
  }

  /** Whether a line break between these lines is joined with a space (counted for the notes). */
  private spacedBetween(before: string, after: string): boolean {
    if (this.unspacedLang && (CJK.test(before.slice(-1)) || CJK.test(after.charAt(0)))) {
      this.unspaced++;
      return false;
    }
    this.spaced++;
    return true;
  }
}

/** The block's fields; undefined when it has neither text nor gaps. */
function toBlock({ paragraphs, gaps }: ReadBlock): ParsedBlock | undefined {
  if (paragraphs.length === 0) return gaps.length > 0 ? { status: 'missing', paragraphs: [] } : undefined;
  return gaps.length > 0 ? { status: 'partial', paragraphs, gaps } : { paragraphs };
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
    if (isGapLine(line.trim())) continue;
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
    for (const paragraph of article.paragraphs) out.push(paragraph);
  }
  for (const paragraph of parsed.closing?.paragraphs ?? []) out.push(paragraph);
  for (const { text } of parsed.unplaced) if (!isGapLine(text)) out.push(text);
  return out;
}

// The wording of every problem, in one place: what is wrong and how to fix it. Checks produce codes and
// facts; this turns them into sentences.
import type { Problem, ProblemArgs } from '../model/problem.js';
import { formatArticleList } from './format-articles.js';

type Describe = (a: Args) => string;

/** Reads args for messages; a missing arg shows as "?" rather than crashing the report. */
class Args {
  constructor(private readonly args: ProblemArgs) {}
  s(key: string): string {
    const v = this.args[key];
    if (v === undefined) return '?';
    return Array.isArray(v) ? v.join(', ') : String(v);
  }
  n(key: string): number {
    const v = this.args[key];
    return typeof v === 'number' ? v : Number.NaN;
  }
  q(key: string): string {
    return JSON.stringify(this.s(key));
  }
  list(key: string): readonly string[] {
    const v = this.args[key];
    return Array.isArray(v) ? v : v === undefined ? [] : [String(v)];
  }
  has(key: string): boolean {
    return this.args[key] !== undefined && this.args[key] !== '';
  }
}

/** Counts as people read them: "199,980". */
function count(n: number): string {
  return Number.isNaN(n) ? '?' : n.toLocaleString('en');
}

/** A list that names the first few and counts the rest: "a.json, b.json, c.json and 2,997 other files". */
function andMore(a: Args, listKey: string, moreKey: string, what: string): string {
  const more = a.n(moreKey);
  return Number.isNaN(more) || more === 0 ? a.s(listKey) : `${a.s(listKey)} and ${count(more)} ${what}`;
}

/** Sizes as people say them: "31.5 MB" (MiB, as the limit is set). */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}

const COVERAGE: Record<string, string> = {
  'has-paragraphs': 'has paragraphs but status "missing": remove the status or the paragraphs',
  'has-gaps': 'lists gaps but its status is not "partial": set "status": "partial"',
  'no-gaps': 'is "partial" but lists no gaps: add "gaps" with the position of the missing text',
  'no-paragraphs': 'has no paragraphs: add them, or set "status": "missing" if its text is not in the corpus',
};

// What is wrong with a cue pattern outside the cue grammar (src/qualifiers/parse-cue.ts), and what to write.
const CUE_CONSTRUCTS: Record<string, string> = {
  syntax: 'is not a valid pattern here',
  backreference: 'refers back to a group: cues cannot use backreferences (\\1, \\k<name>); spell the words out',
  'property-escape': 'uses a Unicode property escape: cues are read without the u flag, so write the characters as ranges, such as [가-힣]',
  escape: 'uses an escape cues do not support: escape punctuation only (\\. \\( \\-) or use \\s \\S \\d \\D \\w \\W \\b \\B \\t \\n \\r \\f \\v \\0 \\xHH \\uHHHH',
  'class-range-escape': 'uses a class escape as the end of a range: list the class and the characters separately, such as [\\sa-z]',
  brace: 'has a "{" that does not start a repetition such as {2} or {1,3}: write \\{ for the character itself',
  'group-kind': 'opens a kind of group cues do not support: use (?:…), (…), (?<name>…), (?=…), (?!…), (?<=…) or (?<!…)',
  'quantified-lookaround': 'repeats a lookaround, which matches no text: remove the quantifier',
  'capture-in-lookaround': 'captures inside a lookaround: use (?:…) there',
  'quantified-space': 'repeats a space, which in a cue already stands for one or more whitespace characters: write \\s* for optional whitespace',
  nesting: 'nests groups too deeply: simplify the pattern',
};

// What each kind of invisible character is (src/model/invisible-characters.ts), so the reader knows why it is there.
const INVISIBLE: Record<string, string> = {
  'variation-selector': 'a variation selector with no character before it to select a form of',
  'mongolian-selector': 'a Mongolian free variation selector',
  tag: 'a tag character: invisible letters that can carry hidden text',
  'hangul-filler': 'a Hangul filler, which displays as blank',
  'soft-hyphen': 'a soft hyphen, usually left over from a web page or PDF',
  'grapheme-joiner': 'a combining grapheme joiner',
  'khmer-inherent-vowel': 'an inherent-vowel sign Unicode discourages',
  annotation: 'an interlinear annotation control',
  format: 'a shorthand or musical format control',
  unassigned: 'an unassigned code point reserved as invisible',
};

const MESSAGES: Record<Problem['code'], Describe> = {
  'path-not-found': () => 'no such file or folder',
  'path-unreadable': (a) => `cannot be read: ${a.s('reason')}`,
  'path-is-directory': () => 'is a folder, not a treaty file: name a .json file, or an id or alias from the corpus',
  'file-too-large': (a) =>
    `is ${megabytes(a.n('size'))}, over the ${megabytes(a.n('limit'))} limit for files treaty reads (the largest real treaty is under 1 MB): check that this is the file you meant`,
  'file-empty': () => 'is empty (or only whitespace): expected a JSON object, such as a treaty file (see schema/treaty.schema.json)',
  'file-not-utf8': (a) => `is not valid UTF-8: byte ${a.s('value')} at byte offset ${a.s('byte')} cannot start or continue a character: save the file as UTF-8`,
  'file-utf16': () => 'is UTF-16 text (it starts with a UTF-16 byte order mark): save it as UTF-8',
  'file-binary': (a) => `looks like a binary file (a NUL byte at byte offset ${a.s('byte')}), not text: name a treaty .json file or a plain-text treaty`,
  'file-bom': () => 'starts with a UTF-8 byte order mark: save it without one (JSON files must not have a BOM)',
  'json-syntax': (a) => `invalid JSON (${a.s('detail')})${a.has('hint') ? `: ${a.s('hint')}` : ''}`,
  'json-too-deep': (a) => `JSON nested more than ${a.s('limit')} levels deep: not a treaty file`,
  'json-duplicate-key': (a) => `key ${a.q('key')} appears twice in the same object: only the last would count; remove one`,
  schema: (a) => a.s('detail'),
  'schema-unknown-key': (a) => `unknown field ${a.q('key')}: check its spelling against ${a.has('format') ? a.s('format') : 'schema/treaty.schema.json'}`,
  'id-file-mismatch': (a) => `id ${a.q('id')} does not match the file name ${a.q('file')}: rename the file to ${a.s('id')}.json or change the id`,
  'date-invalid': (a) => `${a.q('date')} is not a real date`,
  'date-order': (a) => `${a.s('what')} (${a.s('date')}) is before the signature (${a.s('signed')})`,
  'lang-invalid': (a) => `${a.q('tag')} is not a well-formed BCP 47 language tag (e.g. "en", "ru", "ko", "zh-Hant")`,
  'lang-noncanonical': (a) => `language tag ${a.q('tag')} is usually written ${a.q('canonical')}`,
  'text-lang-duplicate': (a) => `a second text in ${a.q('lang')} (the first is texts[${a.s('first')}]): give one a private-use subtag such as "${a.s('lang')}-x-source"`,
  'alias-duplicate': (a) => `alias ${a.q('alias')} is listed twice`,
  'article-duplicate': (a) => `Article ${a.s('number')} appears twice (first at articles[${a.s('first')}])`,
  'article-order': (a) => `Article ${a.s('number')} comes after Article ${a.s('previous')}: articles must be in order`,
  'article-number-unparsed': (a) => `article number ${a.q('number')} is not a number we can order ("1", "IV", "4 bis", "12A"): its order is not checked`,
  'article-count-mismatch': (a) => `the ${a.s('lang')} text lists ${a.s('count')} articles but articleCount says ${a.s('declared')}: list every article, with "status": "missing" where the text is not here`,
  'article-numbering-start': (a) => {
    const skipped = articleSpan(a);
    if (a.s('reason') === 'stated')
      return `the ${a.s('lang')} text starts at Article ${a.s('number')}, as its source numbers it: if the treaty has ${skipped}, list ${a.s('from') === a.s('to') ? 'it' : 'them'} first, with "status": "missing"`;
    const why = a.s('reason') === 'gap-before' ? 'and a gap stands before it' : 'which is not an article the source numbers itself';
    return `the ${a.s('lang')} text starts at Article ${a.s('number')}, ${why}: ${skipped} ${a.s('from') === a.s('to') ? 'is' : 'are'} not listed; list ${a.s('from') === a.s('to') ? 'it' : 'them'} first, with "status": "missing"`;
  },
  'article-numbering-hole': (a) => {
    const one = a.s('from') === a.s('to');
    const follows = `Article ${a.s('number')} follows Article ${a.s('previous')} in the ${a.s('lang')} text`;
    if (a.s('reason') === 'stated')
      return `${follows}, as its source numbers them: if the treaty has ${articleSpan(a)}, list ${one ? 'it' : 'them'} between, with "status": "missing"`;
    const why = a.s('reason') === 'gap-before' ? ' after a gap' : '';
    return `${follows}${why}: ${articleSpan(a)} ${one ? 'is' : 'are'} not listed; list ${one ? 'it' : 'them'} between, with "status": "missing" where the text is not here`;
  },
  'numbering-mismatch': (a) => `the ${a.s('lang')} text has Article ${a.s('found')} where the ${a.s('reference')} text has Article ${a.s('expected')}: all languages must list the same articles`,
  'numbering-label': (a) => `Article ${a.s('number')} is marked as editorially numbered but has a source label ${a.q('label')}`,
  'paragraph-empty': () => 'empty paragraph: remove it',
  'paragraph-whitespace': () => 'paragraph starts or ends with whitespace: trim it',
  'paragraph-line-break': () => 'line break inside a paragraph: split it into separate paragraphs',
  'text-not-nfc': () => 'text is not in Unicode NFC: normalise it (e.g. text.normalize("NFC"))',
  'control-character': (a) => `control character ${a.s('char')} at index ${a.s('index')}: remove it`,
  'ansi-escape': (a) => `ANSI escape sequence ${a.s('sequence')} at index ${a.s('index')}: remove it (it would drive the terminal)`,
  'zero-width': (a) => `invisible zero-width character ${a.s('char')} at index ${a.s('index')}: remove it unless the script needs it`,
  'invisible-character': (a) => `invisible character ${a.s('char')} (${INVISIBLE[a.s('kind')] ?? 'a format character'}) at index ${a.s('index')}: ${a.s('kind') === 'mongolian-selector' ? 'remove it unless the Mongolian text needs it' : 'remove it'}`,
  'bidi-control': (a) => `bidirectional control ${a.s('char')} at index ${a.s('index')}: remove it (it can reorder how text is displayed)`,
  'gap-marker': (a) => `gap marker ${a.q('marker')} inside a paragraph: record missing text as coverage ("status": "partial" and "gaps"), not as text`,
  'coverage-status': (a) => `this part ${COVERAGE[a.s('problem')] ?? a.s('problem')}`,
  'coverage-gaps': (a) =>
    a.s('problem') === 'out-of-range'
      ? `gap position ${a.s('gap')} is past the last paragraph (there are ${a.s('paragraphs')})`
      : `gap positions must increase (${a.s('gap')} is not after the one before)`,
  'text-no-articles': (a) => `the ${a.s('lang')} text lists no articles: list every article of the treaty, with "status": "missing" for those not here`,
  'end-without-link': () => 'end.kind is "superseded" but supersededBy names no treaty',
  'end-date-mismatch': (a) => `supersededBy ${a.s('treaty')} is dated ${a.s('link')} but end.date is ${a.s('end')}`,
  'lexicon-duplicate-code': (a) => `qualifier code ${a.q('code')} is already used by categories[${a.s('first')}]: codes must be unique`,
  'lexicon-no-english': (a) => `category ${a.q('code')} has no English cues: it will find nothing in English texts`,
  'lexicon-duplicate-cue': (a) => `this cue of ${a.q('code')} repeats cue ${a.s('first')}: remove one`,
  'lexicon-cue-unsupported': (a) => `cue pattern, at character ${a.s('at')} (${a.s('excerpt')}): ${CUE_CONSTRUCTS[a.s('construct')] ?? a.s('construct')}${a.has('limit') ? ` (more than ${a.s('limit')} levels)` : ''}`,
  'lexicon-cue-too-large': (a) =>
    a.s('measure') === 'characters'
      ? `cue pattern too long: ${a.s('length')} characters, over the limit of ${a.s('limit')}: split it into several cues`
      : a.s('measure') === 'frames'
      ? `cue pattern too large: it can pass more than ${a.s('limit')} optional or alternative parts without reading a character (such as a long run of x? or of (?:…|…) groups), and matching must remember each of them for every character: make fewer parts optional`
      : `cue pattern too large: compiled, it has more than ${a.s('limit')} states (counted repetitions such as {0,120} are copied, and nested ones multiply), and matching time per character grows with them: use smaller counts`,
  'duplicate-id': (a) => `id ${a.q('id')} is also used by ${andMore(a, 'other', 'more', 'other files')}: ids must be unique`,
  'duplicate-alias': (a) =>
    `alias ${a.q('alias')} is also used by ${andMore(a, 'otherId', 'moreIds', 'other treaties')} (${andMore(a, 'other', 'more', 'other files')}): \`treaty show ${a.s('alias')}\` would be ambiguous`,
  'alias-is-id': (a) => `alias ${a.q('alias')} is the id of another treaty (${a.s('other')})`,
  'link-self': (a) => `${a.s('field')} links the treaty to itself`,
  'link-unresolved': (a) => `${a.s('field')} names ${a.q('treaty')}, which is not in the corpus`,
  'link-one-way': (a) => `${a.s('field')} names ${a.s('treaty')}, but ${a.s('treaty')} has no ${a.s('reverse')} link back to ${a.s('id')}: add it there`,
  'link-date-mismatch': (a) => `supersession date disagrees with ${a.s('treaty')}: here ${a.s('date')}, there ${a.s('other')}`,
  'corpus-empty': () => 'contains no .json treaty files',
  'problems-omitted': (a) =>
    `${count(a.n('count'))} more ${a.q('code')} ${a.n('count') === 1 ? 'problem' : 'problems'} in this file not listed (only the first ${a.s('listed')} of each kind are)` +
    (a.s('reader') === 'load' ? `: \`treaty validate\` lists more` : ''),
  'check-stopped': (a) =>
    `checking stopped after ${count(a.n('limit'))} problems in this file, so there may be more: ` +
    (a.s('reader') === 'load' ? '`treaty validate` checks further' : 'fix those listed and run it again'),
  'ref-unknown': (a) =>
    `no treaty ${a.q('ref')} in ${a.s('dir')}` +
    (a.list('suggestions').length > 0 ? `; did you mean ${a.list('suggestions').join(', ')}?` : '; `treaty list` shows what there is'),
  'ref-broken': (a) =>
    `${a.q('ref')} names the treaty in this file (${a.s('match') === 'prefix' ? 'the start of ' : ''}its ${a.s('as')} ${a.q('name')}), ` +
    'which cannot be loaded: fix the file (`treaty validate` says how) or name another treaty',
  'ref-ambiguous': (a) =>
    a.has('files')
      ? `${a.q('ref')} could mean the treaty in ${a.list('files').join(' or ')}: they share an id or alias, which must be unique; run \`treaty validate\` and rename one`
      : `${a.q('ref')} could mean ${a.list('candidates').join(', ')}: use the full id`,
  'article-unknown': (a) =>
    `${a.s('treaty')} has no Article ${a.s('article')}` +
    (a.list('known').length > 0 ? `; its articles are ${formatArticleList(a.list('known'))}` : ''),
  'lang-unavailable': (a) => `${a.s('treaty')} has no text in ${a.q('lang')}; it has: ${a.s('available')}`,
  'no-text': (a) => `${a.s('treaty')} has no text in this corpus (metadata only)`,
  'no-common-language': (a) =>
    `${a.s('left')} (${a.s('leftLangs')}) and ${a.s('right')} (${a.s('rightLangs')}) have no text in a common language: add a text or compare translations in one language`,
  'clause-not-in-corpus': (a) => `${a.s('where')} of ${a.s('treaty')} exists, but its text is not in this corpus: there is nothing to compare`,
  'paragraph-unknown': (a) => `${a.s('where')} of ${a.s('treaty')} has no paragraph ${a.s('paragraph')}; it has ${a.s('count')}`,
  'output-exists': () => 'already exists: pass --force to replace it (the old file is replaced in one step, never half-written)',
  'path-unwritable': (a) => `cannot be written: ${a.s('reason')}`,
  'import-unplaced': (a) => `line ${a.s('line')} could not be placed (${a.s('reason')}): ${a.q('text')}; edit the source, or pass --unplaced note to keep it in the text's notes`,
  'import-no-articles': (a) =>
    a.s('reason') === 'empty'
      ? 'the text is empty (or only blank lines and gap markers): there is nothing to import'
      : a.s('reason') === 'would-lose-articles'
        ? `no article headings found, but the text it would replace has ${a.s('articles')} ${a.n('articles') === 1 ? 'article' : 'articles'} with text: they would all be recorded as not in the corpus, and their text read as preamble; give the source its headings ("Article 1" on a line of its own)`
        : 'no article headings found ("Article 1", "ARTICLE I", "Art. 1", "Статья 1", "제1조", "第一条" on a line of their own): everything would be preamble; to import it so, give --article-count N and its N articles are recorded as not in the corpus',
  'import-paragraph-too-long': (a) =>
    `the paragraph starting on line ${a.s('line')} has ${a.n('chars').toLocaleString('en')} characters, over the limit of ${a.n('limit').toLocaleString('en')}: put a blank line where the source starts a new paragraph (or check that this is a treaty text)`,
  'import-too-large': (a) =>
    `the treaty file would be ${megabytes(a.n('size'))}, over the ${megabytes(a.n('limit'))} limit for files treaty reads, so it could never be read back: nothing written; import a smaller text (or check that this is a treaty text)`,
  'import-article-count': (a) =>
    `${a.s('source')} gives ${a.n('count').toLocaleString('en')} articles, over the ${a.n('limit').toLocaleString('en')} a text may list: check the number`,
  'problems-not-shown': (a) =>
    `${a.n('count').toLocaleString('en')} more ${a.n('count') === 1 ? 'problem' : 'problems'} (${a.list('codes').join(', ')}) not shown${a.has('last') ? `, the last at line ${a.s('last')}` : ''}`,
  'option-invalid': (a) => `${a.s('option')}: ${a.s('detail')}`,
  'selection-empty': (a) => `${a.s('where')} of ${a.s('treaty')} has no text to compare`,
  'text-empty': (a) =>
    `the ${a.s('lang')} text of ${a.s('treaty')} has no paragraphs in this corpus (no preamble, articles or closing with text): nothing to compare; check that this is the file you meant`,
  'text-too-large': (a) =>
    `the ${a.s('lang')} text of ${a.s('treaty')} has ${a.s('clauses')} clauses, over the limit of ${a.s('limit')} that diff aligns: compare parts of it (e.g. ${a.s('treaty')}:1)`,
};

/** "Article IV" or "Articles I–IV", from the `from` and `to` args. */
function articleSpan(a: Args): string {
  return a.s('from') === a.s('to') ? `Article ${a.s('from')}` : `Articles ${a.s('from')}–${a.s('to')}`;
}

/** One sentence for a problem, without its location. */
export function describeProblem(problem: Problem): string {
  return MESSAGES[problem.code](new Args(problem.args));
}

/** "FILE:LINE:COL" or "FILE" or "", as compilers print locations. */
export function formatLocation(problem: Problem): string {
  if (!problem.file) return '';
  return problem.line !== undefined ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
}

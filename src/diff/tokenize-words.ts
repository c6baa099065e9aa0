// Splits one clause into word, punctuation, whitespace and reference tokens that concatenate back to the clause.
import { clusterBoundaries } from '../model/grapheme-clusters.js';
import { wordSegments } from './word-segments.js';

/*
 * References to provisions, each kept as ONE token with its inner spaces, so that a diff can never show
 * "Article" as kept and "51" as changed: if the number changes, the whole reference is replaced.
 * Each entry is a regular-expression source; all are tried at every position, earliest match first.
 *
 * - Latin and Cyrillic keywords must start and end on a word edge (no letter, digit, mark, connector or
 *   format character just before or after), so "particle 5" and "Article 51st" are not references.
 *   JavaScript on Node 20 has no inline (?i), hence the spelled-out [Aa].
 * - Spaces between keyword and number may be no-break spaces: UN texts write "article\u00a0150".
 * - A number is Arabic ("51", "3.2"; the full stop after a sentence-final "51." is not taken), an upper-case
 *   Roman numeral ("VII"; lower case would catch ordinary words), or a parenthesised letter or number
 *   ("subparagraph (b)"); Arabic and Roman numbers may be followed by a Latin ordinal ("4 bis") and by
 *   attached subdivisions ("2(4)", "76(8)(a)").
 * - Korean "제51조" and Chinese/Japanese "第五十一条" end on their counter word, which particles may follow
 *   directly ("제51조에"), so only a following combining mark stops them (it belongs to the counter's
 *   grapheme cluster and must not be cut off).
 */
const SPACE = '[ \\u00a0\\u202f]';
const ARABIC = '\\d+(?:\\.\\d+)*';
const ROMAN = '[IVXLCDM]+';
const PARENTHESISED = '\\([0-9a-z]{1,5}\\)';
const ORDINAL = `(?:${SPACE}(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?`;
const SUBDIVISIONS = `(?:${PARENTHESISED})*`;
const NUMBER = `(?:(?:${ARABIC}|${ROMAN})${ORDINAL}${SUBDIVISIONS}|${PARENTHESISED})`;
// What clusters with the character before it (GB9, GB9a): marks, the other Grapheme_Extend characters
// (ZWNJ, tags, the halfwidth kana voicing marks U+FF9E–FF9F, which are letters), ZWJ, emoji modifiers.
const EXTEND = '\\p{M}\\p{Grapheme_Extend}\\u200d\\u{1F3FB}-\\u{1F3FF}';

/*
 * The character classes the patterns below are built from, in two editions. Compiling a regular
 * expression with Unicode property classes costs V8 about a millisecond each, more than tokenizing a
 * whole English treaty; ASCII text (most English texts) gets the same patterns with the classes reduced to
 * what they mean for ASCII, and so the same tokens.
 */
interface Classes {
  readonly wordEdgeBefore: string;
  readonly wordEdgeAfter: string;
  readonly clusterEdgeAfter: string;
  readonly formatBefore: string;
  /** Line-breaking and horizontal whitespace, as class contents. */
  readonly lineSpace: string;
  readonly inlineSpace: string;
  /** Lookaheads: a horizontal space not followed / followed by a combining mark. */
  readonly spaceNotExtended: string;
  readonly spaceExtended: string;
  readonly plainRun: string;
  /** ASCII text: keywords in other scripts and the Korean and Chinese forms cannot occur in it. */
  readonly asciiOnly: boolean;
}

const UNICODE_CLASSES: Classes = {
  wordEdgeBefore: '(?<![\\p{L}\\p{N}\\p{M}\\p{Pc}\\p{Cf}])',
  wordEdgeAfter: `(?![\\p{L}\\p{N}\\p{Pc}${EXTEND}])`,
  clusterEdgeAfter: `(?![${EXTEND}])`,
  formatBefore: '(?<!\\p{Cf})',
  lineSpace: '\\t\\n\\v\\f\\r\\u0085\\u2028\\u2029',
  inlineSpace: ' \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000',
  spaceNotExtended: `(?![${EXTEND}])`,
  spaceExtended: `(?=[${EXTEND}])`,
  // A run starts on a base character: Cyrillic has marks of its own script (the titlo U+0483), and a run
  // starting with one would cut it from the punctuation it combines with ("'\u0483").
  plainRun:
    '(?!\\p{M})[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}0-9][\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{M}0-9]*',
  asciiOnly: false,
};

// For ASCII input: letters are [A-Za-z], numbers [0-9], the only connector "_", and there are no marks,
// format characters or extending characters.
const ASCII_CLASSES: Classes = {
  wordEdgeBefore: '(?<![A-Za-z0-9_])',
  wordEdgeAfter: '(?![A-Za-z0-9_])',
  clusterEdgeAfter: '',
  formatBefore: '',
  lineSpace: '\\t\\n\\v\\f\\r',
  inlineSpace: ' ',
  spaceNotExtended: '',
  spaceExtended: '(?!)',
  plainRun: '[A-Za-z0-9]+',
  asciiOnly: true,
};

/** Keywords written in full: at least one space before the number. */
const FULL_KEYWORDS = [
  '[Aa]rticles?', // Article 51, Articles 3, article 2(4), Article 4 bis
  '(?:[Ss]ub)?[Pp]aragraphs?', // paragraph 1, subparagraph (b)
  '[Cc]hapters?', // Chapter VII
  '[Aa]nnex(?:es)?', // Annex II
  'Parts?', // Part XI; lower-case "part" is too common a word
  '[Ss]ections?',
  'Protocols?', // Protocol I, Additional Protocol II
  '[Сс]тать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|[Сс]татей', // статья 51, статьи 51, статьей 51
  '[Пп]ункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?', // пункт 1, пункта 4
  '[Чч]аст(?:ь|и|ью|ей|ям|ями|ях)', // часть 2
  '[Гг]лав(?:а|ы|е|у|ой|ам|ами|ах)', // глава VII
  '[Рр]аздел(?:а|у|ом|е|ы|ов|ам|ами|ах)?', // раздел II
  '[Пп]риложени(?:е|я|ю|и|ем|й|ям|ями|ях)', // приложение II
];

/** Abbreviations ending in a full stop: the space before the number may be missing ("ст.51"). */
const ABBREVIATED_KEYWORDS = [
  '[Aa]rts?\\.', // Art. 51, Arts. 3
  '[Pp]aras?\\.', // para. 2
  '[Сс]т\\.', // ст. 51
  '[Пп]п?\\.', // п. 1, пп. 1
  '[Чч]\\.', // ч. 2
  '[Гг]л\\.', // гл. VII
];

const isAscii = (keyword: string) => /^[\u0000-\u007f]*$/.test(keyword);

const referencePatterns = (c: Classes): readonly string[] => [
  `${c.wordEdgeBefore}(?:(?:${FULL_KEYWORDS.filter((k) => !c.asciiOnly || isAscii(k)).join('|')})${SPACE}+|(?:${ABBREVIATED_KEYWORDS.filter((k) => !c.asciiOnly || isAscii(k)).join('|')})${SPACE}*)${NUMBER}${c.wordEdgeAfter}`,
  ...(c.asciiOnly ? [] : cjkReferencePatterns(c)),
];

const cjkReferencePatterns = (c: Classes): readonly string[] => [
  // Korean: 제51조 (article), 제1항 (paragraph), 제2호 (item), 제7장 (chapter), 제11부 (part), 제51조의2.
  `${c.wordEdgeBefore}제 ?\\d+ ?(?:조|항|호|장|절|관|편|부)(?:의 ?\\d+)?${c.clusterEdgeAfter}`,
  // Chinese and Japanese: 第五十一条, 第51條, 第七章, 第十一部分, 第八条之二 (8 bis).
  `${c.formatBefore}第[0-9０-９〇零一二三四五六七八九十百千两兩]+(?:条|條|款|项|項|章|节|節|编|編|部分|部|目|号|號)(?:之[一二三四五六七八九十]+)?${c.clusterEdgeAfter}`,
];

/*
 * Outside references, text is cut into whitespace runs and chunks. Whitespace always ends a word
 * (Unicode UAX #29), so segmenting chunk by chunk gives the segmenter's answer for the whole text.
 * One exception keeps grapheme clusters whole: a horizontal space followed by a combining mark (or ZWJ)
 * forms one cluster with it, so such a space goes with the chunk; line breaks never combine (GB4).
 */
const spaceOrChunk = (c: Classes): string =>
  `((?:[${c.lineSpace}]|[${c.inlineSpace}]${c.spaceNotExtended})+)|(?:[^${c.lineSpace}${c.inlineSpace}]|[${c.inlineSpace}]${c.spaceExtended})+`;

/*
 * Intl.Segmenter costs about 0.7 µs per segment on Node 20 (70 ms for UNCLOS alone), so chunks whose
 * answer is fixed by UAX #29 skip it: letters of Latin, Greek and Cyrillic with their marks and ASCII
 * digits never break among themselves (rules WB4, WB5, WB8–WB10), and a hyphen between two such runs is
 * joined by our own compound rule below. Everything else (punctuation, Han, Hangul, Thai, ...) goes to
 * the segmenter. Hangul is left out on purpose: ICU splits Hangul from digits ("제|51|조"), which the
 * plain-run rule would not.
 */
const plainChunk = (c: Classes): string => `^${c.plainRun}(?:[-\\u2010\\u2011]${c.plainRun})*$`;

/*
 * The commonest chunk of all is a word with punctuation at its edges: "war,", "Charter.", "(a)", "«мир»".
 * Punctuation at the edge of a whitespace-delimited chunk has a letter on one side at most, so UAX #29
 * can join it to nothing (WB6/WB7 and WB11/WB12 need word characters on both sides): each mark is a token
 * of its own. Only punctuation that is one code point, never combining, is taken this way.
 */
const EDGE_PUNCTUATION = '[!-/:-@\\[-^`{-~\\u00ab\\u00bb\\u2013\\u2014\\u2018-\\u201f\\u2026]';
const edgedChunk = (c: Classes): string =>
  `^(${EDGE_PUNCTUATION}*)(${c.plainRun}(?:[-\\u2010\\u2011]${c.plainRun})*)?(${EDGE_PUNCTUATION}*)$`;

interface Patterns {
  readonly reference: RegExp;
  readonly spaceOrChunk: RegExp;
  readonly plainChunk: RegExp;
  readonly edgedChunk: RegExp;
}

function compile(c: Classes): Patterns {
  return {
    reference: new RegExp(referencePatterns(c).join('|'), 'gu'),
    spaceOrChunk: new RegExp(spaceOrChunk(c), 'uy'),
    plainChunk: new RegExp(plainChunk(c), 'u'),
    edgedChunk: new RegExp(edgedChunk(c), 'u'),
  };
}

let asciiPatterns: Patterns | undefined;
let unicodePatterns: Patterns | undefined;
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/** The patterns for this text, compiled on first use. */
function patternsFor(text: string, unicode: boolean): Patterns {
  if (!unicode && ASCII_ONLY.test(text)) return (asciiPatterns ??= compile(ASCII_CLASSES));
  return (unicodePatterns ??= compile(UNICODE_CLASSES));
}

/** Hyphens that join two words into one compound token ("co-operation", "Marxism-Leninism"). */
const COMPOUND_HYPHENS = new Set(['-', '\u2010', '\u2011']);

// Created on first need: the first Intl.Segmenter of a process costs ~15 ms (ICU loads its break rules),
// more than the whole of a typical English comparison.
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      // A malformed tag throws RangeError; the root locale still applies the default Unicode rules.
      segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

function pushSegmented(tokens: string[], chunk: string, segmenter: Intl.Segmenter): void {
  // Compounds are built here because the segmenter treats "-" as a boundary between two words.
  let previous: 'word' | 'hyphen' | 'other' = 'other';
  for (const { segment, isWordLike } of wordSegments(chunk, segmenter)) {
    if (isWordLike === true) {
      if (previous === 'hyphen') {
        const hyphen = tokens.pop() ?? '';
        const word = tokens.pop() ?? '';
        tokens.push(word + hyphen + segment);
      } else {
        tokens.push(segment);
      }
      previous = 'word';
    } else {
      tokens.push(segment);
      previous = previous === 'word' && COMPOUND_HYPHENS.has(segment) ? 'hyphen' : 'other';
    }
  }
}

function pushPlainText(tokens: string[], text: string, lang: string, patterns: Patterns): void {
  const { spaceOrChunk: spaceOrChunkPattern, plainChunk: plainChunkPattern, edgedChunk: edgedChunkPattern } = patterns;
  spaceOrChunkPattern.lastIndex = 0;
  while (spaceOrChunkPattern.lastIndex < text.length) {
    const match = spaceOrChunkPattern.exec(text);
    // The two alternatives cover every code point, so a miss means the patterns above are broken.
    if (match === null) throw new Error(`tokenizeWords: no token at offset ${spaceOrChunkPattern.lastIndex}`);
    const piece = match[0];
    if (match[1] !== undefined || plainChunkPattern.test(piece)) {
      tokens.push(piece);
      continue;
    }
    const edged = edgedChunkPattern.exec(piece);
    if (edged) {
      const [, before = '', word, after = ''] = edged;
      tokens.push(...before);
      if (word !== undefined) tokens.push(word);
      tokens.push(...after);
    } else pushSegmented(tokens, piece, segmenterFor(lang));
  }
}

/*
 * UAX #29's word rules, and ICU's dictionary segmentation of Thai, Lao, Khmer and Myanmar, disagree with
 * its grapheme cluster rules in places: conjoining Hangul jamo ("ᄀ조" is one cluster, two words to ICU),
 * Prepend characters such as the Arabic number sign U+0600, which cluster with whatever follows (GB9b),
 * spacing marks of those scripts, and regional indicators joined by ZWJ. A clause written only in the
 * blocks below, where the two sets of rules agree (Latin, Greek, Cyrillic, Hebrew, punctuation and symbols,
 * CJK, Hangul syllables, emoji other than flags), is cut as above; any other clause also gets a grapheme
 * pass over the cuts between its tokens (see model/grapheme-clusters.ts).
 */
const CLUSTER_SAFE =
  /^[\u0000-\u05ff\u1e00-\u1fff\u2000-\u2bff\u2e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe00-\ufe6f\uff00-\uffef\u{1f000}-\u{1f1e5}\u{1f200}-\u{1faff}\u{e0000}-\u{e01ef}]*$/u;

/** Joins neighbouring tokens wherever the cut between them falls inside a grapheme cluster. */
function joinSplitClusters(tokens: string[], text: string): string[] {
  const startsCluster = clusterBoundaries(text);
  const joined: string[] = [];
  let offset = 0;
  let cutOk = true;
  for (const token of tokens) {
    if (cutOk) joined.push(token);
    else joined[joined.length - 1] += token;
    offset += token.length;
    cutOk = startsCluster[offset] === 1;
  }
  return joined;
}

/**
 * Splits a clause into tokens: whole words (hyphenated compounds and apostrophes included), single
 * punctuation marks, runs of whitespace, and references such as "Article 51" or "статьей 51" as one token.
 * `tokens.join('') === text` always holds, and no token boundary falls inside a grapheme cluster.
 * @param lang BCP 47 tag of the text's language, for word boundaries in scripts written without spaces.
 */
export function tokenizeWords(text: string, lang: string, options: { readonly unicodeOnly?: boolean } = {}): string[] {
  const tokens: string[] = [];
  // unicodeOnly: tests use it to check that the ASCII edition tokenizes ASCII text the same way.
  const patterns = patternsFor(text, options.unicodeOnly === true);
  let offset = 0;
  for (const match of text.matchAll(patterns.reference)) {
    if (match.index > offset) pushPlainText(tokens, text.slice(offset, match.index), lang, patterns);
    tokens.push(match[0]);
    offset = match.index + match[0].length;
  }
  if (offset < text.length) pushPlainText(tokens, offset === 0 ? text : text.slice(offset), lang, patterns);
  return patterns === asciiPatterns || CLUSTER_SAFE.test(text) ? tokens : joinSplitClusters(tokens, text);
}

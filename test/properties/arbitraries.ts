// Generators for the property tests: clause-like text in the scripts treaties are written in, with the
// pieces that have broken tokenizers before (references, combining marks, emoji sequences, CRLF, lone
// surrogates), and small treaty texts built from such clauses.
import fc from 'fast-check';
import type { Article, TreatyText } from '../../src/model/treaty.js';

/** The languages of the bundled corpus, plus scripts without spaces and the root locale. */
export const langs = fc.constantFrom('en', 'ru', 'ko', 'zh', 'ja', 'th', 'und');

/** Any UTF-16 code unit, lone surrogates included: what a JavaScript string can hold. */
export const anyCodeUnits = (maxLength = 40) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength });

/** Any code point (well-formed UTF-16, astral planes included). */
export const anyCodePoints = (maxLength = 40) => fc.string({ unit: 'binary', maxLength });

/** Whole grapheme clusters of any script, composite ones included. */
export const anyGraphemes = (maxLength = 20) => fc.string({ unit: 'grapheme', maxLength });

const WORDS = [
  // English and French, with the function words the diff cleanup treats specially
  'the', 'of', 'and', 'to', 'in', 'shall', 'Parties', 'Contracting', 'armed', 'attack', 'assistance', 'military',
  'immediately', 'co-operation', "State's", 'self-defence', 'Charter', 'United', 'Nations', 'État', 'paix',
  // Russian
  'Стороны', 'оказывает', 'военную', 'помощь', 'немедленно', 'нападения', 'вооружённого', 'Устава',
  // Korean (Hangul, and a syllable written as conjoining jamo)
  '쌍방', '무력침공', '군사적', '원조', '\u1100\u1161\u11a8',
  // Chinese and Japanese
  '缔约国', '武装进攻', '军事', '援助', '立即', '締約国', 'ただちに',
  // Thai (no spaces between words), Arabic (right-to-left), Devanagari with virama
  'ภาคีคู่สัญญา', 'الأطراف', 'राज्य',
  // Combining sequences, precomposed and not; emoji with modifier, ZWJ sequence, flag, keycap
  'e\u0301te\u0301', 'x\u0308\u0301', 'Å', 'A\u030a', '👍🏽', '👨‍👩‍👧', '🇰🇵', '1\ufe0f\u20e3',
  // Numbers
  '51', '2', '1961', 'VII', '4.2',
];

const REFERENCES = [
  'Article 51', 'article\u00a0150', 'Art. 4', 'Articles 3', 'paragraph 1', 'subparagraph (b)', 'Chapter VII',
  'Article 4 bis', 'Article 2(4)', 'статьи 51', 'ст.51', 'Статья 4', '제4조', '제51조에', '第五十一条', '第八条之二',
];

const SPACES = [' ', ' ', ' ', '  ', '\u00a0', '\t', '\n', '\r\n', '\u3000', ' \u0301', '\u200d'];
const PUNCTUATION = [',', '.', ';', ':', '(', ')', '«', '»', '“', '”', '—', '-', '…', '、', '。', '，'];

// Characters where word and grapheme rules disagree, or where tokenizers have cut clusters before:
// Prepend (U+0600), conjoining jamo, spacing and script-specific marks, Thai and Lao vowels, regional
// indicators, emoji modifiers, tags, ZWJ/ZWNJ, halfwidth voicing marks, format and bidi controls.
const TRICKY = [
  '\u0600', '\u0d4e', '\u{110bd}', '\u1100', '\u1161', '\u11a8', '조', '\u0301', '\u0483', '\u0903', '\u093f',
  '\u0915\u094d\u0937', '\u0e33', '\u0e40', '\u17d2', '\u{1d165}', '\u3099', '\uff9e', 'ｶ', '\u{1f1f0}', '\u{1f1f5}',
  '\u{1f3fd}', '\u{e0067}', '\u{e007f}', '\u{1f3f4}', '\u200d', '\u200c', '\u200b', '\u00ad', '\ufeff', '\u2060',
  '\u202e', '\u2066', '\ufe0f', '\u20e3', '\r', '\n', '\u0085', '\u2028', "'", '’', '(', '-', ' ', 'a', 'ж', '5',
];

/** One piece of a clause: mostly realistic words, sometimes anything at all. */
const piece = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...REFERENCES) },
  { weight: 8, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: anyGraphemes(3) },
  { weight: 1, arbitrary: anyCodePoints(3) },
);

/** Clause-like text: pieces joined with nothing between, so words also run into each other and into marks. */
export const clauseText = (maxPieces = 30) => fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));

/** Clause-like text or anything at all, well-formed UTF-16. */
export const wellFormedText = fc.oneof({ weight: 3, arbitrary: clauseText() }, anyCodePoints(), anyGraphemes());

/** Clause-like text or anything at all, lone surrogates included. */
export const anyText = fc.oneof({ weight: 3, arbitrary: clauseText() }, anyCodePoints(), anyGraphemes(), anyCodeUnits());

/** A pair of texts where the right one is an edit of the left one (words inserted, deleted, replaced). */
export const editedPair = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(2), piece), { maxLength: 6 }))
  .map(([pieces, edits]) => {
    const right = [...pieces];
    for (const [at, kind, inserted] of edits) {
      const i = at % (right.length + 1);
      if (kind === 0) right.splice(i, 0, inserted);
      else if (kind === 1) right.splice(i, 1);
      else right.splice(i, 1, inserted);
    }
    return [pieces.join(''), right.join('')] as const;
  });

/**
 * Pairs of texts drawn from a handful of tokens: repeated words are where an edit can sit in several places
 * and the diff must choose one without losing text ("a a" → "a").
 */
export const repetitivePair = fc
  .tuple(...[0, 1].map(() => fc.array(fc.constantFrom('a', ' ', 'a', 'shall', '.', '\n', '🇰🇵'), { maxLength: 8 })))
  .map(([left = [], right = []]) => [left.join(''), right.join('')] as const);

// Paragraphs for treaty texts: sentences of a small vocabulary, so that different paragraphs share words
// (as real ones do) and alignment has near-duplicates to get wrong. Trimmed and single-line, as the schema wants.
const VOCABULARY = WORDS.slice(0, 20);
export const paragraph = fc
  .array(fc.constantFrom(...VOCABULARY, ...REFERENCES.slice(0, 6)), { minLength: 1, maxLength: 25 })
  .map((words) => `${words.join(' ')}.`);

const block = fc.array(paragraph, { minLength: 1, maxLength: 4 });

/** A complete treaty text of a few articles in English (numbers 1…n), with preamble and closing sometimes. */
export const treatyText: fc.Arbitrary<TreatyText> = fc
  .record({
    preamble: fc.option(block, { nil: undefined }),
    articles: fc.array(block, { minLength: 1, maxLength: 12 }),
    closing: fc.option(block, { nil: undefined }),
  })
  .map(({ preamble, articles, closing }): TreatyText => ({
    lang: 'en',
    kind: 'translation',
    provenance: { sources: [{ title: 'generated' }] },
    ...(preamble ? { preamble: { paragraphs: preamble } } : {}),
    articles: articles.map((paragraphs, i): Article => ({ number: String(i + 1), paragraphs })),
    ...(closing ? { closing: { paragraphs: closing } } : {}),
  }));

/**
 * numRuns for a property: `n` in the normal suite (sized to keep it fast), times PROPERTY_RUNS_SCALE when
 * set, to hunt deeper (`PROPERTY_RUNS_SCALE=20 npx vitest run test/properties --testTimeout 600000`).
 */
export function runs(n: number): number {
  const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? '1');
  return Number.isFinite(scale) && scale > 0 ? Math.ceil(n * scale) : n;
}
